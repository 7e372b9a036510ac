/* t_extract.c - quotes in every style and attribution order, entities and
 * aliases, every figure form, every date form. Our own sentences. */
#include "test.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static ch_article *mk(const char *text, const char *lang, const char *date) { return make_article("t", lang, date, text); }

typedef struct {
    ch_article *a;
    ch_arena ar;
    ch_entity *e;
    size_t ne;
    ch_quote *q;
    size_t nq;
} qrun;

static void run_quotes(qrun *r, const char *text, const char *lang)
{
    r->a = mk(text, lang, "2025-03-05");
    ch_arena_init(&r->ar);
    ck_assert_int_eq(ch_extract_entities(r->a, &r->ar, &r->e, &r->ne), CH_OK);
    ck_assert_int_eq(ch_extract_quotes(r->a, r->e, r->ne, &r->ar, &r->q, &r->nq), CH_OK);
}

/* entities only, for the entity tests (the article's date as the seeds') */
static void run_entities(qrun *r, const char *text, const char *lang)
{
    r->a = mk(text, lang, "2024-11-13");
    ch_arena_init(&r->ar);
    r->q = NULL;
    r->nq = 0;
    ck_assert_int_eq(ch_extract_entities(r->a, &r->ar, &r->e, &r->ne), CH_OK);
}

static void done(qrun *r)
{
    ch_arena_release(&r->ar);
    ch_article_free(r->a);
}

static const ch_quote *quote_with(const qrun *r, const char *needle)
{
    for (size_t i = 0; i < r->nq; i++)
        if (strstr(r->q[i].text, needle)) return &r->q[i];
    return NULL;
}

static const ch_entity *ent_named(const ch_entity *e, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(e[i].name, name)) return &e[i];
    return NULL;
}

#define SPEAKER(r, needle, who)                                                             \
    do {                                                                                    \
        const ch_quote *q_ = quote_with(r, needle);                                         \
        ck_assert_msg(q_ != NULL, "no quote with '%s'", needle);                            \
        ck_assert_msg(q_->speaker && !strcmp(q_->speaker, who), "speaker of '%s' is '%s', expected '%s'", \
                      needle, q_->speaker ? q_->speaker : "(none)", who);                   \
    } while (0)

/* an entity of that name exists and has that type */
#define ENTITY_TYPE(ents, n_ents, name, want)                                                 \
    do {                                                                                    \
        const ch_entity *e_ = ent_named(ents, n_ents, name);                                \
        ck_assert_msg(e_ != NULL, "no entity '%s'", name);                                  \
        ck_assert_msg(e_->type == (want), "type of '%s' is %d, expected %d", name, (int)e_->type, (int)(want)); \
    } while (0)

START_TEST(attribution_orders)
{
    qrun r;
    run_quotes(&r,
               "Interior Minister Lena Vasquez visited the port on Tuesday.\n"
               "\xE2\x80\x9CWe will not allow the strike to paralyse exports,\xE2\x80\x9D Vasquez said.\n"
               "\xE2\x80\x9CThe talks must resume this week,\xE2\x80\x9D said union leader Tomas Rivas.\n"
               "\xE2\x80\x9CNobody wins a long strike,\xE2\x80\x9D said the Federation's president, Tomas Rivas.\n"
               "Vasquez told reporters: \xE2\x80\x9CThe army will not be deployed.\xE2\x80\x9D\n"
               "\xE2\x80\x9CWe are ready to talk,\xE2\x80\x9D she added.\n"
               "According to Rivas, \xE2\x80\x9Cthe offer is an insult to every worker here.\xE2\x80\x9D\n",
               "en");
    SPEAKER(&r, "paralyse exports", "Lena Vasquez");
    SPEAKER(&r, "must resume", "Tomas Rivas");
    SPEAKER(&r, "Nobody wins", "Tomas Rivas");
    SPEAKER(&r, "army will not", "Lena Vasquez");
    SPEAKER(&r, "ready to talk", "Lena Vasquez");   /* pronoun */
    SPEAKER(&r, "an insult", "Tomas Rivas");         /* according to */
    const ch_quote *q = quote_with(&r, "paralyse");
    ck_assert_str_eq(q->cue, "said");
    ck_assert_int_eq(q->kind, CH_QUOTE_DIRECT);
    ck_assert_str_eq(q->role, "Interior Minister");
    /* offsets cover the marks */
    ck_assert(!memcmp(r.a->text + q->start, "\xE2\x80\x9C", 3));
    ck_assert(!memcmp(r.a->text + q->end - 3, "\xE2\x80\x9D", 3));
    done(&r);
}
END_TEST

START_TEST(interrupted_partial_and_marks)
{
    qrun r;
    run_quotes(&r,
               "Mayor Ana Ortiz spoke at the harbour.\n"
               "\"The cranes are safe,\" Ortiz said, \"and the workers know it.\"\n"
               "Ortiz demanded a \xE2\x80\x9Cswift inquiry\xE2\x80\x9D into the accident.\n"
               "Le maire a d\xC3\xA9" "clar\xC3\xA9 \xC2\xAB nous reconstruirons le port \xC2\xBB hier.\n",
               "en");
    const ch_quote *q = quote_with(&r, "cranes are safe");
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(q->text, "The cranes are safe and the workers know it.");
    ck_assert_str_eq(q->speaker, "Ana Ortiz");
    q = quote_with(&r, "swift inquiry");
    ck_assert_ptr_nonnull(q);
    ck_assert_int_eq(q->kind, CH_QUOTE_PARTIAL);
    ck_assert_str_eq(q->speaker, "Ana Ortiz");
    ck_assert_str_eq(q->cue, "demanded");
    ck_assert_ptr_nonnull(quote_with(&r, "nous reconstruirons"));
    done(&r);
    /* a quote running over two paragraphs */
    run_quotes(&r,
               "Coach Jonas Wendt was blunt after the match.\n"
               "\xE2\x80\x9CWe lost our shape in the second half.\n"
               "\xE2\x80\x9CThat cannot happen again,\xE2\x80\x9D Wendt said.\n", "en");
    q = quote_with(&r, "lost our shape");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_nonnull(strstr(q->text, "cannot happen again"));
    ck_assert_str_eq(q->speaker, "Jonas Wendt");
    done(&r);
    /* typewriter (TeX) marks, as older newswire and treebank text set them:
     * ``...'' and `...' */
    run_quotes(&r,
               "Harbor Steel Corp. will close two mills.\n"
               "``We have too much capacity for the market we serve,'' said Walter Grummond, its chairman.\n"
               "Mr. Grummond called it ``a painful but `necessary' step.''\n", "en");
    q = quote_with(&r, "too much capacity");
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(q->text, "We have too much capacity for the market we serve.");
    ck_assert_str_eq(q->speaker, "Walter Grummond");
    ck_assert_int_eq(q->kind, CH_QUOTE_DIRECT);
    ck_assert(!memcmp(r.a->text + q->start, "``", 2) && !memcmp(r.a->text + q->end - 2, "''", 2));
    q = quote_with(&r, "painful but");
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(q->text, "a painful but `necessary' step.");
    ck_assert_int_eq(q->kind, CH_QUOTE_PARTIAL);
    ck_assert_str_eq(q->speaker, "Walter Grummond");
    done(&r);
    /* straight marks as they come out of plain-text feeds: a " after a stray
     * space and before a comma closes the quote; a " after a space and before
     * a word inside an open quote opens a nested one (the outer one was left
     * unclosed), as a curly mark there would */
    run_quotes(&r,
               "Coach Lena Marsh spoke after the final.\n"
               "\"We kept the ball and we kept our nerve.\n"
               "Nobody panicked, not once \", Marsh told the club's radio station.\n", "en");
    q = quote_with(&r, "kept our nerve");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_nonnull(strstr(q->text, "not once"));
    ck_assert_str_eq(q->speaker, "Lena Marsh");
    done(&r);
    run_quotes(&r,
               "\"We talked about the budget and the schedule, and on the stadium, \"The roof will be "
               "finished before the winter and the seats will be ready,\" said the city's mayor, Tomas Brandt.\n",
               "en");
    SPEAKER(&r, "talked about the budget", "Tomas Brandt");
    done(&r);
    /* a spaced closing mark before a name or "the ..." and a reporting
     * word: 'half, "Marsh said'; with its opening mark lost, the line up
     * to it is the quote ('into, "the Halvard statement read') */
    run_quotes(&r,
               "Coach Lena Marsh spoke after the final.\n"
               "\"We lost the first half and won the second, \"Marsh said after the match.\n", "en");
    q = quote_with(&r, "won the second");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_null(strstr(q->text, "Marsh said"));
    ck_assert_str_eq(q->speaker, "Lena Marsh");
    done(&r);
    run_quotes(&r,
               "Halvard Shipping said on Monday that it had received an offer for its ferry unit.\n"
               "No decision has been taken on the offer and talks may end at any time, \"the Halvard statement read.\n",
               "en");
    q = quote_with(&r, "No decision has been taken");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_null(strstr(q->text, "statement"));
    ck_assert_msg(q->speaker && strstr(q->speaker, "Halvard"), "speaker %s", q->speaker ? q->speaker : "(none)");
    done(&r);
    run_quotes(&r,
               "The cable was cut near the coast on Friday.\n"
               "\"The information we have is sketchy, but it was probably an anchor again, \"Jon Wray, the firm's "
               "director of products, said.\n", "en");
    q = quote_with(&r, "information we have");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_null(strstr(q->text, "Wray"));
    ck_assert_str_eq(q->speaker, "Jon Wray");
    done(&r);
    /* ...but a mark after a comma before a sentence's first word opens a
     * quote ('told O'Neill, "He asked why') */
    run_quotes(&r,
               "Manager Rob Ellery said that when he broke the news to O'Neill, \"He asked why, and I told him the "
               "decision was final.\"\n", "en");
    q = quote_with(&r, "He asked why");
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(q->speaker, "Rob Ellery");
    done(&r);
    /* a colon introduces the speaker; a pronoun after the quote is that
     * person, not the one named in the paragraph before */
    run_quotes(&r,
               "Actor Jonas Pell will play the lead next season.\n"
               "Harriet Vane, the show's head writer, said: \"He was the only name on our list.\" he said.\n", "en");
    SPEAKER(&r, "only name on our list", "Harriet Vane");
    done(&r);
    /* what a smart-quote pass makes of such text: a mark glued after a
     * sentence turned closing (.âWe), a spaced one before the cue
     * turned opening (, âsaid) */
    run_quotes(&r,
               "The minister praised the rescue teams.\xE2\x80\x9DThey worked through the night and saved "
               "every family on the street,\xE2\x80\x9D Minister Clara Voss said.\n", "en");
    SPEAKER(&r, "worked through the night", "Clara Voss");
    done(&r);
    run_quotes(&r,
               "Coach Lena Marsh spoke after the final.\n"
               "\xE2\x80\x9CWe kept the ball and we kept our nerve, \xE2\x80\x9Csaid Marsh.\n"
               "\xE2\x80\x9CNobody panicked, not once.\xE2\x80\x9D\n", "en");
    q = quote_with(&r, "kept our nerve");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_null(strstr(q->text, "said"));
    ck_assert_str_eq(q->speaker, "Lena Marsh");
    done(&r);
    /* paragraphs run together with no line break (as some corpora store
     * articles): the sentence after a quote is its attribution only when it
     * is short or names a person as the speaker; a statement of its own
     * ("The council said ...", "X said in a statement that ... â...â") is not */
    run_quotes(&r,
               "The festival in Ashby Cross will not take place this year. The parish council withdrew its grant in May. "
               "Festival director Nadia Holm announced the decision on Sunday. "
               "\xE2\x80\x9CWe have tried everything we could think of. It still does not add up.\xE2\x80\x9D "
               "The council said the grant had been cut because of rising costs across every one of its services. "
               "Ticket holders will get their money back. The stage company said it would look for another town. "
               "\xE2\x80\x9CWe will be back,\xE2\x80\x9D Holm said.", "en");
    q = quote_with(&r, "tried everything");
    ck_assert_ptr_nonnull(q);
    ck_assert_msg(!q->speaker || strcmp(q->speaker, "council") != 0, "speaker %s", q->speaker);
    ck_assert_msg(!q->speaker || !strstr(q->speaker, "ouncil"), "speaker %s", q->speaker);
    done(&r);
    run_quotes(&r,
               "The bakery on Mill Street will close on Friday. Owner Martha Quinn told customers on Saturday. "
               "She wrote a sign for the window. \xE2\x80\x9CI kept thinking something would turn up. It did not.\xE2\x80\x9D "
               "The landlord, Ridgeline Property Group, said in a statement that the rent reflected "
               "\xE2\x80\x9Cmarket conditions on the high street\xE2\x80\x9D. Customers queued all morning.", "en");
    q = quote_with(&r, "kept thinking");
    ck_assert_ptr_nonnull(q);
    ck_assert_msg(!q->speaker || !strstr(q->speaker, "Ridgeline"), "speaker %s", q->speaker);
    SPEAKER(&r, "market conditions", "Ridgeline Property Group");
    done(&r);
    /* scare quotes and titles are not quotations */
    run_quotes(&r, "The film \"American Harbour\" opened on a \"quiet\" weekend for the studio.\n", "en");
    ck_assert_uint_eq(r.nq, 0);
    done(&r);
}
END_TEST

START_TEST(spanish_and_german_cues)
{
    /* a Romance cue with its subject dropped ("ha dicho que", "añadió") has
     * the person in focus */
    {
        qrun r0;
        run_quotes(&r0,
                   "Marta Quintero, directora del puerto de Vigo, presentó el plan el lunes.\n"
                   "Hablando a la prensa, ha dicho que \"el puerto no cerrará ni un solo día\".\n"
                   "Sin embargo, añadió \"las obras durarán dos años\".\n", "es");
        SPEAKER(&r0, "no cerrará", "Marta Quintero");
        SPEAKER(&r0, "durarán dos años", "Marta Quintero");
        done(&r0);
        /* Italian "Il" is an article, not French "il" (he); "X di Y" is a
         * person and an affiliation */
        run_quotes(&r0,
                   "L'indice Borsa Nord ha perso il 7 per cento.\n"
                   "Il ministro Paolo Renzetti ha parlato alla stampa, spiegando che i mercati erano stati "
                   "\"guidati da incertezza e paura\".\n"
                   "\"Il sentimento del mercato è molto debole\", ha dichiarato Carlo Bassi di Fondo Adriatico Capital.\n"
                   "Alcuni analisti restano ottimisti.\n",
                   "it");
        SPEAKER(&r0, "incertezza e paura", "Paolo Renzetti");
        SPEAKER(&r0, "molto debole", "Carlo Bassi");
        for (size_t i = 0; i < r0.ne; i++) ck_assert_msg(strcmp(r0.e[i].name, "Alcuni"), "a name: %s", r0.e[i].name);
        done(&r0);
        run_quotes(&r0,
                   "\"I mercati restano scettici\", riferiscono gli economisti di Banca Adriatica Capital.\n", "it");
        ck_assert_ptr_nonnull(quote_with(&r0, "restano scettici"));
        ck_assert_str_eq(quote_with(&r0, "restano scettici")->cue, "riferiscono");
        done(&r0);
        /* a speaker's name stops at a semicolon and a quote mark */
        run_quotes(&r0,
                   "\"Es una colaboración que dará frutos\", dijo el presidente Tomás Ibarra; \"Vialta ha demostrado "
                   "que puede construir coches limpios\".\n", "es");
        SPEAKER(&r0, "dará frutos", "Tomás Ibarra");
        done(&r0);
        /* an English pronoun left over in a translation ("He zei") is no name */
        run_quotes(&r0,
                   "Fritz Hendriks presenteerde een plan voor de fabriek.\n"
                   "He zei daarnaast dat de fabriek open blijft.\n"
                   "Tijdens de persconferentie sprak hij over Gent.\n"
                   "Hij beschreef de dag als \"een tekenend moment\" voor het bedrijf.\n", "nl");
        for (size_t i = 0; i < r0.ne; i++) ck_assert_msg(strcmp(r0.e[i].name, "He"), "a name: %s", r0.e[i].name);
        for (size_t i = 0; i < r0.ne; i++) ck_assert_msg(strcmp(r0.e[i].name, "Tijdens"), "a name: %s", r0.e[i].name);
        SPEAKER(&r0, "tekenend moment", "Fritz Hendriks");
        done(&r0);
    }
    qrun r;
    run_quotes(&r,
               "La ministra Lena V\xC3\xA1squez visit\xC3\xB3 el puerto.\n"
               "\xC2\xAB" "No permitiremos que la huelga paralice las exportaciones\xC2\xBB, afirm\xC3\xB3 V\xC3\xA1squez.\n"
               "Seg\xC3\xBAn V\xC3\xA1squez, \xE2\x80\x9C" "el di\xC3\xA1logo sigue abierto para todos\xE2\x80\x9D.\n",
               "es");
    SPEAKER(&r, "huelga paralice", "Lena V\xC3\xA1squez");
    SPEAKER(&r, "sigue abierto", "Lena V\xC3\xA1squez");
    done(&r);
    /* a title with its complement, or with an adjective, after the cue is
     * the person who holds it */
    run_quotes(&r,
               "La ministra Carolina Ibarra visit\xC3\xB3 el puerto. \xC2\xAB" "El puerto abrir\xC3\xA1 el lunes\xC2\xBB, "
               "dijo la ministra de Transportes.\n"
               "El canciller Tom\xC3\xA1s Reyes viaj\xC3\xB3 a Lima. \xC2\xAB" "Dijeron todav\xC3\xAD" "a no\xC2\xBB, "
               "respondi\xC3\xB3 el canciller chileno.\n",
               "es");
    SPEAKER(&r, "abrir\xC3\xA1 el lunes", "Carolina Ibarra");
    SPEAKER(&r, "Dijeron", "Tom\xC3\xA1s Reyes");
    done(&r);
    run_quotes(&r,
               "Trainer Jonas Wendt war zufrieden.\n"
               "\xE2\x80\x9E" "Wir haben heute als Mannschaft gewonnen\xE2\x80\x9C, sagte Wendt nach dem Spiel.\n", "de");
    SPEAKER(&r, "als Mannschaft", "Jonas Wendt");
    done(&r);
    /* a compound role ("Hafen-Trainerin") is no part of the name */
    run_quotes(&r,
               "Das Spiel endete 2:1.\n\xE2\x80\x9E" "Wir haben gek\xC3\xA4mpft\xE2\x80\x9C, sagte Hafen-Trainerin Lena Vogt.\n",
               "de");
    SPEAKER(&r, "gek\xC3\xA4mpft", "Lena Vogt");
    done(&r);
    /* Italian, Portuguese and Dutch reporting verbs; "il" is an article in
     * Italian; "Jan" is a name, not January; "Volgens" opens no name */
    run_quotes(&r,
               "Il porto ha riaperto luned\xC3\xAC. \xC2\xAB" "Le gru sono sicure\xC2\xBB, ha detto il ministro Marco Rossi.\n",
               "it");
    SPEAKER(&r, "gru sono sicure", "Marco Rossi");
    done(&r);
    run_quotes(&r, "O porto reabriu. \xC2\xAB" "Os guindastes s\xC3\xA3o seguros\xC2\xBB, disse o ministro Jo\xC3\xA3o Silva.\n", "pt");
    SPEAKER(&r, "guindastes", "Jo\xC3\xA3o Silva");
    done(&r);
    run_quotes(&r,
               "De haven ging maandag weer open. \"De kranen zijn veilig\", zei minister Jan de Vries.\n"
               "Volgens De Vries is de haven \"klaar voor de schepen\".\n",
               "nl");
    SPEAKER(&r, "kranen zijn veilig", "Jan de Vries");
    SPEAKER(&r, "klaar voor de schepen", "Jan de Vries");
    done(&r);
    /* French: a long title before the name, a reflexive cue ("s’est
     * félicité"), "M." before a name, guillemets with the comma outside */
    run_quotes(&r,
               "Le port a rouvert. \xC2\xAB La mer est calme \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 la ministre portugaise "
               "des Affaires \xC3\xA9trang\xC3\xA8res, Helena Vasconcelos. \xC2\xAB Nous sommes pr\xC3\xAAts \xC2\xBB, "
               "s\xE2\x80\x99" "est f\xC3\xA9licit\xC3\xA9 M. Irarr\xC3\xA1zaval.\n",
               "fr");
    SPEAKER(&r, "La mer est calme", "Helena Vasconcelos");
    SPEAKER(&r, "Nous sommes pr", "Irarr\xC3\xA1zaval");
    done(&r);
}
END_TEST

START_TEST(speakers_across_articles)
{
    ck_assert(ch_speaker_same("Anthony Blinken", "Antony Blinken"));
    ck_assert(ch_speaker_same("Blinken", "Antony Blinken"));
    ck_assert(ch_speaker_same("Anthony Blinkenafter", "Antony Blinken"));
    ck_assert(ch_speaker_same("A. Blinken", "Antony Blinken"));
    ck_assert(ch_speaker_same("Ang\xC3\xA9la Ruiz", "Angela Ruiz"));
    ck_assert(!ch_speaker_same("Mark Rutte", "Antony Blinken"));
    ck_assert(!ch_speaker_same("Donald Trump", "Melania Trump"));
    /* a man's and a woman's given name close in spelling are two people */
    ck_assert(!ch_speaker_same("Charlie Kafoury", "Charlene Kafoury"));
    ck_assert(!ch_speaker_same("Daniel Ortega", "Danielle Ortega"));
}
END_TEST

