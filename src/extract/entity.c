#define _GNU_SOURCE
/* entity.c - people, organisations and places by capitalized-sequence
 * chunking.
 *
 * A mention is a run of capitalized words, joined by lowercase connectors
 * ("Bank of Mexico", "Secretary of State") and single-letter initials. A
 * title at its start (data/titles, longest match) splits it into role and
 * person ("US Secretary of State | Antony Blinken"); a lowercase title word
 * just before it ("NATO chief Mark Rutte") does the same. Type: gazetteer
 * entry, else title cue -> person, organisation cue word -> org, acronym ->
 * org, two or more title-case words -> person, else other. A sentence-initial
 * single word counts only when the article never writes it in lowercase.
 * Mentions are merged into entities: a surname joins its full name, a glued
 * artifact ("Blinkenafter") joins the name it starts with, "Name (ACR)"
 * makes ACR an alias, and gazetteer aliases share their canonical name.
 */
#include "chorus/clean.h"
#include "chorus/err.h"
#include "extract_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

const ch_wordlist *ch__list_for(const char *kind, const char *lang)
{
    char name[40];
    snprintf(name, sizeof name, "%s/%s", kind, lang && strlen(lang) < 8 ? lang : "en");
    const ch_wordlist *l = ch_wordlist_find(name);
    if (!l) {
        snprintf(name, sizeof name, "%s/en", kind);
        l = ch_wordlist_find(name);
    }
    return l;
}

int ch__tok_upper(const ch_token *t) { return t->kind == CH_TOK_WORD && t->upper; }

size_t ch__sentence_of(const ch_article *a, size_t pos)
{
    size_t lo = 0, hi = a->n_sentences;
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if (a->sentences[m].end <= pos) lo = m + 1;
        else hi = m;
    }
    return lo;
}

int ch__generational(const char *s, size_t n)
{
    static const char *const sfx[] = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", NULL};
    return ch__in_list(sfx, s, n, 0);
}

const char *ch__surname(const char *name, size_t *len)
{
    const char *sp = strrchr(name, ' ');
    const char *s = sp ? sp + 1 : name;
    *len = strlen(s);
    /* a generational suffix is no surname ("Harold L. Child Jr", "Nick
     * Rahall II"): the word before it */
    if (sp && sp > name && ch__generational(s, *len)) {
        const char *b = sp;
        while (b > name && b[-1] != ' ') b--;
        *len = (size_t)(sp - b);
        return b;
    }
    return s;
}

const char *ch_entity_type_name(int type)
{
    switch (type) {
    case CH_ENT_PERSON: return "person";
    case CH_ENT_ORG: return "org";
    case CH_ENT_PLACE: return "place";
    default: return "other";
    }
}

static const char *const connectors[] = {"of", "de", "del", "la", "las", "los", "van", "von", "der",
                                         "den", "da", "di", "du", "al", "bin", "ibn", "y", "and", "for",
                                         "&", "the", NULL};

/* honorifics that say nothing of a role */
static const char *const plain_honorifics[] = {"Mr", "Mrs", "Ms", "Miss", "Mme", "Mlle", "M", "Herr", "Frau", "Sr", "Sra", "Srta", "Dr", NULL};

/* the gender an honorific tells: 1 male, 2 female, 0 none ("Dr") */
static int honorific_gender(const char *s, size_t n)
{
    /* not "Sr" (Senior, Señor or Sister) nor "M" (an initial) */
    static const char *const male[] = {"Mr", "Herr", NULL};
    static const char *const female[] = {"Mrs", "Ms", "Miss", "Mme", "Mlle", "Frau", "Sra", "Srta", NULL};
    return ch__in_list(male, s, n, 0) ? 1 : ch__in_list(female, s, n, 0) ? 2 : 0;
}

static const char *const split_words[] = {"and", "y", "&", "for", NULL};

/* "ZDF", "G7": capitals and digits, one word */
static int is_acronym(const char *s, size_t n)
{
    if (n < 2 || n > 6) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
    return 1;
}

/* words that make a capitalized run a prize, an index, a storm, an event
 * or a place of work: not a person */
static const char *const thing_cues[] = {
    "Prize", "Award", "Awards", "Average", "Index", "Station", "Hurricane", "Storm", "Typhoon", "Cyclone",
    "Cup", "Championship", "Championships", "Games", "Olympics", "Festival", "War", "Treaty", "Act",
    "Summit", "Conference", "Premio", "Copa", "Huracán", "Tormenta", "Preis", "Gipfel", "Declaration", "Accord",
    "Accords", "Pact", "Agreement", "Protocol", "Charter", "Convention", "Declaración", "Acuerdo", "Déclaration",
    /* awards named after a statuette ("Primetime Emmy", "Academy Oscars") */
    "Emmy", "Emmys", "Oscars", "Grammy", "Grammys", "Globes", "Fellowship", "Scholarship", "Medal", "Trophy",
    /* ship prefixes ("HMS Cornwall", "USS Cole") */
    "HMS", "USS", "RMS", "HMAS", "HMCS", "INS", "MV", "SS",
    /* sporting events ("Super Bowl", "Grand Prix", "Six Nations") */
    "Bowl", "Prix", "Marathon", "Paralympics", "Nations", "Classic", "Finals", "Rally", "Regatta", "Memorial",
    "Invitational", NULL};

/* a broadcaster's head word, its number part of its name ("Radio 1",
 * "Channel 4") */
static const char *const broadcasters[] = {"Radio", "Channel", "Canal", "Kanal", NULL};

/* institutions, an organisation when they end the run ("Grace Chapel",
 * "St Mary's Hospital") or open it before "of" ("Archdiocese of Mobile");
 * not anywhere ("Church Street" is a street, "Charlotte Church" is rare) */
static const char *const inst_heads[] = {
    "Church", "Chapel", "Cathedral", "Archdiocese", "Diocese", "Mosque", "Synagogue", "Abbey", "Monastery",
    "Convent", "Seminary", "Charities", "Ministries", "Hospital", "Clinic", "School", "College", "Museum",
    "Iglesia", "Diócesis", "Arquidiócesis", "Église", "Chiesa", "Kirche", NULL};

/* last words that make a run a place ("Tamarack County", "Mill Street") */
static const char *const place_cues[] = {
    "County", "Province", "District", "Region", "Valley", "River", "Lake", "Mountains", "Bay", "Street",
    "Avenue", "Road", "Boulevard", "Island", "Islands", "Peninsula", "Township", "Canyon", "Coast", "Heights",
    "Harbor", "Harbour", "Range", "Beach", "Sands", "Desert", "Forest", "Mountain", "Mount", "Hills", "Springs",
    "Falls", "Square", "Bridge", "Airport", "Strait", "Gulf", "Sea", "Ocean", "Plateau", "Basin", "Glacier",
    "Provincia", "Región", "Distrito", "Valle", "Straße", "Strasse", NULL};

/* words that make an organisation only as the last word of a run of two or
 * more ("Continental Research", "Dassault Aviation", "Viking
 * Radio"; not "International Space Station", "Radio 4") */
static const char *const org_tails[] = {"Services", "Research", "Aviation", "Aeronautics", "Pharmaceutical",
                                        "Stockbrokers", "Estates", "Radio", "Magazin", NULL};

static const char *const org_cues[] = {
    "Ministry", "Bank", "Council", "Party", "Union", "Agency", "Company", "Corporation", "Corp",
    "Inc", "Ltd", "LLC", "Plc", "PLC", "GmbH", "Group", "Federation", "Association", "Committee", "Court", "Parliament",
    "Assembly", "Army", "Navy", "Police", "University", "Institute", "Organization", "Organisation",
    "Commission", "Service", "Department", "Office", "Center", "Centre", "Fund", "Authority",
    "Network", "News", "Times", "Post", "Airlines", "Club", "FC", "Reserve", "Congress", "Senate",
    "Government", "Administration", "Forces", "Guard", "Command", "Board", "Exchange", "Foundation",
    "Alliance", "Coalition", "Movement", "Front", "Media", "Press", "Journal", "Herald", "Tribune", "Magazine",
    "Ministerio", "Banco", "Partido", "Gobierno", "Ministerium", "Bundestag", "Regierung", "Partei",
    "Federación", "Sindicato", "Universidad", "Agencia", "Wire", "Daily", "Observer", "Gazette",
    "Academy", "Society", "Democrats", "Republicans", "Greens", "Academia", "Akademie", "Management",
    "Capital", "Partners", "Holdings", "Investments", "Securities", "Technologies", "Systems", "Labs",
    "Motors", "Motor", "Electric", "Airways", "Dynamics", "Industries", "Enterprises", "Insurance",
    "Tobacco", "Petroleum", "Chemicals", "Pharmaceuticals", "Telecom", "Communications", "Records", "Pictures",
    "Studios", "Brewing", "Mining", "Steel", "Logistics", "Railways", "Rail", "Healthcare",
    /* sports bodies and competitions run as organisations ("European Tour", "Premier League") */
    "Tour", "League", "Tech", "Force", "Patrol", "Corps", "Marines", "Brigade", "Regiment", "Battalion",
    "Squadron", "Fleet", "Bureau", "Directorate", "Secretariat", "Cabinet", "Legislature", "Embassy", "Consulate",
    "Orchestra", "Choir", "Ballet", "Laboratory", "Observatory", "Library", "Prison", "Markets", "Associates", "Advisors", "Advisers", "Consulting", "Analytics",
    "Communications", "Networks", "Solutions", "Laboratories", "Electronics", "Microsystems", "Devices",
    "Ventures", "Entertainment", "Pharmaceuticals", "Energy", "Program", "Programme", "Project",
    "Initiative", "Campaign", "Council", "Trust", "Bancorp", "Bankshares", "Financial", "Brands", "Foods",
    /* industry words that end a company's name ("Harbor Steel", "Basalt Coal") */
    "Steel", "Coal", "Mining", "Oil", "Gas", "Petroleum", "Chemicals", "Chemical", "Pharma", "Biotech",
    "Logistics", "Shipping", "Airline", "Telecom", "Software", "Semiconductor", "Semiconductors", "Robotics",
    "Automotive", "Aerospace", "Construction", "Cement", "Textiles", "Paper", "Utilities",
    "Railways", "Railroad", "Rail", "Bakeries", "Breweries", "Brewery", "Dairy", "Farms", "Retail", "Stores",
    "Hotels", "Resorts", "Studios", "Pictures", "Records", "Publishing", "Broadcasting", "Wireless",
    /* es, pt, fr, it, de heads, which open the name ("Fondo Atlántico Azul") */
    "Fondo", "Fundo", "Fonds", "Asociación", "Associação", "Associazione", "Centro", "Comisión", "Comissão",
    "Commissione", "Consejo", "Conselho", "Conseil", "Consiglio", "Fundación", "Fundação", "Fondation",
    "Fondazione", "Instituto", "Institut", "Istituto", "Asamblea", "Assemblée", "Assemblea", "Tribunal",
    "Tribunale", "Ayuntamiento", "Cámara", "Congreso", "Senado", "Ministère", "Ministero", "Ministério",
    "Banque", "Banca", "Parti", "Partito", "Gouvernement", "Governo", "Compañía", "Grupo", "Groupe",
    "Gruppo", "Policía", "Polícia", "Polizia", "Polizei", "Ejército", "Exército", "Armée", "Esercito", "Agence",
    "Fuerzas", "Forças", "Forze", "Armada", "Marina", "Guardia", "Gendarmería",
    "Agenzia", "Agência", "Cancillería", "Organización", "Organização", "Unión", "Unione", "União",
    "Universidade", "Université", "Università", "Federazione", "Fédération", "Sindacato", "Syndicat",
    "Comité", "Comitato", "Kommission", "Verband", "Gesellschaft", "Stiftung", "Gewerkschaft",
    "Bundesregierung", "Asuntos", "Affaires", "Affari",
    /* movements and groups of people ("Frente Ciudadano", "Pacific Port Workers") */
    "Partnership", "Workers", "Frente", "Movimiento", "Alianza", "Coalición", "Mouvement", "Movimento",
    "Alleanza", "Bündnis", "Concejo", NULL};

/* Romance heads that open a place's name ("Palacio de Viana", "Paseo del
 * Buen Pastor", "Piazza Navona") */
static const char *const place_openers[] = {
    "Palacio", "Paseo", "Plaza", "Calle", "Avenida", "Parque", "Puente", "Estadio", "Aeropuerto", "Palazzo",
    "Piazza", "Stadio", "Aeroporto", "Praça", "Avenue", "Rua", "Largo", "Castillo", "Castello", "Catedral",
    "Cattedrale", NULL};

int ch__in_list(const char *const *l, const char *w, size_t n, int ci)
{
    if (!n) return 0;
    int c0 = ci ? tolower((unsigned char)w[0]) : (unsigned char)w[0];
    for (int i = 0; l[i]; i++) {
        int l0 = ci ? tolower((unsigned char)l[i][0]) : (unsigned char)l[i][0];
        if (l0 != c0) continue;
        /* same n bytes and the item ends there (no strlen of every item) */
        if ((ci ? !strncasecmp(l[i], w, n) : !strncmp(l[i], w, n)) && l[i][n] == '\0') return 1;
    }
    return 0;
}

int ch__is_definite(const char *s, size_t n)
{
    static const char *const d[] = {"the", "el", "la", "los", "las", "der", "die", "das", "le", "les", "il", "lo", "o", "os",
                                    NULL};
    return ch__in_list(d, s, n, 1);
}

size_t ch__domain_suffix(const char *s, size_t i, size_t n)
{
    static const char *const tld[] = {".com", ".org", ".net", ".co.uk", ".info", ".tv", NULL};
    for (int x = 0; tld[x]; x++) {
        size_t l = strlen(tld[x]);
        if (i + l <= n && !strncasecmp(s + i, tld[x], l) && (i + l == n || !isalnum((unsigned char)s[i + l]))) return l;
    }
    return 0;
}

