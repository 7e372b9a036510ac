/* figure.c - money, counts, percentages and ratios.
 *
 * Grammar over tokens, per figure: [currency sign or code] NUMBER
 * [multiplier] [currency word | percent word | "out of"/"of"/"de" NUMBER]
 * [noun phrase]. Numbers are read by the language's convention ("3,200"
 * and "9.2" in English; "3.200" and "9,2" in Spanish or German). Bare
 * years, times and dates are not figures.
 */
#include "chorus/clean.h"
#include "chorus/err.h"
#include "../text/text_int.h"
#include "extract_int.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *ch_figure_kind_name(int kind)
{
    switch (kind) {
    case CH_FIG_MONEY: return "money";
    case CH_FIG_COUNT: return "count";
    case CH_FIG_PERCENT: return "percent";
    default: return "ratio";
    }
}

static int comma_decimal(const char *lang)
{
    static const char *const l[] = {"es", "de", "fr", "it", "pt", "nl", "ca", "da", "sv", "pl", "ru", "tr", NULL};
    return lang && ch__in_list(l, lang, strlen(lang), 0);
}

/* languages that group thousands with a space ("10 000 soldats"); ingest
 * has made the no-break space they set there a plain one */
static int space_group(const char *lang)
{
    static const char *const l[] = {"fr", "sv", "nb", "no", "fi", "pl", "cs", "sk", "ru", "uk", "et", "hu", NULL};
    return lang && ch__in_list(l, lang, strlen(lang), 0);
}

/* languages that capitalize every noun: a counted noun is capitalized */
static int noun_caps(const char *lang) { return lang && (!strcmp(lang, "de") || !strcmp(lang, "lb")); }

int ch_parse_number(const char *s, size_t n, const char *lang, double *v)
{
    char buf[64];
    size_t k = 0;
    int cd = comma_decimal(lang);
    char dec = cd ? ',' : '.', grp = cd ? '.' : ',';
    for (size_t i = 0; i < n && k + 1 < sizeof buf; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') buf[k++] = c;
        else if (c == dec) buf[k++] = '.';
        else if (c == grp) continue;
        else break;
    }
    buf[k] = '\0';
    if (!k || !isdigit((unsigned char)buf[0])) return 0;
    *v = strtod(buf, NULL);
    return 1;
}

typedef struct {
    const char *w;
    double mult;
} multw;

static const multw mults[] = {
    {"thousand", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"billion", 1e9}, {"billions", 1e9},
    {"trillion", 1e12}, {"bn", 1e9}, {"m", 1e6}, {"k", 1e3}, {"mn", 1e6}, {"tn", 1e12},
    {"mil", 1e3}, {"millón", 1e6}, {"millones", 1e6}, {"billón", 1e12}, {"billones", 1e12},
    {"tausend", 1e3}, {"million", 1e6}, {"millionen", 1e6}, {"milliarde", 1e9}, {"milliarden", 1e9},
    {"mio", 1e6}, {"mrd", 1e9}, {"milliard", 1e9}, {"milliards", 1e9}, {"miliardi", 1e9},
    {"milioni", 1e6}, {"milhões", 1e6}, {"bilhões", 1e9}, {"milione", 1e6}, {"miliardo", 1e9},
    {"mila", 1e3}, {"milhão", 1e6}, {"bilião", 1e12}, {"mille", 1e3},
    /* Dutch, the Nordic languages, Polish */
    {"duizend", 1e3}, {"miljoen", 1e6}, {"miljard", 1e9}, {"biljoen", 1e12}, {"mln", 1e6}, {"mld", 1e9},
    {"miljoner", 1e6}, {"miljarder", 1e9}, {"millioner", 1e6}, {"milliarder", 1e9}, {"miljoonaa", 1e6},
    {"miljardia", 1e9}, {NULL, 0}};

static double mult_of(const char *s, size_t n)
{
    if (n && s[n - 1] == '.') n--;
    for (int i = 0; mults[i].w; i++)
        if (strlen(mults[i].w) == n && !strncasecmp(mults[i].w, s, n)) return mults[i].mult;
    return 0;
}

typedef struct {
    const char *w;
    const char *code;
} curw;