START_TEST(entities_types_aliases)
{
    ch_article *a = mk("US Secretary of State Antony Blinken met NATO chief Mark Rutte in Brussels on Wednesday. "
                       "Blinken said the North Atlantic Treaty Organization (NATO) would respond. "
                       "The DPRK has sent troops, Rutte said, and North Korea denies it. "
                       "Officials at the Bank of Mexico did not comment.", "en", "2024-11-13");
    ch_arena ar;
    ch_arena_init(&ar);
    ch_entity *e;
    size_t n;
    ck_assert_int_eq(ch_extract_entities(a, &ar, &e, &n), CH_OK);
    const ch_entity *blinken = NULL, *rutte = NULL, *brussels = NULL, *nk = NULL, *nato = NULL, *bank = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(e[i].name, "Antony Blinken")) blinken = &e[i];
        if (!strcmp(e[i].name, "Mark Rutte")) rutte = &e[i];
        if (!strcmp(e[i].name, "Brussels")) brussels = &e[i];
        if (!strcmp(e[i].name, "North Korea")) nk = &e[i];
        if (!strcmp(e[i].name, "North Atlantic Treaty Organization") || !strcmp(e[i].name, "NATO")) nato = &e[i];
        if (!strcmp(e[i].name, "Bank of Mexico")) bank = &e[i];
    }
    ck_assert_ptr_nonnull(blinken);
    ck_assert_int_eq(blinken->type, CH_ENT_PERSON);
    ck_assert_uint_eq(blinken->mentions, 2);
    ck_assert_str_eq(blinken->role, "US Secretary of State");
    ck_assert_ptr_nonnull(rutte);
    ck_assert_int_eq(rutte->type, CH_ENT_PERSON);
    ck_assert_ptr_nonnull(brussels);
    ck_assert_int_eq(brussels->type, CH_ENT_PLACE);
    ck_assert_ptr_nonnull(nk);
    ck_assert_uint_eq(nk->mentions, 2); /* DPRK + North Korea */
    ck_assert_ptr_nonnull(nato);
    ck_assert_int_eq(nato->type, CH_ENT_ORG);
    ck_assert_ptr_nonnull(bank);
    ck_assert_int_eq(bank->type, CH_ENT_ORG);
    ch_arena_release(&ar);
    ch_article_free(a);
    /* a title set off by commas beside the name, after it or before it;
     * an age or a relative clause there is no title */
    qrun r;
    run_entities(&r,
                 "Priya Raman, chief financial officer of Harbor Steel, spoke first. "
                 "The union's spokesman, Ray Dunleavy, answered her. "
                 "Lou Petrakis, 58, has worked at the plant since 1989. "
                 "Ana Weiss, who runs the bakery, closed early.", "en");
    const ch_entity *raman = ent_named(r.e, r.ne, "Priya Raman"), *ray = ent_named(r.e, r.ne, "Ray Dunleavy"),
                    *lou = ent_named(r.e, r.ne, "Lou Petrakis"), *ana = ent_named(r.e, r.ne, "Ana Weiss");
    ck_assert_ptr_nonnull(raman);
    ck_assert_str_eq(raman->role, "chief financial officer of Harbor Steel");
    ck_assert_ptr_nonnull(ray);
    ck_assert_str_eq(ray->role, "union's spokesman");
    ck_assert_ptr_nonnull(lou);
    ck_assert_ptr_null(lou->role);
    ck_assert_ptr_nonnull(ana);
    ck_assert_ptr_null(ana->role);
    done(&r);
    /* a name right after a lowercase noun for an organisation is one */
    run_entities(&r, "Rain fell for eight hours, according to national weather agency Meteora. The news agency "
                     "Kestrel reported floods, and tech giant Orbix closed its offices.", "en");
    ENTITY_TYPE(r.e, r.ne, "Meteora", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Kestrel", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Orbix", CH_ENT_ORG);
    done(&r);
    /* an editor's bracket inside a quote keeps the name whole */
    run_entities(&r, "Ana Ortiz said the aid would help \"prevent (President Tomas) Rivas from winning the war.\"", "en");
    ENTITY_TYPE(r.e, r.ne, "Tomas Rivas", CH_ENT_PERSON);
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Tomas"));
    done(&r);
    /* an institution's head word ending the run, or opening it before
     * "of", makes an organisation, even after a given name ("Grace");
     * elsewhere in the run it does not ("Church Street") */
    run_entities(&r,
                 "Pastor Joe Lind spoke at Grace Chapel on Sunday. The Diocese of Castlerock paid for the roof, "
                 "and the fire started on Church Street near Mercy Hospital.", "en");
    ENTITY_TYPE(r.e, r.ne, "Grace Chapel", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Diocese of Castlerock", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Mercy Hospital", CH_ENT_ORG);
    {
        const ch_entity *cs = ent_named(r.e, r.ne, "Church Street");
        ck_assert(!cs || cs->type == CH_ENT_PLACE);
    }
    done(&r);
    /* a run that is a whole quotation is a title, not a person */
    run_entities(&r, "Her novel \"Cold Hands\" sold well, and her poems \"Salt Rain\" won a prize. Ana Ortiz wrote both.",
                 "en");
    {
        const ch_entity *c1 = ent_named(r.e, r.ne, "Cold Hands"), *c2 = ent_named(r.e, r.ne, "Salt Rain");
        ck_assert(!c1 || c1->type != CH_ENT_PERSON);
        ck_assert(!c2 || c2->type != CH_ENT_PERSON);
    }
    ENTITY_TYPE(r.e, r.ne, "Ana Ortiz", CH_ENT_PERSON);
    done(&r);
    /* every US state is a place; an acronym for a thing is no organisation */
    run_entities(&r,
                 "The capsule landed in New Mexico at 0401 GMT. Its maker expects GDP growth in Oregon and Iowa. "
                 "The ICU staff of the Harbour Trust met.", "en");
    ENTITY_TYPE(r.e, r.ne, "New Mexico", CH_ENT_PLACE);
    ENTITY_TYPE(r.e, r.ne, "Oregon", CH_ENT_PLACE);
    ENTITY_TYPE(r.e, r.ne, "Iowa", CH_ENT_PLACE);
    {
        const ch_entity *g = ent_named(r.e, r.ne, "GDP"), *m = ent_named(r.e, r.ne, "GMT");
        ck_assert(!g || g->type != CH_ENT_ORG);
        ck_assert(!m || m->type != CH_ENT_ORG);
    }
    done(&r);
    /* a place and its state with the comma dropped is a place */
    run_entities(&r,
                 "The storm was 115 miles southwest of Orlando Florida on Wednesday. "
                 "It made landfall near Siesta Key Florida.", "en");
    ENTITY_TYPE(r.e, r.ne, "Orlando Florida", CH_ENT_PLACE);
    ENTITY_TYPE(r.e, r.ne, "Siesta Key Florida", CH_ENT_PLACE);
    done(&r);
    /* one camel-case word is a company; a prefixed surname is not */
    run_entities(&r,
                 "The capsule was built by SpaceX for the agency. The insurer UnitedHealthcare paid, and Ellen DeGeneres "
                 "joked about it with Tom McDonald.", "en");
    ENTITY_TYPE(r.e, r.ne, "SpaceX", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "UnitedHealthcare", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Ellen DeGeneres", CH_ENT_PERSON);
    ENTITY_TYPE(r.e, r.ne, "Tom McDonald", CH_ENT_PERSON);
    done(&r);
    /* a place's head word makes a run a place ("White Sands Space Harbor") */
    run_entities(&r,
                 "The capsule touched down at White Sands Space Harbor after crossing the Coral Sea. "
                 "Crowds gathered in Harbour Square.", "en");
    ENTITY_TYPE(r.e, r.ne, "White Sands Space Harbor", CH_ENT_PLACE);
    ENTITY_TYPE(r.e, r.ne, "Coral Sea", CH_ENT_PLACE);
    ENTITY_TYPE(r.e, r.ne, "Harbour Square", CH_ENT_PLACE);
    done(&r);
    /* "Basalt Coal chief executive Melinda Coutts": the run before a
     * lowercase title is the title's organisation, part of the role */
    run_entities(&r,
                 "Basalt Coal chief executive Melinda Coutts declined to comment. "
                 "Harbor Steel spokesman Ray Dunleavy said the mill would close.", "en");
    ENTITY_TYPE(r.e, r.ne, "Basalt Coal", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Harbor Steel", CH_ENT_ORG);
    ck_assert_str_eq(ent_named(r.e, r.ne, "Melinda Coutts")->role, "Basalt Coal chief executive");
    ck_assert_str_eq(ent_named(r.e, r.ne, "Ray Dunleavy")->role, "Harbor Steel spokesman");
    done(&r);
    run_entities(&r, "El presidente del Gobierno, Pedro S\xC3\xA1nchez, visit\xC3\xB3 Valencia.", "es");
    const ch_entity *ps = ent_named(r.e, r.ne, "Pedro S\xC3\xA1nchez");
    ck_assert_ptr_nonnull(ps);
    ck_assert_str_eq(ps->role, "presidente del Gobierno");
    done(&r);
}
END_TEST

/* a leading article is no part of a name; a run that ends in a title has no
 * name in it; "X told reporters that Y ..." is X speaking, not Y */
START_TEST(names_and_subject_cues)
{
    qrun r;
    run_quotes(&r,
               "The harbour master met the press on Monday. \xE2\x80\x9CThe Chilean crews worked through the night,"
               " and the Peruvian pilots too,\xE2\x80\x9D said the Chilean Minister of Transport, Ana Fuentes.\n"
               "Fuentes told reporters that Lima was a \xE2\x80\x9Creliable partner\xE2\x80\x9D in the rescue.\n"
               "Lima answered that the Chilean side had been \xE2\x80\x9Cgenerous\xE2\x80\x9D, according to Pedro Salas.\n",
               "en");
    for (size_t i = 0; i < r.ne; i++) {
        ck_assert_msg(strncmp(r.e[i].name, "The ", 4), "entity with a leading article: %s", r.e[i].name);
        ck_assert_msg(strcmp(r.e[i].name, "Transport"), "the end of a title taken as a name");
        if (!strcmp(r.e[i].name, "Chilean") || !strcmp(r.e[i].name, "Peruvian"))
            ck_assert_int_ne(r.e[i].type, CH_ENT_PERSON);
    }
    SPEAKER(&r, "crews worked", "Ana Fuentes");
    SPEAKER(&r, "reliable partner", "Ana Fuentes"); /* not Lima */
    SPEAKER(&r, "generous", "Pedro Salas");          /* according to: the name follows */
    done(&r);
    /* a name never spans a line break; a weekday is no speaker */
    run_quotes(&r,
               "Rain Totals\nAs of Friday the river was rising, and what the Weather Office described as "
               "\xE2\x80\x9C" "a slow and dangerous flood\xE2\x80\x9D reached the town.\n"
               "Boats were moved, the report said on Friday, Reuters reports, \xE2\x80\x9Cto keep the harbour open\xE2\x80\x9D.\n",
               "en");
    SPEAKER(&r, "dangerous flood", "Weather Office");
    const ch_quote *h = quote_with(&r, "harbour open");
    ck_assert_ptr_nonnull(h);
    ck_assert_msg(!h->speaker || !strstr(h->speaker, "Friday"), "a date as speaker: %s", h->speaker);
    done(&r);
    /* a quote paragraph with no attribution right after an attributed one
     * continues it */
    run_quotes(&r,
               "\xE2\x80\x9CThe ferries will run again on Monday,\xE2\x80\x9D port director Ines Calvo said. "
               "\xE2\x80\x9CWe have checked every berth twice.\xE2\x80\x9D\n"
               "\xE2\x80\x9CThe cranes are safe to use and the pilots are ready for the first ships.\xE2\x80\x9D\n",
               "en");
    SPEAKER(&r, "cranes are safe", "Ines Calvo");
    done(&r);
    /* the name right before the cue speaks, even far from a partial quote
     * and with a person earlier in the sentence */
    run_quotes(&r,
               "Captain Erik Lindqvist sailed on Monday.\n"
               "Lindqvist \"lost contact with the harbour\" two hours after leaving the port of Kalmar on a calm "
               "night, the Coast Guard Office said. \"Those two hours are what the inquiry will examine.\"\n",
               "en");
    SPEAKER(&r, "lost contact", "Coast Guard Office");
    SPEAKER(&r, "Those two hours", "Coast Guard Office");
    done(&r);
    /* short lowercase fragments in a sentence whose subject speaks are
     * partial quotes; a capitalized name in quotes is not a quote */
    run_quotes(&r,
               "Transport Minister Ana Fuentes visited the port on Monday.\n"
               "In the view of Fuentes, the strike is a \"serious blow\" to exports and a \"costly mistake\" for the unions.\n"
               "The \"Blue Harbour\" plan was shelved.\n"
               "Harbour Works confirms \"Seabird\" as the name of its new ferry.\n",
               "en");
    SPEAKER(&r, "serious blow", "Ana Fuentes");
    SPEAKER(&r, "costly mistake", "Ana Fuentes");
    ck_assert_ptr_null(quote_with(&r, "Blue Harbour"));
    ck_assert_ptr_null(quote_with(&r, "Seabird")); /* a name in quotes, even next to a cue */
    done(&r);
    /* a pronoun after someone spoke in reported speech means that someone,
     * not the last quoted speaker */
    run_quotes(&r,
               "\"The port reopens on Monday,\" said harbour master Tomas Rivas.\n"
               "Transport Minister Ana Fuentes told a radio station that more ships would come. "
               "Asked about the strike, she said: \"We are not worried about the unions.\"\n",
               "en");
    SPEAKER(&r, "port reopens", "Tomas Rivas");
    SPEAKER(&r, "not worried", "Ana Fuentes");
    done(&r);
    /* sources named by a common noun; words inside a quote never speak; a
     * lone untyped name right at the cue speaks; one word of a longer
     * person's name is that person */
    run_quotes(&r,
               "The ferry docked at noon.\n"
               "Harbour control said: \xE2\x80\x9C" "On behalf of the port, welcome back.\xE2\x80\x9D\n"
               "\xE2\x80\x9CIt was a long crossing,\xE2\x80\x9D Okafor said over the radio.\n"
               "The storm cost the town \xE2\x80\x9Cmore than we can count\xE2\x80\x9D, the council says.\n"
               "\xE2\x80\x9CThe quay will stay closed,\xE2\x80\x9D said the ministry.\n"
               "The mayor, Amara Nneka Obi, spoke last. \xE2\x80\x9CWe will rebuild the pier this year,\xE2\x80\x9D "
               "Amara told the crowd.\n",
               "en");
    SPEAKER(&r, "welcome back", "Harbour control");
    SPEAKER(&r, "long crossing", "Okafor");
    SPEAKER(&r, "can count", "council");
    SPEAKER(&r, "stay closed", "ministry");
    SPEAKER(&r, "rebuild the pier", "Amara Nneka Obi");
    done(&r);
    /* a title as the speaker refers back to the person in focus, not to a
     * person whose own title differs; "Mr." is no part of a name */
    run_quotes(&r,
               "Mr. Halvorsen spoke before meeting French President Paul Marin.\n\n"
               "The Harbour Council Secretary General said that \xE2\x80\x9Cthe tugs and the pilots are ready for "
               "the winter, and the quay is safe.\xE2\x80\x9D\n",
               "en");
    SPEAKER(&r, "tugs and the pilots", "Halvorsen");
    {
        ENTITY_TYPE(r.e, r.ne, "Halvorsen", CH_ENT_PERSON);
        ck_assert_ptr_null(ent_named(r.e, r.ne, "Mr"));
    }
    done(&r);
    /* a gendered pronoun: the article's own pronouns tell who is who */
    run_quotes(&r,
               "\"The archive will open in May,\" said Jonas Berg, head of the library board.\n"
               "Lina Sato, the poet who gave the archive her letters, learned of the plan on Monday. "
               "Asked about it, she said: \"I am glad the letters will be read.\"\n"
               "Berg said he would invite her. \"We owe the poet a reading room,\" he added.\n",
               "en");
    SPEAKER(&r, "archive will open", "Jonas Berg");
    SPEAKER(&r, "letters will be read", "Lina Sato");
    SPEAKER(&r, "reading room", "Jonas Berg");
    done(&r);
    /* a lowercase title or an organisation's head noun after "the" is the
     * person or organisation named before; a one-word quote with a cue is kept;
     * a lone surname that speaks is a person, "A and B" is two names */
    run_quotes(&r,
               "Mayor Rosa Quintero opened the bridge. The Northern Rail Service ran extra trains.\n"
               "\"The bridge is ours now,\" the mayor said.\n"
               "Passengers should \"expect delays\", the service warned.\n"
               "Okoro warns that the town must \"pay\" for the upkeep.\n"
               "The next day, Okoro and Quintero toured the river bank.\n",
               "en");
    SPEAKER(&r, "bridge is ours", "Rosa Quintero");
    SPEAKER(&r, "expect delays", "Northern Rail Service");
    SPEAKER(&r, "pay", "Okoro");
    {
        ENTITY_TYPE(r.e, r.ne, "Okoro", CH_ENT_PERSON);
        ck_assert_ptr_null(ent_named(r.e, r.ne, "Okoro and Quintero"));
    }
    done(&r);
    /* "it" is an organisation, and speaks only as the subject at its cue;
     * "according to" anywhere later in the sentence names the speaker, also
     * by a common noun with a possessive */
    run_quotes(&r,
               "The Harbour Safety Board met on Monday. The board highlighted that \"the east quay is "
               "unsafe in storms.\" It also noted the \"slow repairs\" of the pier.\n"
               "Among other things, it is stressed that nobody can \"ignore\" the tides.\n"
               "The pier is \"older than the town\" and needs care, according to the board's report.\n"
               "He carried papers in the name of 'Peter Hollis', according to the police.\n",
               "en");
    SPEAKER(&r, "east quay", "Harbour Safety Board");
    SPEAKER(&r, "slow repairs", "Harbour Safety Board");
    SPEAKER(&r, "older than the town", "Harbour Safety Board");
    {
        const ch_quote *ig = quote_with(&r, "ignore");
        /* an impersonal passive attributes words to no one named: a quote
         * without a speaker */
        ck_assert_ptr_nonnull(ig);
        ck_assert_msg(!ig->speaker, "'it is stressed' gave a speaker: %s", ig->speaker);
        ck_assert_ptr_null(quote_with(&r, "Peter Hollis")); /* a name in quotes */
    }
    done(&r);
    /* a title's complement before a name; an attribution before a quote in
     * its own sentence outranks the next sentence's speaker; "the bank" is
     * the bank named last; "Today" opens no name */
    run_quotes(&r,
               "The harbour deal was signed. Secretary of the Navy Ana Ortiz said: \"The deal is done.\" "
               "Commissioner for Transport Lena Vasquez said the \"quay is open\". Today Harbour Trust said it was "
               "\"very pleased\".\nThe Northwind Bank lost money. \"We will recover,\" the bank said.\n",
               "en");
    SPEAKER(&r, "deal is done", "Ana Ortiz");
    SPEAKER(&r, "quay is open", "Lena Vasquez");
    SPEAKER(&r, "We will recover", "Northwind Bank");
    {
        const ch_entity *ao = ent_named(r.e, r.ne, "Ana Ortiz");
        ck_assert_ptr_nonnull(ao);
        ck_assert_str_eq(ao->role, "Secretary of the Navy");
        ck_assert_ptr_null(ent_named(r.e, r.ne, "Today Harbour Trust"));
    }
    done(&r);
    /* "said the Prime Minister of Chile" is the holder of that title; a
     * name ends before "of" and its affiliation; two quotes with a speaker
     * each are not joined; "General Motors" keeps its first word */
    run_quotes(&r,
               "Prime Minister Rosa Quintero visited General Motors in Santiago.\n"
               "\"We will not let the plant close,\" said the Prime Minister of Chile. "
               "\"Buyers are nervous,\" said Tomas Rivas of Andes Capital Advisors. "
               "\"It is a bad year,\" said Mr Okafor.\n",
               "en");
    SPEAKER(&r, "plant close", "Rosa Quintero");
    SPEAKER(&r, "Buyers are nervous", "Tomas Rivas");
    SPEAKER(&r, "bad year", "Okafor");
    ck_assert_ptr_null(quote_with(&r, "close, Buyers")); /* not joined */
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "General Motors"));
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Motors"));
    done(&r);
    /* one sentence per line: a quote runs over its lines up to its closing
     * mark (text joined by spaces), and its attribution may open the next
     * line; a name stops at a comma */
    run_quotes(&r,
               "The port reopened on Monday.\n"
               "\"This is a hard but needed step for the town.\n"
               "We could not afford a long closure.\"\n"
               "said Rosa Quintero, Mayor of Valparaiso.\n"
               "\"We will not let the port fail.\n"
               "It is the heart of the city,\" said Tomas Rivas, President of the Harbour Board.\n",
               "en");
    SPEAKER(&r, "hard but needed step", "Rosa Quintero");
    SPEAKER(&r, "port fail", "Tomas Rivas");
    {
        const ch_quote *ml = quote_with(&r, "hard but needed step");
        ck_assert_str_eq(ml->text, "This is a hard but needed step for the town. We could not afford a long closure.");
    }
    done(&r);
    /* a text set one sentence per line: "A," X said.\n"B." is one quote; a
     * one-word title after a given name is a surname ("Billy King") */
    run_quotes(&r,
               "The club hired a new coach on Monday.\n"
               "Billy King, the general manager, made the call.\n"
               "\"We talked about many things,\" King said.\n"
               "\"But the style of play was not right for us.\"\n"
               "The coach declined to comment.\n"
               "The players return next week.\n",
               "en");
    SPEAKER(&r, "talked about many things", "Billy King");
    {
        const ch_quote *jq = quote_with(&r, "talked about many things");
        /* the attribution ended its sentence: the first part was one too */
        ck_assert_str_eq(jq->text, "We talked about many things. But the style of play was not right for us.");
    }
    done(&r);
    /* the part after the attribution goes on over paragraphs that each open
     * with a mark: all of it is the one quote */
    run_quotes(&r,
               "The harbour fees rose on Monday.\n"
               "\xE2\x80\x9CThe board ignored every warning,\xE2\x80\x9D said councillor Rosa Menendez at the town hall.\n"
               "\xE2\x80\x9CIt raised the fees twice in one year.\n"
               "\xE2\x80\x9C" "Fishermen cannot pay this.\n"
               "Nobody here can,\xE2\x80\x9D Menendez said.\n"
               "The board meets again in May.\n"
               "Its chair did not answer calls.\n",
               "en");
    {
        const ch_quote *jq = quote_with(&r, "ignored every warning");
        ck_assert_ptr_nonnull(jq);
        ck_assert_str_eq(jq->text, "The board ignored every warning. It raised the fees twice in one year. "
                                   "Fishermen cannot pay this. Nobody here can.");
        ck_assert_str_eq(jq->speaker, "Rosa Menendez");
        size_t with = 0;
        for (size_t i = 0; i < r.nq; i++) with += strstr(r.q[i].text, "Fishermen") != NULL;
        ck_assert_uint_eq(with, 1); /* not a second quote as well */
    }
    done(&r);
    /* the first quote's pronoun: the subject of the sentence before, not a
     * name inside its relative clause */
    run_quotes(&r,
               "The budget passed its first reading on Monday.\n"
               "Treasurer Helen Ward, who replaced Tom Baxter as party leader in 2019, said the cuts were needed.\n"
               "\"We cannot spend money we do not have,\" she said.\n",
               "en");
    SPEAKER(&r, "spend money", "Helen Ward");
    done(&r);
    /* "according to a statement from X" is X; "the county sheriff's office"
     * is the office; "X's neighbour, Name," opening the sentence before a
     * quote paragraph is Name, not X */
    run_quotes(&r,
               "A fire destroyed the Lakeside mill in Dorrington on Sunday.\n"
               "\"It will take months to rebuild,\" said Mary Coyle, who lives across the river.\n"
               "\"Nobody was inside,\" according to a statement from Kessler Paper.\n"
               "\"The cause is not known,\" according to the county sheriff's office.\n"
               "Coyle's neighbour, Peter Vance, was less calm.\n"
               "\"I thought the whole street would burn,\" he said.\n",
               "en");
    SPEAKER(&r, "take months", "Mary Coyle");
    SPEAKER(&r, "Nobody was inside", "Kessler Paper");
    SPEAKER(&r, "cause is not known", "county sheriff's office");
    SPEAKER(&r, "whole street", "Peter Vance");
    ck_assert_ptr_null(quote_with(&r, "Nobody was inside")->role);
    done(&r);
    /* the role of a representative, without the words that lead to the
     * organisation; the organisation's own later quote has no such role */
    run_quotes(&r,
               "The Ministry of Health confirmed three new cases on Friday.\n"
               "\"We are watching the situation closely,\" said a spokesperson for the Ministry of Health.\n"
               "\"It is too early to talk about an outbreak,\" the ministry said in a statement.\n",
               "en");
    SPEAKER(&r, "watching the situation", "Ministry of Health");
    ck_assert_str_eq(quote_with(&r, "watching the situation")->role, "spokesperson");
    SPEAKER(&r, "too early", "Ministry of Health");
    ck_assert_ptr_null(quote_with(&r, "too early")->role);
    done(&r);
    /* a common given name tells a pronoun's person when the article's own
     * pronouns do not (the "she" right after Tom Akers is not his) */
    run_quotes(&r,
               "A fire destroyed the mill on Sunday.\n"
               "Mary Coyle and Peter Vance watched from across the river.\n"
               "\"We were lucky,\" Vance said.\n"
               "The mill manager, Tom Akers, arrived an hour later.\n"
               "\"Nobody slept,\" she said.\n",
               "en");
    SPEAKER(&r, "were lucky", "Peter Vance");
    SPEAKER(&r, "Nobody slept", "Mary Coyle");
    done(&r);
    /* a definite description before the cue ("The American veteran
     * diplomat said") is the last speaker, unless its nationality
     * contradicts that speaker's title; a speaker keeps one title through
     * the article */
    run_quotes(&r,
               "US Special Envoy Laura Brennan met Dutch Foreign Minister Pieter de Smet in Geneva on Monday.\n"
               "\"We made real progress today,\" said the United States Special Envoy, Laura Brennan.\n"
               "The American veteran diplomat said that \"the corridor must stay open through the winter.\"\n"
               "\"The ships will sail,\" Brennan said.\n"
               "The Dutch politician said that \"nobody should expect a deal this week.\"\n",
               "en");
    SPEAKER(&r, "real progress", "Laura Brennan");
    SPEAKER(&r, "stay open through the winter", "Laura Brennan");
    SPEAKER(&r, "expect a deal", "Pieter de Smet"); /* Dutch: not the American envoy */
    done(&r);
    /* a speaker keeps one title through the article */
    run_quotes(&r,
               "Talks on the grain corridor resumed in Geneva on Monday.\n"
               "\"We made real progress today,\" said the United States Special Envoy, Laura Brennan.\n"
               "\"The ships will sail,\" Brennan said.\n",
               "en");
    ck_assert_str_eq(quote_with(&r, "real progress")->role, "United States Special Envoy");
    ck_assert_str_eq(quote_with(&r, "ships will sail")->role, "United States Special Envoy");
    done(&r);
    run_quotes(&r,
               "El presidente Luis Arce visit\xC3\xB3 la zona afectada.\n"
               "\"Vamos a reconstruir cada casa\", dijo Arce.\n"
               "El mandatario boliviano asegur\xC3\xB3 que \"no faltar\xC3\xA1 dinero\".\n",
               "es");
    SPEAKER(&r, "dinero", "Luis Arce");
    done(&r);
    /* a participle after a comma has its clause's subject; a country
     * opening its clause speaks for its government; '"A", whilst Y said
     * that "B"' gives Y to B only; a ship is no person */
    run_quotes(&r,
               "Prime Minister Helen Ward spoke outside 10 Carver Street, saying that she was \"relieved\" by the news.\n"
               "The crew of HMS Dorrington was freed on Monday.\n"
               "The Iranian Consul said that \"the sailors were treated well\" during their stay.\n"
               "Britain says there will be \"no bargaining\" over the crew.\n"
               "Ray Cooper, uncle of one of the sailors, said it was \"the best news imaginable\", whilst his mother, "
               "Margaret Cooper, said that \"nothing else matters now.\"\n",
               "en");
    SPEAKER(&r, "relieved", "Helen Ward");
    done(&r);
    run_quotes(&r, "Prime Minister Helen Ward spoke outside the Carver Institute, saying the deal was "
                   "\"a good start\" for the town.\n", "en");
    SPEAKER(&r, "good start", "Helen Ward"); /* not the institute that ends the clause */
    done(&r);
    run_quotes(&r,
               "Prime Minister Helen Ward spoke outside 10 Carver Street, saying that she was \"relieved\" by the news.\n"
               "The crew of HMS Dorrington was freed on Monday.\n"
               "The Iranian Consul said that \"the sailors were treated well\" during their stay.\n"
               "Britain says there will be \"no bargaining\" over the crew.\n"
               "Ray Cooper, uncle of one of the sailors, said it was \"the best news imaginable\", whilst his mother, "
               "Margaret Cooper, said that \"nothing else matters now.\"\n",
               "en");
    SPEAKER(&r, "treated well", "Iranian Consul"); /* not the ship named last */
    SPEAKER(&r, "no bargaining", "Britain");
    SPEAKER(&r, "best news imaginable", "Ray Cooper");
    SPEAKER(&r, "nothing else matters", "Margaret Cooper");
    ENTITY_TYPE(r.e, r.ne, "HMS Dorrington", CH_ENT_OTHER);
    done(&r);
    /* "called" attributes a partial quote; a pronoun inside a sentence goes
     * to the sentence's subject named before it, not to the last speaker */
    run_quotes(&r,
               "Mayor Tomas Rivas declared victory on Sunday night.\n"
               "\"The town has chosen,\" Rivas said.\n"
               "Councillor Pedro Alvarez conceded defeat after what he called \"a bitter night for the harbour.\"\n"
               "Britain calls the seizure \"completely unacceptable.\"\n",
               "en");
    SPEAKER(&r, "town has chosen", "Tomas Rivas");
    SPEAKER(&r, "bitter night", "Pedro Alvarez");
    SPEAKER(&r, "completely unacceptable", "Britain");
    ck_assert_str_eq(quote_with(&r, "bitter night")->cue, "called");
    done(&r);
    /* an appositive that opens with a possessive, then an adverb before the
     * cue; the agent of a passive; a post-nominal is no part of a name */
    run_quotes(&r,
               "The navy confirmed the seizure on Friday.\n"
               "Omid Karimi, Iran's top naval commander, then stated that the crew was "
               "\"in illegal and suspicious waters\" at the time.\n"
               "The video was described by Harbourwatch as \"chilling.\"\n"
               "\"We will appeal,\" said Neil Flewitt QC, for the defence.\n"
               "\"It is over,\" Flewitt said.\n",
               "en");
    SPEAKER(&r, "suspicious waters", "Omid Karimi");
    SPEAKER(&r, "chilling", "Harbourwatch");
    SPEAKER(&r, "will appeal", "Neil Flewitt");
    SPEAKER(&r, "It is over", "Neil Flewitt");
    ck_assert_str_eq(ent_named(r.e, r.ne, "Omid Karimi")->role, "Iran's top naval commander");
    done(&r);
    /* a participle after a comma has the sentence's subject ("Mayor Ana
     * Ortiz met union leader Tomas Rivas ..., insisting"); a quote paragraph
     * after a sentence with an organisation, and no person, as subject */
    run_quotes(&r,
               "Talks resumed on Monday.\n"
               "Mayor Ana Ortiz met union leader Tomas Rivas at the port on Wednesday, insisting that "
               "\"the strike must end this week.\"\n"
               "The Harbour Safety Board made a request for witnesses after the crash.\n"
               "\"We need to hear from anyone who saw the crane fall.\"\n",
               "en");
    SPEAKER(&r, "strike must end", "Ana Ortiz");
    SPEAKER(&r, "crane fall", "Harbour Safety Board");
    done(&r);
    /* "The Australian has reported": a newspaper, not a nationality */
    run_quotes(&r, "The Australian has reported that a website \"run by friends of the mayor\" published the list.\n", "en");
    SPEAKER(&r, "friends of the mayor", "The Australian");
    done(&r);
    /* a “ set the wrong way round before a comma closes; a description
     * after the quote ("the comedian said") with no speaker yet is the person
     * named last; an award is no person */
    run_quotes(&r,
               "Comedian Rosa Quintero will host the Harbour Awards, after an earlier Primetime Emmy nomination.\n"
               "\xE2\x80\x9CIt is official: I am hosting!\n"
               "I would like to thank my wife and, oh dear, there goes the band \xE2\x80\x9C, the comedian and "
               "talk show host said on her feed.\n"
               "The show airs on March 2.\n"
               "Tickets sold out in an hour.\n",
               "en");
    SPEAKER(&r, "I am hosting", "Rosa Quintero");
    ck_assert_ptr_nonnull(strstr(quote_with(&r, "I am hosting")->text, "there goes the band"));
    ck_assert_ptr_null(quote_with(&r, "comedian and talk show"));
    ENTITY_TYPE(r.e, r.ne, "Primetime Emmy", CH_ENT_OTHER);
    done(&r);
    /* a line that ends with a closing mark and opened none, right after a
     * quote: its opening mark was lost, and it goes on that quote */
    run_quotes(&r,
               "The festival named its new director on Monday.\n"
               "\xE2\x80\x9CWe are thrilled to have Rosa Quintero lead the festival,\xE2\x80\x9D said chair Tomas Rivas.\n"
               "She knows every stage in this town and we expect the audience to love her programme.\xE2\x80\x9D\n"
               "Quintero starts in May.\n"
               "Her first season opens in June.\n",
               "en");
    SPEAKER(&r, "thrilled to have", "Tomas Rivas");
    ck_assert_ptr_nonnull(strstr(quote_with(&r, "thrilled to have")->text, "love her programme"));
    done(&r);
    /* the same when the line holds a non-breaking space or a degree sign
     * (Latin-1 characters are no quote marks) */
    run_quotes(&r,
               "The festival named its new director on Monday.\n"
               "\xE2\x80\x9CWe are thrilled to have Rosa Quintero lead the festival,\xE2\x80\x9D said chair Tomas Rivas.\n"
               "She knows every stage in this town,\xC2\xA0" "even at 40\xC2\xB0" "C in August, and the audience will love her.\xE2\x80\x9D\n"
               "Quintero starts in May.\n"
               "Her first season opens in June.\n",
               "en");
    ck_assert_ptr_nonnull(strstr(quote_with(&r, "thrilled to have")->text, "audience will love her"));
    done(&r);
    /* a city's name opening the sentence before its verb is a surname
     * ("Lyons said ... and added"), and speaks as written */
    run_quotes(&r,
               "A prisoner escaped from a transport van on Monday.\n"
               "Lyons said that Tomas Rivas used a cane in prison and added, \"Since he ran off on foot, that is now in question.\"\n",
               "en");
    SPEAKER(&r, "ran off on foot", "Lyons");
    done(&r);
    /* "The judge had a warning:" introduces the quote paragraph; the judge is
     * the person whose title holds "judge", not the defendant named since */
    run_quotes(&r,
               "Superior Court Judge Ana Ortiz sentenced Tomas Rivas to life on Friday.\n"
               "Rivas apologised to the families of the victims in a short statement.\n"
               "The judge had a warning for anyone who deals with Rivas in the future:\n"
               "\"Do not trust this man ever again.\"\n",
               "en");
    SPEAKER(&r, "Do not trust", "Ana Ortiz");
    done(&r);
    /* a so-called term is no quotation, even with a speaker in the sentence */
    run_quotes(&r,
               "Police Commissioner Jessica Tisch said the gunman used a so-called \"ghost gun\" that could not be traced.\n"
               "Tisch described the arrest as \"a step in the right direction.\"\n",
               "en");
    ck_assert_ptr_null(quote_with(&r, "ghost gun"));
    SPEAKER(&r, "right direction", "Jessica Tisch");
    done(&r);
    /* the name of a work or a term after its noun, and a title-case
     * fragment inside a sentence, are no quotations */
    run_quotes(&r,
               "The band released its new album \"Salt and Iron\" on Friday, singer Ana Ortiz said.\n"
               "Ortiz said she had read the article \"Why Ports Fail\" twice.\n"
               "She said the word \"sorry\" was not in their vocabulary.\n"
               "The council praised the Harbour Trust for its \"Clean Water for Every Home\" campaign.\n"
               "Ortiz called the tour \"the hardest thing we have ever done.\"\n",
               "en");
    ck_assert_ptr_null(quote_with(&r, "Salt and Iron"));
    ck_assert_ptr_null(quote_with(&r, "Why Ports Fail"));
    ck_assert_ptr_null(quote_with(&r, "sorry"));
    ck_assert_ptr_null(quote_with(&r, "Clean Water"));
    SPEAKER(&r, "hardest thing", "Ana Ortiz");
    done(&r);
    /* the one a quote was told to is no part of the speaker's role */
    run_quotes(&r, "\xC2\xAB" "No vamos a apoyarlos\xC2\xBB, ha explicado a Efe la portavoz de Junts, M\xC3\xADriam Nogueras.\n", "es");
    SPEAKER(&r, "apoyarlos", "M\xC3\xADriam Nogueras");
    ck_assert_ptr_null(strstr(quote_with(&r, "apoyarlos")->role, "Efe"));
    done(&r);
    /* "Rivas's lawyer, Jane Holt": the appositive name speaks, after the cue
     * and after "according to" */
    run_quotes(&r,
               "Union leader Tomas Rivas spoke first.\n"
               "\"The plant lost money for five years,\" said Rivas's lawyer, Jane Holt.\n"
               "\"The union was never told,\" according to Rivas's lawyer, Jane Holt.\n",
               "en");
    SPEAKER(&r, "lost money", "Jane Holt");
    SPEAKER(&r, "never told", "Jane Holt");
    done(&r);
    /* French: "a réagi" is a cue, "la cheffe des écologistes" a title */
    run_quotes(&r, "Le d\xC3\xA9" "bat a commenc\xC3\xA9 mardi.\n"
                   "\xC2\xAB C'est une provocation \xC2\xBB, a r\xC3\xA9" "agi la cheffe des \xC3\xA9" "cologistes, Marine Tondelier.\n", "fr");
    SPEAKER(&r, "provocation", "Marine Tondelier");
    done(&r);
    /* a gap that holds a sentence of its own is no interrupting attribution
     * (each quote keeps its speaker); a name set off by a comma is no
     * pronoun's subject; a colon introduces a short spoken quote */
    run_quotes(&r,
               "The strike entered its third day on Wednesday.\n"
               "Company spokeswoman Jane Holt rejected the demands. \"The offer on the table is fair,\" she said. "
               "Tomas Rivas, she added, \"knows that very well.\"\n"
               "\"This is about respect,\" said dockworker Luis Mendez, 52. His colleague Pedro Alvarez agreed: \"Nobody listens to us.\"\n"
               "Asked whether the port could reopen by Friday, Holt said: \"I hope so.\" Rivas was blunter: \"Not a chance.\"\n",
               "en");
    SPEAKER(&r, "offer on the table", "Jane Holt");
    SPEAKER(&r, "knows that very well", "Jane Holt");
    ck_assert_ptr_null(quote_with(&r, "fair knows"));
    SPEAKER(&r, "about respect", "Luis Mendez");
    SPEAKER(&r, "Nobody listens", "Pedro Alvarez");
    SPEAKER(&r, "Not a chance", "Tomas Rivas");
    done(&r);
    /* a text cut off inside a quote: it runs to the end when no mark follows */
    run_quotes(&r,
               "Luis Mendez, a dockworker, was at the gate when the crane fell.\n"
               "\"We're like family here,\" Mendez said.\n"
               "\"Tell your readers to keep the families in their thoughts...\n"
               "I lost two of my closest friends today.\n"
               "I am going home to sleep.\n",
               "en");
    {
        const ch_quote *cq = quote_with(&r, "keep the families");
        ck_assert_ptr_nonnull(cq);
        ck_assert_ptr_nonnull(strstr(cq->text, "going home to sleep"));
        ck_assert_str_eq(cq->speaker, "Luis Mendez");
    }
    done(&r);
    /* Italian "ha replicato" and Portuguese "ressaltou" are cues; a
     * Portuguese role loses its article ("O presidente" -> "presidente") */
    run_quotes(&r, "Il leader dell'opposizione, Elly Schlein, ha replicato che \xC2\xABil governo taglia la sanit\xC3\xA0\xC2\xBB.\n", "it");
    SPEAKER(&r, "taglia la sanit", "Elly Schlein");
    done(&r);
    run_quotes(&r, "O presidente Luiz Pereira anunciou um novo pacote.\n"
                   "\"Ningu\xC3\xA9m vai ficar para tr\xC3\xA1s\", ressaltou Pereira.\n", "pt");
    SPEAKER(&r, "ficar para", "Luiz Pereira");
    ck_assert_str_eq(quote_with(&r, "ficar para")->role, "presidente");
    done(&r);
    /* an industry word ends a company's name; "the company" is the one the
     * article names most, not an analyst's firm named last */
    run_quotes(&r,
               "Harbor Steel reported a quarterly loss on Thursday, the third in a row for Harbor Steel.\n"
               "\"The market has turned,\" said Janet Ochs, an analyst at Brandt & Co.\n"
               "In a statement, the company said it would cut 1,200 jobs. \"These decisions are never easy,\" the statement said.\n",
               "en");
    ENTITY_TYPE(r.e, r.ne, "Harbor Steel", CH_ENT_ORG);
    SPEAKER(&r, "never easy", "Harbor Steel");
    done(&r);
    /* a parenthesis between subject and verb; a lede quote whose speaker
     * the next sentence names after "That is how" and before an age */
    run_quotes(&r,
               "Rescue teams reached the village on Sunday.\n"
               "\"We dug with our hands until the machines came.\" That is how Amina Yusuf, 41, remembers the first night.\n"
               "Local residents (who asked not to be named) said the hillside had been \"moving for weeks.\"\n",
               "en");
    SPEAKER(&r, "dug with our hands", "Amina Yusuf");
    SPEAKER(&r, "moving for weeks", "Local residents");
    done(&r);
    /* "U.K.'s" opens no single quote; "The statement added" is the
     * organisation whose statement spoke before */
    run_quotes(&r,
               "The navy was on patrol. Tony Blair, the U.K.'s Prime Minister, calls the seizure \"a disgrace to the nation.\"\n"
               "\"The EU calls for the immediate release of the sailors,\" said the statement released by the European Union.\n"
               "The statement added that \"all evidence clearly indicated\" the sailors were in Iraqi waters.\n",
               "en");
    SPEAKER(&r, "disgrace to the nation", "Tony Blair");
    SPEAKER(&r, "all evidence clearly", "European Union");
    done(&r);
    /* a quote whose sentence goes on to another quote shares its speaker */
    run_quotes(&r,
               "The talks stalled on Monday. Iran named a new negotiator.\n"
               "\"British leaders have misjudged this case\" if we are faced with \"more fuss and more wrong behaviour from London,\" added Ali Larijani.\n",
               "en");
    SPEAKER(&r, "misjudged this case", "Ali Larijani");
    SPEAKER(&r, "more fuss", "Ali Larijani");
    done(&r);
    /* an appositive whose closing comma was dropped: the name opening the
     * sentence speaks, not the one inside the appositive */
    run_quotes(&r,
               "The navy confirmed the arrest.\n"
               "Harbour Watch, a news website run by friends of Mayor Ana Ortiz said on its front page: \"The crew will be charged.\"\n",
               "en");
    SPEAKER(&r, "crew will be charged", "Harbour Watch");
    done(&r);
    /* a dash and a name that ends the line sign the quote */
    run_quotes(&r,
               "Survivors wrote to the inquiry this week. Mary Coyle collected the letters.\n"
               "\"We are reminded every day that this was the worst attack the city has seen.\" - \"Fiona\"\n"
               "\"An inquiry would make sure the lessons are learnt.\" \xE2\x80\x94 Pauline Grant\n",
               "en");
    SPEAKER(&r, "worst attack", "Fiona");
    SPEAKER(&r, "lessons are learnt", "Pauline Grant");
    done(&r);
    /* straight quotes with a space slipped before the closing mark
     * ('improving, "said X'), as detokenized text has them */
    run_quotes(&r,
               "The club fired its coach on Saturday.\n"
               "\"I made the call because we were not improving, \"said Marta Solis.\n"
               "\"The players deserve a new voice.\"\n"
               "The team has lost six of its last eight games.\n"
               "\"I believe in this group.\n"
               "We are better than our record, \"said Solis.\n"
               "\"We will prove it in the spring.\"\n"
               "The new coach starts on Monday.\n",
               "en");
    {
        const ch_quote *a1 = quote_with(&r, "made the call"), *a2 = quote_with(&r, "believe in this group");
        ck_assert_ptr_nonnull(a1);
        ck_assert_ptr_nonnull(a2);
        ck_assert_ptr_nonnull(strstr(a1->text, "deserve a new voice"));
        ck_assert_ptr_nonnull(strstr(a2->text, "better than our record"));
        ck_assert_ptr_nonnull(strstr(a2->text, "prove it in the spring"));
        ck_assert_str_eq(a1->speaker, "Marta Solis");
        ck_assert_str_eq(a2->speaker, "Marta Solis");
        ck_assert_ptr_null(quote_with(&r, "said Solis"));
    }
    done(&r);
    /* the same with a long attribution (an appositive of 150+ characters),
     * and with a first part that ends in a question mark */
    run_quotes(&r,
               "The council voted on Tuesday.\n"
               "\"This is a small town, but it has big needs,\" said councillor Rosa Menendez, a Liberal who "
               "led a failed bid last year to let the council raise the harbour fees without a public vote and who now chairs its "
               "finance committee.\n"
               "\"There are people who will fight any change to the fees.\"\n"
               "\"But who could take this plan seriously?\" she said later, according to her own website.\n"
               "\"Nobody I know believes the numbers in it.\"\n"
               "The vote was delayed.\n",
               "en");
    {
        const ch_quote *jq = quote_with(&r, "small town");
        ck_assert_ptr_nonnull(jq);
        ck_assert_ptr_nonnull(strstr(jq->text, "fight any change"));
        jq = quote_with(&r, "take this plan");
        ck_assert_ptr_nonnull(jq);
        ck_assert_ptr_nonnull(strstr(jq->text, "Nobody I know"));
    }
    SPEAKER(&r, "small town", "Rosa Menendez");
    done(&r);
    /* the subject of the sentence before a "he said" quote is its speaker;
     * "he" is never the organisation that spoke last; "X, director of Y,
     * says" is X; "X said that ... and added" is X */
    run_quotes(&r,
               "\"We will sue,\" the Harbour Trust said in a statement.\n"
               "Reached by phone, Tomas Rivas declined to give details. \"It is not over,\" he said.\n"
               "Ana Ortiz, director of the Coastal Defence Program, says the claim is weak: \"There is no case.\"\n"
               "Lena Vasquez said that the port would reopen and added, \"The ships are waiting.\"\n",
               "en");
    SPEAKER(&r, "We will sue", "Harbour Trust");
    SPEAKER(&r, "not over", "Tomas Rivas");
    SPEAKER(&r, "no case", "Ana Ortiz");
    SPEAKER(&r, "ships are waiting", "Lena Vasquez");
    done(&r);
    /* "the paper quoted him as saying": him is the speaker, named before */
    run_quotes(&r,
               "According to Tomas Rivas, the harbour master, the port was chosen \"because the water is deep. "
               "It has room for the big ships,\" Harbour Weekly quoted him as saying.\n"
               "Okafor sings at the harbour festival every year.\n"
               "\"The port is my home,\" he said.\n",
               "en");
    SPEAKER(&r, "water is deep", "Tomas Rivas");
    SPEAKER(&r, "my home", "Okafor");
    done(&r);
    /* an opening word set off by a comma is no subject ("Still, the
     * captain ..."): "he" stays with the man who spoke */
    run_quotes(&r,
               "\"We sail at dawn,\" said Captain Tomas Rivas.\n"
               "Still, the crew was nervous about the storm.\n"
               "\"The ship is ready for it,\" he said.\n",
               "en");
    SPEAKER(&r, "ready for it", "Tomas Rivas");
    done(&r);
    /* a middle initial keeps a name whole; "NAME, role, ORG"; "PLACE police
     * Lt. NAME"; "an ORG spokesman" is the organisation */
    run_quotes(&r,
               "The port closed on Monday.\n"
               "Kenneth J. Okoro, a lawyer for the Rivas family, told the Harbour Weekly that the guards \"acted "
               "like soldiers.\"\n"
               "\"It is a hard job,\" said Paul Quintero, president, Andes Shipping Group.\n"
               "The man was \"looking for the captain,\" according to Arica police Lt. Marta Ruiz.\n"
               "The Harbour Safety Board met. \"The cranes are safe,\" a Harbour Safety Board spokesman said.\n",
               "en");
    SPEAKER(&r, "like soldiers", "Kenneth J. Okoro");
    SPEAKER(&r, "hard job", "Paul Quintero");
    SPEAKER(&r, "looking for the captain", "Marta Ruiz");
    SPEAKER(&r, "cranes are safe", "Harbour Safety Board");
    done(&r);
    /* "a Harbour Safety Board statement said" names the board; the quote
     * paragraph after it is the board's */
    run_quotes(&r,
               "The Harbour Safety Board met on Monday. Captain Tomas Rivas saw two cranes fall, a Harbour Safety "
               "Board statement said.\n"
               "\"The cranes were old and the wind was strong.\"\n",
               "en");
    SPEAKER(&r, "cranes were old", "Harbour Safety Board");
    done(&r);
    /* a question with its own attribution is not joined to the quote before */
    run_quotes(&r,
               "The crane fell on Friday.\n"
               "\"I saw the crane fall,\" said Marta Ruiz, a docker.\n"
               "\"What did the crane hit when it fell?\" Harbour Radio asked.\n"
               "\"It hit the fence,\" Ruiz said.\n"
               "The port reopened on Monday.\n",
               "en");
    SPEAKER(&r, "crane fall", "Marta Ruiz");
    SPEAKER(&r, "What did the crane hit", "Harbour Radio");
    done(&r);
    /* an -ist role opening a sentence; a two-word lowercase title before a
     * name that ends like a city ("Esteban Lagos") */
    run_quotes(&r,
               "The quake struck at noon.\n"
               "Seismologist Hernan Caceres said: \"The fault has been quiet for a century.\"\n"
               "According to TPV chief executive Esteban Lagos, the plan \"will not cost a single job\".\n",
               "en");
    SPEAKER(&r, "fault has been quiet", "Hernan Caceres");
    SPEAKER(&r, "single job", "Esteban Lagos");
    done(&r);
    /* an award citation is the awarding body's, not the laureate's */
    run_quotes(&r,
               "The Pacific Ports Committee met in Lima.\n"
               "Lena Vasquez won the Blue Anchor Prize for \"her tireless work on safe harbours\", the jury said.\n"
               "Tomas Rivas received the award \"for decades of care for the river pilots.\"\n",
               "en");
    SPEAKER(&r, "tireless work", "Pacific Ports Committee");
    SPEAKER(&r, "decades of care", "Pacific Ports Committee");
    ck_assert_ptr_null(quote_with(&r, "fall What did"));
    done(&r);
    /* "Local resident Anna Berg, 64, ...": the person, not the opening word,
     * is the subject a "she said" goes to; "the village of X" is a place */
    run_quotes(&r,
               "Rescue teams reached the village of Ostrava Nova on Tuesday.\n"
               "\"The ground is still moving,\" said the deputy governor, Marko Heikkinen.\n"
               "Local resident Anna Berg, 64, lost her home. \"I heard a roar and then the wall was gone,\" she said.\n",
               "en");
    SPEAKER(&r, "heard a roar", "Anna Berg");
    {
        ENTITY_TYPE(r.e, r.ne, "Ostrava Nova", CH_ENT_PLACE);
    }
    done(&r);
    /* "Gov. Elaine Hartwell" has the role Gov., which "the governor" names;
     * "Tamarack County" is a place, not a person the title could mean */
    run_quotes(&r,
               "Gov. Elaine Hartwell declared a state of emergency for Tamarack County on Sunday.\n"
               "\"Please leave now,\" the governor said at a news conference.\n",
               "en");
    SPEAKER(&r, "leave now", "Elaine Hartwell");

    {
        ENTITY_TYPE(r.e, r.ne, "Tamarack County", CH_ENT_PLACE);
        const ch_entity *eh = ent_named(r.e, r.ne, "Elaine Hartwell");
        ck_assert_ptr_nonnull(eh);
        ck_assert_ptr_nonnull(eh->role);
        ck_assert_str_eq(eh->role, "Gov.");
    }
    done(&r);
    /* "X of Org said ... 'partial'": the person speaks, not the organisation */
    run_quotes(&r,
               "Shares rose 3 percent on Monday.\n"
               "Analyst Deborah Kwan of Threadneedle Research said the company should \"stop trying to be two "
               "businesses at once\".\n",
               "en");
    SPEAKER(&r, "two businesses", "Deborah Kwan");
    done(&r);
    /* "Org chief executive X will ...": "she said" goes to X, not the
     * organisation (a Trust is one); "Gulls coach X called it '...'" is X */
    run_quotes(&r,
               "The Harbor City Gulls beat the Portland Pines on Friday.\n"
               "Northbridge chief executive Howard Lin said the deal made sense.\n"
               "Coastal Trust chief executive Patricia Beaumont will become chair. \"This is about growth,\" she said.\n"
               "Gulls coach Ray Whitaker, who took over last season, called it \"the best game I have seen here\".\n"
               "\nHana Sato has won three world titles. On Sunday, in the city where she first broke the record, "
               "she will run her last.\n\n"
               "\"I wanted to leave before my knees decided for me,\" the 36-year-old says, laughing, over tea in Osaka.\n",
               "en");
    SPEAKER(&r, "about growth", "Patricia Beaumont");
    SPEAKER(&r, "knees decided", "Hana Sato");

    SPEAKER(&r, "best game", "Ray Whitaker");
    {
        ENTITY_TYPE(r.e, r.ne, "Coastal Trust", CH_ENT_ORG);
    }
    done(&r);
    /* a partial quote in a clause with its own pronoun subject: the pronoun
     * speaks, not the first person the sentence names; "When X ..., he"
     * is X */
    run_quotes(&r,
               "Ines Calder laughs at this. \"Every single day,\" she replies.\n\n"
               "The book has drawn comparisons with Anne Enright and Colm Toibin, comparisons she waves away as "
               "\"very generous and completely unhelpful\".\n\n"
               "Tomas Rivas said little. When Billy Kramer hired Rivas, he had called him a \"perfect fit\" for the job.\n",
               "en");
    SPEAKER(&r, "completely unhelpful", "Ines Calder");
    SPEAKER(&r, "perfect fit", "Billy Kramer");
    done(&r);
    /* a spokesperson speaks for the organisation: "A spokeswoman for X
     * said ... '...,' she said", "A Corvane spokesperson ... the
     * spokesperson said" ("Corvane" is "Corvane Systems") */
    run_quotes(&r,
               "Corvane Systems will cut 1,200 jobs, said analyst Priya Raman.\n\n"
               "A Corvane spokesperson said the cuts would fall on sales. \"Engineering is unaffected,\" the "
               "spokesperson said.\n\n"
               "A spokeswoman for Halvorsen Foods said no plant would close. \"Our factories stay open,\" she said.\n",
               "en");
    SPEAKER(&r, "Engineering is unaffected", "Corvane Systems");
    SPEAKER(&r, "factories stay open", "Halvorsen Foods");
    done(&r);
    /* a quote paragraph after a sentence about the speaker ("She broke the
     * news ...") is hers */
    run_quotes(&r,
               "The bakery on Mill Street will close in June.\n\n"
               "Martha Quinn, who took over the business in 1994, said rising rent had made it impossible. She "
               "broke the news to customers on Saturday.\n\n"
               "\u201CI kept thinking something would turn up. It didn\u2019t.\u201D\n",
               "en");
    SPEAKER(&r, "something would turn up", "Martha Quinn");
    done(&r);
    /* "the ministry" is the Ministry of ... named before */
    run_quotes(&r,
               "The Ministry of Agriculture and Livestock Development banned maize exports on Monday.\n\n"
               "Traders were surprised. The ministry said that exports would be allowed \"only under special "
               "licence\".\n",
               "en");
    SPEAKER(&r, "special licence", "Ministry of Agriculture and Livestock Development");
    done(&r);
    /* ', Captain X, Chief Public Relations Officer, Defence, said.': a title
     * before the name, capitalized appositions after it */
    run_quotes(&r,
               "Sailors aboard the patrol ship INS Vikrant spotted five boats.\n\n"
               "\u201CThe warship challenged them and the skiffs turned back,\u201D Captain Manohar Nambiar, Chief "
               "Public Relations Officer, Defence, said.\n",
               "en");
    SPEAKER(&r, "skiffs turned back", "Manohar Nambiar");
    done(&r);
    /* a quote opening the text, its speaker in the next sentence with a
     * reporting verb */
    run_quotes(&r,
               "\"She is not a loose cannon. She is a hard worker.\"\n"
               "Kenneth Dorsey says the woman accused of the shooting is a good person.\n"
               "Dorsey has worked at the plant for 37 years.\n",
               "en");
    SPEAKER(&r, "loose cannon", "Kenneth Dorsey");
    done(&r);
    /* an indefinite description of an ordinary person right before the
     * cue is an unnamed speaker ("Another elderly man said simply,"), not a
     * document ("A handwritten note said") nor someone named before */
    run_quotes(&r,
               "Dr. Ana Ortiz rebuilt the clinic. One patient brought her an envelope with money. Another elderly man "
               "said simply, \"Maybe I can help. I got a hammer.\"\n"
               "A female friend of mine said this morning, \"She did more for the town than anyone.\"\n",
               "en");
    SPEAKER(&r, "got a hammer", "elderly man");
    SPEAKER(&r, "more for the town", "female friend");
    done(&r);
    /* a cue word after a possessive is a noun ("the statement's promise") */
    run_quotes(&r,
               "The central bank cut its rate. Traders said the statement's promise to consider \"further "
               "adjustments of a similar size\" was the key line.\n",
               "en");
    {
        const ch_quote *fq = quote_with(&r, "further adjustments");
        ck_assert_ptr_nonnull(fq);
        ck_assert(!fq->cue || strcmp(fq->cue, "promise"));
    }
    done(&r);
    /* a surname that is also a country's name is the person; a given name
     * before a place's name makes a person; "Name verb: "..."" speaks; an
     * unnamed speaker after the cue only right after the quote */
    run_quotes(&r,
               "Valeria Montenegro won the mayoral race in Cordoba.\n"
               "\"Cordoba voted for change, not for revenge,\" Montenegro, a 44-year-old architect, told a crowd.\n"
               "Rheinhafen coach Markus Feldhaus was pleased. Asked about his striker, Feldhaus smiled: \"Jonas "
               "smells the ball before it arrives.\"\n"
               "Members of the regional council called the money \"a first aid kit, not a plan\" and demanded a "
               "review of building rules.\n",
               "en");
    SPEAKER(&r, "not for revenge", "Valeria Montenegro");
    SPEAKER(&r, "smells the ball", "Markus Feldhaus");
    {
        const ch_quote *fa = quote_with(&r, "first aid kit");
        ck_assert_ptr_nonnull(fa);
        ck_assert(!fa->speaker || strcmp(fa->speaker, "review"));
    }
    done(&r);
    /* German: an inverted cue after a comma has its speaker after it, a
     * capitalized role noun before the name is no part of it; an
     * appositive of capitalized nouns; a transcript line with one */
    run_quotes(&r,
               "Der Satellit misst die Farbe des Atlantiks. Davon profitieren auch Fischerei und Küstenschutz an "
               "Nord- und Ostsee, sagte die Programmwissenschaftlerin Ana Ribeiro: \u201EEs ist ein sehr praktischer "
               "Satellit.\u201C\n"
               "Der Hersteller ruft 40.000 Autos zurück. Lars Petersen, Verkehrsexperte beim Autoclub Nord, rät, den "
               "Termin nicht aufzuschieben: \u201EIm Norden haben wir solche Temperaturen selten.\u201C\n",
               "de");
    SPEAKER(&r, "praktischer Satellit", "Ana Ribeiro");
    SPEAKER(&r, "solche Temperaturen", "Lars Petersen");
    done(&r);
    /* Spanish, more: "la empresa" is the organisation the article is
     * about; "y expresó" with no cue before is the sentence's subject's; "una
     * persona próxima a X" is an unnamed source; "se considera" names no one
     * but an earlier cue may; the sentence's subject stops at a comma */
    run_quotes(&r,
               "El Grupo Atlántico anunció otro retraso. En una declaración en su página web, la empresa decía que "
               "\"la principal raíz del problema es el cableado\".\n"
               "Steve Jobs, CEO de Apple, presentó los nuevos productos en Cupertino y expresó que la compañía \"se ha "
               "inspirado en el trabajo realizado en el iPad\".\n"
               "The New York Times ha informado que una persona próxima al entorno de Jobs dijo que su salud sufre "
               "\"altibajos frecuentes\" por su sistema inmunitario.\n"
               "Tal y como afirma Apple en su página web, se considera que el iPhone es un \"teléfono móvil "
               "revolucionario\".\n"
               "Steve Jobs, Director Ejecutivo de Apple, ha anunciado el producto en una conferencia en la que ha "
               "promocionado el iPhone diciendo que \"tan solo un año después, estamos presentando el nuevo\".\n",
               "es");
    SPEAKER(&r, "raíz del problema", "Grupo Atlántico");
    SPEAKER(&r, "se ha inspirado", "Steve Jobs");
    SPEAKER(&r, "altibajos", "persona");
    SPEAKER(&r, "revolucionario", "Apple");
    SPEAKER(&r, "tan solo un año", "Steve Jobs");
    done(&r);
    /* Italian: an auxiliary between an appositive and its participle; a
     * dropped subject after an auxiliary or a clitic, or after an opening
     * phrase of place naming no one; "chiama" is a cue; the name after
     * "che" opens the reported clause; "secondo la quale" is no source */
    run_quotes(&r,
               "Boeing ha festeggiato il nuovo aereo. Scott Carson, presidente e amministratore delegato di Boeing "
               "Commercial Airplanes, ha dichiarato \"È stato un giorno meraviglioso per tutti noi.\"\n"
               "Steve Jobs ha presentato il dispositivo sul palco. Nel suo discorso di due ore ha dichiarato che "
               "\"oggi Apple sta per reinventare il telefono\".\n"
               "Lo chiama \"la cosa che scotta di più in radio\". Ha dichiarato che Apple si sta \"preparando\" per "
               "il passaggio.\n"
               "Il giudice Anthony Mann ha concordato con la difesa di Apple Computer, secondo la quale il Music Store "
               "è registrato sotto un marchio: \"In conclusione affermo che il logo non suggerisce un legame.\"\n",
               "it");
    SPEAKER(&r, "giorno meraviglioso", "Scott Carson");
    SPEAKER(&r, "reinventare il telefono", "Steve Jobs");
    SPEAKER(&r, "scotta di più", "Steve Jobs");
    SPEAKER(&r, "preparando", "Steve Jobs");
    {
        const ch_quote *mq = quote_with(&r, "non suggerisce");
        ck_assert_ptr_nonnull(mq);
        ck_assert(!mq->speaker || strcmp(mq->speaker, "Music Store"));
    }
    done(&r);
    /* Spanish: a gerund has the clause's subject without a comma; "en la
     * que expresa"; a clitic before the verb; a verb opening its sentence
     * has a dropped subject; "X vicepresidente de Y respondió"; "el CEO de
     * Apple Inc., Steve Jobs"; imperfect cues; a transcript line "Name,
     * título: "...""; a lone given name is the person it opens */
    run_quotes(&r,
               "Ryanair compró cinco aviones. Michael O'Leary, el director ejecutivo de Ryanair, justificó la "
               "elección de Boeing diciendo que \"el Boeing tiene la mejor fiabilidad técnica\".\n"
               "Steve Jobs ha presentado su dimisión en una carta dirigida a la junta directiva de Apple en la que "
               "expresa que \"siempre he dicho que sería el primero en decirlo\".\n"
               "Steve lo calificó como \"el mundo de Wayne de la radio\". Dijo que era \"lo más alucinante de la "
               "radio\".\n"
               "Cuando se le preguntó por el acuerdo, Scott Carson vicepresidente ejecutivo de Boeing respondió que "
               "\"representa una relación de negocios entre nuestra empresa y Aeroflot\".\n"
               "\"Nos encantan los Beatles\", ha expresado el CEO de Apple Inc., Steve Jobs. \"Los próximos años "
               "van a ser muy emocionantes\", confesaba Neil Aspinall, director de Apple Corps.\n"
               "Bill Bodie, ayudante especial del secretario y director de comunicaciones de las Fuerzas Aéreas: "
               "\"Ya sabes que no tenemos que poner la otra mejilla.\"\n",
               "es");
    SPEAKER(&r, "mejor fiabilidad", "Michael O'Leary");
    SPEAKER(&r, "el primero en decirlo", "Steve Jobs");
    SPEAKER(&r, "mundo de Wayne", "Steve Jobs");
    SPEAKER(&r, "alucinante", "Steve Jobs");
    SPEAKER(&r, "relación de negocios", "Scott Carson");
    SPEAKER(&r, "encantan los Beatles", "Steve Jobs");
    SPEAKER(&r, "muy emocionantes", "Neil Aspinall");
    SPEAKER(&r, "otra mejilla", "Bill Bodie");
    done(&r);
    /* "states" is a noun in "Southern states from"; a dotted acronym
     * ("U.S.") stays in the name read backwards */
    run_quotes(&r,
               "He helped develop a \"Southern strategy for the party\" to recapture Southern states from the "
               "Democrats.\n"
               "The bombings drew condemnation from the U.S. State Department, which said the \"unacceptable and "
               "unjustified\" attacks raise the risk.\n",
               "en");
    {
        const ch_quote *ss = quote_with(&r, "Southern strategy");
        ck_assert(!ss || !ss->cue || strcmp(ss->cue, "states"));
    }
    {
        const ch_quote *sd = quote_with(&r, "unjustified");
        ck_assert_ptr_nonnull(sd);
        ck_assert_ptr_nonnull(sd->speaker);
        ck_assert_msg(strncmp(sd->speaker, "S. ", 3), "speaker '%s' lost the U.", sd->speaker);
    }
    done(&r);
    /* "purported"; "Const." is a title that ends no sentence; an appositive
     * opening with an organisation's name and a lowercase title; the owner
     * of a web site speaks */
    run_quotes(&r,
               "Const. Tim Fanning of the Vancouver police spoke at noon. Groups praised the decision.\n"
               "Work place killings are rare, police say. \"It is something no business can prepare for,\" Const. "
               "Fanning said.\n"
               "She purported that the modeling \"was such fun and games.\"\n"
               "Betsy Loyless, National Audubon Society senior vice president for advocacy and policy, said, \"The "
               "administration has given a great gift to wildlife.\"\n"
               "The surgeon general \"communicates the best science to the people,\" according to the Office of "
               "the Surgeon General's Web site.\n",
               "en");
    SPEAKER(&r, "no business can prepare", "Tim Fanning");
    ck_assert_str_eq(quote_with(&r, "such fun")->cue, "purported");
    SPEAKER(&r, "gift to wildlife", "Betsy Loyless");
    SPEAKER(&r, "best science", "Office of the Surgeon General");
    done(&r);
    /* an age appositive after a lone surname; "the Rev. X of the Y told";
     * "Ms. Davis's sister Crystal"; a title with two capitals of four
     * words is a title; a he/she goes to a person, not an untyped word
     * opening a sentence; a nationality opening a run names a body */
    run_quotes(&r,
               "A court officer was also killed. Brian Nichols was sentenced. The church burned on Friday.\n"
               "\"I will not bring dishonor to the decision,\" Nichols, 37, told the court.\n"
               "\"We have no idea what caused it,\" the Rev. Larry Kroon of the Grace Bible Church told CNN.\n"
               "\"You try to put it out of your mind,\" said Ms. Davis's sister Crystal.\n"
               "Critics saw a continuation of the Academy's \"Year of the Woman\" in the choice.\n",
               "en");
    SPEAKER(&r, "bring dishonor", "Brian Nichols");
    SPEAKER(&r, "no idea what caused it", "Larry Kroon");
    SPEAKER(&r, "out of your mind", "Crystal");
    ck_assert_ptr_null(quote_with(&r, "Year of the Woman"));
    done(&r);
    run_quotes(&r,
               "The old warehouse burned. Ideas included turning it into shops.\n"
               "\"There were lots of good plans we had,\" he said.\n",
               "en");
    {
        const ch_quote *gp = quote_with(&r, "good plans");
        ck_assert_ptr_nonnull(gp);
        ck_assert_msg(!gp->speaker || strcmp(gp->speaker, "Ideas"), "'he' went to 'Ideas'");
    }
    done(&r);
    run_entities(&r, "Trevor Immelman won the Dutch Open on Sunday.", "en");
    ENTITY_TYPE(r.e, r.ne, "Dutch Open", CH_ENT_ORG);
    done(&r);
    /* "said the <description>, Name"; an appositive without its opening
     * comma; an organisation's name before a newly listed given name */
    run_quotes(&r,
               "Stocks fell again on Monday.\n"
               "\"People are throwing in the towel,\" said Keith Springer of Capital Advisory Services.\n"
               "\"Sentiment in the market is very weak,\" said the senior market strategist for Invesco AIM, Fritz "
               "Meyer.\n"
               "Peter Boockvar an equity strategist for Miller Tabak, commented: \"The market now sees a long slump.\"\n"
               "Chief investment officer at Fort Pitt Capital Group Charlie Smith said: \"The machines took over.\"\n",
               "en");
    SPEAKER(&r, "throwing in the towel", "Keith Springer");
    SPEAKER(&r, "very weak", "Fritz Meyer");
    SPEAKER(&r, "long slump", "Peter Boockvar");
    SPEAKER(&r, "machines took over", "Charlie Smith");
    done(&r);
    /* a run ending in an acronym that stands alone elsewhere is an
     * organisation; a surname in capitals (a photo credit) is not */
    run_entities(&r, "GM filed for bankruptcy. GM will emerge leaner. The New GM will focus on four brands. "
                     "Photo: Mandel NGAN.", "en");
    ENTITY_TYPE(r.e, r.ne, "New GM", CH_ENT_ORG);
    {
        const ch_entity *mn = ent_named(r.e, r.ne, "Mandel NGAN");
        ck_assert(!mn || mn->type != CH_ENT_ORG);
    }
    done(&r);
    /* "Apple Inc. CEO" keeps one sentence; a cue word inside a name is none;
     * "He states"; unnamed speakers after the cue (up to a stop word; an
     * organisation's official is the organisation); a person ending a
     * title's complement; an appositive's comma is no interjection; an
     * acronym for a thing (BST) is no subject */
    run_quotes(&r,
               "Apple settled with the band. GM filed for bankruptcy. Sales fell in March.\n"
               "\"We love the band,\" said Apple Inc. CEO Steve Jobs.\n"
               "The magazine tested the phone. Consumer Reports declined to give the phone a \"recommended and "
               "praised\" rating, Tom Ray said.\n"
               "Richard Doherty studies firms. He states \"A lot of products could have gotten to market earlier.\"\n"
               "\"We are worried about the impact,\" said a Delhi auto parts supplier.\n"
               "\"They said no,\" said a university professor from the University of Michigan who studies it.\n"
               "\"This is not the first time,\" said an Iranian foreign Ministry official according to the agency.\n"
               "\"The market is starting to show signs of life,\" said the vice president and chairman of Chrysler "
               "LLC Jim Vance.\n"
               "Steve Jobs, the Apple Chief Executive Officer, announced the phone at a conference, where he "
               "promoted it by saying that, \"just one year after launch, we are launching the new phone.\"\n"
               "At exactly 12 noon BST, Prime Minister Tony Blair made a statement, saying that he was \"glad\" "
               "the crew was back, and firmly stating that \"no deal\" had been made.\n",
               "en");
    SPEAKER(&r, "love the band", "Steve Jobs");
    SPEAKER(&r, "recommended and praised", "Tom Ray");
    SPEAKER(&r, "gotten to market", "Richard Doherty");
    SPEAKER(&r, "worried about the impact", "Delhi auto parts supplier");
    SPEAKER(&r, "They said no", "university professor");
    SPEAKER(&r, "not the first time", "Iranian foreign Ministry");
    SPEAKER(&r, "signs of life", "Jim Vance");
    SPEAKER(&r, "launching the new phone", "Steve Jobs");
    SPEAKER(&r, "no deal", "Tony Blair");
    done(&r);
    /* a quotation opens a sentence: its first word is no part of a name */
    run_entities(&r, "During his speech he stated that \"Today Apple is going to reinvent the phone.\"", "en");
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Today Apple"));
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Apple"));
    done(&r);
    /* a transcript's "Name: "..."" (an organisation's name before the
     * given name splits off); a dropped comma after an appositive opening
     * with a title; "enthused" is a cue; a passive naming verb is none */
    run_quotes(&r,
               "Boeing built a new plane. The exchange went as follows.\n"
               "Special Assistant and Director of Air Force Communications Bill Bodie: \"We do not have to turn the "
               "other cheek.\"\n"
               "Scott Carson, president and CEO of Boeing Commercial Airplanes said, \"This has been a wonderful day.\"\n"
               "\"We are rolling out the first delivery airplane,\" enthused Tom Fancher, the project manager.\n"
               "Judge Anthony Mann agreed with the defence that, while the Music Store is branded, the music it sells "
               "is not - \"I conclude that the logo does not suggest a link with the work.\"\n",
               "en");
    SPEAKER(&r, "other cheek", "Bill Bodie");
    SPEAKER(&r, "wonderful day", "Scott Carson");
    SPEAKER(&r, "first delivery airplane", "Tom Fancher");
    SPEAKER(&r, "logo does not suggest", "Anthony Mann");
    done(&r);
    /* "was heard saying"; a negated verb is no cue and the outlet that
     * reports a person's words at the sentence's end does not speak them;
     * 'known as the "..."' names a thing */
    run_quotes(&r,
               "Jeffs recorded his sermons. Two female voices said \"OK.\"\n"
               "\"A good wife follows the spirit of peace,\" Jeffs was heard saying.\n"
               "Chief James Steele said the department was \"treating it as suspicious at this point\" but did not "
               "elaborate, The Valley News reported.\n"
               "She won a 2008 Harwell Fellowship, commonly known as the \"genius grant.\"\n",
               "en");
    SPEAKER(&r, "good wife", "Jeffs");
    SPEAKER(&r, "suspicious at this point", "James Steele");
    ck_assert_ptr_null(quote_with(&r, "genius grant"));
    done(&r);
    /* "the navy said"; "Smith has often said"; a parenthesis and a
     * relative clause after a titled name; "a source with knowledge of" */
    run_quotes(&r,
               "Coach Al Smith likes his players. Bush signed the rule in December.\n"
               "\"Twenty-three men surrendered on boarding,\" the navy said.\n"
               "\"You are a Charger one year at a time,\" Smith has often said.\n"
               "House Energy Committee Chairman Tom R. Hadley II (D-W. Va.), who had been seeking to overturn the "
               "rule, called the announcement \"one more sign of change.\"\n"
               "\"It is not all on the coach,\" a source with knowledge of the team's thinking said Saturday.\n",
               "en");
    SPEAKER(&r, "surrendered on boarding", "navy");
    SPEAKER(&r, "one year at a time", "Al Smith");
    ck_assert_str_eq(quote_with(&r, "one year at a time")->cue, "said");
    SPEAKER(&r, "sign of change", "Tom R. Hadley II");
    SPEAKER(&r, "all on the coach", "source");
    done(&r);
    /* initials ("A.J.") are no glued crawl junk; an initial's dot and a
     * "Jr." inside the name before an appositive; a name qualifying an
     * unnamed speaker's head noun */
    run_quotes(&r,
               "Nixon picked a new director. Jamal Wells was arrested on Sunday.\n"
               "\"It is disappointing to hear,\" said General Manager A.J. Smith in a news release.\n"
               "\"He has the integrity and the image,\" Harold L. Child Jr., legal attache to the embassy in "
               "Japan, told Nixon in a letter.\n"
               "\"I see many houses were damaged,\" a Bukit Sama village resident told AP.\n"
               "\"We are sad,\" a Harbor Bank spokesman said.\n",
               "en");
    SPEAKER(&r, "disappointing to hear", "A.J. Smith");
    SPEAKER(&r, "integrity and the image", "Harold L. Child Jr");
    SPEAKER(&r, "houses were damaged", "Bukit Sama village resident");
    SPEAKER(&r, "We are sad", "Harbor Bank");
    done(&r);
    ck_assert(ch_speaker_same("Harold L. Child Jr", "Harold Child"));
    ck_assert(ch_speaker_same("Nick Rahall II", "Rahall"));
    ck_assert(!ch_speaker_same("Harold Child Jr", "Harold Jr"));
    /* a word that opens a sentence and names no one ("Various", "Like") is
     * no antecedent; a long appositive; "mused"; unnamed and indefinite
     * speakers bring in someone new */
    run_quotes(&r,
               "Frederick Lane made his money in oil.\n"
               "Various reports suggest that the family lost the fortune.\n"
               "When Lane's name appeared in the papers, he told a reporter that he was \"no millionaire.\"\n"
               "\"Who would it have been?\" he mused in an interview with a local reporter.\n"
               "Dale Rivas, a former director of the Fish and Wildlife Service and a vice president of Defenders of "
               "Wildlife, said Thursday that the changes target the \"very heart of the law.\"\n"
               "\"I had to hear that tape again,\" one juror said.\n"
               "\"It was hard,\" a police spokesman said.\n",
               "en");
    SPEAKER(&r, "no millionaire", "Frederick Lane");
    SPEAKER(&r, "would it have been", "Frederick Lane");
    SPEAKER(&r, "very heart", "Dale Rivas");
    SPEAKER(&r, "tape again", "juror");
    SPEAKER(&r, "It was hard", "police spokesman");
    done(&r);
    /* the one told is the listener, never the speaker; "X of the clinic";
     * an unnamed "a local barber told ..." is its own description */
    run_quotes(&r,
               "A quake hit the town of Lora on Monday.\n"
               "\"Most of them have broken bones,\" Doctor Ana Pirg of the clinic told Xinhua by phone.\n"
               "Jane Roe has entered a clinic.\n"
               "\"Jane has checked herself in,\" a local barber told UsMagazine.com.\n",
               "en");
    SPEAKER(&r, "broken bones", "Ana Pirg");
    SPEAKER(&r, "checked herself in", "local barber");
    done(&r);
    /* a person's or award's name, a role noun, then the person who speaks */
    run_quotes(&r,
               "The show picked a new host.\n"
               "\"We are going back to the old days,\" said Oscar producer Laurence Mark, explaining the choice.\n",
               "en");
    SPEAKER(&r, "old days", "Laurence Mark");
    done(&r);
    /* a passive naming is a term, unless an agent follows */
    run_quotes(&r,
               "Since hackers used it before Microsoft knew of it, the exploit is termed \"zero day\" by analysts "
               "who track it. It is also termed a \"drive-by\" exploit since a user could get it by browsing.\n"
               "The mayor was called \"a liar who cheats the town\" by Senator Ana Ortiz.\n"
               "Rutte called it an \"extra threat\" to peace.\n",
               "en");
    ck_assert_ptr_null(quote_with(&r, "drive-by"));
    ck_assert_ptr_null(quote_with(&r, "zero day"));
    ck_assert_ptr_nonnull(quote_with(&r, "cheats the town"));
    SPEAKER(&r, "extra threat", "Rutte");
    done(&r);
    /* a verb inside an earlier quotation is no cue for the next one; a
     * church is no person that a title ("the fire chief") could refer to */
    run_quotes(&r,
               "Reports cite someone \"who was not allowed to speak on the matter,\" or \"who feared the boss.\"\n"
               "Pastor Joe Lind spoke at Grace Chapel on Sunday.\n"
               "The fire chief says the fire \"is clearly suspicious.\"\n",
               "en");
    {
        const ch_quote *q1 = quote_with(&r, "feared the boss");
        ck_assert_ptr_nonnull(q1);
        ck_assert(!q1->cue || strcmp(q1->cue, "speak"));
        const ch_quote *q2 = quote_with(&r, "clearly suspicious");
        ck_assert_ptr_nonnull(q2);
        ck_assert(!q2->speaker || !strstr(q2->speaker, "Grace"));
    }
    done(&r);
    /* an opening participle has the pronoun for its subject: the name
     * inside it is no antecedent; abbreviated church titles ("Msgr.") */
    run_quotes(&r,
               "Msgr. Dominic Reyes praised the new clinic.\n"
               "Expressing certainty that Dr. Porter had offers from other cities, he said the doctor had made a "
               "\"firm choice\" to stay.\n",
               "en");
    SPEAKER(&r, "firm choice", "Dominic Reyes");
    done(&r);
    /* a party and state in parentheses after the name are no part of it */
    run_quotes(&r,
               "Congressional Democrats criticized the plan on Monday.\n"
               "\"This rule is a gift to polluters,\" said House Energy Committee Chairman Tom R. Hadley II (D-Ore.), "
               "who said he would fight it.\n",
               "en");
    SPEAKER(&r, "gift to polluters", "Tom R. Hadley II");
    done(&r);
    /* a short post-nominal set off by commas (a religious order, a party and
     * state) leaves the name before it as the speaker */
    run_quotes(&r,
               "The Mercy Health Group backed the choice.\n"
               "Its president, Sister Anne Doyle, DC, said that the group \"is delighted\" by the choice.\n"
               "Senator Mike Lane, R-Utah, said the bill was \"dead on arrival.\"\n",
               "en");
    SPEAKER(&r, "is delighted", "Anne Doyle");
    SPEAKER(&r, "dead on arrival", "Mike Lane");
    done(&r);
}
END_TEST