int ch__possessive(const char *w, size_t n)
{
    return n > 2 && ((w[n - 2] == '\'' && w[n - 1] == 's') || (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99s", 4)));
}

typedef struct {
    size_t start, end;      /* span of the name in the text */
    size_t role_start, role_end; /* span of a title, or role_end == 0 */
    int type;
    int ent;                /* entity index after merging */
    int gender;             /* from an honorific before it: 1 "Mr", 2 "Mrs"/"Miss", else 0 */
    int work;               /* right after a work noun ("the drama Wasp"): a title */
} mention;

typedef struct {
    mention *v;
    size_t n, cap;
} mvec;

static int mpush(mvec *m, mention x)
{
    if (m->n == m->cap) {
        mention *nv = ch_grow(m->v, &m->cap, sizeof *nv, 64);
        if (!nv) return CH_ENOMEM;
        m->v = nv;
    }
    m->v[m->n++] = x;
    return CH_OK;
}

/* does the article write this word in lowercase somewhere? */
static int seen_lowercase(const ch_article *a, const char *w, size_t n)
{
    if (n < 2 || n > 40 || (unsigned char)w[0] >= 0x80) return 0;
    char low[48];
    for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    const char *p = a->text, *end = a->text + a->text_len;
    while (p < end) {
        const char *h = memmem(p, (size_t)(end - p), low, n);
        if (!h) return 0;
        int left = h == a->text || !isalnum((unsigned char)h[-1]);
        int right = h + n >= end || !isalnum((unsigned char)h[n]);
        if (left && right) return 1;
        p = h + 1;
    }
    return 0;
}

static int word_in(const ch_article *a, const ch_token *t, const char *w)
{
    size_t n = strlen(w);
    return t->kind == CH_TOK_WORD && t->end - t->start == n && !strncmp(a->text + t->start, w, n);
}

int ch__is_calendar_word(const char *s, size_t n)
{
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                       "Sunday", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes",
                                       "Sábado", "Domingo", "Montag", "Dienstag", "Mittwoch", "Donnerstag",
                                       "Freitag", "Samstag", "Sonntag", NULL};
    if (ch__in_list(days, s, n, 1)) return 1;
    return ch_clean_month(s, n) != 0;
}

/* an adverb of time or a word that opens sentences and names no one */
int ch__opener_word(const char *s, size_t n)
{
    static const char *const adverbs[] = {
        "Today", "Yesterday", "Tomorrow", "Tonight", "Meanwhile", "Later", "Earlier", "Now", "Hoy", "Ayer",
        "Heute", "Gestern",
        /* words that open sentences and name no one ("Various reports
         * suggest", "Like other phones", "Also a feature") */
        "Also", "Like", "Unlike", "Various", "Several", "Many", "Such", "Even", "Still", "Yet", "However",
        "Instead", "Indeed", "Perhaps", "Maybe", "Another", "Much", "Already", "Often", "Sometimes",
        "Recently", "Previously", "Additionally", "Furthermore", "Moreover", "Overall", "Finally", "Despite",
        "Although", "Though", "Whether", "Among", "Amid", "Unfortunately", "Fortunately", "Reportedly",
        "Apparently", "Initially", "Eventually", "Ultimately", "Together", "Elsewhere", "Nearly", "Almost",
        "Roughly", "Neither", "Either", "Early", "Late", "Nobody", "Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Current", "Actual",
        "Recent", "Latest", "Additional", "Similar", "Certain", "Numerous",
        /* numbers and plural common nouns opening a sentence ("Nine Canadair
         * planes", "Analysts said") */
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Twenty", "Dozens", "Hundreds", "Thousands", "Millions", "Analysts", "Officials", "Experts",
        "Residents", "Witnesses", "Investigators", "Researchers", "Scientists", "Critics", "Observers",
        "Protesters", "Doctors", "Economists", "Lawmakers", "Voters", "Workers", "Rescuers", "Firefighters",
        "Authorities", "Prosecutors", "Detectives", "Officers", "Sources", "Relatives", "Neighbors", "Neighbours",
        "Policymakers", "Regulators", "Investors", "Traders",
        "Students", "Parents", "Fans", "Locals", "Survivors", "Villagers", "Passengers", "Nurses",
        "Soldiers", "Troops", "Militants", "Rebels", "Demonstrators", "Activists", "Lawyers", "Attorneys",
        "Analistas", "Expertos", "Vecinos", "Fuentes", "Testigos", "Dos", "Tres", "Cuatro", "Cinco",
        /* the same in the other languages read */
        "Sin", "Embargo", "Además", "También", "Mientras", "Según", "Aunque", "Tras", "Ahora", "Mañana",
        "Tuttavia", "Inoltre", "Anche", "Ora", "Oggi", "Ieri", "Domani", "Ogni", "Qui", "Grazie", "Può",
        "Riguardo", "Viceversa", "Invece", "Intanto", "Quindi", "Cependant", "Toutefois", "Aujourd'hui", "Hier",
        "Demain", "Aussi", "Ainsi", "Désormais", "Entretanto", "Contudo", "Hoje", "Ontem", "Ainda", "Também",
        "Echter", "Vandaag", "Gisteren", "Ook", "Daarnaast", "Jedoch", "Außerdem", "Auch", "Inzwischen",
        /* quantifiers and adverbs that open sentences in es/it/nl/pt */
        "Alcuni", "Alcune", "Molti", "Molte", "Tutti", "Tutte", "Nessuno", "Infatti", "Ancora", "Così", "Poi",
        "Algunos", "Algunas", "Muchos", "Muchas", "Todos", "Todas", "Nadie", "Asimismo", "Alguns", "Muitos",
        "Ninguém", "Sommige", "Veel", "Velen", "Niemand", "Iedereen", "Verrassend", "Volgens",
        "Anderen", "Tijdens", "Hierover", "Daarover", "Hierbij", "Daarbij", "Verder", "Bovendien", "Eerder",
        "Tevens", "Nadat", "Omdat", "Terwijl", "Hoewel", "Laut", "Zudem", "Trotzdem", "Bereits", "Danach",
        "Damals", "Während", "Nachdem", "Obwohl", NULL};
    return ch__in_list(adverbs, s, n, 0);
}

/* a capitalized word that names a role though no title list has it: a
 * compound whose last part is a title ("Kickers-Trainer", "Orbitalis-Chefin")
 * or an -ist noun ("Seismologist", "Economist") */
static int role_word(const ch_article *a, const ch_token *tk, const ch_wordlist *titles)
{
    const char *s = a->text + tk->start;
    size_t n = tk->end - tk->start;
    const char *h = NULL;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] == '-') h = s + i + 1;
    if (h) /* the part after the hyphen is a title, or ends with one ("Qualitätschefin") */
        for (const char *p = h; s + n - p >= 4; p++)
            if ((p == h || ((unsigned char)*p & 0xC0) != 0x80) && ch_wordlist_contains_ci(titles, p, (size_t)(s + n - p)))
                return 1;
    return !h && n > 6 && !strncmp(s + n - 3, "ist", 3) && !ch_gazetteer_lookup(s, n);
}

/* longest title (1..5 words) ending at word k of the run; returns the index
 * of its first word, or -1 */
static long title_ending_at(const ch_article *a, const ch_token *t, const long *w, long k,
                            const ch_wordlist *titles)
{
    for (long len = 5; len >= 1; len--) {
        if (k - len + 1 < 0) continue;
        size_t s = t[w[k - len + 1]].start, e = t[w[k]].end;
        if (e - s > 60) continue;
        if (ch_wordlist_contains_ci(titles, a->text + s, e - s)) return k - len + 1;
    }
    return -1;
}

/* is [s, e) a whole quotation, a double mark right before and after it? */
static int quoted_whole(const ch_article *a, size_t s, size_t e)
{
    const unsigned char *t = (const unsigned char *)a->text;
    size_t n = a->text_len;
    int before = (s >= 1 && t[s - 1] == '"') || (s >= 3 && t[s - 3] == 0xE2 && t[s - 2] == 0x80 && t[s - 1] == 0x9C) ||
                 (s >= 2 && t[s - 2] == 0xC2 && t[s - 1] == 0xAB);
    size_t f = e;
    if (f < n && (t[f] == ',' || t[f] == '.')) f++; /* '"Cold Hands,"' */
    int after = (f < n && t[f] == '"') || (f + 2 < n && t[f] == 0xE2 && t[f + 1] == 0x80 && t[f + 2] == 0x9D) ||
                (f + 1 < n && t[f] == 0xC2 && t[f + 1] == 0xBB);
    return before && after;
}

/* a common given name (data/given/, either gender) */
static int given_name(const char *s, size_t n)
{
    const ch_wordlist *gm = ch_wordlist_find("given/m"), *gf = ch_wordlist_find("given/f");
    return (gm && ch_wordlist_contains(gm, s, n)) || (gf && ch_wordlist_contains(gf, s, n));
}

/* the gender a given name tells (data/given/, case-insensitively when ci):
 * 1 male, 2 female, 0 unknown */
int ch__given_gender(const char *s, size_t n, int ci)
{
    const ch_wordlist *gm = ch_wordlist_find("given/m"), *gf = ch_wordlist_find("given/f");
    int m = gm && (ci ? ch_wordlist_contains_ci(gm, s, n) : ch_wordlist_contains(gm, s, n));
    int f = gf && (ci ? ch_wordlist_contains_ci(gf, s, n) : ch_wordlist_contains(gf, s, n));
    return m == f ? 0 : m ? 1 : 2;
}

/* ...told by a name's first word */
static int given_gender(const char *name)
{
    const char *sp = strchr(name, ' ');
    return ch__given_gender(name, sp ? (size_t)(sp - name) : strlen(name), 0);
}

/* a public figure's family name that news writes alone (data/people/) */
static int known_person(const char *s, size_t n)
{
    const ch_wordlist *k = ch_wordlist_find("people/known");
    return k && ch_wordlist_contains(k, s, n);
}