static const curw curwords[] = {
    {"dollars", "USD"}, {"dollar", "USD"}, {"usd", "USD"}, {"us$", "USD"}, {"euros", "EUR"},
    {"euro", "EUR"}, {"eur", "EUR"}, {"pounds", "GBP"}, {"gbp", "GBP"}, {"yen", "JPY"},
    {"jpy", "JPY"}, {"yuan", "CNY"}, {"cny", "CNY"}, {"rubles", "RUB"}, {"roubles", "RUB"},
    {"pesos", "MXN"}, {"dólares", "USD"}, {"dolares", "USD"}, {"libras", "GBP"}, {"francs", "CHF"},
    {"chf", "CHF"}, {"rupees", "INR"}, {"inr", "INR"}, {"dollaro", "USD"}, {"dollari", "USD"},
    {"crowns", "SEK"}, {"kronor", "SEK"}, {"krona", "SEK"}, {"sek", "SEK"}, {"kroner", "NOK"},
    {"nok", "NOK"}, {"dkk", "DKK"}, {"krw", "KRW"}, {"lira", "TRY"}, {"liras", "TRY"},
    {"zlotys", "PLN"}, {"zloty", "PLN"}, {"pln", "PLN"}, {"rand", "ZAR"}, {"reais", "BRL"},
    {"hryvnias", "UAH"}, {"hryvnia", "UAH"}, {"uah", "UAH"}, {"shekels", "ILS"}, {"riyals", "SAR"},
    {"dirhams", "AED"}, {"rubel", "RUB"}, {"yenes", "JPY"}, {"rublos", "RUB"},
    {NULL, NULL}};

/* the currency a national adjective names with "crowns"/"dollars"/"pesos":
 * "Swedish crowns", "Canadian dollars" (the adjective decides) */
static const struct { const char *adj, *noun, *code; } natcur[] = {
    {"Swedish", "crowns", "SEK"}, {"Swedish", "kronor", "SEK"}, {"Norwegian", "crowns", "NOK"},
    {"Norwegian", "kroner", "NOK"}, {"Danish", "crowns", "DKK"}, {"Danish", "kroner", "DKK"},
    {"Czech", "crowns", "CZK"}, {"Canadian", "dollars", "CAD"}, {"Australian", "dollars", "AUD"},
    {"Hong", "dollars", "HKD"}, {"Singapore", "dollars", "SGD"}, {"Taiwan", "dollars", "TWD"},
    {"Mexican", "pesos", "MXN"}, {"Argentine", "pesos", "ARS"}, {"Chilean", "pesos", "CLP"},
    {"Colombian", "pesos", "COP"}, {"Philippine", "pesos", "PHP"}, {"Swiss", "francs", "CHF"},
    {"Turkish", "lira", "TRY"}, {"Brazilian", "reais", "BRL"}, {"Indian", "rupees", "INR"},
    {"Russian", "rubles", "RUB"}, {NULL, NULL, NULL}};