/* runs split at "and" between known names and at a possessive; head words
 * type organisations and things; the gazetteer keeps its own "X and Y" */
/* Spanish: organisations whose head word opens the name, a role without
 * its article, "resumió" as a reporting verb */
START_TEST(spanish_heads_roles_cues)
{
    qrun r;
    run_quotes(&r, "El alcalde Ramiro Quintana inauguró el lunes el Fondo Portuario del Sur junto a la "
                   "Asociación Pesquera Austral y el Centro Cultural de Temuco.\n\n"
                   "«Hoy empieza otra etapa para el muelle», resumió Quintana ante los vecinos.", "es");
    const ch_entity *f = ent_named(r.e, r.ne, "Fondo Portuario del Sur");
    const ch_entity *as = ent_named(r.e, r.ne, "Asociación Pesquera Austral");
    const ch_entity *ce = ent_named(r.e, r.ne, "Centro Cultural de Temuco");
    const ch_entity *p = ent_named(r.e, r.ne, "Ramiro Quintana");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(f->type, CH_ENT_ORG);
    ck_assert_ptr_nonnull(as);
    ck_assert_int_eq(as->type, CH_ENT_ORG);
    ck_assert_ptr_nonnull(ce);
    ck_assert_int_eq(ce->type, CH_ENT_ORG);
    ck_assert_ptr_nonnull(p);
    ck_assert_ptr_nonnull(p->role);
    ck_assert_str_eq(p->role, "alcalde");
    const ch_quote *q = quote_with(&r, "otra etapa");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_nonnull(q->speaker);
    ck_assert_str_eq(q->speaker, "Ramiro Quintana");
    done(&r);
    /* "dijo el presidente X en Villa Serrano": the name stops at "en", and
     * the run after "en" is a place */
    run_quotes(&r, "El Gobierno anunció un plan de ayuda.\n\n"
                   "«Vamos a estar con cada familia», dijo el presidente Ramiro Quintana en Villa Serrano.", "es");
    SPEAKER(&r, "cada familia", "Ramiro Quintana");
    {
        ENTITY_TYPE(r.e, r.ne, "Villa Serrano", CH_ENT_PLACE);
    }
    done(&r);
    /* "Según el consejero de Medio Ambiente, Fernando Iglesias, ...": the
     * person after the comma, not the department */
    run_quotes(&r, "Un incendio obligó a desalojar a 2.000 vecinos.\n\n"
                   "Según el consejero de Medio Ambiente, Fernando Iglesias, las llamas avanzaban «a una velocidad "
                   "endiablada».", "es");
    SPEAKER(&r, "velocidad endiablada", "Fernando Iglesias");
    done(&r);
    /* a speaker left unsaid between two parts: one quote */
    run_quotes(&r, "La abogada de Saldaña, Beatriz Olmedo, anunció que recurrirá.\n\n"
                   "«La sentencia se basa en un solo testimonio», señaló a la salida del juzgado. «No hay una sola "
                   "prueba.»", "es");
    {
        const ch_quote *jq = quote_with(&r, "un solo testimonio");
        ck_assert_ptr_nonnull(jq);
        ck_assert_ptr_nonnull(strstr(jq->text, "No hay una sola"));
    }
    done(&r);
}
END_TEST