static int classify(const ch_article *a, size_t s, size_t e, int has_role)
{
    if (!memchr(a->text + s, ' ', e - s) && known_person(a->text + s, e - s)) return CH_ENT_PERSON;
    /* holidays and seasons of the year name no one ("New Year", "Boxing Day") */
    static const char *const feasts[] = {"New Year", "New Year's Day", "New Year's Eve", "Christmas", "Christmas Day",
                                         "Christmas Eve", "Boxing Day", "Easter", "Easter Sunday", "Good Friday",
                                         "Thanksgiving", "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover",
                                         "Lunar New Year", "Chinese New Year", "Labor Day", "Labour Day", "Memorial Day",
                                         "Independence Day", "Valentine's Day", "Halloween", NULL};
    if (ch__in_list(feasts, a->text + s, e - s, 0)) return CH_ENT_OTHER;
    /* one word and a number names a channel, a model or a series ("Radio 4",
     * "Channel 5", "Formula 1"), no person */
    if (!memchr(a->text + s, ' ', e - s) && e + 1 < a->text_len && a->text[e] == ' ' && isdigit((unsigned char)a->text[e + 1]))
        return ch__in_list(broadcasters, a->text + s, e - s, 0)
                   ? CH_ENT_ORG /* a broadcaster */
                   : CH_ENT_OTHER;
    const ch_gaz_entry *g = ch_gazetteer_lookup(a->text + s, e - s);
    if (g) {
        if (!strcmp(g->type, "org")) return CH_ENT_ORG;
        if (!strcmp(g->type, "demonym")) return CH_ENT_OTHER;
        return CH_ENT_PLACE;
    }
    /* words */
    int words = 0, caps_only = 1, org = 0, thing = 0, place_head = 0, inst_last = 0;
    size_t i = s;
    while (i < e) {
        while (i < e && a->text[i] == ' ') i++;
        size_t ws = i;
        while (i < e && a->text[i] != ' ') i++;
        if (ws == i) break;
        words++;
        for (size_t k = ws; k < i; k++)
            if (islower((unsigned char)a->text[k])) caps_only = 0;
        if (ch__in_list(org_cues, a->text + ws, i - ws, 0)) org = 1;
        if (ch__in_list(thing_cues, a->text + ws, i - ws, 0)) thing = 1;
        place_head = ch__in_list(place_cues, a->text + ws, i - ws, 0); /* the last word's */
        int ih = ch__in_list(inst_heads, a->text + ws, i - ws, 0);
        if (ih && words == 1 && i + 4 < e && !strncmp(a->text + i, " of ", 4)) org = 1;
        inst_last = ih;
    }
    if (inst_last && words >= 2) org = 1;
    if (words >= 2 && !org) {
        size_t l1 = e;
        while (l1 > s && a->text[l1 - 1] != ' ') l1--;
        org = ch__in_list(org_tails, a->text + l1, e - l1, 0);
    }
    /* the head word outranks a title before the run ("the chief of the
     * North Atlantic Council"): organisations and things are no people */
    if (org || memmem(a->text + s, e - s, " & ", 3)) return CH_ENT_ORG; /* "Carver & Lowe" */
    if (place_head && words >= 2) return CH_ENT_PLACE; /* "Tamarack County", "Mill Street" */
    size_t w1 = s; /* the first word is [s, w1) */
    while (w1 < e && a->text[w1] != ' ') w1++;
    if (words >= 2) {
        /* a number word opening the run names a work or a group ("The
         * Three Musketeers", "Seven Samurai"), no person */
        static const char *const numw[] = {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                                           "Twelve", "Hundred", "Thousand", "Next", NULL};
        if (ch__in_list(numw, a->text + s, w1 - s, 0)) return CH_ENT_OTHER;
        /* a model word ending the run names a product ("MacBook Pro",
         * "Galaxy Ultra"), no surname ("Air" ends airlines: "Coastal Air") */
        static const char *const model[] = {"Pro", "Pros", "Mini", "Plus", "Ultra", "Lite", NULL};
        size_t l1 = e;
        while (l1 > s && a->text[l1 - 1] != ' ') l1--;
        if (ch__in_list(model, a->text + l1, e - l1, 0)) return CH_ENT_OTHER;
        if (ch__in_list(place_openers, a->text + s, w1 - s, 0)) return CH_ENT_PLACE;
    }
    if (thing && words >= 2) return CH_ENT_OTHER;
    /* a nationality opening a run names a body, not a person ("European
     * Tour", "British Museum", "American Airlines") */
    if (words >= 2) {
        const ch_gaz_entry *g0 = ch_gazetteer_lookup(a->text + s, w1 - s);
        if (g0 && !strcmp(g0->type, "demonym")) return CH_ENT_ORG;
    }
    if (has_role) return CH_ENT_PERSON;
    /* an acronym is an organisation, unless it names a thing ("GDP", "USD",
     * "GMT", "CEO") */
    static const char *const not_org[] = {"GDP", "GNP", "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "GMT", "UTC",
                                          "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "CEO",
                                          "CFO", "COO", "CTO", "AI", "TV", "PM", "AM", "PC", "ID", "DNA", "HIV",
                                          "AIDS", "COVID", "GPS", "SUV", "LNG", "LGBT", "LGBTQ", "VIP", "PDF",
                                          "URL", "SMS", "IPO", "ETF", "VAT", "CPI", "HQ", "ICU", "MRI", "EV",
                                          "EVs", "CCTV", "PPE", "PhD", "MP", "MPs", "QC", "MVP", "ATM", "WiFi",
                                          "OK", "UK's", NULL};
    if (caps_only && ch__in_list(not_org, a->text + s, e - s, 0)) return CH_ENT_OTHER;
    if (caps_only && e - s >= 2 && e - s <= 8) return CH_ENT_ORG; /* acronym */
    /* a common given name opening two or three words is a person, even when
     * the surname is a place's name ("Valeria Montenegro", "Esteban Lagos");
     * not when the first word is itself a place ("Orlando Florida") */
    if (words >= 2 && words <= 3 && given_name(a->text + s, w1 - s) && !org && !thing) {
        /* a given name that is also a place's ("Charlotte Moore", "Florence
         * Hale") is a person's unless a place follows it ("Orlando Florida") */
        size_t l1 = e;
        while (l1 > s && a->text[l1 - 1] != ' ') l1--;
        /* (a plural after a city names its team: "Charlotte Bobcats") */
        if (!ch_gazetteer_lookup(a->text + s, w1 - s) ||
            (!ch_gazetteer_lookup(a->text + l1, e - l1) && e - l1 > 2 && a->text[e - 1] != 's'))
            return CH_ENT_PERSON;
    }
    /* "Orlando Florida", "Siesta Key Florida": a place and its state or
     * country with the comma dropped is a place (no connector: "Alternative
     * for Germany" is a party) */
    if (words >= 2 && !memchr(a->text + s, '\'', e - s)) {
        size_t l1 = e;
        while (l1 > s && a->text[l1 - 1] != ' ') l1--;
        size_t l2 = l1 > s ? l1 - 1 : s;
        while (l2 > s && a->text[l2 - 1] != ' ') l2--;
        const ch_gaz_entry *g1 = ch_gazetteer_lookup(a->text + l1, e - l1);
        const ch_gaz_entry *g2 = words >= 3 ? ch_gazetteer_lookup(a->text + l2, e - l2) : NULL;
        int connector = 0;
        for (size_t k = s; k < e && !connector; k++)
            connector = k > s && a->text[k - 1] == ' ' && islower((unsigned char)a->text[k]);
        const ch_gaz_entry *gl = g2 ? g2 : g1;
        if (gl && !connector && (!strcmp(gl->type, "region") || !strcmp(gl->type, "country")) && (g2 ? l2 : l1) > s)
            return CH_ENT_PLACE;
    }
    /* a run holding a known place or organisation is named after it
     * ("Terminal Pacifico Valparaiso"), not a person */
    i = s;
    while (i < e) {
        while (i < e && a->text[i] == ' ') i++;
        size_t ws = i;
        while (i < e && a->text[i] != ' ') i++;
        if (i > ws && ch_gazetteer_lookup(a->text + ws, i - ws)) return words >= 2 ? CH_ENT_ORG : CH_ENT_OTHER;
    }
    /* a run ending in an acronym ("New GM", "Invesco AIM") is an
     * organisation; no name ends so (a roman numeral is no acronym: "Nick
     * Rahall II") */
    if (words >= 2) {
        size_t l1 = e;
        while (l1 > s && a->text[l1 - 1] != ' ') l1--;
        int acro = e - l1 >= 2 && e - l1 <= 6, roman = 1;
        for (size_t k = l1; k < e && acro; k++) {
            acro = isupper((unsigned char)a->text[k]) != 0;
            roman &= a->text[k] == 'I' || a->text[k] == 'V' || a->text[k] == 'X';
        }
        /* and the acronym stands alone elsewhere in the text ("GM" for "New
         * GM"; not a surname in capitals, as photo credits write "Mandel NGAN") */
        int alone = 0;
        size_t an = e - l1;
        for (const char *p = a->text; acro && !roman && !alone && (p = memmem(p, a->text_len - (size_t)(p - a->text), a->text + l1, an)) != NULL; p++) {
            size_t at = (size_t)(p - a->text);
            int lb = at == 0 || !isalnum((unsigned char)a->text[at - 1]);
            int rb = at + an >= a->text_len || !isalnum((unsigned char)a->text[at + an]);
            /* not after a capitalized word: that is the run again ("New GM") */
            size_t b = at;
            while (b > 0 && a->text[b - 1] == ' ') b--;
            size_t bw = b;
            while (bw > 0 && isalpha((unsigned char)a->text[bw - 1])) bw--;
            int after_cap = b < at && bw < b && isupper((unsigned char)a->text[bw]);
            if (lb && rb && !after_cap) alone = 1;
        }
        if (acro && !roman && alone && !ch__in_list(not_org, a->text + l1, e - l1, 0)) return CH_ENT_ORG;
    }
    /* a word with a digit names a model or a product, not a person: "Airbus
     * A380", "Boeing 787", "Galaxy S24" */
    if (words >= 2)
        for (size_t k = s; k < e; k++)
            if (isdigit((unsigned char)a->text[k])) return CH_ENT_OTHER;
    /* a participle or a word in -ized ("Coordinated Universal Time",
     * "Consolidated Freight", "Authorized Dealers") names no person */
    if (words >= 2) {
        i = s;
        while (i < e) {
            while (i < e && a->text[i] == ' ') i++;
            size_t ws = i;
            while (i < e && a->text[i] != ' ') i++;
            if (i - ws >= 7 && (!memcmp(a->text + i - 4, "ated", 4) || !memcmp(a->text + i - 4, "ized", 4) ||
                                !memcmp(a->text + i - 4, "ised", 4)))
                return CH_ENT_OTHER;
        }
    }
    if (words >= 2 && words <= 4) return CH_ENT_PERSON;
    /* one word in camel case ("SpaceX", "UnitedHealthcare", "YouTube") is a
     * company's name; surnames with a prefix ("McDonald", "DeGeneres",
     * "LeBron", "MacArthur") are not */
    if (words == 1 && e - s >= 4 && isupper((unsigned char)a->text[s])) {
        static const char *const pre[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", NULL};
        int camel = 0;
        for (size_t k = s + 1; k + 1 <= e && !camel; k++)
            camel = islower((unsigned char)a->text[k - 1]) && isupper((unsigned char)a->text[k]);
        int prefixed = 0;
        for (int k = 0; pre[k] && !prefixed; k++) {
            size_t l = strlen(pre[k]);
            prefixed = e - s > l && !strncmp(a->text + s, pre[k], l) && isupper((unsigned char)a->text[s + l]);
        }
        if (camel && !prefixed) return CH_ENT_ORG;
    }
    return CH_ENT_OTHER;
}

/* "the village of Ostrava Nova", "la localidad de Paiporta": a run right
 * after a settlement or area noun and "of" names a place, not a person */
static int after_place_noun(const ch_article *a, const ch_token *t, long i)
{
    static const char *const nouns[] = {
        "village", "town", "city", "province", "region", "district", "county", "municipality", "island",
        "port", "suburb", "capital", "township", "pueblo", "ciudad", "localidad", "provincia", "región",
        "municipio", "isla", "ville", "commune", "région", "città", "paese", "comune", "regione", "cidade",
        "vila", "município", "província", "região", "Stadt", "Gemeinde", "Dorf", NULL};
    static const char *const of[] = {"of", "de", "di", "do", "da", "del", "von", NULL};
    if (i < 2 || t[i - 1].kind != CH_TOK_WORD || t[i - 2].kind != CH_TOK_WORD) return 0;
    if (t[i - 1].end + 1 != t[i].start || t[i - 2].end + 1 != t[i - 1].start) return 0;
    return ch__in_list(of, a->text + t[i - 1].start, t[i - 1].end - t[i - 1].start, 0) &&
           ch__in_list(nouns, a->text + t[i - 2].start, t[i - 2].end - t[i - 2].start, 1);
}

/* "in Viña del Mar", "en Ciudad Real", "em Porto Alegre": a run of names
 * right after "in" is where something happens, unless a possessive follows
 * ("in Anna Berg's house") */
static int after_in(const ch_article *a, const ch_token *t, long i, long j, long nt)
{
    static const char *const in[] = {"in", "en", "em", "im", "near", NULL};
    if (i < 1 || t[i - 1].kind != CH_TOK_WORD || t[i - 1].end + 1 != t[i].start) return 0;
    /* "at the Nou Camp", "at the Old Bailey": a venue (no one is "at the
     * John Smith") */
    int at_the = i >= 2 && word_in(a, &t[i - 1], "the") && word_in(a, &t[i - 2], "at") && t[i - 2].end + 1 == t[i - 1].start;
    if (!at_the && !ch__in_list(in, a->text + t[i - 1].start, t[i - 1].end - t[i - 1].start, 0)) return 0;
    if (j < nt && (a->text[t[j - 1].end] == '\'' || !strncmp(a->text + t[j - 1].end, "\xE2\x80\x99", 3))) return 0;
    return 1;
}

/* words w[0..n) of a run read as a person's name: each title-case (not an
 * acronym, not a title, not a head word of an organisation or thing), the
 * whole not a known name */

static int person_words(const ch_article *a, const ch_token *t, const long *w, long n, const ch_wordlist *titles)
{
    for (long y = 0; y < n; y++) {
        const char *s = a->text + t[w[y]].start;
        size_t l = t[w[y]].end - t[w[y]].start;
        int lower = 0;
        for (size_t z = 1; z < l; z++) lower |= islower((unsigned char)s[z]);
        if (!t[w[y]].upper || !lower || l < 2 || ch__in_list(org_cues, s, l, 0) || ch__in_list(thing_cues, s, l, 0) ||
            ch__in_list(inst_heads, s, l, 0) || ch_wordlist_contains_ci(titles, s, l) || ch_gazetteer_lookup(s, l))
            return 0;
    }
    return !ch_gazetteer_lookup(a->text + t[w[0]].start, t[w[n - 1]].end - t[w[0]].start);
}

static int find_mentions(const ch_article *a, const ch_token *t, long nt, mvec *out)
{
    const ch_wordlist *titles = ch__list_for("titles", a->lang);
    const ch_wordlist *stop = ch__list_for("stopwords", a->lang);
    const ch_wordlist *cues = ch__list_for("cues", a->lang);
    long *w = ch_malloc((size_t)(nt + 1) * sizeof *w);
    if (!w) return CH_ENOMEM;
    long i = 0, honorific = -1; /* the word after "Mr." */
    size_t affil = (size_t)-1;     /* where the run after "X Y of" starts: an affiliation */
    while (i < nt) {
        if (!ch__tok_upper(&t[i])) { i++; continue; }
        /* an abbreviated honorific ("Mr.", "Dr.") is no part of the name
         * after it: the run starts at the name */
        if (i + 2 < nt && t[i + 1].start == t[i].end && a->text[t[i].end] == '.' &&
            t[i + 1].end == t[i].end + 1 && t[i].end - t[i].start <= 4 && ch__tok_upper(&t[i + 2]) &&
            ch_wordlist_contains_ci(titles, a->text + t[i].start, t[i].end - t[i].start + 1)) {
            i += 2;
            honorific = i;
            continue;
        }
        /* the same without the dot ("Mr Howard", British style) */
        {
            static const char *const hon[] = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sr", "Sra", "Herr", "Frau", "M", "Mme", "Mlle", NULL};
            if (i + 1 < nt && ch__tok_upper(&t[i + 1]) && t[i + 1].start == t[i].end + 1 &&
                ch__in_list(hon, a->text + t[i].start, t[i].end - t[i].start, 0) &&
                (t[i].end - t[i].start > 1 || a->lang == NULL || !strcmp(a->lang, "fr"))) {
                i += 1;
                honorific = i;
                continue;
            }
        }
        /* collect the run: word indexes into t */
        long nw = 0, j = i;
        size_t last_end = 0; /* end of the run so far (after an initial's dot) */
        while (j < nt) {
            /* an editor's bracket inside a quote: "(President Vladimir) Putin"
             * is one name */
            if (nw && j + 1 < nt && t[j].start == last_end && t[j].end == t[j].start + 1 && a->text[t[j].start] == ')' &&
                t[w[0]].start > 0 && a->text[t[w[0]].start - 1] == '(' && ch__tok_upper(&t[j + 1]) &&
                t[j + 1].start == t[j].end + 1) {
                j++;
                last_end = t[j].start - 1;
                continue;
            }
            /* "Carver & Lowe", "Procter & Gamble": an ampersand joins names */
            if (nw && j + 1 < nt && t[j].start == last_end + 1 && t[j].end == t[j].start + 1 && a->text[t[j].start] == '&' &&
                ch__tok_upper(&t[j + 1]) && t[j + 1].start == t[j].end + 1) {
                j++;
                last_end = t[j].start - 1;
                continue;
            }
            if (ch__tok_upper(&t[j]) && (nw == 0 || (t[j].start <= last_end + 1 && a->text[last_end] != '\n'))) {
                if (nw && t[w[nw - 1]].upper == 2 && given_name(a->text + t[j].start, t[j].end - t[j].start)) break;
                w[nw++] = j++;
                last_end = t[j - 1].end;
                /* an initial: "J." ("Kenneth J. Montgomery") */
                if (j + 1 < nt && t[j - 1].end - t[j - 1].start == 1 && a->text[t[j].start] == '.' &&
                    t[j].end - t[j].start == 1 && t[j].start == t[j - 1].end) {
                    last_end = t[j].end;
                    j++;
                }
                continue;
            }
            /* a lowercase connector between capitalized words ("on" only after
             * a body's head word: "Project on Government Oversight",
             * "Committee on Foreign Relations", not "Obama on Tuesday") */
            int on_head = nw && j + 1 < nt && t[j].kind == CH_TOK_WORD && t[j].end - t[j].start == 2 &&
                          !memcmp(a->text + t[j].start, "on", 2) &&
                          ch__in_list((const char *const[]){"Committee", "Subcommittee", "Commission", "Conference",
                                                            "Project", "Council", "Panel", "Forum", "Convention",
                                                            "Coalition", "Center", "Centre", "Institute", NULL},
                                      a->text + t[w[nw - 1]].start, t[w[nw - 1]].end - t[w[nw - 1]].start, 0) &&
                          !ch__is_calendar_word(a->text + t[j + 1].start, t[j + 1].end - t[j + 1].start) &&
                          !is_acronym(a->text + t[j + 1].start, t[j + 1].end - t[j + 1].start) && /* "on ABC" */
                          !ch_gazetteer_lookup(a->text + t[j + 1].start, t[j + 1].end - t[j + 1].start);
            if (nw && j + 1 < nt && t[j].kind == CH_TOK_WORD && !t[j].upper &&
                (ch__in_list(connectors, a->text + t[j].start, t[j].end - t[j].start, 0) || on_head) &&
                ch__tok_upper(&t[j + 1]) && t[j].start <= last_end + 1 &&
                t[j + 1].start <= t[j].end + 1) {
                w[nw++] = j;
                last_end = t[j].end;
                j++;
                continue;
            }
            break;
        }
        if (!nw) { i = j > i ? j : i + 1; continue; }
        /* split the run at a possessive inside it ("Elon Musk's SpaceX"), and
         * at "and"/"for" between names known apart ("Russia and Ukraine",
         * "ARD and ZDF", "US Congress for Ukraine"), unless the gazetteer
         * knows the whole ("Bosnia and Herzegovina"); the rest is scanned
         * again as a run of its own */
        int drop_run = 0;
        for (long x = 0; x + 1 < nw; x++) {
            const char *sx = a->text + t[w[x]].start;
            size_t l = t[w[x]].end - t[w[x]].start;
            /* "Friends of Kathryn Jenkin", "Lawyers of Ana Ruiz": one or two
             * words, "of", then a given name and a surname: the person is
             * the complement, what stands before is no part of a name (not
             * a title: "Secretary of State John Kerry" has none after "of") */
            if (x >= 1 && x <= 2 && l == 2 && !memcmp(sx, "of", 2) && nw - x - 1 >= 2 && nw - x - 1 <= 3 &&
                given_name(a->text + t[w[x + 1]].start, t[w[x + 1]].end - t[w[x + 1]].start)) {
                int names = 1, head = 0;
                for (long y = x + 1; y < nw; y++) names &= t[w[y]].upper != 0;
                for (long y = 0; y < x; y++)
                    head |= ch__in_list(org_cues, a->text + t[w[y]].start, t[w[y]].end - t[w[y]].start, 0) ||
                            ch_wordlist_contains_ci(titles, a->text + t[w[y]].start, t[w[y]].end - t[w[y]].start) ||
                            ch_gazetteer_lookup(a->text + t[w[y]].start, t[w[y]].end - t[w[y]].start) != NULL;
                if (names && !head) {
                    j = w[x + 1];
                    drop_run = 1;
                    break;
                }
            }
            int poss = (l > 3 && sx[l - 2] == '\'' && sx[l - 1] == 's') || (l > 5 && !memcmp(sx + l - 4, "\xE2\x80\x99s", 4));
            if (poss && t[w[x]].upper) {
                j = w[x + 1];
                nw = x + 1;
                break;
            }
            /* "Deborah Kwan of Threadneedle Research", "Terrence Obi of
             * Carver & Lowe": a two- or three-word name of a person (no head
             * word of an organisation or thing, no title, not a known place)
             * and "of" — an affiliation, not one name ("Bank of America",
             * "Duke of Edinburgh", "Royal Bank of Scotland" stay whole) */
            /* (Italian "di": "Keith Springer di Capital Financial Advisory Services") */
            if (x >= 2 && x <= 4 && l == 2 && (!memcmp(sx, "of", 2) || (!memcmp(sx, "di", 2) && a->lang && !strcmp(a->lang, "it"))) &&
                person_words(a, t, w + x - 2, 2, titles) &&
                (x == 2 || !t[w[x - 3]].upper || person_words(a, t, w + x - 3, 1, titles) ||
                 ch_wordlist_contains_ci(titles, a->text + t[w[x - 3]].start, t[w[x - 3]].end - t[w[x - 3]].start))) {
                j = w[x + 1];
                nw = x;
                affil = t[j].start;
                break;
            }
            /* "Richard Nixon White House": a person's two or three words
             * (a given name first) and a known organisation or place after
             * them are two names, not one */
            if (x >= 2 && x <= 3 && t[w[x]].upper && given_name(a->text + t[w[0]].start, t[w[0]].end - t[w[0]].start) &&
                !ch_gazetteer_lookup(a->text + t[w[0]].start, t[w[nw - 1]].end - t[w[0]].start)) {
                int up = 1;
                for (long y = 0; y < x; y++) up &= t[w[y]].upper != 0;
                const ch_gaz_entry *tg = up ? ch_gazetteer_lookup(sx, t[w[nw - 1]].end - t[w[x]].start) : NULL;
                if (tg && strcmp(tg->type, "demonym") &&
                    (nw - x >= 2 || !strcmp(tg->type, "org") || !strcmp(tg->type, "country"))) {
                    j = w[x];
                    nw = x;
                    break;
                }
            }
            /* "Air Force Communications Bill Bodie": an organisation's name
             * then a common given name and one or two more words, a person */
            /* (in German a capitalized common noun may stand before the name:
             * "die Programmwissenschaftlerin Ana Ribeiro") */
            int de = a->lang && !strcmp(a->lang, "de");
            /* or one acronym or known organisation: "UAW Ron Gettelfinger" */
            int org1 = 0;
            if (x == 1) {
                const char *o = a->text + t[w[0]].start;
                size_t ol = t[w[0]].end - t[w[0]].start, caps = 0;
                for (size_t z = 0; z < ol; z++) caps += isupper((unsigned char)o[z]) != 0;
                const ch_gaz_entry *og = ch_gazetteer_lookup(o, ol);
                static const char *const role_acr[] = {"CEO", "CFO", "COO", "CTO", "CIO", "VP", "SVP", "EVP", "MP",
                                                       "MEP", "GM", NULL};
                org1 = ((ol >= 2 && ol <= 5 && caps == ol) || (og && !strcmp(og->type, "org"))) &&
                       !ch__in_list(role_acr, o, ol, 0) && !ch_wordlist_contains_ci(titles, o, ol);
            }
            if ((x >= 2 || ((de || org1) && x >= 1)) && nw - x >= 2 && nw - x <= 3 && t[w[x]].upper && t[w[x - 1]].upper) {
                int org_before = de || org1;
                for (long y = 0; y < x && !org_before; y++)
                    org_before = ch__in_list(org_cues, a->text + t[w[y]].start, t[w[y]].end - t[w[y]].start, 0);
                /* or a country of several words: "(presidente degli) Stati Uniti Barack Obama" */
                if (!org_before && x >= 2) {
                    const ch_gaz_entry *pg = ch_gazetteer_lookup(a->text + t[w[0]].start, t[w[x - 1]].end - t[w[0]].start);
                    org_before = pg && !strcmp(pg->type, "country");
                }
                /* not after a title: "Bundestag President Julia Klöckner"
                 * keeps the title as her role */
                int titled = 0; /* a title of one to four words ends before the given name */
                for (long y = x - 1; y >= 0 && y >= x - 4 && !titled; y--) {
                    size_t ts = t[w[y]].start, te = t[w[x - 1]].end;
                    titled = ch_wordlist_contains_ci(titles, a->text + ts, te - ts) ||
                             (te < a->text_len && a->text[te] == '.' && ch_wordlist_contains_ci(titles, a->text + ts, te - ts + 1));
                }
                if (org_before && given_name(sx, l) && !titled) {
                    j = w[x];
                    nw = x;
                    break;
                }
            }
            if (x > 0 && !t[w[x]].upper && ch__in_list(split_words, sx, l, 0)) {
                size_t ls = t[w[0]].start, le = t[w[x - 1]].end, rs = t[w[x + 1]].start, re = t[w[nw - 1]].end;
                if (ch_gazetteer_lookup(a->text + ls, re - ls)) break;
                /* two names, each one to three capitalized words with no
                 * connector ("Butch Wilmore and Suni Williams", "Rutte and
                 * Blinken"): no single name is written "A and B" */
                int two_names = x >= 1 && x <= 3 && nw - x - 1 >= 1 && nw - x - 1 <= 3 && sx[0] != '&'; /* "Carver & Lowe" */
                for (long y = 0; y < nw && two_names; y++)
                    if (y != x && !t[w[y]].upper) two_names = 0;
                /* ...but one organisation's name joins its fields with "and"
                 * ("National Snow and Ice Data Center", "Food and Drug
                 * Administration"): an organisation's head word ends it and no
                 * given name opens it */
                /* nor a body's head word and "for" its field ("Commission for
                 * Racial Equality", "Department for Education and Skills") */
                static const char *const field_heads[] = {"Council", "Commission", "Centre", "Center", "Institute",
                                                          "Committee", "Foundation", "Society", "Association",
                                                          "Alliance", "Coalition", "Campaign", "Trust", "Fund",
                                                          "Department", "Ministry", "Agency", "Federation",
                                                          "Organisation", "Organization", "Secretary", NULL};
                if (two_names && l == 3 && !memcmp(sx, "for", 3) &&
                    ((x == 1 && ch__in_list(org_cues, a->text + t[w[0]].start, t[w[0]].end - t[w[0]].start, 0)) ||
                     ch__in_list(field_heads, a->text + t[w[x - 1]].start, t[w[x - 1]].end - t[w[x - 1]].start, 0)))
                    two_names = 0;
                if (two_names && ch__in_list(org_cues, a->text + t[w[nw - 1]].start, t[w[nw - 1]].end - t[w[nw - 1]].start, 0) &&
                    !given_name(a->text + t[w[0]].start, t[w[0]].end - t[w[0]].start) &&
                    !ch_gazetteer_lookup(a->text + ls, le - ls) &&
                    !ch__in_list(org_cues, a->text + t[w[x - 1]].start, t[w[x - 1]].end - t[w[x - 1]].start, 0)) /* "Tennessee Tech and LaSalle University" */
                    two_names = 0;
                /* two organisations, each ending with its head word ("the Fish
                 * and Wildlife Service and the National Marine Fisheries
                 * Service", "Interior Department and Commerce Department") */
                if (!two_names && x >= 2 && nw - x - 1 >= 2 &&
                    ch__in_list(org_cues, a->text + t[w[x - 1]].start, t[w[x - 1]].end - t[w[x - 1]].start, 0) &&
                    ch__in_list(org_cues, a->text + t[w[nw - 1]].start, t[w[nw - 1]].end - t[w[nw - 1]].start, 0))
                    two_names = 1;
                if (two_names || ch_gazetteer_lookup(a->text + ls, le - ls) || ch_gazetteer_lookup(a->text + rs, re - rs) ||
                    (is_acronym(a->text + ls, le - ls) && is_acronym(a->text + rs, re - rs))) {
                    j = w[x + 1];
                    nw = x;
                    break;
                }
            }
        }
        if (drop_run) { i = j; continue; }
        /* drop a trailing connector, and a title-cased stop word ending a
         * headline's run ("MPOX In a global emergency") */
        while (nw && !t[w[nw - 1]].upper) nw--;
        while (nw > 1 && ch_wordlist_contains_ci(stop, a->text + t[w[nw - 1]].start, t[w[nw - 1]].end - t[w[nw - 1]].start) &&
               t[w[nw - 1]].end - t[w[nw - 1]].start <= 4 &&
               (t[w[nw - 1]].end - t[w[nw - 1]].start == 1 || islower((unsigned char)a->text[t[w[nw - 1]].end - 1])) &&
               !ch_gazetteer_lookup(a->text + t[w[0]].start, t[w[nw - 1]].end - t[w[0]].start)) {
            nw--;
            while (nw && !t[w[nw - 1]].upper) nw--;
        }
        /* sentence-initial single word written lowercase elsewhere: not a name */
        size_t si = ch__sentence_of(a, t[w[0]].start);
        int initial = si < a->n_sentences && t[w[0]].start <= a->sentences[si].start + 4;
        /* a quotation opens a sentence of its own ('he said that "Today
         * Apple is going to ...') */
        {
            size_t p0 = t[w[0]].start;
            size_t m = p0 >= 1 && a->text[p0 - 1] == '"' ? 1
                       : p0 >= 3 && !memcmp(a->text + p0 - 3, "\xE2\x80\x9C", 3) ? 3
                       : p0 >= 2 && !memcmp(a->text + p0 - 2, "\xC2\xAB", 2) ? 2 : 0;
            if (m && (p0 == m || a->text[p0 - m - 1] == ' ' || a->text[p0 - m - 1] == '\n')) initial = 1;
        }
        long first = 0;
        if (initial) {
            const char *s0 = a->text + t[w[0]].start;
            size_t n0 = t[w[0]].end - t[w[0]].start;
            ch_buf f = CH_BUF_INIT;
            /* (an English stop word opening a sentence in any language: a
             * translation's left-over "He said" or "The") */
            int stopw = ch_text_fold(s0, n0, &f) == CH_OK && f.data &&
                        (ch_wordlist_contains(stop, f.data, f.len) ||
                         (nw == 1 && a->lang && strcmp(a->lang, "en") &&
                          ch_wordlist_contains(ch__list_for("stopwords", "en"), f.data, f.len)));
            ch_buf_release(&f);
            /* an -ing word opening a sentence ("Joining Wilmore ..."), or an
             * adverb of time ("Today Apple said") */
            /* (not in a name the gazetteer knows whole: "Downing Street") */
            int gerund = nw >= 2 && n0 > 5 && !memcmp(s0 + n0 - 3, "ing", 3) && !ch_gazetteer_lookup(s0, n0) &&
                         !ch_gazetteer_lookup(s0, (size_t)(a->text + t[w[nw - 1]].end - s0));

            /* a reporting word opening the sentence ("Volgens De Vries", "Según Pérez") */
            int cueword = ch_wordlist_contains_ci(cues, s0, n0);
            if (stopw || gerund || cueword || ch__opener_word(s0, n0) || seen_lowercase(a, s0, n0)) first = 1;
        }
        /* a leading article or conjunction is no part of a name ("The North
         * Korean forces", "And"), unless the whole run is a known name ("The
         * Hague"); words in capitals ("US") stay */
        while (first < nw && !ch_gazetteer_lookup(a->text + t[w[first]].start, t[w[nw - 1]].end - t[w[first]].start)) {
            const char *s0 = a->text + t[w[first]].start;
            size_t n0 = t[w[first]].end - t[w[first]].start;
            int lower = 0;
            for (size_t x = 1; x < n0; x++) lower |= islower((unsigned char)s0[x]);
            if (!(lower || n0 == 1) || !ch_wordlist_contains_ci(stop, s0, n0)) break;
            first++;
        }
        if (first >= nw) { i = j; continue; }
        /* a run ending in a title has no name after it ("the United States
         * Secretary of State, Anthony Blinken"): what precedes the title is
         * its own name ("United States"), the title is none */
        {
            long tl = title_ending_at(a, t, w, nw - 1, titles);
            /* ...unless a one-word title follows a given name: a surname
             * ("Billy King", "Stephen King", "Jim Marshal") */
            if (tl == nw - 1 && tl - 1 >= first && tl - 1 >= 0) {
                const char *gw = a->text + t[w[tl - 1]].start;
                size_t gn = t[w[tl - 1]].end - t[w[tl - 1]].start;
                int lower = 0;
                for (size_t x = 1; x < gn; x++) lower |= islower((unsigned char)gw[x]);
                if (lower && !ch_gazetteer_lookup(gw, gn) && !ch_wordlist_contains_ci(titles, gw, gn) &&
                    !ch__in_list(org_cues, gw, gn, 0) && title_ending_at(a, t, w, tl - 1, titles) < 0)
                    tl = -1;
            }
            if (tl >= 0) {
                if (tl <= first) { i = j; continue; }
                nw = tl;
                while (nw > first && !t[w[nw - 1]].upper) nw--;
                if (nw <= first) { i = j; continue; }
            }
        }
        /* title split: the last title ending inside the run, unless the run
         * ends with an organisation's head word ("General Motors") */
        long role_first = -1, role_last = -1;
        int org_head = ch__in_list(org_cues, a->text + t[w[nw - 1]].start, t[w[nw - 1]].end - t[w[nw - 1]].start, 0);
        for (long k = nw - 2; k >= first && !org_head; k--) {
            long tf = title_ending_at(a, t, w, k, titles);
            if (tf < 0 && k == first && nw - first >= 3 && role_word(a, &t[w[k]], titles)) tf = k;
            if (tf >= 0) {
                role_last = k;
                role_first = first; /* the role is everything before the name */
                (void)tf;
                break;
            }
        }
        long name_first = role_last >= 0 ? role_last + 1 : first;
        while (name_first < nw && !t[w[name_first]].upper) name_first++;
        /* "Minister for Territorial Policy Ángel Víctor Torres": a title, a
         * connector, then its complement and the name: the name is the last
         * two words and the given names before them */
        if (role_last >= 0 && name_first > role_last + 1 && nw - name_first >= 3) {
            long nf = nw - 2;
            if (t[w[nf]].end - t[w[nf]].start == 1 && nf - 1 > name_first) nf--; /* an initial */
            while (nf - 1 > name_first && t[w[nf - 1]].upper &&
                   given_name(a->text + t[w[nf - 1]].start, t[w[nf - 1]].end - t[w[nf - 1]].start))
                nf--;
            int all_upper = 1;
            for (long x = name_first; x < nw; x++) all_upper &= t[w[x]].upper;
            if (all_upper && nf > name_first) {
                role_last = nf - 1;
                name_first = nf;
            }
        }
        /* "Secretary of the Air Force James Roche", "Commissioner for
         * Competition Neelie Kroes": after a title and of/for, the run is the
         * title's complement and then a name (its last two words, three with
         * an initial) */
        size_t ext_role = 0;
        if (role_last < 0 && nw - name_first >= 3 && w[first] >= 2) {
            long p = w[first] - 1;
            if (p > 0 && word_in(a, &t[p], "the")) p--;
            if (p > 0 && (word_in(a, &t[p], "of") || word_in(a, &t[p], "for")) &&
                t[p - 1].kind == CH_TOK_WORD && t[p - 1].upper &&
                ch_wordlist_contains_ci(titles, a->text + t[p - 1].start, t[p - 1].end - t[p - 1].start)) {
                long nf = nw - 2;
                if (t[w[nf]].end - t[w[nf]].start == 1 && nf - 1 > name_first) nf--; /* "Michael R. Golden" */
                int all_upper = 1;
                for (long x = name_first; x < nw; x++) all_upper &= t[w[x]].upper;
                if (all_upper && nf > name_first) {
                    long ts = p - 1; /* the title may have more words before: "Assistant Secretary" */
                    while (ts > 0 && t[ts - 1].kind == CH_TOK_WORD && t[ts - 1].upper && t[ts - 1].end + 1 == t[ts].start)
                        ts--;
                    ext_role = t[ts].start + 1;
                    role_first = name_first; /* placeholder: the role's end is the word before the name */
                    role_last = nf - 1;
                    name_first = nf;
                }
            }
        }
        /* a nationality before a name ("the Dutch Mark Rutte"): part of the
         * role; before one word with no title it names a body ("the Dutch
         * Open", "the British Masters") */
        while (name_first + 1 < nw && (nw - name_first >= 3 || role_last >= 0)) {
            const ch_gaz_entry *g = ch_gazetteer_lookup(a->text + t[w[name_first]].start,
                                                        t[w[name_first]].end - t[w[name_first]].start);
            if (!g || strcmp(g->type, "demonym")) break;
            if (role_last < 0) role_first = name_first;
            role_last = name_first;
            name_first++;
        }
        /* "Secretary General of NATO": a title of an organisation, not a person */
        if (role_last >= 0 && name_first < nw) {
            const ch_gaz_entry *g = ch_gazetteer_lookup(a->text + t[w[name_first]].start,
                                                        t[w[nw - 1]].end - t[w[name_first]].start);
            if (g && strcmp(g->type, "demonym")) role_last = -1;
        }
        /* a post-nominal ("Neil Flewitt QC", "Jane Ross MP") is no part of the name */
        {
            static const char *const post[] = {"QC", "KC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "PhD",
                                               "Esq", NULL};
            if (nw - name_first >= 3 &&
                ch__in_list(post, a->text + t[w[nw - 1]].start, t[w[nw - 1]].end - t[w[nw - 1]].start, 0))
                nw--;
        }
        /* a weekday before a name is the time of the sentence ("On Friday
         * Boeing said"), not part of the name; a month may be a given name
         * (June, April), a weekday is not */
        while (name_first + 1 < nw) {
            const char *fw = a->text + t[w[name_first]].start;
            size_t fl = t[w[name_first]].end - t[w[name_first]].start;
            if (!ch__is_calendar_word(fw, fl) || ch_clean_month(fw, fl)) break;
            name_first++;
        }
        /* nor a weekday after a name ("said detective Joe Coffey Monday.",
         * "Nichols Saturday") */
        while (nw - name_first >= 2) {
            const char *lw = a->text + t[w[nw - 1]].start;
            size_t ll = t[w[nw - 1]].end - t[w[nw - 1]].start;
            if (!ch__is_calendar_word(lw, ll) || ch_clean_month(lw, ll)) break;
            nw--;
        }
        mention m = {0};
        m.start = t[w[name_first]].start;
        if (honorific >= 1 && name_first == first && t[w[name_first]].start == t[honorific].start) {
            long hw = honorific - 1; /* "Mr Howard", or "Mr. Howard" (the dot is a token) */
            if (hw >= 1 && t[hw].end - t[hw].start == 1 && a->text[t[hw].start] == '.') hw--;
            m.gender = honorific_gender(a->text + t[hw].start, t[hw].end - t[hw].start);
        }
        m.end = t[w[nw - 1]].end;
        /* "Chile's" -> "Chile" */
        if (m.end - m.start > 3 && a->text[m.end - 2] == '\'' && a->text[m.end - 1] == 's') m.end -= 2;
        else if (m.end - m.start > 5 && !memcmp(a->text + m.end - 4, "\xE2\x80\x99s", 4)) m.end -= 4;
        if (name_first == nw - 1 && ch__is_calendar_word(a->text + m.start, m.end - m.start)) { i = j; continue; }
        /* "El canciller Tomás Irarrázaval": the role is "canciller" */
        if (role_last > role_first && role_first >= 0 && !ext_role &&
            ch__is_definite(a->text + t[w[role_first]].start, t[w[role_first]].end - t[w[role_first]].start))
            role_first++;
        if (role_last >= 0) {
            m.role_start = ext_role ? ext_role - 1 : t[w[role_first]].start;
            m.role_end = t[w[role_last]].end;
        } else if (i > 0 && t[i - 1].kind == CH_TOK_WORD && !t[i - 1].upper &&
                   ch_wordlist_contains_ci(titles, a->text + t[i - 1].start, t[i - 1].end - t[i - 1].start)) {
            /* "NATO chief Mark Rutte": lowercase title word before the run */
            size_t rs = t[i - 1].start;
            /* "NATO chief", "Basalt Coal chief", not "El canciller" */
            for (size_t b = i - 1; b > 0 && ch__tok_upper(&t[b - 1]) && t[b - 1].end + 1 >= t[b].start &&
                                   !ch__is_definite(a->text + t[b - 1].start, t[b - 1].end - t[b - 1].start) &&
                                   !ch_wordlist_contains_ci(stop, a->text + t[b - 1].start, t[b - 1].end - t[b - 1].start);
                 b--)
                rs = t[b - 1].start;
            m.role_start = rs;
            m.role_end = t[i - 1].end;
        } else if (i > 1 && t[i - 1].kind == CH_TOK_WORD && !t[i - 1].upper && t[i - 2].kind == CH_TOK_WORD &&
                   !t[i - 2].upper && t[i - 2].end + 1 == t[i - 1].start &&
                   ch_wordlist_contains_ci(titles, a->text + t[i - 2].start, t[i - 1].end - t[i - 2].start)) {
            /* "TPV chief executive Esteban Lagos": a two-word lowercase title */
            size_t rs = t[i - 2].start;
            for (size_t b = i - 2; b > 0 && ch__tok_upper(&t[b - 1]) && t[b - 1].end + 1 >= t[b].start &&
                                   !ch__is_definite(a->text + t[b - 1].start, t[b - 1].end - t[b - 1].start);
                 b--)
                rs = t[b - 1].start;
            m.role_start = rs;
            m.role_end = t[i - 1].end;
        } else if (honorific >= 2 && m.start == t[honorific].start && a->text[t[honorific - 1].start] == '.' &&
                   !ch__in_list(plain_honorifics, a->text + t[honorific - 2].start,
                                t[honorific - 2].end - t[honorific - 2].start, 0)) {
            /* "Gov. Elaine Hartwell", "Sen. Ana Ruiz": the abbreviated title is
             * her role (so that "the governor said" finds her) */
            m.role_start = t[honorific - 2].start;
            m.role_end = t[honorific - 1].end;
        }
        if (m.end > m.start && name_first < nw) {
            /* a title alone ("President", "Sr.") is not a name */
            int title_only = ch_wordlist_contains_ci(titles, a->text + m.start, m.end - m.start) ||
                             (m.end < a->text_len && a->text[m.end] == '.' &&
                              ch_wordlist_contains_ci(titles, a->text + m.start, m.end - m.start + 1));
            /* "Director of Public Prosecutions, Ken Macdonald,": the run after
             * a title and "of" is the title's complement when a given name
             * follows after a comma, no name of its own (a place the
             * gazetteer knows stays: "Governor of Alaska, Sarah Palin") */
            int title_of = 0;
            if (m.start >= 6 && !memcmp(a->text + m.start - 4, " of ", 4)) {
                size_t te = m.start - 4, ts = te;
                while (ts > 0 && isalpha((unsigned char)a->text[ts - 1])) ts--;
                title_of = te > ts && isupper((unsigned char)a->text[ts]) &&
                           ch_wordlist_contains_ci(titles, a->text + ts, te - ts);
            }
            if (!title_only && title_of && !ch_gazetteer_lookup(a->text + m.start, m.end - m.start) &&
                m.end + 2 < a->text_len && a->text[m.end] == ',' && a->text[m.end + 1] == ' ') {
                size_t g0 = m.end + 2, g1 = g0;
                while (g1 < a->text_len && isalpha((unsigned char)a->text[g1])) g1++;
                if (g1 > g0 && isupper((unsigned char)a->text[g0]) && given_name(a->text + g0, g1 - g0)) {
                    m.role_start = m.role_end = 0;
                    m.type = CH_ENT_OTHER;
                    title_only = 2;
                }
            }
            if (!title_only) {
                m.type = classify(a, m.start, m.end, m.role_end > 0);
                /* "Jim Lanzone, vice president of search properties at Ask
                 * Jeeves": a run after "at" that ends an appositive role is
                 * where the person works, an organisation (no given name
                 * opens it) */
                if (m.type == CH_ENT_PERSON && !m.role_end && m.start >= 8 && !memcmp(a->text + m.start - 4, " at ", 4) &&
                    islower((unsigned char)a->text[m.start - 5])) {
                    size_t fw = m.start;
                    while (fw < m.end && a->text[fw] != ' ') fw++;
                    int role = 0;
                    size_t x = m.start - 4, lo2 = m.start > 100 ? m.start - 100 : 0;
                    while (x > lo2 && a->text[x - 1] != ',' && a->text[x - 1] != '.' && a->text[x - 1] != '\n') {
                        size_t we2 = x;
                        while (x > lo2 && isalpha((unsigned char)a->text[x - 1])) x--;
                        if (we2 > x && titles && !isupper((unsigned char)a->text[x]) &&
                            ch_wordlist_contains_ci(titles, a->text + x, we2 - x))
                            role = 1;
                        while (x > lo2 && a->text[x - 1] == ' ') x--;
                        if (we2 == x) break;
                    }
                    if (role && x > lo2 && a->text[x - 1] == ',' && !ch__given_gender(a->text + m.start, fw - m.start, 0))
                        m.type = CH_ENT_ORG;
                }
                /* a broadcaster keeps its number in its name ("Radio 1",
                 * "Channel 4") */
                size_t lw0 = m.end;
                while (lw0 > m.start && a->text[lw0 - 1] != ' ') lw0--;
                int num_next = j < nt && t[j].kind == CH_TOK_NUM && t[j].start == m.end + 1;
                if (num_next && t[j].end - t[j].start <= 2 && (m.type == CH_ENT_ORG || lw0 > m.start) &&
                    ch__in_list(broadcasters, a->text + lw0, m.end - lw0, 0)) {
                    m.type = CH_ENT_ORG;
                    m.end = t[j].end;
                    j++;
                } else if (num_next && t[j].end - t[j].start <= 3) {
                    /* or the gazetteer knows the name with its number ("Number 10") */
                    const ch_gaz_entry *gn = ch_gazetteer_lookup(a->text + m.start, t[j].end - m.start);
                    if (gn && strcmp(gn->type, "demonym")) {
                        m.type = !strcmp(gn->type, "org") ? CH_ENT_ORG : CH_ENT_PLACE;
                        m.end = t[j].end;
                        j++;
                    }
                }
                if (m.type == CH_ENT_PERSON && m.role_end == 0 && (after_place_noun(a, t, i) || after_in(a, t, i, j, nt)))
                    m.type = CH_ENT_PLACE;
                /* one unknown word before "near" and a known place is a place too
                 * ("from Paiporta near Valencia", "Chiva, near Valencia") */
                if (m.type == CH_ENT_OTHER && j + 1 < nt && word_in(a, &t[j], "near") && t[j + 1].upper &&
                    t[j].start <= m.end + 2) {
                    size_t pe = t[j + 1].end;
                    if (j + 2 < nt && t[j + 2].upper && t[j + 2].start == pe + 1) pe = t[j + 2].end;
                    const ch_gaz_entry *g = ch_gazetteer_lookup(a->text + t[j + 1].start, pe - t[j + 1].start);
                    if (!g) g = ch_gazetteer_lookup(a->text + t[j + 1].start, t[j + 1].end - t[j + 1].start);
                    if (g && strcmp(g->type, "org") && strcmp(g->type, "demonym")) m.type = CH_ENT_PLACE;
                }
                if (m.type == CH_ENT_PERSON && m.role_end == 0 && m.start == affil) m.type = CH_ENT_ORG;
                /* a name right after a lowercase noun for an organisation
                 * ("weather agency Aemet", "news agency Xinhua", "the carmaker
                 * Toyota", "broadcaster RTVE") is that organisation */
                if ((m.type == CH_ENT_OTHER || (m.type == CH_ENT_PERSON && m.role_end == 0)) && i > 0 &&
                    t[i - 1].kind == CH_TOK_WORD && !t[i - 1].upper && t[i - 1].end + 1 == m.start) {
                    static const char *const orgn[] = {"agency", "company", "firm", "group", "carrier", "airline", "bank",
                                                       "broadcaster", "newspaper", "daily", "carmaker", "automaker",
                                                       "union", "network", "regulator", "manufacturer", "retailer",
                                                       "startup", "outlet", "insurer", "lender", "chain", "giant",
                                                       "conglomerate", "magazine", "website", "publisher", "outfit", "club",
                                                       "studio", "label", "agencia", "empresa", "diario",
                                                       "cadena", "compañía", "Agentur", "agenzia", "agence", NULL};
                    if (ch__in_list(orgn, a->text + t[i - 1].start, t[i - 1].end - t[i - 1].start, 1)) m.type = CH_ENT_ORG;
                }
                /* a run before a lowercase plural of the people it serves
                 * ("Windows PC customers", "Nova Bank shareholders") names a
                 * product or a body, no person, unless a given name opens it */
                const char *m_sp = memchr(a->text + m.start, ' ', m.end - m.start);
                if (m.type == CH_ENT_PERSON && m.role_end == 0 && nw - name_first >= 2 && j < nt && m_sp &&
                    t[j].kind == CH_TOK_WORD && !t[j].upper && t[j].start == m.end + 1 &&
                    !given_name(a->text + m.start, (size_t)(m_sp - (a->text + m.start)))) {
                    static const char *const served[] = {"customers", "users", "owners", "subscribers", "shareholders",
                                                         "investors", "clients", "buyers", "viewers", "readers",
                                                         "listeners", "passengers", "employees", "staff", "workers",
                                                         /* or a person it describes ("the East Kilbride athlete") */
                                                         "athlete", "player", "striker", "midfielder", "defender",
                                                         "goalkeeper", "keeper", "winger", "boss", "manager", "coach",
                                                         "captain", "skipper", "star", "native", "resident", "residents",
                                                         "fans", "supporters", "voters", NULL};
                    if (ch__in_list(served, a->text + t[j].start, t[j].end - t[j].start, 0)) m.type = CH_ENT_OTHER;
                }
                /* "Kafoury's son, Charlie,", "his wife Ana": a given name
                 * after a kin noun is a person */
                if (m.type == CH_ENT_OTHER && nw - name_first == 1 &&
                    given_name(a->text + m.start, m.end - m.start)) {
                    size_t b = m.start;
                    while (b > 0 && (a->text[b - 1] == ' ' || a->text[b - 1] == ',')) b--;
                    size_t bs = b;
                    while (bs > 0 && isalpha((unsigned char)a->text[bs - 1])) bs--;
                    if (bs < b && ch__in_list((const char *const[]){"son", "daughter", "wife", "husband", "brother",
                                                                    "sister", "mother", "father", "widow", "widower",
                                                                    "grandson", "granddaughter", "nephew", "niece",
                                                                    "cousin", "fiancé", "fiancée", "partner", NULL},
                                              a->text + bs, b - bs, 0))
                        m.type = CH_ENT_PERSON;
                }
                /* "the 2005 film The Notorious Bettie Page", "the album
                 * Blue Harbour": a run right after a work noun is the work's
                 * title, no person */
                {
                    /* (or "a movie, The Notorious Bettie Page,") */
                    long wn = i - 1;
                    if (wn > 0 && t[wn].end == t[wn].start + 1 && a->text[t[wn].start] == ',' && t[wn].end + 1 == t[i].start)
                        wn--;
                    if ((m.type == CH_ENT_PERSON || m.type == CH_ENT_OTHER) && m.role_end == 0 && wn >= 0 && t[wn].kind == CH_TOK_WORD &&
                        !t[wn].upper && (wn < i - 1 || t[wn].end + 1 == t[i].start) &&
                        ch__in_list((const char *const[]){"film", "movie", "book", "novel", "album", "song", "drama", "comedy",
                                                          "thriller", "play", "sitcom", "opera", "short", "programme",
                                                          "program", "series", "podcast",
                                                          "documentary", "musical", "memoir", "biopic", NULL},
                                    a->text + t[wn].start, t[wn].end - t[wn].start, 0)) {
                        m.type = CH_ENT_OTHER;
                        m.work = 1;
                    }
                }
                /* "Rajanews.com", "UsMagazine.com": a site's name with its
                 * domain is the outlet (an organisation), named with it */
                {
                    size_t dl = ch__domain_suffix(a->text, m.end, a->text_len);
                    if (dl) {
                        m.end += dl;
                        m.type = CH_ENT_ORG;
                        while (j < nt && t[j].start < m.end) j++;
                    }
                }
                /* "First and Judson streets": names before a lowercase street
                 * noun are the streets' */
                if (j < nt && t[j].kind == CH_TOK_WORD && !t[j].upper && t[j].start == m.end + 1 &&
                    ch__in_list((const char *const[]){"street", "streets", "avenue", "avenues", "road", "roads",
                                                      "boulevard", "boulevards", "square", NULL},
                                a->text + t[j].start, t[j].end - t[j].start, 0))
                    m.type = CH_ENT_PLACE;
                /* a run that is all of a quotation ('her novel "Cold Hands"'):
                 * the title of a work, not a person */
                if (m.type == CH_ENT_PERSON && m.role_end == 0 && quoted_whole(a, m.start, m.end)) m.type = CH_ENT_OTHER;
                if (m.type == CH_ENT_OTHER && honorific >= 0 && m.start == t[honorific].start) m.type = CH_ENT_PERSON;
                /* one unknown word that says something ("Rutte warns", "says
                 * Blinken") is a person: the usual subject of a reporting verb */
                if (m.type == CH_ENT_OTHER && nw - name_first == 1 && !is_acronym(a->text + m.start, m.end - m.start) &&
                    !(m.start > 0 && a->text[m.start - 1] == '.') && /* "News.Az reports": a domain */
                    !(m.end + 1 < a->text_len && a->text[m.end] == ' ' && isdigit((unsigned char)a->text[m.end + 1])) && /* "told Radio 4" */
                    !ch_gazetteer_lookup(a->text + m.start, m.end - m.start) &&
                    ((j < nt && t[j].kind == CH_TOK_WORD && !t[j].upper && t[j].start == m.end + 1 &&
                      ch_wordlist_contains(cues, a->text + t[j].start, t[j].end - t[j].start) &&
                      /* a plural noun as often as a verb ("Neighboring states were") */
                      !ch__in_list((const char *const[]){"states", "reports", "claims", "notes", NULL},
                                   a->text + t[j].start, t[j].end - t[j].start, 0)) ||
                     (i > 0 && t[i - 1].kind == CH_TOK_WORD && !t[i - 1].upper && t[i - 1].end + 1 == m.start &&
                      ch_wordlist_contains(cues, a->text + t[i - 1].start, t[i - 1].end - t[i - 1].start))))
                    m.type = CH_ENT_PERSON;
                m.ent = -1;
                if (mpush(out, m) < 0) { ch_free(w); return CH_ENOMEM; }
            }
        }
        i = j;
    }
    ch_free(w);
    return CH_OK;
}

/* ===== merging mentions into entities ===== */

typedef struct {
    const char *name;       /* canonical (arena) */
    size_t name_len;
    int type;
    const char *role;
    uint32_t mentions;
    const char *aliases[16];
    size_t n_aliases;
    ch_span first;
    int name_headline;      /* the name was read off a headline */
} ent;

/* is pos on a headline: a line of at most 20 words, in title case (most
 * words of four letters or more capitalized), not ending like a sentence?
 * A headline capitalizes common words ("Peter Capaldi Cast as ...",
 * "Notorious Bettie Page Dies"), which then look like parts of names */
static int in_headline(const ch_article *a, size_t pos)
{
    const char *t = a->text;
    size_t ls = pos, le = pos;
    while (ls > 0 && t[ls - 1] != '\n') ls--;
    while (le < a->text_len && t[le] != '\n') le++;
    size_t e = le;
    while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '\r')) e--;
    if (e > ls && (t[e - 1] == '.' || t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == ':')) return 0;
    int words = 0, longw = 0, caps = 0;
    for (size_t i = ls; i < e;) {
        while (i < e && !isalpha((unsigned char)t[i]) && (unsigned char)t[i] < 0x80) i++;
        size_t ws = i;
        while (i < e && (isalpha((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80 || t[i] == '\'')) i++;
        if (i == ws) break;
        words++;
        if (i - ws >= 4) {
            longw++;
            caps += isupper((unsigned char)t[ws]) != 0;
        }
    }
    return words >= 3 && words <= 20 && longw >= 3 && caps * 10 >= longw * 8;
}

/* A single word naming one person of the article by a word of a longer name:
 * any word of a name of three or more ("Tedros" of "Tedros Adhanom
 * Ghebreyesus"), or the first word of a shorter one when the word itself
 * reads as a person ("Han said" for "Han Kang") or is a common given name
 * ("Steve" for "Steve Jobs"). Returns that person's
 * entity index when exactly one person fits, else -1. */
static long person_word(const ent *E, size_t ne, const char *w, size_t len, int mtype)
{
    long hit = -1;
    for (size_t e = 0; e < ne; e++) {
        if (E[e].type != CH_ENT_PERSON) continue;
        const char *nm = E[e].name;
        size_t words = 1;
        for (const char *c = nm; *c; c++) words += *c == ' ';
        if (words < 2) continue;
        int first = 1;
        for (const char *p = nm; *p;) {
            const char *sp = strchr(p, ' ');
            size_t wl = sp ? (size_t)(sp - p) : strlen(p);
            /* (or the first word is a common given name: "Steve lo calificó") */
            if (wl == len && !memcmp(p, w, len) &&
                (words >= 3 || (first && (mtype == CH_ENT_PERSON || given_name(w, len))))) {
                if (hit >= 0 && hit != (long)e) return -1; /* two people fit */
                hit = (long)e;
            }
            first = 0;
            if (!sp) break;
            p = sp + 1;
        }
    }
    return hit;
}

static int same_text(const ch_article *a, const mention *m, const char *s, size_t n)
{
    return m->end - m->start == n && !memcmp(a->text + m->start, s, n);
}

static void add_alias(ent *e, const char *s)
{
    if (!strcmp(e->name, s)) return;
    for (size_t i = 0; i < e->n_aliases; i++)
        if (!strcmp(e->aliases[i], s)) return;
    if (e->n_aliases < 16) e->aliases[e->n_aliases++] = s;
}

static int cmp_ent(const void *a, const void *b)
{
    const ch_entity *x = a, *y = b;
    if (x->mentions != y->mentions) return x->mentions > y->mentions ? -1 : 1;
    return x->first.start < y->first.start ? -1 : x->first.start > y->first.start;
}

/* a role set off by commas beside a person's name: "Priya Raman, chief
 * financial officer of X," / "said Janet Ochs, an analyst at Brandt & Co."
 * (after) or "The mill's manager, Tom Akers," / "El presidente del
 * Gobierno, Pedro Sánchez," (before). The phrase holds a title word (data/
 * titles) and reads as a description: after the name it opens lowercase (or
 * with a title), before it with a determiner. Returns its span or 0. */
static int appositive_role(const ch_article *a, const ch_wordlist *titles, size_t ms, size_t me, size_t *rs,
                           size_t *re)
{
    static const char *const det[] = {"a", "an", "the", "un", "una", "el", "la", "le", "il", "lo", "o", NULL};
    const char *t = a->text;
    size_t n = a->text_len;
    const ch_wordlist *cues = ch__list_for("cues", a->lang);
    for (int side = 0; side < 2; side++) {
        size_t ps, pe;
        if (side == 0) { /* after: ", phrase[,.;]" */
            if (me + 2 >= n || t[me] != ',' || t[me + 1] != ' ') continue;
            ps = me + 2;
            pe = ps;
            while (pe < n && pe < ps + 90 && !strchr(",.;:()\n\"", t[pe])) pe++;
            if (pe >= n || pe == ps || (t[pe] != ',' && t[pe] != '.' && t[pe] != '\n')) continue;
        } else { /* before: "Det phrase, " */
            if (ms < 4 || t[ms - 1] != ' ' || t[ms - 2] != ',') continue;
            pe = ms - 2;
            ps = pe;
            while (ps > 0 && pe - ps < 90 && !strchr(",.;:()\n\"", t[ps - 1])) ps--;
            while (ps < pe && t[ps] == ' ') ps++;
        }
        if (pe <= ps) continue;
        /* words of the phrase */
        size_t ws[12], wl[12], nw = 0;
        for (size_t i = ps; i < pe && nw < 12;) {
            while (i < pe && t[i] == ' ') i++;
            size_t j = i;
            while (j < pe && t[j] != ' ') j++;
            if (j > i) { ws[nw] = i; wl[nw] = j - i; nw++; }
            i = j;
        }
        if (!nw || nw > 10 || isdigit((unsigned char)t[ws[0]])) continue;
        int d0 = ch__in_list(det, t + ws[0], wl[0], 1);
        if (side == 1 && !d0) continue;
        static const char *const clause[] = {"who", "which", "whose", "que", "quien", "and", "y", NULL};
        if (ch__in_list(clause, t + ws[0], wl[0], 1)) continue;
        /* a verb phrase, not an appositive: "Mahnefah Gray, told NY1 she ..." */
        if (side == 0 && islower((unsigned char)t[ws[0]]) && cues && ch_wordlist_contains(cues, t + ws[0], wl[0])) continue;
        int title = 0;
        for (size_t x = 0; x < nw && !title; x++)
            for (size_t y = x; y < nw && y < x + 4 && !title; y++) {
                size_t e = ws[y] + wl[y];
                while (e > ws[x] && (t[e - 1] == '\'' || t[e - 1] == 's') && e - ws[x] > 2 && t[e - 2] == '\'') e -= 2;
                title = ch_wordlist_contains_ci(titles, t + ws[x], e - ws[x]);
            }
        if (!title) continue;
        if (side == 0 && !d0 && isupper((unsigned char)t[ws[0]])) {
            size_t e0 = ws[0] + wl[0];
            int poss = ch__possessive(t + ws[0], wl[0]);
            if (!poss && !ch_wordlist_contains_ci(titles, t + ws[0], e0 - ws[0])) continue; /* "Iran's top general" */
        }
        *rs = d0 && nw > 1 ? ws[1] : ws[0];
        *re = pe;
        /* an appositive left unclosed runs into the verb: "Lauri Saathoff,
         * a spokesperson for Attorney General Greg Abbott told TIME." ends
         * before the reporting word */
        if (side == 0) {
            for (size_t x = 1; x < nw && cues; x++)
                if (ws[x] > *rs && islower((unsigned char)t[ws[x]]) && ch_wordlist_contains(cues, t + ws[x], wl[x])) {
                    *re = ws[x];
                    break;
                }
        }
        while (*re > *rs && t[*re - 1] == ' ') (*re)--;
        return *re > *rs;
    }
    return 0;
}

int ch_extract_entities(const ch_article *a, ch_arena *arena, ch_entity **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    ch_token *t;
    long nt = ch_text_tokenize(a->text, a->text_len, arena, &t);
    if (nt < 0) return CH_ENOMEM;
    return ch_extract_entities_tok(a, t, nt, arena, out, n);
}

size_t ch__elided_prefix(const char *s, size_t n, int articles_only)
{
    static const char *const art[] = {"l", "un", "qu", NULL};
    static const char *const all[] = {"l", "d", "dell", "all", "nell", "sull", "dall", "coll", "un", "qu", "j", "s",
                                      "c", "n", "m", "t", NULL};
    /* a capital "L'" opens sentences ("L'UAW ha detto"); not when the whole
     * is a known name ("L'Avana", "L'Oréal") */
    if (n >= 3 && s[0] == 'L') {
        if (ch_gazetteer_lookup(s, n)) return 0;
        size_t al = s[1] == '\'' ? 1 : (n > 4 && !memcmp(s + 1, "\xE2\x80\x99", 3)) ? 3 : 0;
        return al && 1 + al < n && isupper((unsigned char)s[1 + al]) ? 1 + al : 0;
    }
    size_t k = 0;
    while (k < n && k < 5 && s[k] >= 'a' && s[k] <= 'z') k++;
    size_t al = k < n && s[k] == '\'' ? 1 : (k + 2 < n && !memcmp(s + k, "\xE2\x80\x99", 3)) ? 3 : 0;
    if (!k || !al || k + al >= n || !isupper((unsigned char)s[k + al])) return 0;
    return ch__in_list(articles_only ? art : all, s, k, 1) ? k + al : 0;
}

/* the elided prefix of a word token in French, Italian, Catalan or Portuguese */
static size_t elision_before_name(const ch_article *a, const ch_token *tk)
{
    if (!a->lang || (strcmp(a->lang, "fr") && strcmp(a->lang, "it") && strcmp(a->lang, "ca") && strcmp(a->lang, "pt")))
        return 0;
    if (tk->kind != CH_TOK_WORD) return 0;
    return ch__elided_prefix(a->text + tk->start, tk->end - tk->start, 0);
}

/* are the two ASCII words one insertion, deletion or substitution apart
 * (and not equal)? */
int ch__edit1(const char *a, size_t na, const char *b, size_t nb)
{
    if (na == nb && !memcmp(a, b, na)) return 0;
    if (na > nb + 1 || nb > na + 1) return 0;
    size_t i = 0;
    while (i < na && i < nb && a[i] == b[i]) i++;
    if (na == nb) {
        /* two letters swapped ("Montieth" for Monteith) count as one slip */
        if (i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] && !memcmp(a + i + 2, b + i + 2, na - i - 2))
            return 1;
        return !memcmp(a + i + 1, b + i + 1, na - i - 1);
    }
    if (na > nb) return !memcmp(a + i + 1, b + i, nb - i);
    return !memcmp(a + i, b + i + 1, na - i);
}

