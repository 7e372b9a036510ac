/* t_brief.c - the brief of the five seed reports, ROUGE by hand, and a
 * brief of our own corpus. */
#include "test.h"

#include <stdio.h>
#include <string.h>

/* the seed properties */
START_TEST(seeds_brief)
{
    const char *sh = shared_dir();
    if (!sh) { fprintf(stderr, "skip: ../shared not found\n"); return; }
    char p[4200];
    snprintf(p, sizeof p, "%s/seeds", sh);
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_eq(c.n, 5);
    /* one event */
    ch_cluster *cl = ch_cluster_new(NULL);
    for (size_t i = 0; i < c.n; i++) ch_cluster_add(cl, c.a[i]);
    ck_assert_int_eq(ch_cluster_run(cl), CH_OK);
    ck_assert_uint_eq(ch_cluster_n_events(cl), 1);
    ch_cluster_free(cl);
    ch_err err = {0};
    ch_brief *b = ch_brief_build(c.a, c.n, "seeds", NULL, &err);
    ck_assert_msg(b != NULL, "%s", err.msg);
    ck_assert_str_eq(b->date, "2024-11-13");
    ck_assert_str_eq(b->place, "Brussels");
    int blinken = 0, rutte = 0;
    for (size_t i = 0; i < b->n_actors; i++) {
        blinken |= !strcmp(b->actors[i], "Antony Blinken");
        rutte |= !strcmp(b->actors[i], "Mark Rutte");
    }
    ck_assert(blinken && rutte);
    ck_assert_uint_eq(b->n_outlets, 5);
    /* "firm response": one merged quote, Blinken's, 4+ variants */
    int merged = 0;
    for (size_t i = 0; i < b->n_quotes; i++) {
        const ch_brief_quote *q = &b->quotes[i];
        size_t firm = 0;
        for (size_t k = 0; k < q->n_variants; k++) firm += strstr(q->variants[k].text, "firm response") != NULL;
        if (firm >= 4) {
            ck_assert_msg(q->speaker && ch_speaker_same(q->speaker, "Antony Blinken"), "speaker %s", q->speaker);
            ck_assert_uint_ge(q->n_variants, 4);
            merged++;
        }
    }
    ck_assert_int_eq(merged, 1);
    /* 23 of 32 corroborated; the remaining aid disputed */
    int ratio = 0, aid = 0;
    for (size_t i = 0; i < b->n_figures; i++) {
        const ch_brief_figure *f = &b->figures[i];
        if (f->kind == CH_FIG_RATIO && f->n_values == 1 && f->values[0].value == 23 && f->agree &&
            f->values[0].n_articles >= 2)
            ratio = 1;
        if (f->kind == CH_FIG_MONEY && f->n_values >= 2 && !f->agree) {
            int has92 = 0, has6 = 0;
            for (size_t k = 0; k < f->n_values; k++) {
                has92 |= f->values[k].value > 9.1e9 && f->values[k].value < 9.3e9;
                has6 |= f->values[k].value > 5.9e9 && f->values[k].value < 6.1e9;
            }
            aid |= has92 && has6;
        }
    }
    ck_assert(ratio);
    ck_assert(aid);
    /* no summary sentence without sources */
    ck_assert_uint_ge(b->n_summary, 3);
    for (size_t i = 0; i < b->n_summary; i++) ck_assert_uint_ge(b->summary[i].n_sources, 1);
    /* the outputs hold it */
    ch_buf out = CH_BUF_INIT;
    ck_assert_int_eq(ch_brief_write(b, CH_BRIEF_JSON, &out), CH_OK);
    ck_assert_ptr_nonnull(strstr(out.data, "\"card\":{\"title\""));
    ch_buf_reset(&out);
    ck_assert_int_eq(ch_brief_write(b, CH_BRIEF_MD, &out), CH_OK);
    ck_assert_ptr_nonnull(strstr(out.data, "## Quotes"));
    ch_buf_release(&out);
    ch_brief_free(b);
    collected_free(&c);
}
END_TEST

/* hand-computed: summary "the cat sat on the mat", reference "the cat was on
 * the mat": unigrams 5 of 6 reference tokens, bigrams 3 of 5 */