/* who speaks when another is named nearer: the body named before its
 * spokesperson, a quote opening right after a full stop with no space, the
 * one in "in what X are calling", the one an outlet "quoted as saying" */
START_TEST(attribution_nearer_names)
{
    qrun r;
    run_quotes(&r,
               "He later died, police said.'We are shocked by these events. Questions should go to the Harbor "
               "Police Department,' a Grand Pier Hotel spokesperson told CNN.\n\n"
               "Martin Ocampo, a crane operator, was killed in what investigators are calling a \"deliberate, "
               "planned ambush\" outside the terminal.\n\n"
               "The bridge fell in what Mayor Lena Ortiz called \"a preventable disaster\" on Monday.\n\n"
               "\"We have no plans to leave,\" RIA Novosti quoted Deputy Minister Pavel Grekov as saying.\n\n"
               "Interfax quoted a statement from the Foreign Ministry as saying: \"The delegation will return "
               "home tomorrow.\"\n\n"
               "\"It was a good day,\" People quoted him as saying.",
               "en");
    SPEAKER(&r, "shocked by these", "Grand Pier Hotel");
    {
        const ch_quote *aq = quote_with(&r, "planned ambush");
        ck_assert_ptr_nonnull(aq);
        ck_assert_msg(!aq->speaker || strcmp(aq->speaker, "Martin Ocampo"), "the victim calls the attack");
    }
    SPEAKER(&r, "preventable disaster", "Lena Ortiz");
    SPEAKER(&r, "no plans to leave", "Pavel Grekov");
    SPEAKER(&r, "delegation will return", "Foreign Ministry");
    SPEAKER(&r, "good day", "Pavel Grekov");
    done(&r);
}
END_TEST