/* counts written in words: "two astronauts", "four more cuts" */
static const struct { const char *w; double v; } numwords[] = {
    {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
    {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"twenty", 20}, {"thirty", 30},
    {"forty", 40}, {"fifty", 50}, {"hundred", 100}, {"dos", 2}, {"tres", 3}, {"cuatro", 4},
    {"cinco", 5}, {"seis", 6}, {"siete", 7}, {"ocho", 8}, {"nueve", 9}, {"diez", 10}, {"zwei", 2},
    {"drei", 3}, {"vier", 4}, {"fünf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8}, {"neun", 9},
    {"zehn", 10}, {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {NULL, 0}};

static double numword(const char *s, size_t n)
{
    if (n < 3 || n > 7) return 0;
    int c0 = tolower((unsigned char)s[0]);
    for (int i = 0; numwords[i].w; i++)
        if (numwords[i].w[0] == c0 && strlen(numwords[i].w) == n && !strncasecmp(numwords[i].w, s, n))
            return numwords[i].v;
    return 0;
}

/* plural nouns that measure time, not things counted ("two years") */
static int duration_word(const char *s, size_t n)
{
    static const char *const d[] = {"seconds", "minutes", "hours", "days", "weeks", "months", "years",
                                    "decades", "times", "años", "días", "meses", "semanas", "horas", "Jahre",
                                    "Tage", "Monate", "Wochen", "Stunden", NULL};
    return ch__in_list(d, s, n, 1);
}

/* units of measure: "115 miles", "120 mph" measure, they count nothing */
static int measure_word(const char *s, size_t n)
{
    static const char *const u[] = {"mile", "miles", "km", "kms", "kilometers", "kilometres", "kilometer",
                                    "kilometre", "meters", "metres", "meter", "metre", "m", "cm", "mm", "feet",
                                    "foot", "ft", "inches", "inch", "yards", "mph", "kph", "km/h", "kmh", "knots",
                                    "kg", "kilograms", "kilos", "grams", "g", "pounds", "lbs", "lb", "tonnes",
                                    "tons", "degrees", "liters", "litres", "gallons", "acres", "hectares",
                                    "mb", "gb", "tb", "kilómetros", "metros", "kilos", "grados", "Kilometer",
                                    "Meter", "Grad", NULL};
    return ch__in_list(u, s, n, 1);
}

/* append figure f, spanning [start, end) of the text, to res */
static int emit(ch_figure *res, size_t *k, ch_arena *arena, const char *txt, ch_figure f, size_t start, size_t end)
{
    f.start = start;
    f.end = end;
    f.text = ch_arena_strndup(arena, txt + start, end - start);
    if (!f.text) return CH_ENOMEM;
    res[(*k)++] = f;
    return CH_OK;
}

/* is token t the word w, possibly with a possessive ("point's", "point’s")? */
static int word_is(const ch_article *a, const ch_token *t, const char *w)
{
    size_t n = strlen(w), l = t->end - t->start;
    const char *s = a->text + t->start;
    if (t->kind != CH_TOK_WORD || l < n || strncasecmp(s, w, n)) return 0;
    return l == n || (l == n + 2 && !memcmp(s + n, "'s", 2)) || (l == n + 4 && !memcmp(s + n, "\xE2\x80\x99s", 4));
}

static const char *currency_word(const char *s, size_t n)
{
    for (int i = 0; curwords[i].w; i++)
        if (strlen(curwords[i].w) == n && !strncasecmp(curwords[i].w, s, n)) return curwords[i].code;
    return NULL;
}

static const char *currency_sign(const char *s, size_t n, size_t *len)
{
    static const struct { const char *sym, *code; } signs[] = {
        {"US$", "USD"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"},
        {"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xBD", "RUB"}, {NULL, NULL}};
    for (int i = 0; signs[i].sym; i++) {
        size_t m = strlen(signs[i].sym);
        if (n >= m && !memcmp(s, signs[i].sym, m)) {
            *len = m;
            return signs[i].code;
        }
    }
    return NULL;
}

static int is_percent_word(const char *s, size_t n)
{
    static const char *const p[] = {"percent", "per", "pct", "por", "prozent", "pour", "procent", "prosent",
                                    "procento", "prozente", "%", NULL};
    return ch__in_list(p, s, n, 1);
}

static int lowerword(const ch_token *t) { return t->kind == CH_TOK_WORD && !t->upper; }

static int is_prep(const char *s, size_t n)
{
    static const char *const p[] = {"in", "of", "for", "from", "on", "to", "at", "de", "en", "von", "für",
                                    "del", "of", NULL};
    return ch__in_list(p, s, n, 1);
}

/* up to three words of the noun phrase starting at token k */
static const char *noun_phrase(const ch_article *a, const ch_token *t, long nt, long k, ch_arena *ar,
                               const ch_wordlist *stop, long *end_tok)
{
    long j = k, words = 0;
    *end_tok = k;
    while (j < nt && words < 3) {
        if (t[j].kind != CH_TOK_WORD) break;
        const char *w = a->text + t[j].start;
        size_t n = t[j].end - t[j].start;
        int st = ch_wordlist_contains_ci(stop, w, n);
        if (st && words > 0) break;
        if (st) break;
        words++;
        j++;
        /* a capitalized noun of a language that capitalizes nouns ends it:
         * "19.600 Zuschauer" (not "Zuschauer sahen") */
        if (noun_caps(a->lang) && t[j - 1].upper) break;
        /* a noun phrase rarely runs past a plural noun: stop after "troops";
         * but an adjective set before the noun goes on to it ("12 nuevos
         * aviones", "300 nouveaux emplois", "trois autres pays") */
        static const char *const pre_adj[] = {"nuevos", "nuevas", "otros", "otras", "nouveaux", "nouvelles",
                                              "autres", "novos", "novas", "outros", "outras", "altres", "nous",
                                              "noves", NULL};
        if (n > 3 && w[n - 1] == 's' && words >= 1 &&
            !(words == 1 && j < nt && t[j].kind == CH_TOK_WORD && !t[j].upper && ch__in_list(pre_adj, w, n, 1)))
            break;
    }
    if (!words) return NULL;
    *end_tok = j;
    return ch_arena_strndup(ar, a->text + t[k].start, t[j - 1].end - t[k].start);
}

int ch_extract_figures(const ch_article *a, ch_arena *arena, ch_figure **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    ch_token *t;
    long nt = ch_text_tokenize(a->text, a->text_len, arena, &t);
    if (nt < 0) return CH_ENOMEM;
    return ch_extract_figures_tok(a, t, nt, arena, out, n);
}

int ch_extract_figures_tok(const ch_article *a, const ch_token *t, long nt, ch_arena *arena, ch_figure **out,
                           size_t *n)
{
    *out = NULL;
    *n = 0;
    ch_figure *res = ch_arena_alloc(arena, ((size_t)nt + 1) * sizeof *res);
    if (!res) return CH_ENOMEM;
    const ch_wordlist *stop = ch__list_for("stopwords", a->lang);
    size_t k = 0;
    const char *txt = a->text;
    for (long i = 0; i < nt; i++) {
        long start_tok = i;
        const char *cur = NULL;
        size_t sl = 0;
        /* currency code before: "USD 6 billion" */
        if (t[i].kind == CH_TOK_WORD && i + 1 < nt && t[i + 1].kind == CH_TOK_NUM) {
            const char *cw = currency_word(txt + t[i].start, t[i].end - t[i].start);
            int caps = isupper((unsigned char)txt[t[i].start]);
            if (cw && caps) { cur = cw; i++; }
        }
        if (t[i].kind == CH_TOK_WORD && !cur) {
            /* "half a percentage point", "a full percentage point" */
            long j = i;
            double pv = 0;
            if (word_is(a, &t[j], "half") && j + 1 < nt && word_is(a, &t[j + 1], "a")) { pv = 0.5; j += 2; }
            else if (word_is(a, &t[j], "a") && j + 1 < nt && word_is(a, &t[j + 1], "quarter")) { pv = 0.25; j += 2; }
            else if (word_is(a, &t[j], "a") && j + 1 < nt && word_is(a, &t[j + 1], "full")) { pv = 1; j += 2; }
            if (pv > 0 && j + 1 < nt && word_is(a, &t[j], "percentage") && (word_is(a, &t[j + 1], "point") ||
                                                                          word_is(a, &t[j + 1], "points"))) {
                ch_figure f = {.kind = CH_FIG_PERCENT, .unit = "%", .value = pv};
                if (emit(res, &k, arena, txt, f, t[i].start, t[j + 1].end) < 0) return CH_ENOMEM;
                i = j + 1;
                continue;
            }
            /* "two astronauts", "four more cuts": a number word, then a counted plural */
            double nv = numword(txt + t[i].start, t[i].end - t[i].start);
            if (nv > 0 && i + 1 < nt) {
                long nj = i + 1;
                if (word_is(a, &t[nj], "more") || word_is(a, &t[nj], "other") || word_is(a, &t[nj], "new") ||
                    word_is(a, &t[nj], "additional") || word_is(a, &t[nj], "extra"))
                    nj++;
                const char *nw = nj < nt ? txt + t[nj].start : NULL;
                size_t nn = nj < nt ? t[nj].end - t[nj].start : 0;
                long np_end;
                const char *np = nn > 3 && nw[nn - 1] == 's' && lowerword(&t[nj]) && !duration_word(nw, nn) &&
                                         !ch_wordlist_contains_ci(stop, nw, nn)
                                     ? noun_phrase(a, t, nt, nj, arena, stop, &np_end)
                                     : NULL;
                if (np) {
                    ch_figure f = {.kind = CH_FIG_COUNT, .value = nv, .unit = np, .subject = np};
                    if (emit(res, &k, arena, txt, f, t[i].start, t[np_end - 1].end) < 0) return CH_ENOMEM;
                    i = np_end - 1;
                    continue;
                }
            }
        }
        if (t[i].kind != CH_TOK_NUM) continue;
        const char *s = txt + t[i].start;
        size_t len = t[i].end - t[i].start;
        const char *sign = currency_sign(s, len, &sl);
        if (sign) { cur = sign; s += sl; len -= sl; }
        /* skip dates, times, years */
        if (memchr(s, ':', len) || (len >= 8 && memchr(s, '-', len))) continue;
        int pct = len && s[len - 1] == '%';
        size_t numlen = len - (size_t)pct;
        /* a glued multiplier: "3m", "5bn" */
        size_t digits_end = 0;
        while (digits_end < numlen && (isdigit((unsigned char)s[digits_end]) || s[digits_end] == '.' || s[digits_end] == ','))
            digits_end++;
        double mult = 1;
        if (digits_end < numlen) {
            double m = mult_of(s + digits_end, numlen - digits_end);
            if (!m) continue; /* 13th, 1990s, 10km: not a figure we read */
            mult = m;
        }
        double v;
        if (!ch_parse_number(s, digits_end, a->lang, &v)) continue;
        /* "10 000 soldats", "2 500 chars": groups of three digits after one space */
        if (space_group(a->lang) && !pct && !sign && digits_end == numlen && numlen <= 3 && !memchr(s, ',', numlen) &&
            !memchr(s, '.', numlen)) {
            while (i + 1 < nt && t[i + 1].kind == CH_TOK_NUM && t[i + 1].start == t[i].end + 1 && txt[t[i].end] == ' ') {
                const char *g = txt + t[i + 1].start;
                size_t gl = t[i + 1].end - t[i + 1].start, gd = 0;
                while (gd < gl && isdigit((unsigned char)g[gd])) gd++;
                if (gd != 3) break;
                double gv;
                if (!ch_parse_number(g, gl, a->lang, &gv)) break;
                v = v * 1000 + gv; /* "1 234,5": the last group keeps its decimals */
                if (g[gl - 1] == '%') pct = 1;
                i++;
                if (gl > 3) break; /* a decimal or sign ends the number */
            }
        }
        /* "the 27-nation bloc", "a 15-member council", "a 5,000-strong
         * force": a count of the group's members */
        if (!pct && !cur && digits_end == numlen && t[i].end < a->text_len && txt[t[i].end] == '-') {
            static const char *const group[] = {"nation", "member", "country", "state", "party", "seat", "judge",
                                                "strong", "person", "man", "woman", "vessel", "ship", NULL};
            long g = i + 1;
            while (g < nt && t[g].kind != CH_TOK_WORD && t[g].start <= t[i].end + 1) g++;
            if (g < nt && t[g].kind == CH_TOK_WORD && t[g].start == t[i].end + 1 &&
                ch__in_list(group, txt + t[g].start, t[g].end - t[g].start, 1)) {
                int strong = t[g].end - t[g].start == 6 && !strncasecmp(txt + t[g].start, "strong", 6);
                const char *unit = strong ? NULL : ch_arena_strndup(arena, txt + t[g].start, t[g].end - t[g].start);
                ch_figure f = {.kind = CH_FIG_COUNT, .value = v, .unit = unit, .subject = unit};
                if (emit(res, &k, arena, txt, f, t[i].start, t[g].end) < 0) return CH_ENOMEM;
                i = g;
                continue;
            }
        }
        long j = i + 1;
        if (j < nt && t[j].kind == CH_TOK_WORD) {
            double m = mult_of(txt + t[j].start, t[j].end - t[j].start);
            if (m && (t[j].end - t[j].start > 1 || cur)) { mult *= m; j++; }
        }
        /* "mil millones" */
        if (j < nt && t[j].kind == CH_TOK_WORD && mult_of(txt + t[j].start, t[j].end - t[j].start) >= 1e6 && mult == 1e3) {
            mult *= mult_of(txt + t[j].start, t[j].end - t[j].start);
            j++;
        }
        ch_figure f = {0};
        f.value = v * mult;
        int kind = 0;
        if (pct) {
            kind = CH_FIG_PERCENT;
            f.unit = "%";
        } else if (j < nt && t[j].start == t[j - 1].end + 1 && t[j].end == t[j].start + 1 && txt[t[j].start] == '%') {
            /* "2 %": French and Spanish typography set a space before the sign */
            kind = CH_FIG_PERCENT;
            f.unit = "%";
            j++;
        } else if (j < nt && t[j].kind == CH_TOK_WORD && is_percent_word(txt + t[j].start, t[j].end - t[j].start)) {
            size_t w0 = t[j].end - t[j].start;
            if ((w0 == 3 && !strncasecmp(txt + t[j].start, "per", 3)) || (w0 == 3 && !strncasecmp(txt + t[j].start, "por", 3)) ||
                (w0 == 4 && !strncasecmp(txt + t[j].start, "pour", 4))) { /* per cent, por ciento, pour cent */
                if (j + 1 < nt && (!strncasecmp(txt + t[j + 1].start, "cent", 4) || !strncasecmp(txt + t[j + 1].start, "ciento", 6)))
                    { kind = CH_FIG_PERCENT; f.unit = "%"; j += 2; }
            } else {
                kind = CH_FIG_PERCENT;
                f.unit = "%";
                j++;
            }
        }
        /* "0.5 percentage point" */
        if (!kind && j + 1 < nt && t[j].kind == CH_TOK_WORD && t[j].end - t[j].start == 10 &&
            !strncasecmp(txt + t[j].start, "percentage", 10) && !strncasecmp(txt + t[j + 1].start, "point", 5)) {
            kind = CH_FIG_PERCENT;
            f.unit = "%";
            j += 2;
        }
        /* "11 million Swedish crowns": a national adjective, then the currency */
        if (!kind && !cur && j + 1 < nt && t[j].kind == CH_TOK_WORD && t[j].upper && t[j + 1].kind == CH_TOK_WORD) {
            for (int x = 0; natcur[x].adj; x++)
                if (t[j].end - t[j].start == strlen(natcur[x].adj) && !memcmp(txt + t[j].start, natcur[x].adj, strlen(natcur[x].adj)) &&
                    t[j + 1].end - t[j + 1].start == strlen(natcur[x].noun) &&
                    !strncasecmp(txt + t[j + 1].start, natcur[x].noun, strlen(natcur[x].noun))) {
                    cur = natcur[x].code;
                    j += 2;
                    break;
                }
        }
        /* "1,5 millones de dólares", "3,5 miliardi di euro" */
        if (!kind && !cur && j + 1 < nt && t[j].kind == CH_TOK_WORD && t[j].end - t[j].start <= 2 &&
            (!strncasecmp(txt + t[j].start, "de", 2) || !strncasecmp(txt + t[j].start, "of", 2) ||
             !strncasecmp(txt + t[j].start, "di", 2)) &&
            t[j + 1].kind == CH_TOK_WORD && currency_word(txt + t[j + 1].start, t[j + 1].end - t[j + 1].start))
            j++;
        /* a sign after the number, as Spanish and French set it: "23.000
         * millones de US$", "1.780 millones de $", "2,73 $", "20.100
         * millones de GB £" */
        if (!kind && !cur && j < nt) {
            long q = j;
            if (q + 1 < nt && t[q].kind == CH_TOK_WORD && t[q].end - t[q].start == 2 && !strncasecmp(txt + t[q].start, "de", 2))
                q++;
            if (q + 1 < nt && t[q].kind == CH_TOK_WORD && t[q].end - t[q].start == 2 && !strncmp(txt + t[q].start, "GB", 2) &&
                t[q + 1].start == t[q].end + 1)
                q++;
            size_t rest = a->text_len - t[q].start, sl2 = 0;
            const char *cs = currency_sign(txt + t[q].start, rest, &sl2);
            /* the sign stands alone: "$" then a space, a bracket or punctuation, not "$5" */
            if (cs && t[q].start + sl2 <= a->text_len &&
                (t[q].start + sl2 == a->text_len || !isdigit((unsigned char)txt[t[q].start + sl2]))) {
                cur = cs;
                size_t se = t[q].start + sl2;
                while (q < nt && t[q].end <= se) q++;
                j = q;
            }
        }
        /* "3,5 milliards d'euros": the elided "de" is glued to the currency */
        if (!kind && !cur && j < nt && t[j].kind == CH_TOK_WORD && t[j].end - t[j].start > 2 &&
            (txt[t[j].start] == 'd' || txt[t[j].start] == 'D')) {
            size_t el = txt[t[j].start + 1] == '\'' ? 2 : !strncmp(txt + t[j].start + 1, "\xE2\x80\x99", 3) ? 4 : 0;
            const char *cw = el ? currency_word(txt + t[j].start + el, t[j].end - t[j].start - el) : NULL;
            if (cw) { cur = cw; j++; }
        }
        if (!kind && (cur || (j < nt && t[j].kind == CH_TOK_WORD && currency_word(txt + t[j].start, t[j].end - t[j].start)))) {
            if (!cur) { cur = currency_word(txt + t[j].start, t[j].end - t[j].start); j++; }
            kind = CH_FIG_MONEY;
            f.unit = cur;
        }
        /* ratio: "23 out of 32", "23 of 32", "23 de 32", "23 von 32" */
        if (!kind) {
            long r = j;
            if (r + 1 < nt && !strncasecmp(txt + t[r].start, "out", 3) && t[r].end - t[r].start == 3) r++;
            if (r + 1 < nt && t[r].kind == CH_TOK_WORD && t[r].end - t[r].start <= 3 &&
                (!strncasecmp(txt + t[r].start, "of", 2) || !strncasecmp(txt + t[r].start, "de", 2) ||
                 !strncasecmp(txt + t[r].start, "von", 3)) && t[r + 1].kind == CH_TOK_NUM) {
                double tot;
                if (ch_parse_number(txt + t[r + 1].start, t[r + 1].end - t[r + 1].start, a->lang, &tot) && tot > f.value) {
                    kind = CH_FIG_RATIO;
                    f.total = tot;
                    j = r + 2;
                }
            }
        }
        /* a bare year is not a count */
        if (!kind && mult == 1 && digits_end == 4 && v >= 1900 && v <= 2100) continue;
        long np_end;
        const char *np = NULL;
        if (j < nt && t[j].kind == CH_TOK_WORD) {
            if (is_prep(txt + t[j].start, t[j].end - t[j].start) && kind == CH_FIG_MONEY)
                np = noun_phrase(a, t, nt, j + 1, arena, stop, &np_end);
            else if (kind != CH_FIG_MONEY) /* after money comes a verb more often than a noun */
                np = noun_phrase(a, t, nt, j, arena, stop, &np_end);
            if (np && kind != CH_FIG_MONEY && kind != CH_FIG_PERCENT && !is_prep(txt + t[j].start, t[j].end - t[j].start))
                j = np_end;
        }
        if (!kind) {
            /* a count needs a counted noun, and not a single digit */
            if (!np || (v < 10 && mult == 1)) continue;
            /* "12 september": a date, not twelve of anything */
            if (i + 1 < nt && ch_clean_month(txt + t[i + 1].start, t[i + 1].end - t[i + 1].start)) continue;
            /* the number of an index's name ("the S&P 500 fell", "FTSE 100") */
            if (i > 0) {
                static const char *const idx[] = {"S&P", "FTSE", "Nikkei", "Stoxx", "Russell", "DAX", "CAC", "ASX",
                                                  "Hang", "Sensex", "Nifty", "TSX", "IBEX", "Ibex", NULL};
                size_t pe = t[i].start;
                while (pe > 0 && txt[pe - 1] == ' ') pe--;
                size_t ps = pe;
                while (ps > 0 && txt[ps - 1] != ' ' && txt[ps - 1] != '\n') ps--;
                if (pe > ps && ch__in_list(idx, txt + ps, pe - ps, 0)) continue;
            }
            if (!lowerword(&t[i + 1 < nt ? i + 1 : i]) && !(noun_caps(a->lang) && t[i + 1 < nt ? i + 1 : i].kind == CH_TOK_WORD))
                continue;
            /* a unit measures ("115 miles"); a past-tense verb after a number
             * makes the number a name's ("the S&P 500 fell") */
            {
                const ch_token *h = &t[i + 1 < nt ? i + 1 : i];
                const char *hw = txt + h->start;
                size_t hn = h->end - h->start;
                if (measure_word(hw, hn)) continue;
                if (hn > 4 && !strncmp(hw + hn - 2, "ed", 2) && np_end == i + 2 && strncmp(hw + hn - 3, "eed", 3) &&
                    strncasecmp(hw, "hundred", hn))
                    continue;
            }
            kind = CH_FIG_COUNT;
            f.unit = np;
        }
        f.kind = kind;
        f.subject = np;
        if (emit(res, &k, arena, txt, f, t[start_tok].start, t[j - 1].end) < 0) return CH_ENOMEM;
        i = j - 1;
    }
    *out = res;
    *n = k;
    return CH_OK;
}