START_TEST(rouge_by_hand)
{
    const char *refs[] = {"the cat was on the mat"};
    ch_rouge r;
    ck_assert_int_eq(ch_rouge_n("the cat sat on the mat", refs, 1, 1, 0, &r), CH_OK);
    ck_assert_double_eq_tol(r.recall, 5.0 / 6.0, 1e-9);
    ck_assert_int_eq(ch_rouge_n("the cat sat on the mat", refs, 1, 2, 0, &r), CH_OK);
    ck_assert_double_eq_tol(r.recall, 3.0 / 5.0, 1e-9);
    /* stemming: "cats sitting" ~ "cat sit"; the word cap cuts the summary */
    const char *r2[] = {"cat sit", "dogs ran"};
    ck_assert_int_eq(ch_rouge_n("Cats sitting. Dogs running.", r2, 2, 1, 0, &r), CH_OK);
    ck_assert_double_eq_tol(r.recall, (1.0 + 0.5) / 2.0, 1e-9); /* "run" != "ran" */
    ck_assert_int_eq(ch_rouge_n("Cats sitting. Dogs running.", r2, 2, 1, 1, &r), CH_OK);
    ck_assert_double_eq_tol(r.recall, (0.5 + 0) / 2.0, 1e-9);
    /* short words are not stemmed: "as" is not "a" */
    const char *r3[] = {"as cats"};
    ck_assert_int_eq(ch_rouge_n("a cat", r3, 1, 1, 0, &r), CH_OK);
    ck_assert_double_eq_tol(r.recall, 0.5, 1e-9);
}
END_TEST

START_TEST(example_corpus_briefs)
{
    collected c;
    collect_path(&c, "../examples/corpus", 0);
    /* the port strike: its wire copies differ in the number of workers */
    ch_article *ev[16];
    size_t n = 0;
    for (size_t i = 0; i < c.n && n < 16; i++)
        if (strstr(c.a[i]->id, "port-strike") || strstr(c.a[i]->id, "huelga")) ev[n++] = c.a[i];
    ck_assert_uint_ge(n, 4);
    ch_brief_opts o = {.sentences = 4};
    ch_brief *b = ch_brief_build(ev, n, "port", &o, NULL);
    ck_assert_ptr_nonnull(b);
    ck_assert_uint_le(b->n_summary, 4);
    ck_assert_str_eq(b->date, "2025-03-04");
    int contradiction = 0;
    for (size_t i = 0; i < b->n_figures; i++)
        if (!b->figures[i].agree && b->figures[i].n_values >= 2) contradiction = 1;
    ck_assert(contradiction); /* 3,200 vs 3,400 dockworkers */
    int copy = 0;
    for (size_t i = 0; i < b->n_coverage; i++) copy |= b->coverage[i].near_duplicate_of >= 0;
    ck_assert(copy);
    ch_brief_free(b);
    /* a word cap */
    o.words = 30;
    o.sentences = 10;
    b = ch_brief_build(ev, n, "port", &o, NULL);
    size_t words = 0;
    for (size_t i = 0; i < b->n_summary; i++) {
        int in = 0;
        for (const char *s = b->summary[i].text; *s; s++) {
            int w = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || (unsigned char)*s >= 0x80;
            if (w && !in) words++;
            in = w;
        }
    }
    ck_assert_uint_le(words, 34); /* 30 words, counted loosely around punctuation */
    ch_brief_free(b);
    collected_free(&c);
}
END_TEST

/* Two amounts one article gives side by side are two measures: a third
 * article's wording must not chain them into one "contradiction". */
START_TEST(figures_of_one_article_stay_apart)
{
    const char *txt[] = {
        "The European Commission will put €150 million into the harbour fund and Portugal will add €60 million, "
        "the ministers said on Monday.",
        "Brussels pledged €150 million to the harbour fund while Portugal promised €60 million of its own, "
        "officials said.",
        "Portugal will give €60 million to the harbour fund, the Commission €150 million, a spokesman said.",
        "The harbour fund will receive €150 million from the Commission, diplomats said.",
    };
    ch_article *ev[4];
    for (int i = 0; i < 4; i++) {
        char id[16];
        snprintf(id, sizeof id, "f%d", i);
        ev[i] = make_article(id, "en", "2025-10-06", txt[i]);
    }
    ch_brief_opts o = {.sentences = 3};
    ch_brief *b = ch_brief_build(ev, 4, "fund", &o, NULL);
    ck_assert_ptr_nonnull(b);
    int seen150 = 0, seen60 = 0;
    for (size_t i = 0; i < b->n_figures; i++) {
        const ch_brief_figure *f = &b->figures[i];
        for (size_t v = 0; v < f->n_values; v++) {
            seen150 |= f->values[v].value == 150e6;
            seen60 |= f->values[v].value == 60e6;
            for (size_t w = v + 1; w < f->n_values; w++)
                for (size_t x = 0; x < f->values[v].n_articles; x++)
                    for (size_t y = 0; y < f->values[w].n_articles; y++)
                        ck_assert_msg(f->values[v].articles[x] != f->values[w].articles[y],
                                      "one article gives two values of one measure");
        }
        if (f->n_values == 1 && f->values[0].value == 150e6) ck_assert(f->agree);
    }
    ck_assert(seen150 && seen60);
    ch_brief_free(b);
    for (int i = 0; i < 4; i++) ch_article_free(ev[i]);
}
END_TEST