/* "the statement read" attributes the quote it interrupts, which is then
 * one quote; "read" elsewhere ("she read a statement") is no cue; "said
 * the official release" is the organisation that spoke */
START_TEST(attribution_document_reads)
{
    qrun r;
    run_quotes(&r,
               "The Harbour Authority said in a statement on Friday that the port would reopen.\n\n"
               "\xE2\x80\x9CThe berths will open one at a time, starting with the north quay,\xE2\x80\x9D the "
               "statement read. \xE2\x80\x9CShips are asked to wait for a pilot.\xE2\x80\x9D\n\n"
               "Dana Whitlock read the letter out. \"We will be back,\" the crowd chanted.\n\n"
               "The port \"is opening in stages so that no ship waits more than a day,\" said the official release.",
               "en");
    SPEAKER(&r, "opening in stages", "Harbour Authority");
    const ch_quote *q = quote_with(&r, "berths will open");
    ck_assert_ptr_nonnull(q);
    ck_assert_msg(strstr(q->text, "wait for a pilot"), "both parts joined: %s", q->text);
    ck_assert_str_eq(q->cue, "read");
    SPEAKER(&r, "berths will open", "Harbour Authority");
    const ch_quote *c = quote_with(&r, "be back");
    ck_assert_ptr_nonnull(c);
    ck_assert_msg(!c->cue || strcmp(c->cue, "read"), "reading a letter out is no cue");
    done(&r);
}
END_TEST

/* "a spokesman for the company said", "said a spokeswoman for Alcott
 * Corp.": the body the representative speaks for, not a person named
 * before; an unnamed body stays a description */
START_TEST(attribution_spokesman_for)
{
    qrun r;
    run_quotes(&r,
               "Alcott Corp. reported a loss on Tuesday. Jane Whitfield, an analyst, said the loss was expected.\n\n"
               "\"It's a very difficult environment,\" a spokesman for the company said.\n\n"
               "\"We will recover,\" said a spokeswoman for Alcott Corp.\n\n"
               "\"Rates will stay where they are,\" said a spokesman for the Bank of Spain in a statement.\n\n"
               "\"We have not been told,\" a spokeswoman for the state health department said on Monday.",
               "en");
    SPEAKER(&r, "difficult environment", "Alcott Corp");
    SPEAKER(&r, "We will recover", "Alcott Corp");
    SPEAKER(&r, "Rates will stay", "Bank of Spain");
    SPEAKER(&r, "not been told", "spokeswoman for the state health department");
    done(&r);
    /* joined parts: the comma the attribution took is dropped mid-sentence
     * ("We are," he said, "ready") and is a stop when the attribution
     * ended the sentence */
    run_quotes(&r, "Tom Reed spoke. \"We are,\" he said, \"ready to go.\" Later: \"It works,\" Reed said. \"It really does.\"",
               "en");
    ck_assert_ptr_nonnull(quote_with(&r, "We are ready to go."));
    ck_assert_ptr_nonnull(quote_with(&r, "It works. It really does."));
    done(&r);
}
END_TEST

/* '"...," the driver said': the description right before the cue speaks
 * (not the person quoted in the paragraph before); an institution noun is
 * the organisation the article is about; "chanted" is a cue */
START_TEST(attribution_definite_description)
{
    qrun r;
    run_quotes(&r,
               "The defendant's lawyer, Ines Corvo, said: \"My client is innocent.\"\n\n"
               "\"It was chaos,\" the driver said.\n\n"
               "\"They must pay,\" the protesters chanted.\n\n"
               "The Kestrel Forecast Agency issued a warning on Friday. \"Stay away from the coast,\" the agency said.\n\n"
               "In a statement, the builder said: \"We followed every rule.\"\n\n"
               "A source close to the crew tells the Harbour Times: \"They knew the risk.\"\n\n"
               "The union rejected the offer on Tuesday, saying it was \"an insult to every worker.\"",
               "en");
    SPEAKER(&r, "My client", "Ines Corvo");
    SPEAKER(&r, "It was chaos", "driver");
    SPEAKER(&r, "They must pay", "protesters");
    SPEAKER(&r, "Stay away", "Kestrel Forecast Agency");
    SPEAKER(&r, "every rule", "builder");
    SPEAKER(&r, "knew the risk", "source");
    SPEAKER(&r, "insult to every worker", "union");
    done(&r);
    /* "Her rep told UsMagazine.com:": the rep speaks, not the outlet told */
    run_quotes(&r, "Singer Lena Marsh entered rehab. Her rep told UsMagazine.com: \"She is fine and thanks her fans.\"", "en");
    SPEAKER(&r, "thanks her fans", "rep");
    done(&r);
    /* "said the friend." is the description; "to continue her studies" is
     * no reporting verb */
    run_quotes(&r,
               "Katie Marsh, who was in a steady relationship, stayed in Wales to continue her media studies course.\n"
               "'She was a happy, beautiful girl with the world in front of her,' said the friend.",
               "en");
    SPEAKER(&r, "happy, beautiful girl", "friend");
    {
        const ch_quote *cq = quote_with(&r, "happy, beautiful girl");
        ck_assert_msg(!cq->cue || strcmp(cq->cue, "continue"), "'continue her' is no cue");
    }
    done(&r);
}
END_TEST

/* a parenthesis between the name and its verb after the quote ("Ruth
 * Gale (D-Ore.) said") leaves the name the speaker */
START_TEST(attribution_parenthesis_after)
{
    qrun r;
    run_quotes(&r,
               "Alan Price, a banker, spoke first. \"I don't know what comes next,\" Ruth Gale (D-Ore.) said.\n\n"
               "\"Nobody does,\" Senator Omar Reyes (R., Tex.) said.",
               "en");
    SPEAKER(&r, "what comes next", "Ruth Gale");
    SPEAKER(&r, "Nobody does", "Omar Reyes");
    done(&r);
}
END_TEST

/* groups of people are organisations ("Frente Ciudadano", "Pacific Port
 * Workers"), a Romance place head opens a place ("Palacio de Viana"), a
 * number or a plural common noun opening a sentence names no one, a model
 * word ends a product ("Zephyr Pro"), and a name set in capitals in a lead
 * is written as a name ("JONAS Elmqvist" -> "Jonas Elmqvist") */
START_TEST(entity_groups_places_openers)
{
    qrun r;
    run_quotes(&r,
               "The strike called by Pacific Port Workers entered its third day. "
               "Nine Canadair planes flew over the hills on Monday. "
               "Analysts expect the talks to resume at the Palacio de Viana next week, "
               "where Frente Ciudadano will meet Marta Olivares. "
               "JONAS Elmqvist has been named the new conductor; Elmqvist starts in May. "
               "The firm showed the Zephyr Ultra and the new Zephyr Pro. The prize was founded by Pope Leo XIII. "
               "Minister for Territorial Policy \xC3\x81ngel V\xC3\xAD" "ctor Torres declared three days of mourning.",
               "en");
    {
        const ch_entity *te = ent_named(r.e, r.ne, "\xC3\x81ngel V\xC3\xAD" "ctor Torres");
        ck_assert_ptr_nonnull(te); /* the title's complement is the role, the given names the name's */
        ck_assert_str_eq(te->role, "Minister for Territorial Policy");
    }
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Leo XIII")); /* a roman numeral stays in capitals */
    ENTITY_TYPE(r.e, r.ne, "Jonas Elmqvist", CH_ENT_PERSON);
    ENTITY_TYPE(r.e, r.ne, "Zephyr Ultra", CH_ENT_OTHER);
    ENTITY_TYPE(r.e, r.ne, "Zephyr Pro", CH_ENT_OTHER);
    ENTITY_TYPE(r.e, r.ne, "Pacific Port Workers", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Palacio de Viana", CH_ENT_PLACE);
    ENTITY_TYPE(r.e, r.ne, "Frente Ciudadano", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Marta Olivares", CH_ENT_PERSON);
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Nine Canadair"));
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Analysts"));
    done(&r);
    /* an occupation before a name is its role ("Lawyer Michael Marinaccio") */
    run_quotes(&r, "Lawyer Michael Marinaccio said the care was poor. \"He was very frail,\" Marinaccio said.", "en");
    ENTITY_TYPE(r.e, r.ne, "Michael Marinaccio", CH_ENT_PERSON);
    SPEAKER(&r, "very frail", "Michael Marinaccio");
    done(&r);
    /* a name before a lowercase street noun is a street ("Judson streets") */
    run_quotes(&r, "They rode bikes to First and Judson streets, he testified.", "en");
    ENTITY_TYPE(r.e, r.ne, "Judson", CH_ENT_PLACE);
    done(&r);
}
END_TEST

/* "That was the assessment of X" after a quote names its speaker; "Asked
 * about the cost, Marsh shrugged." gives Marsh no role "cost"; an
 * infinitive after a partial quote ("to welcome Omar Field") reports
 * nothing; "The Three Musketeers" is no person to speak */
START_TEST(attribution_assessment_of)
{
    qrun r;
    run_quotes(&r,
               "Harbor commissioner Ellen Marsh spoke first. Her deputy, Raj Patel, was more cautious. "
               "\"Let's not panic,\" he said.\n\n"
               "\"There is money in the budget.\" That was the assessment of finance director Greta Holm on Monday.\n\n"
               "Asked about the cost, Marsh shrugged. \"Whatever it takes.\"\n\n"
               "Nora Vance revealed that she is \"thrilled beyond words\" to welcome Omar Field to the cast.\n\n"
               "Field learned the news while filming The Three Musketeers. In a statement, the 55-year-old said: "
               "\"This is an amazing privilege.\"",
               "en");
    SPEAKER(&r, "not panic", "Raj Patel");
    SPEAKER(&r, "thrilled beyond words", "Nora Vance");
    SPEAKER(&r, "an amazing privilege", "Omar Field");
    SPEAKER(&r, "money in the budget", "Greta Holm");
    const ch_quote *q = quote_with(&r, "Whatever it takes");
    ck_assert_ptr_nonnull(q);
    ck_assert_msg(!q->role || !strstr(q->role, "cost"), "no role from 'about the cost': %s", q->role);
    done(&r);
    /* an article alone before a name is no role ("De acuerdo con la Policía") */
    run_quotes(&r, "De acuerdo con la Guardia Costera, los pescadores \"estaban a salvo\" antes de la tormenta.", "es");
    {
        const ch_quote *gq = quote_with(&r, "estaban a salvo");
        ck_assert_ptr_nonnull(gq);
        ck_assert_str_eq(gq->speaker, "Guardia Costera");
        ck_assert_ptr_null(gq->role);
    }
    done(&r);
}
END_TEST

/* a quote paragraph with no reporting verb that speaks of someone by name
 * is not that person's ("Dr. Arvid is one of ..."): the subject of the
 * sentence before speaks */
START_TEST(attribution_not_self_by_name)
{
    qrun r;
    run_quotes(&r,
               "The president named Dr. Helen Arvid to lead the institute on Monday.\n\n"
               "President Tom Barrow lauded Dr. Arvid's experience in the announcement.\n\n"
               "\"Dr. Arvid is one of the top scientists in the world, and her work has changed medicine.\"\n\n"
               "Mayor Ann Cole met the striking workers. Cole praised union leader Mark Dunn.\n\n"
               "\"Mark Dunn has fought for this town for twenty years.\"",
               "en");
    SPEAKER(&r, "top scientists", "Tom Barrow");
    SPEAKER(&r, "fought for this town", "Ann Cole");
    done(&r);
    /* also with a reporting verb when the attribution does not name them:
     * "he" here is not the man the quote speaks of */
    run_quotes(&r,
               "Witness Omar Pike said Darnell Voss had the gun. Voss, 17, ran away.\n\n"
               "\"Darnell fired the shot,\" he said.\n\n"
               "\"I am sorry,\" Voss said, \"Darnell Voss did not mean it.\"",
               "en");
    {
        const ch_quote *dq = quote_with(&r, "fired the shot");
        ck_assert_ptr_nonnull(dq);
        ck_assert_msg(!dq->speaker || strcmp(dq->speaker, "Darnell Voss"), "the man spoken of is no speaker");
    }
    SPEAKER(&r, "I am sorry", "Darnell Voss");
    done(&r);
}
END_TEST

/* a headline set in quotes on a line of its own is no quotation; a
 * title-case line that someone is said to say still is */
START_TEST(headline_line_is_no_quote)
{
    qrun r;
    run_quotes(&r,
               "Storm Idris Reaches the Coast as a Category 3 Storm\n"
               "\"Category 3 Storm Idris Hits the Northern Coast, Bringing Floods and Wide Power Cuts\"\n\n"
               "Storm Idris made landfall late on Thursday. Governor Lena Ruiz then wrote on X:\n"
               "\"We Will Rebuild Every Town On This Coast Together\"\n",
               "en");
    ck_assert_ptr_null(quote_with(&r, "Bringing Floods"));
    SPEAKER(&r, "Rebuild Every Town", "Lena Ruiz");
    done(&r);
}
END_TEST

/* "in her words", "in the words of X", "in the opinion of X" attribute;
 * a short phrase heading a noun phrase with no reporting word in its
 * sentence ('in possession of a 9mm "ghost gun"') is a term */
START_TEST(attribution_in_her_words_and_terms)
{
    qrun r;
    run_quotes(&r,
               "Mayor Dana Cole spoke on Monday. The plan was, in her words, \"a disaster for the town.\"\n\n"
               "In the words of union leader Mark Dunn, the deal is \"dead on arrival.\"\n\n"
               "In the opinion of the Dutch politician Mark Rutte, the move is an \"extra threat\" to the alliance.\n\n"
               "The suspect was in possession of a 9mm \"ghost gun\" when police arrived.",
               "en");
    SPEAKER(&r, "disaster for the town", "Dana Cole");
    SPEAKER(&r, "dead on arrival", "Mark Dunn");
    SPEAKER(&r, "extra threat", "Mark Rutte");
    ck_assert_ptr_null(quote_with(&r, "ghost gun"));
    done(&r);
}
END_TEST

/* a site's name with its domain is the outlet ("Harbornews.com"), and it
 * speaks when it opens a clause after a semicolon, its appositive's
 * closing comma dropped */
START_TEST(attribution_site_after_semicolon)
{
    qrun r;
    run_quotes(&r,
               "Mayor Ines Calder denied the report on Monday. The source of the claim remains unclear; however, "
               "Harbornews.com, a news website run by friends of Calder said on its site: \"The port will close in May.\"",
               "en");
    ENTITY_TYPE(r.e, r.ne, "Harbornews.com", CH_ENT_ORG);
    SPEAKER(&r, "port will close", "Harbornews.com");
    done(&r);
    /* a plural possessive ("Jeffs' journals") is the name without its mark */
    run_quotes(&r, "Warren Jeffs was convicted. Hanna read from Jeffs' journals, which said he \"took the girl with him.\"",
               "en");
    SPEAKER(&r, "took the girl", "Warren Jeffs");
    done(&r);
    /* a closing mark set after a space before a pronoun and its verb
     * ('better, "he said.') closes the quote */
    run_quotes(&r,
               "The coach Dan Stefanski met the press.\n\"I feel on the floor we are better, \"he said.\nThe team plays on Friday.",
               "en");
    {
        const ch_quote *sq = quote_with(&r, "on the floor");
        ck_assert_ptr_nonnull(sq);
        ck_assert_msg(!strstr(sq->text, "he said") && !strstr(sq->text, "Friday"), "quote runs on: %s", sq->text);
    }
    SPEAKER(&r, "on the floor", "Dan Stefanski");
    done(&r);
    /* single marks over lines, one sentence per line: the quote runs to the
     * closing mark its attribution follows; an apostrophe closes nothing */
    run_quotes(&r,
               "In an interview, singer Mara Quill said the tour was over.\n"
               "'I've done it.\nTrust me.\nI've had a great time on the road.\n"
               "I don't need to do it anymore,' she told the magazine.\n"
               "The players' union did not comment.",
               "en");
    {
        const ch_quote *mq = quote_with(&r, "done it");
        ck_assert_ptr_nonnull(mq);
        ck_assert_msg(strstr(mq->text, "need to do it anymore") && !strstr(mq->text, "union"), "quote: %s", mq->text);
    }
    SPEAKER(&r, "done it", "Mara Quill");
    done(&r);
    /* "he said" after a sentence that opens with "He", itself after one
     * about a man named since the last quote: that man speaks */
    run_quotes(&r,
               "\"Of course it is appalling,\" said agency spokesman Carl Dunne.\n\n"
               "Omar Haddad, in hospital with wounds to his legs, said he had come to the school with his family.\n\n"
               "He and other men had been sitting in the yard when shells hit.\n\n"
               "\"I saw bodies flying,\" he said.",
               "en");
    SPEAKER(&r, "appalling", "Carl Dunne");
    SPEAKER(&r, "bodies flying", "Omar Haddad");
    done(&r);
}
END_TEST

/* a name behind an elided article or preposition (fr, it, ca, pt), and a
 * run with a model number is no person */
START_TEST(entity_elision_and_models)
{
    qrun r;
    run_quotes(&r,
               "\xC2\xABNon accetteremo questi tagli\xC2\xBB, ha detto l'UAW in un comunicato. "
               "Il governatore dell'Alabama Bob Riley ha dichiarato: \xC2\xAB\xC3\x88 un gran giorno per noi\xC2\xBB.",
               "it");
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "UAW"));
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Alabama"));
    ENTITY_TYPE(r.e, r.ne, "Bob Riley", CH_ENT_PERSON);
    SPEAKER(&r, "accetteremo", "UAW");
    SPEAKER(&r, "gran giorno", "Bob Riley");
    done(&r);
    /* a capital L' opening a sentence, unless the whole is a known name;
     * an acronym before a given name and a surname splits off */
    run_quotes(&r,
               "L'UAW ha detto: \xC2\xABNon firmeremo\xC2\xBB. Il presidente di UAW Ron Gettelfinger era a Detroit, "
               "poi a L'Aquila.", "it");
    SPEAKER(&r, "Non firmeremo", "UAW");
    ENTITY_TYPE(r.e, r.ne, "Ron Gettelfinger", CH_ENT_PERSON);
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "L'Aquila"));
    done(&r);
    /* a title abbreviation cut off from its name by a glitch is no name */
    run_entities(&r, "El Sr..\nMacFarlane ha dicho que la planta es interesante.", "es");
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Sr"));
    done(&r);
    run_quotes(&r, "El Sr. ha dicho: \xC2\xAB" "Es un proyecto interesante para todos\xC2\xBB.", "es");
    {
        const ch_quote *fq = quote_with(&r, "proyecto interesante");
        ck_assert_ptr_nonnull(fq);
        ck_assert_msg(!fq->speaker || strcmp(fq->speaker, "Sr"), "speaker Sr");
    }
    done(&r);
    /* a country of several words before a given name and a surname splits off */
    run_entities(&r, "Il presidente degli Stati Uniti Barack Obama ha parlato a Detroit.", "it");
    ENTITY_TYPE(r.e, r.ne, "Barack Obama", CH_ENT_PERSON);
    done(&r);
    /* a word that opens sentences in Italian or Spanish names nothing */
    run_entities(&r, "Tuttavia il porto resta chiuso. Inoltre la Regione ha stanziato fondi.", "it");
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Tuttavia"));
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Inoltre"));
    done(&r);
    /* a public figure's family name alone is a person (data/people/known.txt) */
    run_entities(&r, "Officials in Kyiv said Zelensky would meet Macron in Paris before talking to Putin again.", "en");
    ENTITY_TYPE(r.e, r.ne, "Zelensky", CH_ENT_PERSON);
    ENTITY_TYPE(r.e, r.ne, "Macron", CH_ENT_PERSON);
    ENTITY_TYPE(r.e, r.ne, "Putin", CH_ENT_PERSON);
    done(&r);
    /* a large company or a party news names alone is an organisation (gazetteer) */
    run_entities(&r, "On Friday Boeing said it would cut jobs, and Alternative for Germany called it a scandal.", "en");
    ENTITY_TYPE(r.e, r.ne, "Boeing", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Alternative for Germany", CH_ENT_ORG);
    done(&r);
    /* an unknown word before "near" and a known place is a place */
    run_entities(&r, "Firefighters said the worst damage was in farms around Albufereta near Valencia on Tuesday.", "en");
    ENTITY_TYPE(r.e, r.ne, "Albufereta", CH_ENT_PLACE);
    done(&r);
    run_entities(&r, "The Airbus A380 and the Boeing 787 landed in Sydney on Monday.", "en");
    const ch_entity *m = ent_named(r.e, r.ne, "Airbus A380");
    ck_assert_ptr_nonnull(m);
    ck_assert_int_ne(m->type, CH_ENT_PERSON);
    done(&r);
}
END_TEST