/* entity `from` is entity `into` (an alias, a headline's or an acronym's
 * form): its name becomes an alias, its mentions move over */
static void fold_into(ent *E, mvec *mv, size_t from, size_t into)
{
    add_alias(&E[into], E[from].name);
    E[into].mentions += E[from].mentions;
    E[from].mentions = 0;
    for (size_t q = 0; q < mv->n; q++)
        if (mv->v[q].ent == (int)from) mv->v[q].ent = (int)into;
}

int ch_extract_entities_tok(const ch_article *a, const ch_token *t, long nt, ch_arena *arena, ch_entity **out,
                            size_t *n)
{
    *out = NULL;
    *n = 0;
    /* names behind an elided article: read from the capital on */
    {
        ch_token *t2 = NULL;
        for (long i = 0; i < nt; i++) {
            size_t el = elision_before_name(a, &t[i]);
            if (!el) continue;
            if (!t2) {
                t2 = ch_arena_alloc(arena, ((size_t)nt + 1) * sizeof *t2);
                if (!t2) return CH_ENOMEM;
                memcpy(t2, t, (size_t)nt * sizeof *t2);
            }
            t2[i].start += el;
            /* 2: a person's name after an elided word starts a new run: after a
             * preposition ("dell'Alabama Bob Riley") the name is a complement,
             * after an article ("l'UAW Ron Gettelfinger") the apposition of an
             * organisation and its man */
            t2[i].upper = 2;
        }
        if (t2) t = t2;
    }
    mvec mv = {0};
    int rc = find_mentions(a, t, nt, &mv);
    if (rc < 0) { ch_free(mv.v); return rc; }
    ent *E = ch_calloc(mv.n ? mv.n : 1, sizeof *E);
    size_t ne = 0;
    const ch_wordlist *stop = ch__list_for("stopwords", a->lang), *titles = ch__list_for("titles", a->lang);
    if (!E) { ch_free(mv.v); return CH_ENOMEM; }
    /* pass 1: multi-word names and gazetteer entries become entities; longest first */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < mv.n; k++) {
            mention *m = &mv.v[k];
            if (m->ent >= 0) continue;
            const char *s = a->text + m->start;
            size_t len = m->end - m->start;
            int multi = memchr(s, ' ', len) != NULL;
            if (pass == 0 && !multi) continue;
            /* existing entity with the same text, a surname match, a glued
             * artifact, or the same gazetteer canonical name */
            int found = -1;
            const ch_gaz_entry *g = ch_gazetteer_lookup(s, len);
            /* one word of a person's longer name (computed once, used after
             * the exact and surname matches below) */
            long pw = !multi && !g ? person_word(E, ne, s, len, m->type) : -1;
            /* a surname alone is the person of that surname named most
             * often before it, of two named as often the one named last
             * ("Makaeo Williams ... Councilman Jumaane Williams ... Williams
             * fumed" is Jumaane), and one whose given name fits the
             * honorific ("Miss Jenkin" is not John); none fits: someone new */
            long sur = -1;
            if (!multi && !g) {
                size_t best = 0, bestn = 0;
                int any = 0;
                for (size_t e = 0; e < ne; e++) {
                    if (E[e].type != CH_ENT_PERSON) continue;
                    size_t sl;
                    const char *sn = ch__surname(E[e].name, &sl);
                    if (sl != len || memcmp(sn, s, len)) continue;
                    if (m->gender && given_gender(E[e].name) && given_gender(E[e].name) != m->gender) continue;
                    size_t lp = 0, cnt = 0;
                    for (size_t x = 0; x < mv.n; x++)
                        if (mv.v[x].ent == (int)e && mv.v[x].start < m->start) {
                            cnt++;
                            if (mv.v[x].start > lp) lp = mv.v[x].start;
                        }
                    if (sur < 0 || (cnt && (!any || cnt > bestn || (cnt == bestn && lp > best)))) {
                        sur = (long)e;
                        if (cnt) { best = lp; bestn = cnt; any = 1; }
                    }
                }
            }
            if (sur >= 0) found = (int)sur;
            for (size_t e = 0; e < ne && found < 0; e++) {
                /* "Miss Harlow" is no alias of John Harlow's */
                if (!multi && m->gender && E[e].type == CH_ENT_PERSON && given_gender(E[e].name) &&
                    given_gender(E[e].name) != m->gender)
                    continue;
                if (E[e].name_len == len && !memcmp(E[e].name, s, len)) found = (int)e;
                for (size_t q = 0; q < E[e].n_aliases && found < 0; q++)
                    if (strlen(E[e].aliases[q]) == len && !memcmp(E[e].aliases[q], s, len)) found = (int)e;
                if (found < 0 && g && !strcmp(E[e].name, g->canonical)) found = (int)e;
                if (found < 0 && !multi && !g && E[e].type == CH_ENT_PERSON) {
                    size_t sl;
                    const char *sn = ch__surname(E[e].name, &sl);
                    if (sl == len && !memcmp(sn, s, len) && (long)e == sur) found = (int)e;
                    /* glued: "Blinkenafter" = "Blinken" + lowercase tail */
                    if (found < 0 && len > sl + 1 && sl >= 4 && !memcmp(sn, s, sl) && islower((unsigned char)s[sl]))
                        found = (int)e;
                    /* the entity itself carries the glued tail: cut it */
                    if (found < 0 && sl > len + 1 && len >= 4 && !memcmp(sn, s, len) &&
                        islower((unsigned char)sn[len]) &&
                        ch_wordlist_contains(stop, sn + len, sl - len)) {
                        const char *old_name = E[e].name;
                        E[e].name = ch_arena_strndup(arena, E[e].name, E[e].name_len - (sl - len));
                        if (E[e].name) add_alias(&E[e], old_name);
                        if (!E[e].name) { rc = CH_ENOMEM; break; }
                        E[e].name_len = strlen(E[e].name);
                        found = (int)e;
                    }
                }
                if (found < 0 && pw == (long)e) found = (int)e;
                if (found < 0 && multi && E[e].type == CH_ENT_PERSON && m->type == CH_ENT_PERSON) {
                    /* same surname, compatible first name: one person */
                    char *nm = ch_arena_strndup(arena, s, len);
                    if (nm && ch_speaker_same(E[e].name, nm)) found = (int)e;
                }
            }
            /* a surname misspelt by one letter ("Hassel", "Hassall" for
             * Hassell; "Mukerjee" for Mukherjee): the one person it is
             * closest to, when the rest of the word agrees */
            if (found < 0 && !multi && !g && len >= 5 && isupper((unsigned char)s[0])) {
                long fz = -1;
                int nfz = 0;
                for (size_t e = 0; e < ne; e++) {
                    if (E[e].type != CH_ENT_PERSON || !memchr(E[e].name, ' ', E[e].name_len)) continue;
                    size_t sl;
                    const char *sn = ch__surname(E[e].name, &sl);
                    if (sl < 5 || sn[0] != s[0] || !ch__edit1(sn, sl, s, len)) continue;
                    if (fz != (long)e) nfz++;
                    fz = (long)e;
                }
                if (nfz == 1) found = (int)fz;
            }
            if (found < 0) {
                ent *e = &E[ne];
                if (g && strcmp(g->canonical, "")) {
                    e->name = ch_arena_strndup(arena, g->canonical, strlen(g->canonical));
                    if (strlen(g->canonical) != len || memcmp(g->canonical, s, len))
                        add_alias(e, ch_arena_strndup(arena, s, len));
                } else {
                    e->name = ch_arena_strndup(arena, s, len);
                }
                if (!e->name) { rc = CH_ENOMEM; break; }
                e->name_len = strlen(e->name);
                e->type = m->type;
                e->first = (ch_span){m->start, m->end};
                e->name_headline = multi && in_headline(a, m->start);
                found = (int)ne++;
            } else {
                ent *e = &E[found];
                int hl = multi && E[found].type == CH_ENT_PERSON && m->type == CH_ENT_PERSON ? in_headline(a, m->start) : 0;
                /* keep the fullest form as the name, but not a headline's
                 * over the text's; a headline's gives way to the text's form
                 * inside it ("Notorious Bettie Page" -> "Bettie Page") */
                int body_within = multi && e->name_headline && !hl && E[found].type == CH_ENT_PERSON &&
                                  m->type == CH_ENT_PERSON && len < e->name_len &&
                                  memmem(e->name, e->name_len, s, len) != NULL;
                if (body_within) {
                    add_alias(e, e->name);
                    e->name = ch_arena_strndup(arena, s, len);
                    e->name_len = len;
                    e->name_headline = 0;
                } else if (multi && len > e->name_len && E[found].type == CH_ENT_PERSON && m->type == CH_ENT_PERSON &&
                    (!hl || e->name_headline)) {
                    add_alias(e, e->name);
                    e->name = ch_arena_strndup(arena, s, len);
                    e->name_len = len;
                    e->name_headline = hl;
                } else if (!same_text(a, m, e->name, e->name_len)) {
                    add_alias(e, ch_arena_strndup(arena, s, len));
                }
            }
            m->ent = found;
            E[found].mentions++;
            if (E[found].type == CH_ENT_OTHER && m->type != CH_ENT_OTHER) E[found].type = m->type;
            if (m->role_end && !E[found].role && m->type == CH_ENT_PERSON) {
                /* "Commerce Minister Kamal Nath and Finance Minister Pranab
                 * Mukherjee": the title after the last "and" is this one's */
                size_t rs = m->role_start;
                for (size_t x = m->role_start; x + 5 <= m->role_end; x++)
                    if (!memcmp(a->text + x, " and ", 5) && x + 5 < m->role_end &&
                        ch_wordlist_contains_ci(titles, a->text + x + 5, m->role_end - x - 5))
                        rs = x + 5;
                E[found].role = ch_arena_strndup(arena, a->text + rs, m->role_end - rs);
                E[found].type = CH_ENT_PERSON;
            }
        }
    }
    /* a nationality and a surname ("American Davenport") is that person,
     * when exactly one person of the article bears the surname */
    for (size_t x = 0; x < ne; x++) {
        if (!E[x].mentions || E[x].type == CH_ENT_PERSON) continue;
        const char *sp = memchr(E[x].name, ' ', E[x].name_len);
        if (!sp || memchr(sp + 1, ' ', E[x].name_len - (size_t)(sp + 1 - E[x].name))) continue;
        const ch_gaz_entry *g = ch_gazetteer_lookup(E[x].name, (size_t)(sp - E[x].name));
        if (!g || strcmp(g->type, "demonym")) continue;
        const char *sn = sp + 1;
        size_t snl = E[x].name_len - (size_t)(sn - E[x].name);
        long into = -1;
        int many = 0;
        for (size_t y = 0; y < ne; y++) {
            if (y == x || !E[y].mentions || E[y].type != CH_ENT_PERSON) continue;
            size_t yl;
            const char *ys = ch__surname(E[y].name, &yl);
            if (yl != snl || memcmp(ys, sn, snl) || ys == E[y].name) continue;
            if (into >= 0) many = 1;
            into = (long)y;
        }
        if (into >= 0 && !many) fold_into(E, &mv, x, (size_t)into);
    }
    /* a company's first word written alone before its full name ("Vivendi"
     * in the headline, "media giant Vivendi Universal" in the text) is that
     * company, when exactly one organisation's name opens with it */
    for (size_t x = 0; x < ne; x++) {
        if (!E[x].mentions || E[x].type != CH_ENT_OTHER || E[x].role || memchr(E[x].name, ' ', E[x].name_len)) continue;
        long into = -1;
        int many = 0;
        for (size_t y = 0; y < ne; y++) {
            if (y == x || !E[y].mentions || E[y].type != CH_ENT_ORG || E[y].name_len <= E[x].name_len + 1 ||
                memcmp(E[y].name, E[x].name, E[x].name_len) || E[y].name[E[x].name_len] != ' ')
                continue;
            if (into >= 0) many = 1;
            into = (long)y;
        }
        if (into < 0 || many) continue;
        /* (not a building or a role after a place's or a team's name: "Yida
         * Village School", "Chiefs QB") */
        const char *yl = E[into].name + E[into].name_len;
        while (yl > E[into].name && yl[-1] != ' ') yl--;
        size_t yn = (size_t)(E[into].name + E[into].name_len - yl);
        int caps = 1;
        for (size_t k = 0; k < yn; k++)
            if (islower((unsigned char)yl[k])) caps = 0;
        if (caps || ch__in_list(inst_heads, yl, yn, 0)) continue;
        fold_into(E, &mv, x, (size_t)into);
    }
    /* a name once written as a work's title ("the drama Wasp") is the
     * work wherever else it stands ("Set in Dartford, Wasp tells ...") */
    for (size_t k = 0; k < mv.n; k++)
        if (mv.v[k].work && mv.v[k].ent >= 0 && !E[mv.v[k].ent].role) E[mv.v[k].ent].type = CH_ENT_OTHER;
    /* a headline's run that is a person named in the text plus a
     * capitalized common word ("Peter Capaldi Cast as the 12th Time Lord!")
     * is that person */
    for (size_t x = 0; x < ne; x++) {
        if (!E[x].name_headline || E[x].type != CH_ENT_PERSON || !E[x].mentions) continue;
        for (size_t y = 0; y < ne; y++) {
            if (y == x || E[y].name_headline || E[y].type != CH_ENT_PERSON || !E[y].mentions ||
                E[y].name_len + 1 >= E[x].name_len || !memchr(E[y].name, ' ', E[y].name_len) ||
                memcmp(E[x].name, E[y].name, E[y].name_len) || E[x].name[E[y].name_len] != ' ')
                continue;
            fold_into(E, &mv, x, y);
            break;
        }
    }
    /* "Full Name (ACR)": the acronym is an alias of the full name */
    for (size_t k = 0; k + 1 < mv.n; k++) {
        mention *x = &mv.v[k], *y = &mv.v[k + 1];
        if (y->start != x->end + 2 || a->text[x->end + 1] != '(' || y->end >= a->text_len || a->text[y->end] != ')')
            continue;
        if (x->ent < 0 || y->ent < 0 || x->ent == y->ent) continue;
        fold_into(E, &mv, (size_t)y->ent, (size_t)x->ent); /* the acronym into the full name */
    }
    /* an acronym the article never expands in brackets, but whose letters
     * are the initials of a longer name it uses ("FOMC" and "Federal Open
     * Market Committee"): the same organisation */
    for (size_t x = 0; x < ne; x++) {
        if (!E[x].mentions || !is_acronym(E[x].name, E[x].name_len) || ch_gazetteer_lookup(E[x].name, E[x].name_len))
            continue;
        for (size_t y = 0; y < ne; y++) {
            if (y == x || !E[y].mentions || E[y].type == CH_ENT_PERSON || E[y].type == CH_ENT_PLACE) continue;
            char ini[8];
            size_t ni = 0;
            const char *nm = E[y].name;
            int ok = 1;
            for (size_t i = 0; nm[i] && ok; i++) {
                if (i && nm[i - 1] != ' ') continue;
                if (nm[i] >= 'A' && nm[i] <= 'Z') {
                    if (ni == sizeof ini) ok = 0;
                    else ini[ni++] = nm[i];
                }
            }
            if (!ok || ni < 2 || ni != E[x].name_len || memcmp(ini, E[x].name, ni)) continue;
            fold_into(E, &mv, x, y);
            break;
        }
    }
    /* "Corvane" for "Corvane Systems", "Halvorsen" for "Halvorsen Foods": a
     * one-word name that opens exactly one organisation's name, the rest of
     * which ends in an organisation's head word, is that organisation */
    for (size_t x = 0; x < ne; x++) {
        if (!E[x].mentions || E[x].type == CH_ENT_PERSON || E[x].type == CH_ENT_PLACE || memchr(E[x].name, ' ', E[x].name_len) ||
            ch_gazetteer_lookup(E[x].name, E[x].name_len))
            continue;
        long hit = -1;
        for (size_t y = 0; y < ne && hit != -2; y++) {
            if (y == x || !E[y].mentions || E[y].type != CH_ENT_ORG || E[y].name_len <= E[x].name_len + 1 ||
                memcmp(E[y].name, E[x].name, E[x].name_len) || E[y].name[E[x].name_len] != ' ')
                continue;
            const char *lw = strrchr(E[y].name, ' ') + 1;
            if (!ch__in_list(org_cues, lw, strlen(lw), 0)) continue;
            hit = hit == -1 ? (long)y : -2;
        }
        if (hit < 0) continue;
        fold_into(E, &mv, x, (size_t)hit);
    }
    /* a run inside another person's title is the organisation the title
     * belongs to ("Basalt Coal" of "Basalt Coal chief executive Melinda
     * Coutts"), not a person */
    for (size_t x = 0; x < mv.n; x++) {
        if (!mv.v[x].role_end || mv.v[x].role_end <= mv.v[x].role_start) continue;
        for (size_t y = 0; y < mv.n; y++) {
            int e = mv.v[y].ent;
            if (y == x || e < 0 || mv.v[y].start < mv.v[x].role_start || mv.v[y].end > mv.v[x].role_end) continue;
            if (E[e].type == CH_ENT_PERSON && !E[e].role) E[e].type = CH_ENT_ORG;
        }
    }
    /* a person without a title before the name may have one beside it */
    {
        for (size_t q = 0; titles && q < mv.n; q++) {
            int e = mv.v[q].ent;
            size_t rs, re;
            if (e < 0 || E[e].role || E[e].type != CH_ENT_PERSON) continue;
            if (appositive_role(a, titles, mv.v[q].start, mv.v[q].end, &rs, &re))
                E[e].role = ch_arena_strndup(arena, a->text + rs, re - rs);
        }
    }
    size_t kept = 0;
    for (size_t e = 0; e < ne; e++) kept += E[e].mentions > 0;
    ch_entity *res = ch_arena_alloc(arena, (kept ? kept : 1) * sizeof *res);
    if (!res) rc = CH_ENOMEM;
    size_t k = 0;
    for (size_t e = 0; res && e < ne; e++) {
        if (!E[e].mentions) continue;
        ch_entity *r = &res[k++];
        r->name = E[e].name;
        /* "Vladimir) Putin" (a run joined across an editor's bracket): the
         * name without the bracket; the raw form stays an alias */
        if (strstr(E[e].name, ") ")) {
            size_t l = strlen(E[e].name);
            char *c = ch_arena_alloc(arena, l + 1);
            if (c) {
                size_t o = 0;
                for (size_t x = 0; x < l; x++)
                    if (E[e].name[x] != ')') c[o++] = E[e].name[x];
                c[o] = '\0';
                const char *raw = E[e].name;
                E[e].name = c;
                add_alias(&E[e], raw);
                r->name = c;
            }
        }
        /* "PETER Capaldi" (a lead set in capitals): a person's first word
         * in capitals before mixed-case ones is written "Peter" (not a
         * roman numeral: "Leo XIII"); the raw form stays an alias */
        if (E[e].type == CH_ENT_PERSON) {
            const char *nm = r->name;
            const char *sp = strchr(nm, ' ');
            size_t fl = sp ? (size_t)(sp - nm) : 0;
            int caps = fl >= 3, roman = 1, mixed = 0;
            for (size_t z = 0; z < fl; z++) {
                caps &= isupper((unsigned char)nm[z]) != 0;
                roman &= strchr("IVXLCDM", nm[z]) != NULL;
            }
            for (const char *z = sp; z && *z; z++) mixed |= islower((unsigned char)*z) != 0;
            char *c = caps && !roman && mixed ? ch_arena_strndup(arena, nm, strlen(nm)) : NULL;
            if (c) {
                for (size_t z = 1; z < fl; z++) c[z] = (char)tolower((unsigned char)c[z]);
                add_alias(&E[e], nm);
                E[e].name = c;
                r->name = c;
            }
        }
        r->type = E[e].type;
        r->role = E[e].role;
        r->mentions = E[e].mentions;
        r->n_aliases = E[e].n_aliases;
        r->aliases = ch_arena_alloc(arena, (E[e].n_aliases ? E[e].n_aliases : 1) * sizeof(char *));
        if (r->aliases) memcpy(r->aliases, E[e].aliases, E[e].n_aliases * sizeof(char *));
        r->first = E[e].first;
    }
    if (res) ch_qsort(res, k, sizeof *res, cmp_ent);
    ch_free(E);
    ch_free(mv.v);
    if (rc < 0) return rc;
    *out = res;
    *n = k;
    return CH_OK;
}