/* The same sum in the same currency is one claim across languages, whose
 * context words differ: "350 millions d'euros" agrees with "€350 million" */
START_TEST(money_agrees_across_languages)
{
    ch_article *ev[3];
    ev[0] = make_article("fr1", "fr", "2025-10-06",
                         "Le fonds, dot\xC3\xA9 de 350 millions d'euros, financera la surveillance des c\xC3\xB4tes.");
    ev[1] = make_article("en1", "en", "2025-10-06", "Ministers agreed an ocean fund of \xE2\x82\xAC" "350 million on Monday.");
    ev[2] = make_article("es1", "es", "2025-10-06", "Los ministros aprobaron un plan para los puertos del Atl\xC3\xA1ntico.");
    ch_brief_opts o = {.sentences = 3};
    ch_brief *b = ch_brief_build(ev, 3, "fund", &o, NULL);
    ck_assert_ptr_nonnull(b);
    int found = 0;
    for (size_t i = 0; i < b->n_figures; i++) {
        const ch_brief_figure *f = &b->figures[i];
        if (f->kind == CH_FIG_MONEY && f->n_values == 1 && f->values[0].value == 350e6 && f->values[0].n_articles == 2) {
            ck_assert(f->agree);
            found = 1;
        }
    }
    ck_assert_msg(found, "the two 350 million figures are not one agreeing figure");
    ch_brief_free(b);
    for (int i = 0; i < 3; i++) ch_article_free(ev[i]);
}
END_TEST

/* A translation carries the same content: its sentences are counterparts
 * (by names and numbers) of the English ones, not "only here". */
START_TEST(translated_sentences_are_counterparts)
{
    ch_article *ev[3];
    ev[0] = make_article("en1", "en", "2025-06-02",
                         "Dockworkers in Puerto Montt ended a 36-hour strike on Monday after the Austral Ports "
                         "company agreed to hire 420 more crane operators. The union had demanded 500 new posts. "
                         "Harbour traffic resumed at noon, officials said.");
    ev[1] = make_article("en2", "en", "2025-06-02",
                         "A 36-hour strike by dockworkers in Puerto Montt ended on Monday when Austral Ports agreed "
                         "to take on 420 crane operators. Ships began docking again at noon.");
    ev[2] = make_article("es1", "es", "2025-06-02",
                         "Los estibadores de Puerto Montt pusieron fin el lunes a una huelga de 36 horas después de "
                         "que la empresa Austral Ports aceptara contratar a 420 operadores de grúa. El sindicato "
                         "exigía 500 nuevos puestos. El tráfico del puerto se reanudó al mediodía.");
    ch_brief_opts o = {.sentences = 3};
    ch_brief *b = ch_brief_build(ev, 3, "strike", &o, NULL);
    ck_assert_ptr_nonnull(b);
    /* the Spanish report adds nothing the English ones lack about the deal */
    for (size_t i = 0; i < b->n_coverage; i++) {
        if (b->coverage[i].article != 2) continue;
        for (size_t u = 0; u < b->coverage[i].n_unique; u++)
            ck_assert_msg(!strstr(b->coverage[i].unique[u], "420"), "a translated sentence called unique: %s",
                          b->coverage[i].unique[u]);
    }
    /* and it is cited beside the English sentence with the same figures */
    int cited = 0;
    for (size_t i = 0; i < b->n_summary; i++)
        if (strstr(b->summary[i].text, "420"))
            for (size_t k = 0; k < b->summary[i].n_sources; k++) cited |= b->summary[i].sources[k] == 2;
    ck_assert(cited);
    ch_brief_free(b);
    for (int i = 0; i < 3; i++) ch_article_free(ev[i]);
}
END_TEST

Suite *suite_brief(void)
{
    Suite *s = suite_create("brief");
    TCase *tc = tcase_create("brief");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, seeds_brief);
    tcase_add_test(tc, rouge_by_hand);
    tcase_add_test(tc, example_corpus_briefs);
    tcase_add_test(tc, figures_of_one_article_stay_apart);
    tcase_add_test(tc, money_agrees_across_languages);
    tcase_add_test(tc, translated_sentences_are_counterparts);
    suite_add_tcase(s, tc);
    return s;
}