/* a surname alone is the person of that surname named last, and one whose
 * given name fits an honorific ("Miss Harlow" is not John); a person after
 * "Friends of" is the complement, not a name with "Friends" in it, and the
 * friends who speak about her are not her */
START_TEST(entity_surname_nearest_and_honorific)
{
    qrun r;
    run_quotes(&r,
               "Police named John Harlow, 23, and Kathryn Harlow, 20, on Sunday.\n"
               "Mr Harlow was charged with burglary.\n"
               "Friends of Kathryn Harlow described her as \"a bright and kind student.\"\n"
               "Miss Harlow was studying law in Leeds.\n"
               "\"We will rebuild the hall,\" Tomas Reyes, 19, said.\n"
               "City councillor Marta Reyes criticised the plan on Monday.\n"
               "\"It is a disgrace to this town,\" Reyes said.\n", "en");
    const ch_entity *john = ent_named(r.e, r.ne, "John Harlow"), *kath = ent_named(r.e, r.ne, "Kathryn Harlow");
    ck_assert_ptr_nonnull(john);
    ck_assert_ptr_nonnull(kath);
    ck_assert_uint_eq(john->mentions, 2);
    ck_assert_uint_eq(kath->mentions, 3);
    ck_assert_ptr_null(john->role);
    ck_assert_ptr_null(kath->role);
    for (size_t i = 0; i < r.ne; i++) ck_assert_msg(strncmp(r.e[i].name, "Friends", 7), "name: %s", r.e[i].name);
    const ch_quote *q = quote_with(&r, "bright and kind");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_null(q->speaker);
    SPEAKER(&r, "disgrace to this town", "Marta Reyes");

    SPEAKER(&r, "rebuild the hall", "Tomas Reyes");
    done(&r);
    /* a lawyer for a person is not that person; a spokesman for a company
     * speaks for it */
    run_quotes(&r,
               "Police charged Daniel Orme on Monday.\n"
               "A lawyer for Daniel Orme said his client \"denies every charge.\"\n"
               "A spokesman for Harlow Foods said: \"Nobody was hurt and the store will reopen.\"\n", "en");
    q = quote_with(&r, "denies every charge");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_null(q->speaker);
    SPEAKER(&r, "Nobody was hurt", "Harlow Foods");
    done(&r);
}
END_TEST

/* a person's name and a known organisation run together are two names; a
 * participle names no person; "Networks" ends a company's name; a pronoun
 * does not go to a thing the sentence before names in passing; a name that
 * opens a reported clause is not the speaker of the verb before it */
START_TEST(entity_runs_and_clause_subjects)
{
    qrun r;
    run_quotes(&r,
               "Walter Brann, a former Richard Nixon White House aide, died on Tuesday.\n"
               "The outage began at 07:10 Coordinated Universal Time, said Rita Okafor of Halden Networks.\n"
               "Traffic was hit, according to Owen Marsh, chief engineer with Tarrow Networks.\n"
               "His team's sensors saw 4,000 routes drop.\n"
               "These routes are the Internet's equivalent of phone prefixes.\n"
               "\"It matters that it was lost,\" he said.\n"
               "In an interview Brann called his rival a \"born liar\" and insisted Nixon had known nothing.\n", "en");
    ENTITY_TYPE(r.e, r.ne, "Richard Nixon", CH_ENT_PERSON);
    ENTITY_TYPE(r.e, r.ne, "White House", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Halden Networks", CH_ENT_ORG);
    const ch_entity *utc = ent_named(r.e, r.ne, "Coordinated Universal Time");
    ck_assert_ptr_nonnull(utc);
    ck_assert_int_ne(utc->type, CH_ENT_PERSON);
    SPEAKER(&r, "matters that it was lost", "Owen Marsh");
    SPEAKER(&r, "born liar", "Walter Brann");
    done(&r);
}
END_TEST

/* the person an appositive describes speaks, not the organisation that
 * closes it; "said the 29-year-old on the eve of" is the person in focus;
 * "questioned" reports; "European Tour" is no person */
START_TEST(attribution_appositive_and_age)
{
    qrun r;
    run_quotes(&r,
               "Ken Ibsen, Vice President of programs at Harbour Relief Foundation, told The Coastal Post that the storm was a "
               "\"terrifying event for all of us.\"\n"
               "\"What do they consider to be the border?\" Ibsen questioned, noting the dispute.\n"
               "Golf champion Pieter Louw has become an honorary member of the European Tour.\n"
               "\"I actually have goosebumps just thinking about this,\" said the 29-year-old on the eve of the "
               "open in Paarl.\n", "en");
    SPEAKER(&r, "terrifying event", "Ken Ibsen");
    SPEAKER(&r, "consider to be the border", "Ken Ibsen");
    SPEAKER(&r, "goosebumps", "Pieter Louw");
    ENTITY_TYPE(r.e, r.ne, "European Tour", CH_ENT_ORG);
    done(&r);
    /* a clause the quote runs into ("when revealed by X") is no attribution */
    run_quotes(&r,
               "The comedy star Alan Pryce described himself as a \"lifelong fan of the show\" when revealed by "
               "host Nina Ross as the new lead on Sunday.\n", "en");
    SPEAKER(&r, "lifelong fan", "Alan Pryce");
    done(&r);
    /* a source noun opening its sentence is capitalized there: still a source
     * ("Residents said"), not a name */
    run_quotes(&r,
               "A barn burned down near Elmstead on Sunday.\n"
               "Authorities described the fire as \"suspicious and possibly deliberate.\"\n"
               "Residents said the blaze was \"terrifying to watch.\"\n", "en");
    SPEAKER(&r, "possibly deliberate", "Authorities");
    SPEAKER(&r, "terrifying to watch", "Residents");
    for (size_t i = 0; i < r.ne; i++) ck_assert_msg(strcmp(r.e[i].name, "Authorities"), "a name: %s", r.e[i].name);
    done(&r);
    /* a common given name decides a person's gender over the pronouns that
     * follow the name ("Jerry Tibbs admired her"); an unnamed person opening
     * the sentence before is the pronoun's antecedent */
    run_quotes(&r,
               "Mara Quill died on Thursday aged 85.\n"
               "Her career began in 1950 when she took a break from her job as a typist.\n"
               "An amateur photographer named Jerry Tibbs admired her and asked her to pose.\n"
               "Looking back on the career that followed, she told the magazine in 1998:\n"
               "\"I never thought it was shameful.\n"
               "I felt normal.\"\n"
               "At the studio, one former neighbour who asked not to be named said she remembered the shoots.\n"
               "\"We were paid in cash and nobody asked questions,\" she said.\n", "en");
    SPEAKER(&r, "never thought it was shameful", "Mara Quill");
    const ch_quote *qc = quote_with(&r, "paid in cash");
    ck_assert_ptr_nonnull(qc);
    ck_assert_ptr_null(qc->speaker);
    done(&r);
    /* "said a spokesman, X." is X; "The United States issued a statement
     * ... condemning" is the country; "the American statement said" too */
    run_quotes(&r,
               "Talks between the two sides collapsed on Monday.\n"
               "\"We have no intention of going to war again,\" said a government spokesman, Rabie K. Atto.\n"
               "The United States issued a statement on Thursday condemning \"in the strongest possible terms\" "
               "the airstrike.\n"
               "\"The bombardments increase the risk of direct confrontation,\" the American statement said.\n", "en");
    SPEAKER(&r, "no intention of going to war", "Rabie K. Atto");
    SPEAKER(&r, "strongest possible terms", "United States");
    SPEAKER(&r, "risk of direct confrontation", "United States");
    done(&r);
    /* a pronoun inside the quote that opens the sentence is no subject of
     * the participle after it; "she has" after a partial quote inside a
     * sentence is no attribution */
    run_quotes(&r,
               "Dr. Regina Holt, a family physician, was nominated on Monday.\n"
               "The award was instituted by Pope Leo XIII in 1888.\n"
               "\"He recommended her for her example in her faith,\" Msgr. Farmer said, noting the \"amazing "
               "amount of work\" she has done for the town.\n", "en");
    SPEAKER(&r, "amazing amount of work", "Farmer");
    ck_assert_str_eq(quote_with(&r, "amazing amount of work")->cue, "noting");
    done(&r);
    /* "Name, Title Body says:" and "Name, Title, Body says:": the person
     * before the commas; a given name that is also a city's ("Charlotte")
     * opens a person's name */
    run_quotes(&r,
               "The network named its new lead on Sunday.\n"
               "Charlotte Moore, Controller BBC Two says: \"He has all the genius needed for the role.\"\n"
               "Ben Stephenson, Controller, BBC Drama Commissioning says: \"We started thinking he might be "
               "right.\"\n", "en");
    SPEAKER(&r, "all the genius", "Charlotte Moore");
    SPEAKER(&r, "started thinking", "Ben Stephenson");
    ENTITY_TYPE(r.e, r.ne, "Charlotte Moore", CH_ENT_PERSON);
    done(&r);
    /* "His exact words:" introduces the man it refers to; an age is no
     * role; "Undersheriff" is a title */
    run_quotes(&r,
               "Club owner John Henley has said that his team will not sign the pitcher.\n"
               "His exact words:\n"
               "\"We met with him and were impressed, but we are not going to be a factor.\"\n"
               "\"He probably realized he was going to be shot,\" Undersheriff Larry Waldo said.\n"
               "\"I'm satisfied,\" said the 36-year-old.\n", "en");
    SPEAKER(&r, "not going to be a factor", "John Henley");
    SPEAKER(&r, "going to be shot", "Larry Waldo");
    const ch_quote *qs = quote_with(&r, "satisfied");
    ck_assert_ptr_nonnull(qs);
    ck_assert_msg(!qs->role || !strstr(qs->role, "year-old"), "role %s", qs->role);
    done(&r);
    /* "Policymakers said" in a report on one central bank: that bank */
    run_quotes(&r,
               "Bank of Norland Cuts Rates Again\n\n"
               "Policymakers said they were \"increasingly confident\" that inflation would fall.\n"
               "The Bank of Norland lowered its main rate to 3 percent on Thursday.\n", "en");
    SPEAKER(&r, "increasingly confident", "Bank of Norland");
    done(&r);
    /* an organisation joining its fields with "and", then where it is,
     * then the cue; two organisations each with its head word split */
    run_quotes(&r,
               "Sea ice shrank again this year.\n"
               "\"This is not a single bad year. It is now a pattern,\" the Polar Snow and Ice Research Center in "
               "Boulder, Colorado, said in its monthly update.\n"
               "The Fish and Wildlife Service and the Marine Fisheries Service will review it.\n", "en");
    SPEAKER(&r, "single bad year", "Polar Snow and Ice Research Center");
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Fish and Wildlife Service"));
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Marine Fisheries Service"));
    done(&r);
    /* "on" joins a body's head word to its field, not a date or a channel */
    run_entities(&r,
                 "The Project on Government Oversight wrote to the Council on Marine Affairs. "
                 "The Harbour Board met on Tuesday and the Coastal Center on ABC said so.\n", "en");
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Project on Government Oversight"));
    done(&r);
    run_entities(&r, "The Coastal Air Force and the Harbour Task Force met on Friday with the Northern Maritime "
                     "Bureau and the Verdon Valley State Prison.\n", "en");
    ENTITY_TYPE(r.e, r.ne, "Northern Maritime Bureau", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Verdon Valley State Prison", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Coastal Air Force", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Harbour Task Force", CH_ENT_ORG);
    done(&r);
    run_entities(&r,
                 "The Project on Government Oversight wrote to the Council on Marine Affairs. "
                 "The Harbour Board met on Tuesday and the Coastal Center on ABC said so.\n", "en");
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Council on Marine Affairs"));
    for (size_t i = 0; i < r.ne; i++)
        ck_assert_msg(!strstr(r.e[i].name, " on Tuesday") && !strstr(r.e[i].name, " on ABC"), "joined: %s", r.e[i].name);
    done(&r);
    /* two people of one surname: the brother's "he" after a bare "Gray" does
     * not make his sister a man */
    run_quotes(&r,
               "Police shot Kimani Gray, 16, on Saturday night.\n"
               "Officers said Gray adjusted his belt and he pointed his gun at them before he was shot.\n"
               "Gray was taken to hospital, where he died; his friends said he was kind.\n"
               "Gray had told his mother he would be home by ten, he said, and his coach said he was a good student.\n"
               "His sister, Mahnefah Gray, told reporters she doubted her brother had a gun.\n"
               "\"They thought he was grabbing for a gun,\" she said.\n", "en");
    SPEAKER(&r, "grabbing for a gun", "Mahnefah Gray");
    done(&r);
    /* a quote ending with a comma and its attribution on the next line (text
     * set one sentence per line); a comma before an inverted cue */
    run_quotes(&r,
               "The cable was cut on Friday.\n"
               "Internet traffic \"has now been rerouted via Hong Kong, which may slow it,\"\n"
               "Reliance said in an e-mailed update.\n"
               "\"We need to set aside\" the plan, said new Interior Secretary Ken Salazo.\n", "en");
    SPEAKER(&r, "rerouted via Hong Kong", "Reliance");
    SPEAKER(&r, "set aside", "Ken Salazo");
    done(&r);
    /* "His sister, Mara Quill, told NY1 she ..." gives her no role */
    run_entities(&r, "His sister, Mara Quill, told NY1 she doubted her brother had a gun.\n", "en");
    {
        const ch_entity *mq = ent_named(r.e, r.ne, "Mara Quill");
        ck_assert_ptr_nonnull(mq);
        ck_assert_msg(!mq->role || !strstr(mq->role, "told"), "role %s", mq->role);
    }
    done(&r);
    /* a single mark opens before a currency sign (British style) */
    run_quotes(&r, "According to Mr Carr, the new tunnel would cost '$2 billion or more' to build.\n", "en");
    SPEAKER(&r, "$2 billion or more", "Carr");
    done(&r);
    /* a given name after a kin noun is a person ("Kafoury's son, Charlie,");
     * "says one." is an unnamed source, not the person named last */
    run_quotes(&r,
               "Madeline Kafoury, 60, was killed on Monday, police chief Reza Karimi said.\n"
               "\"She was our mom and the heart of this family,\" Kafoury's son, Charlie, said after the hearing.\n"
               "\"Ultimately, everybody will do the sane thing,\" says one.\n", "en");
    SPEAKER(&r, "heart of this family", "Charlie");
    ck_assert_ptr_null(quote_with(&r, "$"));
    const ch_quote *q = quote_with(&r, "sane thing");
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_null(q->speaker);
    done(&r);
}
END_TEST

/* a headline capitalizes common words: its "Alan Pryce Cast" is the Alan
 * Pryce of the text; a run after a work noun is the work's title */
START_TEST(entity_headline_and_work_titles)
{
    qrun r;
    run_entities(&r,
                 "Alan Pryce Cast as the New Lead in Harbour Lights!\n"
                 "Alan Pryce will play the lead, the studio said on Sunday.\n"
                 "Pryce, 51, starred in a 2009 movie, The Notorious Mara Quill, with Dana Orr.\n"
                 "Mara Quill was a singer in the 1920s.\n", "en");
    const ch_entity *p = ent_named(r.e, r.ne, "Alan Pryce");
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq(p->mentions, 3);
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Alan Pryce Cast"));
    ENTITY_TYPE(r.e, r.ne, "Mara Quill", CH_ENT_PERSON);
    const ch_entity *w = ent_named(r.e, r.ne, "Notorious Mara Quill");
    ck_assert(w == NULL || w->type != CH_ENT_PERSON);
    done(&r);
}
END_TEST

START_TEST(entity_runs_split_and_typed)
{
    ch_article *a = mk("Talks between Chile and Peru resumed as the broadcasters ARD and ZDF reported live. "
                       "Analysts said Lena Vasquez's Harbour Trust had lost money. "
                       "The chair of the Pacific Ports Council spoke after the Golden Anchor Prize was given. "
                       "Trade with Bosnia and Herzegovina grew. The Harbour Safety Board met on Friday, "
                       "and later the HSB said the quay was safe. Joining Lena Vasquez on the quay were "
                       "Marta Ruiz and Tomas Rivas. The ferry left at 9:10 a.m. PDT\nEllen Okafor waved. "
                       "Rivas Praises Harbour Trust In a Long Letter. Ministers signed the Valparaiso Declaration. "
                       "Early Tuesday the board met Ellen Okafor of the Quay Authority Tuesday.", "en",
                       "2025-03-05");
    ch_arena ar;
    ch_arena_init(&ar);
    ch_entity *e;
    size_t n;
    ck_assert_int_eq(ch_extract_entities(a, &ar, &e, &n), CH_OK);
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(!strstr(e[i].name, " and ") || !strcmp(e[i].name, "Bosnia and Herzegovina"), "joined: %s",
                      e[i].name);
        ck_assert_msg(!strstr(e[i].name, "'s "), "possessive inside: %s", e[i].name);
        ck_assert_msg(!strchr(e[i].name, '\n'), "a name across lines: %s", e[i].name);
        size_t nl = strlen(e[i].name);
        ck_assert_msg(nl < 3 || strcmp(e[i].name + nl - 3, " In"), "a stop word ends a name: %s", e[i].name);
    }
    ck_assert_ptr_nonnull(ent_named(e, n, "Chile"));
    ck_assert_ptr_nonnull(ent_named(e, n, "Peru"));
    ck_assert_ptr_nonnull(ent_named(e, n, "ARD"));
    ck_assert_ptr_nonnull(ent_named(e, n, "ZDF"));
    ck_assert_ptr_nonnull(ent_named(e, n, "Bosnia and Herzegovina"));
    ck_assert_ptr_nonnull(ent_named(e, n, "Marta Ruiz")); /* two full names split at "and" */
    ck_assert_ptr_nonnull(ent_named(e, n, "Tomas Rivas"));
    for (size_t i = 0; i < n; i++) ck_assert_msg(strncmp(e[i].name, "Joining", 7), "a gerund in a name: %s", e[i].name);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(!strstr(e[i].name, "Tuesday") && strcmp(e[i].name, "Early"), "a weekday in a name: %s", e[i].name);
    const ch_entity *quay = ent_named(e, n, "Quay Authority");
    ck_assert_ptr_nonnull(quay);
    /* an acronym of a name's initials is that name */
    const ch_entity *hsb = ent_named(e, n, "Harbour Safety Board");
    ck_assert_ptr_nonnull(hsb);
    ck_assert_ptr_null(ent_named(e, n, "HSB"));
    ck_assert_uint_eq(hsb->mentions, 2);
    ck_assert_uint_eq(hsb->n_aliases, 1);
    ck_assert_str_eq(hsb->aliases[0], "HSB");
    const ch_entity *v = ent_named(e, n, "Lena Vasquez"), *council = ent_named(e, n, "Pacific Ports Council"),
                    *prize = ent_named(e, n, "Golden Anchor Prize");
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(v->type, CH_ENT_PERSON);
    ck_assert_ptr_nonnull(council);
    ck_assert_int_eq(council->type, CH_ENT_ORG);
    ck_assert_ptr_nonnull(prize);
    ck_assert_int_ne(prize->type, CH_ENT_PERSON);
    const ch_entity *decl = ent_named(e, n, "Valparaiso Declaration");
    ck_assert_ptr_nonnull(decl);
    ck_assert_int_eq(decl->type, CH_ENT_OTHER); /* a document, not an organisation */
    ch_arena_release(&ar);
    ch_article_free(a);
    /* "X Y of Z": a person and an affiliation; "A & B" is one organisation;
     * "Bank of America"-like names stay whole */
    a = mk("Analyst Marta Ruiz of Harbour Research said the deal was fair. Tomas Rivas of Carver & Lowe "
           "agreed. The Bank of Valparaiso stayed silent.", "en", "2025-03-05");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_entities(a, &ar, &e, &n), CH_OK);
    ENTITY_TYPE(e, n, "Marta Ruiz", CH_ENT_PERSON);
    ENTITY_TYPE(e, n, "Harbour Research", CH_ENT_ORG);
    ENTITY_TYPE(e, n, "Tomas Rivas", CH_ENT_PERSON);
    ENTITY_TYPE(e, n, "Carver & Lowe", CH_ENT_ORG);
    ck_assert_ptr_null(ent_named(e, n, "Lowe"));
    ck_assert_ptr_nonnull(ent_named(e, n, "Bank of Valparaiso"));
    ch_arena_release(&ar);
    ch_article_free(a);
}
END_TEST

static const ch_figure *fig_with(ch_figure *f, size_t n, const char *text)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(f[i].text, text)) return &f[i];
    return NULL;
}

/* a figure of a language's text: kind, value, unit; NULL unit: not checked */
static void fig_expect(const char *text, const char *lang, const char *fig, int kind, double value, const char *unit)
{
    ch_article *a = mk(text, lang, "2024-11-13");
    ch_arena ar;
    ch_arena_init(&ar);
    ch_figure *f;
    size_t n;
    ck_assert_int_eq(ch_extract_figures(a, &ar, &f, &n), CH_OK);
    const ch_figure *x = fig_with(f, n, fig);
    ck_assert_msg(x != NULL, "%s: no figure '%s' (%zu found%s%s)", lang, fig, n, n ? ", first " : "", n ? f[0].text : "");
    ck_assert_msg(x->kind == kind, "%s '%s': kind %d, expected %d", lang, fig, x->kind, kind);
    ck_assert_double_eq_tol(x->value, value, value * 1e-9 + 1e-9);
    if (unit) ck_assert_str_eq(x->unit, unit);
    ch_arena_release(&ar);
    ch_article_free(a);
}

/* figures as other languages set them: space-grouped thousands, a space
 * before %, the currency after the number, capitalized counted nouns */
START_TEST(figure_forms_other_languages)
{
    fig_expect("L'alliance a envoy\xC3\xA9 10 000 soldats vers la fronti\xC3\xA8re.", "fr", "10 000 soldats", CH_FIG_COUNT,
               10000, "soldats");
    fig_expect("Le fonds atteint 3,5 milliards d'euros cette ann\xC3\xA9" "e.", "fr", "3,5 milliards d'euros", CH_FIG_MONEY,
               3.5e9, "EUR");
    fig_expect("Le budget passe \xC3\xA0 2 % du PIB.", "fr", "2 %", CH_FIG_PERCENT, 2, "%");
    fig_expect("Le ch\xC3\xB4mage baisse \xC3\xA0 7 pour cent.", "fr", "7 pour cent", CH_FIG_PERCENT, 7, "%");
    fig_expect("Il governo stanzia 3,5 miliardi di euro per il porto.", "it", "3,5 miliardi di euro", CH_FIG_MONEY, 3.5e9,
               "EUR");
    fig_expect("Der Verein verkaufte 19.600 Karten am Freitag.", "de", "19.600 Karten", CH_FIG_COUNT, 19600, "Karten");
    fig_expect("De stad investeert 7,2 miljard dollar in de haven.", "nl", "7,2 miljard dollar", CH_FIG_MONEY, 7.2e9, "USD");
    fig_expect("De werkloosheid daalde tot 46 procent.", "nl", "46 procent", CH_FIG_PERCENT, 46, "%");
    fig_expect("El pedido vale 23.000 millones de US$ en total.", "es", "23.000 millones de US$", CH_FIG_MONEY, 2.3e10, "USD");
    fig_expect("Las acciones cayeron a 2,73 $ en la bolsa.", "es", "2,73 $", CH_FIG_MONEY, 2.73, "USD");
    fig_expect("La aerol\xC3\xADnea compr\xC3\xB3 12 nuevos aviones en marzo.", "es", "12 nuevos aviones", CH_FIG_COUNT, 12,
               "nuevos aviones");
    /* a day of a month is no count: "12 september" */
    ch_article *a = mk("De beurs opent op 12 september tijdens de show.", "nl", "2024-11-13");
    ch_arena ar;
    ch_arena_init(&ar);
    ch_figure *f;
    size_t n;
    ck_assert_int_eq(ch_extract_figures(a, &ar, &f, &n), CH_OK);
    ck_assert_uint_eq(n, 0);
    ch_arena_release(&ar);
    ch_article_free(a);
}
END_TEST

START_TEST(figure_forms)
{
    ch_article *a = mk("Some $9.2 billion remain, of which $7.1 billion comes from reserves. "
                       "Officials disbursed over USD 6 billion in remaining aid. "
                       "About 9.2 billion dollars were approved. The fund adds \xE2\x82\xAC" "3m this year. "
                       "Russia massed 50,000 troops near the border. "
                       "Some 23 out of 32 members met the 2 percent target, and 18 of 27 allies spend 2% of GDP. "
                       "Turnout rose to 61.5% in 2024. The storm moved 115 miles inland at 120 mph, "
                       "and the Harbour 300 closed after 250 passengers waited. Rates may fall by half a "
                       "percentage point\xE2\x80\x99s worth. The S&P 500 tumbled and the FTSE 100 stocks lagged.", "en", "2024-11-13");
    ch_arena ar;
    ch_arena_init(&ar);
    ch_figure *f;
    size_t n;
    ck_assert_int_eq(ch_extract_figures(a, &ar, &f, &n), CH_OK);
    /* measures and a number that names something are no counts */
    ck_assert_ptr_null(fig_with(f, n, "115 miles"));
    ck_assert_ptr_null(fig_with(f, n, "120 mph"));
    ck_assert_ptr_null(fig_with(f, n, "300 closed"));
    ck_assert_ptr_null(fig_with(f, n, "500 tumbled")); /* an index's name */
    ck_assert_ptr_null(fig_with(f, n, "100 stocks"));
    ck_assert_ptr_nonnull(fig_with(f, n, "250 passengers"));
    {
        const ch_figure *hp = fig_with(f, n, "half a percentage point\xE2\x80\x99s");
        ck_assert_ptr_nonnull(hp);
        ck_assert_double_eq_tol(hp->value, 0.5, 1e-9);
    }
    const ch_figure *x = fig_with(f, n, "$9.2 billion");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_MONEY);
    ck_assert_double_eq_tol(x->value, 9.2e9, 1);
    ck_assert_str_eq(x->unit, "USD");
    x = fig_with(f, n, "USD 6 billion");
    ck_assert_ptr_nonnull(x);
    ck_assert_double_eq_tol(x->value, 6e9, 1);
    ck_assert_str_eq(x->subject, "remaining aid");
    x = fig_with(f, n, "9.2 billion dollars");
    ck_assert_ptr_nonnull(x);
    ck_assert_str_eq(x->unit, "USD");
    x = fig_with(f, n, "\xE2\x82\xAC" "3m");
    ck_assert_ptr_nonnull(x);
    ck_assert_str_eq(x->unit, "EUR");
    ck_assert_double_eq_tol(x->value, 3e6, 1);
    x = fig_with(f, n, "50,000 troops");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_COUNT);
    ck_assert_double_eq_tol(x->value, 50000, 1e-9);
    ck_assert_str_eq(x->subject, "troops");
    x = fig_with(f, n, "23 out of 32 members");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_RATIO);
    ck_assert_double_eq_tol(x->total, 32, 1e-9);
    x = fig_with(f, n, "18 of 27 allies");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_RATIO);
    x = fig_with(f, n, "2 percent");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_PERCENT);
    ck_assert_ptr_nonnull(fig_with(f, n, "2%"));
    x = fig_with(f, n, "61.5%");
    ck_assert_ptr_nonnull(x);
    ck_assert_double_eq_tol(x->value, 61.5, 1e-9);
    for (size_t i = 0; i < n; i++) ck_assert_str_ne(f[i].text, "2024"); /* a year is not a figure */
    ch_arena_release(&ar);
    ch_article_free(a);
    /* counts and shares in words, currencies named by a national adjective */
    a = mk("The bank cut its rate by half a percentage point, after raising it by 0.25 percentage point. "
           "Two ferries and four more tugboats left, two years after the prize of 11 million Swedish crowns.",
           "en", "2024-11-13");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_figures(a, &ar, &f, &n), CH_OK);
    x = fig_with(f, n, "half a percentage point");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_PERCENT);
    ck_assert_double_eq_tol(x->value, 0.5, 1e-9);
    x = fig_with(f, n, "0.25 percentage point");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_PERCENT);
    x = fig_with(f, n, "Two ferries");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_COUNT);
    ck_assert_double_eq_tol(x->value, 2, 1e-9);
    x = fig_with(f, n, "four more tugboats");
    ck_assert_ptr_nonnull(x);
    ck_assert_str_eq(x->subject, "tugboats");
    for (size_t i = 0; i < n; i++) ck_assert_msg(!strstr(f[i].text, "years"), "a duration counted: %s", f[i].text);
    x = fig_with(f, n, "11 million Swedish crowns");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_MONEY);
    ck_assert_str_eq(x->unit, "SEK");
    ck_assert_double_eq_tol(x->value, 11e6, 1);
    ch_arena_release(&ar);
    ch_article_free(a);
    /* Spanish separators */
    a = mk("Unos 3.200 trabajadores pararon; la tasa baj\xC3\xB3 al 8,75% y el fondo suma 1,5 millones de d\xC3\xB3lares.", "es", NULL);
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_figures(a, &ar, &f, &n), CH_OK);
    x = fig_with(f, n, "3.200 trabajadores");
    ck_assert_ptr_nonnull(x);
    ck_assert_double_eq_tol(x->value, 3200, 1e-9);
    x = fig_with(f, n, "8,75%");
    ck_assert_ptr_nonnull(x);
    ck_assert_double_eq_tol(x->value, 8.75, 1e-9);
    x = fig_with(f, n, "1,5 millones de d\xC3\xB3lares");
    ck_assert_ptr_nonnull(x);
    ck_assert_double_eq_tol(x->value, 1.5e6, 1e-3);
    ck_assert_str_eq(x->unit, "USD");
    ch_arena_release(&ar);
    ch_article_free(a);
    /* a number joined to a group noun counts its members; an age does not */
    a = mk("Leaders of the 27-nation bloc met a 15-member council and a 5,000-strong force. The 10-year-old boy "
           "watched.", "en", NULL);
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_figures(a, &ar, &f, &n), CH_OK);
    x = fig_with(f, n, "27-nation");
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(x->kind, CH_FIG_COUNT);
    ck_assert_double_eq_tol(x->value, 27, 1e-9);
    ck_assert_str_eq(x->unit, "nation");
    x = fig_with(f, n, "15-member");
    ck_assert_ptr_nonnull(x);
    ck_assert_double_eq_tol(x->value, 15, 1e-9);
    x = fig_with(f, n, "5,000-strong");
    ck_assert_ptr_nonnull(x);
    ck_assert_double_eq_tol(x->value, 5000, 1e-9);
    for (size_t i = 0; i < n; i++) ck_assert_msg(!strstr(f[i].text, "year"), "an age counted: %s", f[i].text);
    ch_arena_release(&ar);
    ch_article_free(a);
}
END_TEST

static const char *date_of(ch_date_ref *d, size_t n, const ch_article *a, const char *text)
{
    for (size_t i = 0; i < n; i++)
        if (d[i].end - d[i].start == strlen(text) && !memcmp(a->text + d[i].start, text, strlen(text)))
            return d[i].date;
    return NULL;
}

START_TEST(date_forms)
{
    /* 2024-11-13 was a Wednesday */
    ch_article *a = mk("Blinken spoke on Wednesday. On Nov 13 the council met; on November 12, 2024 it had not. "
                       "A report from 2024-11-10 and one of 13 November said so. Yesterday the talks ended; "
                       "last week they began. El 13 de noviembre hubo otra reuni\xC3\xB3n.", "en", "2024-11-13");
    ch_arena ar;
    ch_arena_init(&ar);
    ch_date_ref *d;
    size_t n;
    ck_assert_int_eq(ch_extract_dates(a, &ar, &d, &n), CH_OK);
    ck_assert_str_eq(date_of(d, n, a, "on Wednesday"), "2024-11-13");
    ck_assert_str_eq(date_of(d, n, a, "Nov 13"), "2024-11-13");
    ck_assert_str_eq(date_of(d, n, a, "November 12, 2024"), "2024-11-12");
    ck_assert_str_eq(date_of(d, n, a, "2024-11-10"), "2024-11-10");
    ck_assert_str_eq(date_of(d, n, a, "13 November"), "2024-11-13");
    ck_assert_str_eq(date_of(d, n, a, "Yesterday"), "2024-11-12");
    ck_assert_str_eq(date_of(d, n, a, "last week"), "2024-11-06");
    ck_assert_str_eq(date_of(d, n, a, "13 de noviembre"), "2024-11-13");
    ch_arena_release(&ar);
    ch_article_free(a);
    /* relative words belong to a language: Dutch "gisteren" is yesterday,
     * German and Dutch "hier" is "here", not the French "yesterday" */
    a = mk("Gisteren zei de burgemeester dat de haven hier dinsdag weer opengaat.", "nl", "2024-11-13");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_dates(a, &ar, &d, &n), CH_OK);
    ck_assert_str_eq(date_of(d, n, a, "Gisteren"), "2024-11-12");
    ck_assert_str_eq(date_of(d, n, a, "dinsdag"), "2024-11-12");
    for (size_t i = 0; i < n; i++) ck_assert_msg(strncmp(a->text + d[i].start, "hier", 4), "'hier' read as a date");
    ch_arena_release(&ar);
    ch_article_free(a);
    a = mk("Ieri il sindaco ha detto che il porto riapre luned\xC3\xAC.", "it", "2024-11-13");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_dates(a, &ar, &d, &n), CH_OK);
    ck_assert_str_eq(date_of(d, n, a, "Ieri"), "2024-11-12");
    ck_assert_str_eq(date_of(d, n, a, "luned\xC3\xAC"), "2024-11-11");
    ch_arena_release(&ar);
    ch_article_free(a);
    /* spans of days back and ahead; "23 out of 32" is no date (Portuguese
     * "out." is one only with its period or a year) */
    a = mk("They met two days ago and 3 weeks ago, and will meet next week. Only 23 out of 32 members agreed.", "en",
           "2024-11-13");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_dates(a, &ar, &d, &n), CH_OK);
    ck_assert_str_eq(date_of(d, n, a, "two days ago"), "2024-11-11");
    ck_assert_str_eq(date_of(d, n, a, "3 weeks ago"), "2024-10-23");
    ck_assert_str_eq(date_of(d, n, a, "next week"), "2024-11-20");
    for (size_t i = 0; i < n; i++) ck_assert_msg(strncmp(a->text + d[i].start, "23 out", 6), "'23 out of' read as a date");
    ch_arena_release(&ar);
    ch_article_free(a);
    a = mk("Se reunieron hace dos d\xC3\xAD" "as; la reuni\xC3\xB3n del 23 out. 2024 fue otra.", "es", "2024-11-13");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_dates(a, &ar, &d, &n), CH_OK);
    ck_assert_str_eq(date_of(d, n, a, "hace dos d\xC3\xAD" "as"), "2024-11-11");
    ck_assert_str_eq(date_of(d, n, a, "23 out. 2024"), "2024-10-23");
    ch_arena_release(&ar);
    ch_article_free(a);
    a = mk("De burgemeester sprak twee dagen geleden; volgende week volgt een besluit.", "nl", "2024-11-13");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_dates(a, &ar, &d, &n), CH_OK);
    ck_assert_str_eq(date_of(d, n, a, "twee dagen geleden"), "2024-11-11");
    ck_assert_str_eq(date_of(d, n, a, "volgende week"), "2024-11-20");
    ch_arena_release(&ar);
    ch_article_free(a);
    a = mk("Der Hafen schloss vor zwei Wochen.", "de", "2024-11-13");
    ch_arena_init(&ar);
    ck_assert_int_eq(ch_extract_dates(a, &ar, &d, &n), CH_OK);
    ck_assert_str_eq(date_of(d, n, a, "vor zwei Wochen"), "2024-10-30");
    ch_arena_release(&ar);
    ch_article_free(a);
}
END_TEST

/* the seeds: Blinken's "firm response" is attributed to him in every report */
START_TEST(seeds_firm_response)
{
    const char *sh = shared_dir();
    if (!sh) { fprintf(stderr, "skip: ../shared not found\n"); return; }
    char p[4200];
    snprintf(p, sizeof p, "%s/seeds", sh);
    collected c;
    collect_path(&c, p, 0);
    int found = 0;
    for (size_t i = 0; i < c.n; i++) {
        ch_arena ar;
        ch_arena_init(&ar);
        ch_entity *e;
        size_t ne;
        ch_quote *q;
        size_t nq;
        ck_assert_int_eq(ch_extract_entities(c.a[i], &ar, &e, &ne), CH_OK);
        ck_assert_int_eq(ch_extract_quotes(c.a[i], e, ne, &ar, &q, &nq), CH_OK);
        for (size_t k = 0; k < nq; k++)
            if (strstr(q[k].text, "firm response") && q[k].speaker && ch_speaker_same(q[k].speaker, "Antony Blinken"))
                found++;
        ch_arena_release(&ar);
    }
    ck_assert_int_ge(found, 4);
    collected_free(&c);
}
END_TEST

/* 2026-12-06 rules, each checked to fail before its change: a sports
 * position opening a sentence is the role of the name after it ("Keeper
 * Sam Okafor echoed ...") */
START_TEST(attribution_positions_and_fillers)
{
    qrun r;
    /* a quote after a sentence in which the last speaker goes on in
     * reported speech is theirs; the next sentence, with its own subject,
     * cue and clause, is a statement of its own */
    run_quotes(&r, "Adam Vale, strategy manager, said: \"We believe it helps.\" Mr Vale compared the plan to the way "
                   "the web grew and said everyone could gain. \"The web's impact has been on everyone.\" Tom Reyes, "
                   "chief executive of Open Labs, said the move could help small firms.", "en");
    SPEAKER(&r, "impact has been on everyone", "Adam Vale");
    done(&r);
    /* "with many saying it was "unjustified"": an unnamed group speaks, the
     * quote is kept */
    run_quotes(&r, "Anger over the war has been the main reason, with many saying it was \"unjustified\". Groups "
                   "will attend.", "en");
    SPEAKER(&r, "unjustified", "many");
    done(&r);
    /* a name the gazetteer knows with its number ("Number 10") is one
     * organisation, and speaks */
    run_quotes(&r, "The two men met on Monday. Number 10 said ministers were busy governing and not a \"soap opera\" "
                   "about the pair.", "en");
    ENTITY_TYPE(r.e, r.ne, "Downing Street", CH_ENT_ORG);
    SPEAKER(&r, "soap opera", "Downing Street");
    done(&r);
    /* an -ing word opening a sentence is kept when the gazetteer knows the
     * whole name ("Downing Street said") */
    run_quotes(&r, "The two men met on Monday. Downing Street said it was not a \"soap opera\" at all.", "en");
    SPEAKER(&r, "soap opera", "Downing Street");
    done(&r);
    /* a quote inside the sentence before, the words of someone its subject
     * reports on: "He also said" goes on with that subject */
    run_quotes(&r, "Michael Hart met Tom Yeats. But Mr Hart denied Mr Yeats, his transport spokesman, said the plans "
                   "\"stink\". He also said he was confident Mr Dale would \"set out the position clearly\" next week.",
               "en");
    SPEAKER(&r, "stink", "Tom Yeats");
    SPEAKER(&r, "set out the position", "Michael Hart");
    done(&r);
    /* a long question clause names no antecedent either: "Asked if Mr Lund
     * could return to frontline politics at some point, he replied" */
    run_quotes(&r, "Ivar Lund resigned last week, and his party is split.\n\nMr Holm told reporters he had not read the "
                   "report. \"We have drawn a line under that,\" he said.\n\nAsked if Mr Lund could return to frontline "
                   "politics at some point, he replied: \"I have made my admiration for Ivar very clear.\"\n\n"
                   "Mr Lund has not spoken since. Mr Lund is at home. Mr Lund will write a book.", "en");
    SPEAKER(&r, "admiration for Ivar", "Holm");
    done(&r);
    /* business words that end an organisation's name only as its last
     * word: "Halden Research", "Norvik Aviation"; not "International Space
     * Station" */
    run_entities(&r, "A survey by Halden Research found that Norvik Aviation will supply the International Space "
                     "Station.\n", "en");
    ENTITY_TYPE(r.e, r.ne, "Halden Research", CH_ENT_ORG);
    ENTITY_TYPE(r.e, r.ne, "Norvik Aviation", CH_ENT_ORG);
    {
        const ch_entity *iss = ent_named(r.e, r.ne, "International Space Station");
        ck_assert(!iss || iss->type != CH_ENT_ORG);
    }
    done(&r);
    /* a run after "at" that ends an appositive role is the employer, an
     * organisation, so "he" is the person */
    run_quotes(&r, "Tom Vale, vice president of search products at Quill Vantage in Boston, spoke first. He said Quill "
                   "Vantage cared about readers.\n\n\"Readers outnumber writers,\" he said.", "en");
    ENTITY_TYPE(r.e, r.ne, "Quill Vantage", CH_ENT_ORG);
    SPEAKER(&r, "outnumber writers", "Tom Vale");
    done(&r);
    /* "A Department of Health spokeswoman said": the organisation's name
     * has connectors, and "A" opens no name; "She added" goes on with it */
    run_quotes(&r, "John Beaumont ran the project.\n\nA Department of Health spokeswoman said the venture had been "
                   "\"bold and new\". She added: \"It was not the only one to lose out.\"", "en");
    SPEAKER(&r, "bold and new", "Department of Health");
    SPEAKER(&r, "only one to lose out", "Department of Health");
    done(&r);
    /* a name inside a "who" clause whose closing comma was dropped is no
     * subject: "Ms Hale, who presents The Late Desk tells ..." is Ms Hale */
    run_quotes(&r, "Anna Hale knows him well.\n\nMs Hale, who presents The Late Desk tells Cockerell that she "
                   "despaired at his image. \"I used to have to sit on my hands.\"", "en");
    SPEAKER(&r, "sit on my hands", "Anna Hale");
    done(&r);
    /* "Director of Public Prosecutions, Ken Macdonald, said": the run after
     * the title and "of" is no person, the name after the comma is; a
     * place there stays one ("Governor of Alaska, Sarah Palin") */
    run_quotes(&r, "The plan was approved. Director of Public Audits, Karl Mendes QC, who sits on the board, said it "
                   "was sound. \"It represents a tougher regime,\" he said. Governor of Alaska, Sarah Palin, agreed.",
               "en");
    ck_assert_ptr_null(ent_named(r.e, r.ne, "Public Audits"));
    ENTITY_TYPE(r.e, r.ne, "Alaska", CH_ENT_PLACE);
    SPEAKER(&r, "tougher regime", "Karl Mendes");
    done(&r);
    /* "Magazine" ends an organisation's name, so "he" is the editor */
    run_quotes(&r, "Sales fell in the spring. A third of users were fed up, thinks Tim Danton, editor of PC Pro Magazine. "
                   "\"We expect these figures to leap next year,\" he said.", "en");
    ENTITY_TYPE(r.e, r.ne, "PC Pro Magazine", CH_ENT_ORG);
    SPEAKER(&r, "figures to leap", "Tim Danton");
    done(&r);
    /* "He added" / "she added" right after an organisation's quote given
     * through its spokesman or spokeswoman, no one named between: the
     * organisation goes on (not the director named before) */
    run_quotes(&r, "Director Tom Hale made the film. A spokesman for the Film Council said: \"It is disappointing.\" "
                   "He added: \"It was a record year for nominees.\"", "en");
    SPEAKER(&r, "record year", "Film Council");
    done(&r);
    run_quotes(&r, "Director Tom Hale made the film. \"It is disappointing,\" a spokeswoman for the Film Council said. "
                   "\"It was a record year for nominees,\" she added.", "en");
    SPEAKER(&r, "record year", "Film Council");
    done(&r);
    /* a short quoted sentence that opens right where the last speaker's
     * quote closed goes on with that speaker */
    run_quotes(&r, "Analysts were wary. \"You cannot sue the state,\" said Mark Olsen, a strategist at a bank. "
                   "\"The state has immunity.\" \"The state is buying Yukos.\"\n\nOthers disagreed.", "en");
    SPEAKER(&r, "buying Yukos", "Mark Olsen");
    done(&r);
    /* a verb of judgement in the passive is no cue: the subject is its
     * target ("Dunne was accused of ..."), the active one is ("Hale accused") */
    run_quotes(&r, "Mayor Ruth Hale spoke first. Councillor Sean Dunne was accused of \"gross negligence\" over the "
                   "flood. Hale accused the council of \"years of neglect\".", "en");
    {
        const ch_quote *q1 = quote_with(&r, "gross negligence");
        ck_assert(!q1 || !q1->cue || strcmp(q1->cue, "accused"));
    }
    SPEAKER(&r, "years of neglect", "Ruth Hale");
    done(&r);
    /* a sentence with a partial quote that ends ", the committee added.":
     * the committee the article named */
    run_quotes(&r, "The Fisheries Committee met on Monday. There was an \"acute shortage\" of inspectors in the "
                   "ports, the committee added.", "en");
    SPEAKER(&r, "acute shortage", "Fisheries Committee");
    done(&r);
    /* a longer lowercase description of the body, no body of that name:
     * the description as written */
    run_quotes(&r, "The report came out on Monday. There was an \"acute shortage\" of inspectors in the ports, the "
                   "Commons fisheries and food committee added.", "en");
    SPEAKER(&r, "acute shortage", "Commons fisheries and food committee");
    done(&r);
    /* "said an agency statement", "a ministry official said": the agency,
     * the ministry the article named */
    run_quotes(&r, "The Northern Water Agency asked for more money. The Ministry of Fisheries disagreed. "
                   "\"The pumps will fail within a year,\" said an agency statement. "
                   "\"There is no money left,\" a ministry official said.", "en");
    SPEAKER(&r, "pumps will fail", "Northern Water Agency");
    SPEAKER(&r, "no money left", "Ministry of Fisheries");
    done(&r);
    /* '"A," he said "B."' (the full stop after the cue dropped) and '"... 'Q?'" he
     * said. "B."' (a quote inside the first part ends it) join as one quote */
    run_quotes(&r, "The trial ended early. \"We saw the rates fall by half,\" she said \"Nobody expected that.\" "
                   "Her deputy Ivo Brandt agreed. \"Farmers ask us: 'Will it last?'\" he said. \"We think it will.\"",
                   "en");
    {
        const ch_quote *q1 = quote_with(&r, "rates fall by half");
        ck_assert_ptr_nonnull(q1);
        ck_assert_ptr_nonnull(strstr(q1->text, "Nobody expected that"));
        const ch_quote *q2 = quote_with(&r, "Will it last");
        ck_assert_ptr_nonnull(q2);
        ck_assert_ptr_nonnull(strstr(q2->text, "We think it will"));
    }
    SPEAKER(&r, "Will it last", "Ivo Brandt");
    done(&r);
    /* a title after the cue is no second part ('..." Rask wrote "The Long Road"') */
    run_quotes(&r, "Critics praised it. \"It is the best book of the year,\" Lena Rask wrote \"The Long Road\" review.",
               "en");
    {
        const ch_quote *q1 = quote_with(&r, "best book");
        ck_assert_ptr_nonnull(q1);
        ck_assert_ptr_null(strstr(q1->text, "Long Road"));
    }
    done(&r);
    run_quotes(&r, "The club won again. Keeper Sam Okafor echoed the mood. \"We all back the manager,\" he added. "
                   "Winger Leon Marsh was less sure. \"It is all talk,\" he said.", "en");
    SPEAKER(&r, "back the manager", "Sam Okafor");
    SPEAKER(&r, "all talk", "Leon Marsh");
    {
        const ch_entity *e = ent_named(r.e, r.ne, "Sam Okafor");
        ck_assert_ptr_nonnull(e);
        ck_assert_str_eq(e->role, "Keeper");
    }
    done(&r);
    /* an untyped name opening the clause of a participle speaks ("Halvex has
     * rejected the charge, saying ...") */
    run_quotes(&r, "Regulators are looking into the deal. Halvex has rejected the charge, saying the sale was "
                   "\"no more than an option\" at the time.", "en");
    SPEAKER(&r, "no more than an option", "Halvex");
    done(&r);
    /* a name once written as a work's title ("the drama Wasp") is the work
     * where it opens a clause too, so "she" is the director */
    run_quotes(&r, "Andrea Morrow made a film. Morrow's gritty drama Wasp is about a single mother. "
                   "Set in her native Dartford, Wasp tells the story of a young mum. "
                   "\"I just start with an image,\" she explains.", "en");
    ENTITY_TYPE(r.e, r.ne, "Wasp", CH_ENT_OTHER);
    SPEAKER(&r, "start with an image", "Andrea Morrow");
    done(&r);
    /* a run before the plural of those it serves is no person ("Windows PC
     * customers"); a name after "magazine" is the magazine */
    run_quotes(&r, "Mr Jobs unveiled the machine. To win over Windows PC customers, Mr Jobs said it was cheap. "
                   "\"Switchers have no excuses,\" he said. Tom Reyes, editor of UK magazine Mac Format, agreed.", "en");
    ENTITY_TYPE(r.e, r.ne, "Windows PC", CH_ENT_OTHER);
    ENTITY_TYPE(r.e, r.ne, "Mac Format", CH_ENT_ORG);
    SPEAKER(&r, "no excuses", "Jobs");
    done(&r);
    /* "that" before a comma and "according" is no determiner ("a period
     * that, according to X is ..."): the nearer source speaks */
    run_quotes(&r, "Sales rose, according to analysts Halvorsen. Handsets were sold in the quarter, a period that, "
                   "according to Halvorsen analyst Mira Castell is \"seldom strong\".", "en");
    SPEAKER(&r, "seldom strong", "Mira Castell");
    done(&r);
    /* a filing speaks for its owner: "Her lawsuit, filed in the US
     * District Court, said", "the suit added", "His statement said" */
    run_quotes(&r, "Karen Reyes sued Tom Conte on Friday. Her lawsuit, filed in the US District Court in San Francisco, "
                   "said she \"never took banned drugs\". Conte's claims, the suit added, were \"false and malicious\".", "en");
    SPEAKER(&r, "never took banned drugs", "Karen Reyes");
    SPEAKER(&r, "false and malicious", "Karen Reyes");
    done(&r);
    run_quotes(&r, "Tom Conte was sued on Friday. His statement said the claims were \"false and malicious\".", "en");
    SPEAKER(&r, "false and malicious", "Tom Conte");
    done(&r);
    /* "Halvex Bank's spokeswoman said": the bank speaks; an adverb after
     * a description is not part of it ("The spokesperson also confirmed") */
    run_quotes(&r, "Halvex Bank cut rates on Monday. \"It was long overdue,\" Halvex Bank's spokeswoman said.", "en");
    SPEAKER(&r, "long overdue", "Halvex Bank");
    done(&r);
    run_quotes(&r, "The firm refused to comment. The spokesperson also confirmed that there were \"strict limits\" on "
                   "the use of its logo.", "en");
    SPEAKER(&r, "strict limits", "spokesperson");
    done(&r);
    /* legislatures and parties are in the gazetteer: "House of Lords" is no
     * person, so "the outgoing commissioner" and "He" are Kinnock */
    run_quotes(&r, "Neil Kinnock has taken a seat in the House of Lords. It was put to Mr Kinnock that he had once called "
                   "Lords members \"brigands and gangsters\". But the outgoing European Commissioner said his comments "
                   "needed context. He said reformers had to be inside the Lords. \"It was pointed out to me that "
                   "reform needs advocates.\"", "en");
    ENTITY_TYPE(r.e, r.ne, "House of Lords", CH_ENT_ORG);
    SPEAKER(&r, "brigands and gangsters", "Neil Kinnock");
    SPEAKER(&r, "reform needs advocates", "Neil Kinnock");
    done(&r);
    /* a company's first word alone is the company named in full once
     * ("media giant Halvex Universal ... Halvex has said it believes") */
    run_quotes(&r, "Regulators filed complaints against media giant Halvex Universal. They targeted Halvex and its boss. "
                   "Halvex has said it believes there is \"no legal basis\" for the complaints.", "en");
    {
        const ch_entity *e = ent_named(r.e, r.ne, "Halvex Universal");
        ck_assert_ptr_nonnull(e);
        ck_assert_int_eq(e->mentions, 3);
    }
    SPEAKER(&r, "no legal basis", "Halvex Universal");
    done(&r);
    /* "X filed the suit ... the lawsuit states": the one who filed it; a
     * regional demonym or a party before a name is a role ("Californian",
     * "Tory"); "Co-Chairman" is a title; "Commission for Racial Equality" is
     * one body; "reportedly" is no part of "the document" */
    run_quotes(&r, "A user is suing the firm. Californian Tom Slattery filed the suit in San Jose. \"The firm has turned "
                   "an open standard into a trap,\" the lawsuit states.", "en");
    SPEAKER(&r, "open standard into a trap", "Tom Slattery");
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Tom Slattery"));
    done(&r);
    run_quotes(&r, "The Lib Dems will study the plans, but Tory Liam Fox said his party offered a \"real choice\". The "
                   "Conservative Party Co-Chairman said Labour had \"done nothing for eight years\" on it. Trevor "
                   "Phillips, chairman of the Commission for Racial Equality, called on Mr Clarke to speak out. \"Tell "
                   "that to the doctors,\" he said. The document reportedly said: \"We want a new empire.\"", "en");
    SPEAKER(&r, "done nothing for eight years", "Liam Fox");
    SPEAKER(&r, "Tell that to the doctors", "Trevor Phillips");
    SPEAKER(&r, "a new empire", "document");
    ENTITY_TYPE(r.e, r.ne, "Commission for Racial Equality", CH_ENT_ORG);
    done(&r);
    /* "told Radio 4's Today": a station, no person to take "she"; a
     * nationality and a surname is the person of that surname; holidays and
     * a club after "outfit" name no one */
    run_quotes(&r, "Mary Robinson has spoken out. The former UN commissioner told Radio 4's Today the response would be "
                   "watched over the New Year. \"It would be very troubling,\" she said. Lindsay Davenport won. The "
                   "American Davenport beat Ana Ruiz. Tom Hassell said a move was likelier than to Mexican outfit Red "
                   "Sharks Veracruz, who also expressed an interest. \"It was a thought at one stage,\" he said.", "en");
    SPEAKER(&r, "very troubling", "Mary Robinson");
    SPEAKER(&r, "thought at one stage", "Tom Hassell");
    ck_assert_ptr_null(ent_named(r.e, r.ne, "American Davenport"));
    ENTITY_TYPE(r.e, r.ne, "New Year", CH_ENT_OTHER);
    ENTITY_TYPE(r.e, r.ne, "Red Sharks Veracruz", CH_ENT_ORG);
    done(&r);
    /* "Sir Paul said" is Paul McCartney; a surname misspelt by one letter
     * is the person ("Hassel", "Mr Mukerjee"); the title after "and" is the
     * second person's; "Super Bowl" is an event */
    run_quotes(&r, "Sir Paul McCartney will play at the Super Bowl. \"There's nothing bigger,\" Sir Paul said. Agent Brian "
                   "Hassell spoke on Monday. \"He wants to stay,\" said Hassel. Commerce Minister Kamal Nath and Finance "
                   "Minister Pranab Mukherjee met. \"There is scope for growth,\" Mr Mukerjee said.", "en");
    SPEAKER(&r, "nothing bigger", "Paul McCartney");
    SPEAKER(&r, "wants to stay", "Brian Hassell");
    SPEAKER(&r, "scope for growth", "Pranab Mukherjee");
    {
        const ch_entity *e = ent_named(r.e, r.ne, "Pranab Mukherjee");
        ck_assert_ptr_nonnull(e);
        ck_assert_str_eq(e->role, "Finance Minister");
    }
    ENTITY_TYPE(r.e, r.ne, "Super Bowl", CH_ENT_OTHER);
    done(&r);
    /* two letters swapped are one slip too ("Brodeik" for Brodiek) */
    run_quotes(&r, "Engineer Tomas Brodiek built the rig. \"It runs on one battery,\" said Mr Brodeik.", "en");
    SPEAKER(&r, "one battery", "Tomas Brodiek");
    done(&r);
    /* "said the East Kilbride athlete": a place and a person noun describe
     * the one named before the quote */
    run_quotes(&r, "Allan Scott is confident of a medal. The 22-year-old finished fourth in Madrid. \"It was "
                   "definitely a learning curve,\" said the East Kilbride athlete.", "en");
    SPEAKER(&r, "learning curve", "Allan Scott");
    done(&r);
    /* an unnamed spokesman after an organisation spoke speaks for it; a
     * memorial meeting names no one; "Radio 1" is a broadcaster */
    run_quotes(&r, "The Halvex Group said it had owned the land since 1920. But a spokesman added: \"We are confident "
                   "of our title.\" Tom Reyes ran at the Jose M Cagigal Memorial meeting for Radio 1.", "en");
    SPEAKER(&r, "confident of our title", "Halvex Group");
    ENTITY_TYPE(r.e, r.ne, "Jose M Cagigal Memorial", CH_ENT_OTHER);
    ENTITY_TYPE(r.e, r.ne, "Radio 1", CH_ENT_ORG);
    done(&r);
    /* 'Benitez responded: "... Why not?" He said: "..."': two quotes, the
     * colon introduces the second */
    run_quotes(&r, "Gerrard said Liverpool would not win. Benitez responded: \"I spoke to Steven. Why not?\" He said: "
                   "\"We need winners here.\"", "en");
    ck_assert_int_eq((int)r.nq, 2);
    SPEAKER(&r, "need winners", "Benitez");
    done(&r);
    /* '"A," said X, president of Y. "B?" "C," said Z.': B goes on X's
     * quote; the attribution after C is C's */
    run_quotes(&r, "Libraries are joining.\n\n\"It's a big opportunity,\" said Paul Leclerc, president of the city "
                   "library. \"It could solve an old problem: if people can't get to us, how can we get to them?\" "
                   "\"This is the day the world changes,\" said John Wilkin, a librarian.", "en");
    SPEAKER(&r, "old problem", "Paul Leclerc");
    SPEAKER(&r, "world changes", "John Wilkin");
    done(&r);
    /* 'Keys said she was "very excited", describing Charles as "...": the
     * participle after the comma describes the next quote's object */
    run_quotes(&r, "Ray Charles died last year. Alicia Keys said she was \"very excited\", describing Charles as "
                   "\"an artist I admire\".", "en");
    SPEAKER(&r, "very excited", "Alicia Keys");
    SPEAKER(&r, "an artist I admire", "Alicia Keys");
    done(&r);
    /* a dash pair is set off like a parenthesis ("Tom Reyes of Halvex - a
     * real estate company - told"); ", which said" is its antecedent's;
     * "National Council for Adoption" is one body */
    run_quotes(&r, "Prices rose. Tom Reyes of Halvex - a real estate company - told the BBC this was \"a big positive "
                   "step.\" The affiliate refused the show. It was met with protests by the National Council for "
                   "Adoption, which said it \"exploits the emotions of families\" badly.", "en");
    SPEAKER(&r, "big positive step", "Tom Reyes");
    SPEAKER(&r, "emotions of families", "National Council for Adoption");
    done(&r);
    /* family members share a surname: the given name tells who "she" is;
     * a woman's given name ("Lindsay", now listed) takes "she" */
    run_quotes(&r, "Mark Felt kept the secret for decades. His wife, Audrey Felt, died in 1984. His daughter Joan Felt "
                   "lives in California. Ultimately, his daughter persuaded him to go public; after all, Woodward was sure "
                   "to profit after Felt died. \"We could pay some bills,\" she told the paper.", "en");
    SPEAKER(&r, "pay some bills", "Joan Felt");
    done(&r);
    run_quotes(&r, "Lindsay Davenport beat Conchita Martinez. Before her meeting with Martinez, Davenport believes "
                   "there is room for improvement in her game. \"I started well and finished well,\" she said.", "en");
    SPEAKER(&r, "started well", "Lindsay Davenport");
    done(&r);
    /* "But told BBC News:" (subject dropped): the person in focus, not the
     * listener; "Asked if Mr Blunkett could return, he replied": the name
     * in the participle's clause is no antecedent */
    run_quotes(&r, "Mr Blair told BBC News he had not yet read the report. But told BBC News: \"We have drawn a line "
                   "under that.\"\n\nAsked if Mr Blunkett could return to frontline politics, he replied: \"I have made my "
                   "admiration for David very clear.\"", "en");
    SPEAKER(&r, "drawn a line", "Blair");
    SPEAKER(&r, "admiration for David", "Blair");
    done(&r);
    /* "Lycos did not want to fight back, said Mr Pollmann. "...," he said.":
     * the one the inverted cue names, not the sentence's subject */
    run_quotes(&r, "Malte Pollmann of Lycos spoke. Lycos has millions of users. \"Every user will contribute,\" he said. Lycos did not want to use "
                   "e-mail to fight back, said Mr Pollmann. \"That would be fighting one bad thing with another,\" he "
                   "said.", "en");
    SPEAKER(&r, "one bad thing", "Pollmann");
    done(&r);
    /* "said the director behind JFK, Platoon and ...": the one named
     * before; "said the director of the agency, Maria Holt": the name */
    run_quotes(&r, "Oliver Stone was in Sweden. \"Europeans tend to see me differently,\" said the director behind JFK, "
                   "Platoon and Born on the Fourth of July. Later Stone met officials. \"We will look into it,\" said "
                   "the director of the agency, Maria Holt.", "en");
    SPEAKER(&r, "see me differently", "Oliver Stone");
    SPEAKER(&r, "look into it", "Maria Holt");
    done(&r);
    /* a surname is found as a whole word only ("Tobacco" is not in
     * "Tobacco-Free"); industry words end company names */
    run_quotes(&r, "Halvex Tobacco welcomed the ruling. The Justice Department refused to say if it would appeal. \"We are "
                   "reviewing it,\" a spokeswoman said on Friday. But William Corr of the Campaign for Tobacco-Free Kids "
                   "urged the government to go on. \"Today's ruling should not be an excuse,\" he said.", "en");
    SPEAKER(&r, "should not be an excuse", "William Corr");
    ENTITY_TYPE(r.e, r.ne, "Halvex Tobacco", CH_ENT_ORG);
    done(&r);
    /* "Saulnier will move ...": a name before a modal is a person, the
     * subject "he" refers to */
    run_quotes(&r, "Tommy Haas lost in two sets. \"It is frustrating,\" admitted Haas. \"I rushed a few backhands.\" "
                   "Saulnier will move into the top 50 for the first time. \"It's taken a lot of work,\" he revealed.", "en");
    SPEAKER(&r, "lot of work", "Saulnier");
    done(&r);
    /* an organisation's name across "of" speaks whole ("The National
     * Union of Students argued"), a person "of" it still speaks as the
     * person */
    run_quotes(&r, "Fees will rise. The National Union of Students argued the situation was \"likely to get much "
                   "worse\" for the poor. Julian Mbeki of the University of Cape Town called it \"genuinely exciting\".",
               "en");
    SPEAKER(&r, "much worse", "National Union of Students");
    SPEAKER(&r, "genuinely exciting", "Julian Mbeki");
    done(&r);
    /* a broadcaster keeps its number ("Radio 1"); "the radio station
     * said" is the station named before */
    run_quotes(&r, "The BBC said Radio 1 has named two new hosts. \"John Peel can never be replaced,\" the radio station "
                   "said. Radio 1 said the pair would be a \"real challenge\" for rivals.", "en");
    SPEAKER(&r, "never be replaced", "Radio 1");
    SPEAKER(&r, "real challenge", "Radio 1");
    ck_assert_ptr_nonnull(ent_named(r.e, r.ne, "Radio 1"));
    done(&r);
    /* "at the Nou Camp" is a venue; "said the Old Trafford boss" describes
     * the person named before */
    run_quotes(&r, "Marcel Desailly says history will not repeat itself. The French star was crushed 5-1 at the Nou "
                   "Camp in 2000. \"Things will be totally different this time,\" he told reporters. Manchester United's "
                   "Alex Ferguson praised his players. \"That was our hardest away game,\" said the Old Trafford boss.", "en");
    SPEAKER(&r, "totally different", "Marcel Desailly");
    SPEAKER(&r, "hardest away game", "Alex Ferguson");
    done(&r);
    /* a quote right after the partial quote of the one who spoke in the
     * sentence before goes on with them, not with the next sentence's
     * statement ("Dr Julian Lewis ... said the department had been slow") */
    run_quotes(&r, "The act is under fire. Fellow Lib Dem Norman Baker said the episode painted an \"unflattering "
                   "picture of government\". \"It is clear that the enthusiasm has turned to cynicism.\" Dr Julian Lewis, "
                   "the Conservative spokesman, said the department had been slow.", "en");
    SPEAKER(&r, "turned to cynicism", "Norman Baker");
    done(&r);
    run_quotes(&r, "Skipper Jason Robinson believes the mood is good. \"There is no lack of confidence,\" said the Sale "
                   "full-back.", "en");
    SPEAKER(&r, "lack of confidence", "Jason Robinson");
    done(&r);
    /* "..., argued Mr Howard. Pointing to national insurance, he added:":
     * the person the inverted cue named, not a name inside its clause */
    run_quotes(&r, "Tony Blair faced Michael Howard on Wednesday. It was no good Mr Blair claiming tax pledges were left "
                   "to the manifesto, argued Mr Howard. Pointing to national insurance, he added: \"Everyone knows tax "
                   "will go up under Labour.\"", "en");
    SPEAKER(&r, "tax will go up", "Michael Howard");
    done(&r);
    /* an honorific genders its person ("Ms Sturgeon"), so "He told Ms
     * Sturgeon" is not her */
    run_quotes(&r, "Nicola Sturgeon wrote to Mr McConnell on Tuesday. Ms Sturgeon called for an apology. In a furious "
                   "response, the first minister said his comments had been distorted. He told Ms Sturgeon: \"It is "
                   "disappointing that you have contributed to this distortion.\"", "en");
    SPEAKER(&r, "contributed to this distortion", "McConnell");
    done(&r);
    /* "said Opera spokeswoman, Berit Hanson.": the person after the comma */
    run_quotes(&r, "The browser is out. \"Our mission was always to provide the best experience,\" said Opera "
                   "spokeswoman, Berit Hanson.", "en");
    SPEAKER(&r, "best experience", "Berit Hanson");
    done(&r);
    /* "the BBC programme Go Digital" is a title, no person for "He"; "the
     * figures show Ford" is no title ("show" is a verb) */
    run_quotes(&r, "Nicholas Negroponte is building a cheap laptop. He told the BBC programme Go Digital it would help. "
                   "He described it as simple, \"We have to get the display below $20,\" he said. The figures show Ford "
                   "made a profit.", "en");
    SPEAKER(&r, "display below", "Nicholas Negroponte");
    ENTITY_TYPE(r.e, r.ne, "Go Digital", CH_ENT_OTHER);
    done(&r);
    /* back over sentences whose subject or speaker is the pronoun ("But he
     * stressed ...", "..., he said.") to the one that names him */
    run_quotes(&r, "\"We used to see hustlers do this,\" Andrei Illarionov told a press conference.\n\nMr Gref, a known "
                   "opponent of nationalisation, was keen to distance himself from the comments. The privatisation had "
                   "been badly handled, he said. But he stressed that the state needed to get out of oil. \"I think that "
                   "Rosneft must be privatized,\" he said.", "en");
    SPEAKER(&r, "must be privatized", "Gref");
    done(&r);
    /* an unnamed spokesman right after the one organisation that spoke in
     * the sentence before */
    run_quotes(&r, "Netherlands-based group Halvex said it welcomed the possibility that the mill might be back on the "
                   "market.\n\n\"We would look at it with great interest,\" a spokesman told BBC News.", "en");
    SPEAKER(&r, "great interest", "Halvex");
    done(&r);
    /* "the singer said" after a sentence whose subject was named since the
     * last quote: that person, not the last speaker */
    run_quotes(&r, "\"It is a Duran Duran album,\" said keyboard player Nick Rhodes.\n\nSimon Le Bon said earlier this "
                   "year that the group were not trying to update their sound. \"We wouldn't want to lose them,\" the "
                   "singer said.", "en");
    SPEAKER(&r, "lose them", "Simon Le Bon");
    done(&r);
}
END_TEST

Suite *suite_extract(void)
{
    Suite *s = suite_create("extract");
    TCase *tc = tcase_create("extract");
    tcase_add_test(tc, attribution_orders);
    tcase_add_test(tc, interrupted_partial_and_marks);
    tcase_add_test(tc, spanish_and_german_cues);
    tcase_add_test(tc, speakers_across_articles);
    tcase_add_test(tc, entities_types_aliases);
    tcase_add_test(tc, names_and_subject_cues);
    tcase_add_test(tc, entity_runs_split_and_typed);
    tcase_add_test(tc, entity_headline_and_work_titles);
    tcase_add_test(tc, attribution_appositive_and_age);
    tcase_add_test(tc, entity_runs_and_clause_subjects);
    tcase_add_test(tc, entity_surname_nearest_and_honorific);
    tcase_add_test(tc, spanish_heads_roles_cues);
    tcase_add_test(tc, attribution_nearer_names);
    tcase_add_test(tc, attribution_document_reads);
    tcase_add_test(tc, attribution_spokesman_for);
    tcase_add_test(tc, attribution_definite_description);
    tcase_add_test(tc, attribution_parenthesis_after);
    tcase_add_test(tc, entity_groups_places_openers);
    tcase_add_test(tc, attribution_assessment_of);
    tcase_add_test(tc, attribution_not_self_by_name);
    tcase_add_test(tc, headline_line_is_no_quote);
    tcase_add_test(tc, attribution_in_her_words_and_terms);
    tcase_add_test(tc, attribution_site_after_semicolon);
    tcase_add_test(tc, entity_elision_and_models);
    tcase_add_test(tc, figure_forms);
    tcase_add_test(tc, figure_forms_other_languages);
    tcase_add_test(tc, date_forms);
    tcase_add_test(tc, seeds_firm_response);
    tcase_add_test(tc, attribution_positions_and_fillers);
    suite_add_tcase(s, tc);
    return s;
}
