/* clean.c - line-based article cleaning (see clean.h for the rules).
 *
 * Each rule marks lines (or cuts a prefix/suffix of a line). After a rule
 * runs, the bytes it took are summed; if they exceed CH_CLEAN_MAX_SHARE of
 * the article, the rule's marks are undone: a rule that fires on most of an
 * article has misread it, and losing body text is worse than keeping junk.
 */
#include "chorus/clean.h"
#include "chorus/err.h"
#include "../text/text_int.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    size_t s, e;      /* line bytes [s, e) without the newline */
    size_t ks, ke;    /* kept part; ks == ke when removed */
    const char *rule; /* rule that removed or cut it */
    size_t cs, ce;    /* the part that was cut (for the report) */
    int cut_rule_id;  /* which rule run cut it (for undo) */
    size_t wks, wke;  /* the range nw was counted on (the rules call it often) */
    int nw;
} line;

typedef struct {
    const char *s;
    size_t n;
    line *ln;
    size_t nl;
    size_t total;     /* non-blank bytes */
    ch_arena *arena;
    ch_clean_result *out;
    const ch_clean_hint *hint;
    int run;          /* current rule run id */
    char date_buf[11];
    int year;         /* year known from hint/feed, 0 if none */
} cleaner;

/* ===== small helpers ===== */

static int is_blank(const cleaner *c, const line *l)
{
    for (size_t i = l->ks; i < l->ke; i++)
        if (!isspace((unsigned char)c->s[i])) return 0;
    return 1;
}

static int alive(const line *l) { return l->ks < l->ke && !l->rule; }

static size_t trim_l(const char *s, size_t a, size_t b)
{
    while (a < b && (isspace((unsigned char)s[a]))) a++;
    while (a + 1 < b && (unsigned char)s[a] == 0xC2 && (unsigned char)s[a + 1] == 0xA0) a += 2;
    return a;
}

static size_t trim_r(const char *s, size_t a, size_t b)
{
    while (b > a && isspace((unsigned char)s[b - 1])) b--;
    return b;
}

/* count words (space separated) in [a, b) */
static int n_words(const char *s, size_t a, size_t b)
{
    int w = 0, in = 0;
    for (size_t i = a; i < b; i++) {
        int sp = isspace((unsigned char)s[i]);
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

/* words in a line's kept part, counted once per (ks, ke) */
static int line_words(const cleaner *c, line *l)
{
    if (l->wks != l->ks || l->wke != l->ke || l->nw < 0) {
        l->nw = n_words(c->s, l->ks, l->ke);
        l->wks = l->ks;
        l->wke = l->ke;
    }
    return l->nw;
}

static int ends_sentence(const char *s, size_t a, size_t b)
{
    b = trim_r(s, a, b);
    while (b > a) {
        unsigned char ch = (unsigned char)s[b - 1];
        /* skip closing quotes and brackets: ” » ’ " ) */
        if (ch == '"' || ch == ')' || ch == '\'') { b--; continue; }
        if (b - a >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
            ((unsigned char)s[b - 1] == 0x9D || (unsigned char)s[b - 1] == 0x99)) { b -= 3; continue; }
        if (b - a >= 2 && (unsigned char)s[b - 2] == 0xC2 && (unsigned char)s[b - 1] == 0xBB) { b -= 2; continue; }
        break;
    }
    if (b == a) return 0;
    char ch = s[b - 1];
    if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';') return 1;
    if (b - a >= 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
        (unsigned char)s[b - 1] == 0xA6) return 1; /* … */
    return 0;
}

static void mark(cleaner *c, line *l, const char *rule)
{
    if (l->rule) return;
    l->rule = rule;
    l->cs = l->ks;
    l->ce = l->ke;
    l->ks = l->ke;
    l->cut_rule_id = c->run;
}

/* cut [a, b) from the kept part of a line: only a prefix or a suffix */
static void cut(cleaner *c, line *l, size_t a, size_t b, const char *rule)
{
    if (l->rule || a >= b) return;
    l->cs = a;
    l->ce = b;
    l->cut_rule_id = c->run;
    if (a <= l->ks) l->ks = trim_l(c->s, b, l->ke);
    else l->ke = trim_r(c->s, l->ks, a);
    if (l->ks >= l->ke) {
        l->ks = l->ke;
        l->rule = rule;
        l->cs = l->s;
        l->ce = l->e;
        return;
    }
    /* partial cut: reported with the rule but the line stays alive */
    l->rule = NULL;
    l->cut_rule_id = -c->run - 1; /* negative: partial cut by run */
    (void)rule;
}

/* partial cuts need their rule name; keep a parallel table */
#define MAX_CUTS 8
typedef struct { size_t line, a, b; const char *rule; int run; } cutrec;
static void record_cut(cutrec *cr, int *ncr, size_t li, size_t a, size_t b,
                       const char *rule, int run)
{
    if (*ncr < MAX_CUTS) cr[(*ncr)++] = (cutrec){li, a, b, rule, run};
}

static int casecmp_n(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn) return 1;
    return strncasecmp(a, b, an);
}

/* normalized key of a line: lowercase ASCII alnum only (non-ASCII bytes
 * kept), for duplicate-line detection */
static size_t norm_key(const char *s, size_t a, size_t b, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = a; i < b && k + 1 < cap; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (isalnum(ch)) out[k++] = (char)tolower(ch);
        else if (ch >= 0x80 && ch != 0xE2 && !(ch >= 0x80 && ch <= 0xBF && i > a &&
                 (unsigned char)s[i - 1] == 0xE2))
            out[k++] = (char)ch;
    }
    out[k] = '\0';
    return k;
}

/* ===== dates ===== */

static const struct { const char *name; int m; } months[] = {
    /* en */ {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
    {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3},
    {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9},
    {"oct", 10}, {"nov", 11}, {"dec", 12},
    /* es */ {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5},
    {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4},
    {"ago", 8}, {"dic", 12},
    /* de */ {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"mai", 5},
    {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"okt", 10},
    {"dez", 12}, {"mär", 3},
    /* fr */ {"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12}, {"janv", 1}, {"févr", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
    /* it */ {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5},
    {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    {"gen", 1}, {"giu", 6}, {"lug", 7}, {"ott", 10},
    /* nl */ {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    {"mrt", 3},
    /* pt */ {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5},
    {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11},
    {"dezembro", 12}, {"fev", 2}, {"out", 10}, {"dez", 12},
    {NULL, 0}};

int ch_clean_month(const char *w, size_t n)
{
    if (n && w[n - 1] == '.') n--;
    if (n < 3 || n > 12) return 0;
    char low[16];
    size_t k = 0;
    for (size_t i = 0; i < n && k < 15; i++) {
        unsigned char ch = (unsigned char)w[i];
        if (ch >= 'A' && ch <= 'Z') ch = (unsigned char)(ch + 32);
        else if (ch == 0xC3 && i + 1 < n) { /* Ä É etc. -> lowercase in latin-1 block */
            unsigned char d = (unsigned char)w[i + 1];
            if (d >= 0x80 && d <= 0x9E) d = (unsigned char)(d + 0x20);
            low[k++] = (char)ch;
            ch = d;
            i++;
        }
        low[k++] = (char)ch;
    }
    low[k] = '\0';
    for (int i = 0; months[i].name; i++)
        if (months[i].name[0] == low[0] && !strcmp(low, months[i].name)) return months[i].m;
    return 0;
}

static int read_int(const char *s, size_t n, size_t *i, int maxdig)
{
    int v = 0, d = 0;
    while (*i < n && d < maxdig && isdigit((unsigned char)s[*i])) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        d++;
    }
    if (*i < n && isdigit((unsigned char)s[*i])) return -1;
    return d ? v : -1;
}

static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        if (isalpha(ch) || ch >= 0x80) i++;
        else break;
    }
    if (i < n && s[i] == '.') i++;
    return i;
}

static size_t skip_sp(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ') i++;
    return i;
}

static int valid_date(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* YYYY-MM-DD of a valid date (the modulos let the compiler see it fits) */
static void fmt_date(char out[11], int y, int m, int d)
{
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

size_t ch_clean_parse_date(const char *s, size_t n, int default_year, char out[11])
{
    size_t i = 0;
    int y = -1, m = 0, d = -1;
    if (n && isdigit((unsigned char)s[0])) {
        size_t j = 0;
        int a = read_int(s, n, &j, 4);
        if (a < 0) return 0;
        if (j == 4 && j < n && s[j] == '-') { /* 2024-11-13 */
            j++;
            m = read_int(s, n, &j, 2);
            if (m < 0 || j >= n || s[j] != '-') return 0;
            j++;
            d = read_int(s, n, &j, 2);
            if (!valid_date(a, m, d)) return 0;
            fmt_date(out, a, m, d);
            return j;
        }
        if (j > 2) return 0;
        if (j < n && s[j] == '-' && j + 1 < n && isalpha((unsigned char)s[j + 1])) {
            size_t we = word_end(s, n, j + 1); /* 08-Jun-10, 8-Jun-2010 */
            m = ch_clean_month(s + j + 1, we - j - 1);
            if (!m || we - j - 1 < 3 || we >= n || s[we] != '-') return 0;
            size_t k = we + 1, k0 = k;
            y = read_int(s, n, &k, 4);
            if (k - k0 == 2) y += y < 70 ? 2000 : 1900;
            else if (k - k0 != 4) return 0;
            if (!valid_date(y, m, a)) return 0;
            fmt_date(out, y, m, a);
            return k;
        }
        if (j < n && s[j] == '.' && j + 1 < n && isdigit((unsigned char)s[j + 1])) {
            size_t k = j + 1; /* 18.02.2025 */
            m = read_int(s, n, &k, 2);
            if (m > 0 && k < n && s[k] == '.') {
                size_t k0 = ++k;
                y = read_int(s, n, &k, 4);
                if (k - k0 == 4 && valid_date(y, m, a)) {
                    fmt_date(out, y, m, a);
                    return k;
                }
            }
            return 0;
        }
        d = a; /* 13 November 2024, 13. November, 13 de noviembre de 2024 */
        if (j < n && s[j] == '.') j++;
        j = skip_sp(s, n, j);
        if (j + 3 < n && !strncmp(s + j, "de ", 3)) j += 3;
        size_t we = word_end(s, n, j);
        m = ch_clean_month(s + j, we - j);
        if (!m) return 0;
        /* Portuguese "out" (outubro) is an English word: a month only with
         * its period or a year after it ("23 out. 2024", not "23 out of 32") */
        if (we - j == 3 && !strncasecmp(s + j, "out", 3)) {
            size_t y2 = skip_sp(s, n, we);
            if (!(we < n && s[we] == '.') && !(y2 < n && isdigit((unsigned char)s[y2]))) return 0;
        }
        i = we;
        if (s[we - 1] == '.' && we - 1 - j >= 5) i = we - 1; /* "5 de novembro." ends a sentence */
        size_t k = skip_sp(s, n, i);
        if (k < n && s[k] == ',') k = skip_sp(s, n, k + 1);
        if (k + 3 < n && !strncmp(s + k, "de ", 3)) k += 3;
        else if (k + 4 < n && !strncmp(s + k, "del ", 4)) k += 4; /* "20 de noviembre del 2004" */
        size_t k0 = k;
        int yy = read_int(s, n, &k, 4);
        if (yy >= 1900 && k - k0 == 4) { y = yy; i = k; }
    } else {
        size_t we = word_end(s, n, 0); /* Nov 13, 2024 / November 13 */
        m = ch_clean_month(s, we);
        if (!m) return 0;
        size_t j = skip_sp(s, n, we);
        d = read_int(s, n, &j, 2);
        if (d < 0) return 0;
        if (j + 1 < n && (!strncmp(s + j, "st", 2) || !strncmp(s + j, "nd", 2) ||
                          !strncmp(s + j, "rd", 2) || !strncmp(s + j, "th", 2)))
            j += 2;
        i = j;
        size_t k = j;
        if (k < n && s[k] == ',') k++;
        k = skip_sp(s, n, k);
        size_t k0 = k;
        int yy = read_int(s, n, &k, 4);
        if (yy >= 1900 && k - k0 == 4) { y = yy; i = k; }
    }
    if (y < 0) y = default_year;
    if (!valid_date(y, m, d)) return 0;
    fmt_date(out, y, m, d);
    return i;
}

/* ===== rules ===== */

/* feed-header: "date 2024-11-13 (FEED- Agency (AG)) " at the very start */
static void rule_feed_header(cleaner *c, cutrec *cr, int *ncr)
{
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        const char *s = c->s;
        size_t i = l->ks, e = l->ke, start = i;
        int got = 0;
        if (e - i > 5 && !strncasecmp(s + i, "date ", 5)) {
            char d[11];
            size_t used = ch_clean_parse_date(s + i + 5, e - i - 5, 0, d);
            if (used) {
                memcpy(c->date_buf, d, 11);
                c->year = atoi(d);
                i = skip_sp(s, e, i + 5 + used);
                got = 1;
            }
        }
        /* "(WORD- ... (...))": a parenthesized feed tag with a dash after its
         * first word */
        if (i < e && s[i] == '(') {
            size_t j = i + 1;
            while (j < e && (isalnum((unsigned char)s[j]))) j++;
            if (j > i + 2 && j < e && s[j] == '-') {
                int depth = 0;
                size_t k = i;
                for (; k < e; k++) {
                    if (s[k] == '(') depth++;
                    else if (s[k] == ')' && --depth == 0) break;
                }
                if (k < e && k - i < 120) {
                    i = skip_sp(s, e, k + 1);
                    got = 1;
                }
            }
        }
        if (got && i < e) {
            record_cut(cr, ncr, li, start, i, "feed-header", c->run);
            cut(c, l, start, i, "feed-header");
        } else if (got) {
            mark(c, l, "feed-header");
        }
        return; /* only the first non-blank line */
    }
}

static int is_upper_word(const char *s, size_t a, size_t b)
{
    int letters = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (islower(ch)) return 0;
        if (isupper(ch)) letters++;
    }
    return letters > 0;
}

/* the first word of a date line, not a place: a weekday, a month, "Posted" */
static int not_a_place(const char *p, size_t n)
{
    static const char *const w[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                    "Posted", "Published", "Updated", "Last", "Lunes", "Martes", "Miércoles",
                                    "Jueves", "Viernes", "Sábado", "Domingo", "Montag", "Dienstag", "Mittwoch",
                                    "Donnerstag", "Freitag", "Samstag", "Sonntag", NULL};
    size_t k = 0;
    while (k < n && p[k] != ' ') k++;
    for (int i = 0; w[i]; i++)
        if (strlen(w[i]) == k && !strncasecmp(w[i], p, k)) return 1;
    return ch_clean_month(p, k) != 0;
}

/* dateline: PLACE[, DATE] (AGENCY)[.]- | PLACE, DATE (AGENCY) -- | PLACE — */
static int try_dateline(cleaner *c, size_t li, cutrec *cr, int *ncr)
{
    {
        line *l = &c->ln[li];
        const char *s = c->s;
        size_t a = l->ks, e = l->ke, i = a;
        if (e - a > 200) e = a + 200;
        /* place: 1-4 capitalized words */
        int words = 0;
        size_t place_end = a;
        while (i < e && words < 4) {
            int32_t cp;
            int len = ch_utf8_decode(s + i, e - i, &cp);
            if (!ch__is_upper(cp)) break;
            size_t j = i + (size_t)len;
            while (j < e) {
                int l2 = ch_utf8_decode(s + j, e - j, &cp);
                if (ch__is_letter(cp) || cp == '-' || cp == '\'' || cp == '.') j += (size_t)l2;
                else break;
            }
            words++;
            place_end = j;
            i = j;
            if (i < e && s[i] == ' ' && i + 1 < e) {
                int32_t nx;
                ch_utf8_decode(s + i + 1, e - i - 1, &nx);
                if (ch__is_upper(nx)) { i++; continue; }
            }
            break;
        }
        if (!words) return 0;
        size_t j = place_end;
        char date[11] = {0};
        int has_comma = 0;
        if (j < e && s[j] == ',') {
            has_comma = 1;
            j = skip_sp(s, e, j + 1);
            size_t used = ch_clean_parse_date(s + j, e - j, c->year, date);
            if (!used) {
                /* date without a year we cannot resolve: still a dateline */
                char tmp[11];
                used = ch_clean_parse_date(s + j, e - j, 1900, tmp);
                date[0] = '\0';
            }
            if (used) j = skip_sp(s, e, j + used);
            else if (!(j < e && s[j] == '(')) return 0;
        } else {
            j = skip_sp(s, e, j);
        }
        char agency[32] = {0};
        if (j < e && s[j] == '(') {
            size_t k = j + 1;
            while (k < e && s[k] != ')' && k - j < 30) k++;
            if (k >= e || s[k] != ')' || k == j + 1) return 0;
            if (!is_upper_word(s, j + 1, k)) return 0;
            snprintf(agency, sizeof agency, "%.*s", (int)(k - j - 1), s + j + 1);
            j = k + 1;
        }
        /* separator: .-  --  —  –  -  : */
        size_t sep0 = j;
        if (j < e && s[j] == '.') j++;
        j = skip_sp(s, e, j);
        size_t sepstart = j;
        while (j < e) {
            if (s[j] == '-' || s[j] == ':') j++;
            else if (e - j >= 3 && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
                     ((unsigned char)s[j + 2] == 0x94 || (unsigned char)s[j + 2] == 0x93)) j += 3;
            else break;
        }
        int whole = 0; /* "Stuttgart, 18.02.2025" alone on its line */
        if (j == sepstart) {
            if (skip_sp(s, l->ke, sep0) >= l->ke && (date[0] || agency[0])) whole = 1;
            else return 0; /* no separator: not a dateline */
        }
        if (!agency[0] && !(is_upper_word(s, a, place_end) && place_end - a >= 3) && !has_comma)
            return 0;
        if (!agency[0] && !date[0] && !is_upper_word(s, a, place_end)) return 0;
        (void)sep0;
        j = skip_sp(s, l->ke, j);
        if (j >= l->ke) whole = 1;
        /* place: title-case an all-caps place */
        char place[96];
        size_t pl = place_end - a < sizeof place - 1 ? place_end - a : sizeof place - 1;
        memcpy(place, s + a, pl);
        place[pl] = '\0';
        if (is_upper_word(place, 0, pl)) {
            int first = 1;
            for (size_t k = 0; k < pl; k++) {
                unsigned char ch = (unsigned char)place[k];
                if (isalpha(ch)) {
                    place[k] = (char)(first ? toupper(ch) : tolower(ch));
                    first = 0;
                } else {
                    first = ch == ' ' || ch == '-';
                }
            }
        }
        /* "Tuesday, March 12, 2013 -", "Posted: ...": a date line, no place */
        if (!not_a_place(place, pl)) c->out->place = ch_arena_strndup(c->arena, place, pl);
        if (agency[0]) c->out->agency = ch_arena_strndup(c->arena, agency, strlen(agency));
        if (date[0]) memcpy(c->date_buf, date, 11);
        if (whole) {
            mark(c, l, "dateline");
        } else {
            record_cut(cr, ncr, li, a, j, "dateline", c->run);
            cut(c, l, a, j, "dateline");
        }
        return 1;
    }
}

/* the dateline is on the first body line, or on a header line of its own */
static void rule_dateline(cleaner *c, cutrec *cr, int *ncr)
{
    int seen = 0;
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        if (try_dateline(c, li, cr, ncr)) return;
        int w = line_words(c, l);
        if (w >= 30 || (w >= 6 && ends_sentence(c->s, l->ks, l->ke)) || ++seen >= 10) return;
    }
}

static int headline_like(const cleaner *c, line *l)
{
    int w = line_words(c, l);
    return w >= 3 && w <= 25 && l->ke - l->ks < 250 && !ends_sentence(c->s, l->ks, l->ke);
}

static int has_domain_token(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b) {
        while (i < b && s[i] == ' ') i++;
        size_t ws = i;
        while (i < b && s[i] != ' ') i++;
        /* word.tld with 2-6 letter tld and letters before */
        for (size_t k = ws + 1; k + 2 < i; k++) {
            if (s[k] != '.') continue;
            size_t t = k + 1, tl = 0;
            while (t < i && isalpha((unsigned char)s[t])) { t++; tl++; }
            if (t == i && tl >= 2 && tl <= 10 && isalpha((unsigned char)s[k - 1])) return 1;
        }
    }
    return 0;
}

static int contains_ci(const char *s, size_t a, size_t b, const char *needle)
{
    size_t m = strlen(needle);
    if (!m || m > b - a) return 0;
    for (size_t i = a; i + m <= b; i++)
        if (!strncasecmp(s + i, needle, m)) return 1;
    return 0;
}

static int title_case_words(const char *s, size_t a, size_t b)
{
    size_t i = a;
    int words = 0;
    while (i < b) {
        while (i < b && s[i] == ' ') i++;
        size_t ws = i;
        while (i < b && s[i] != ' ') i++;
        if (ws == i) break;
        int32_t cp;
        ch_utf8_decode(s + ws, i - ws, &cp);
        if (ch__is_lower(cp)) return 0;
        words++;
    }
    return words;
}

static int byline_prefix(const char *s, size_t a, size_t b);
static int ui_word(const char *w, size_t n);
static int weekday_word(const char *w, size_t n);

/* the header block: lines before the first body line */
static int in_header(const cleaner *c, size_t li)
{
    for (size_t k = 0; k < li; k++) {
        line *l = &c->ln[k];
        if (l->ke <= l->ks) continue;
        /* a body line: a sentence of six words or more, or any line of 30;
         * a long headline (no final stop) does not end the header */
        if (line_words(c, l) >= 30 || (ends_sentence(c->s, l->ks, l->ke) && line_words(c, l) >= 6))
            return 0;
    }
    return 1;
}

static void rule_outlet(cleaner *c)
{
    const char *src = c->hint ? c->hint->source : NULL;
    int seen = 0;
    /* "Harbor Times" then a longer headline: a masthead line */
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        int w = title_case_words(c->s, l->ks, l->ke);
        if (w < 1 || w > 4 || ends_sentence(c->s, l->ks, l->ke) || l->ke - l->ks > 40) break;
        for (size_t lj = li + 1; lj < c->nl; lj++) {
            line *h = &c->ln[lj];
            if (!alive(h) || is_blank(c, h)) continue;
            int hw = line_words(c, h);
            if (hw > w && (hw >= 5 || ends_sentence(c->s, h->ks, h->ke)) &&
                !byline_prefix(c->s, h->ks, h->ke)) {
                if (!c->out->source)
                    c->out->source = ch_arena_strndup(c->arena, c->s + l->ks, l->ke - l->ks);
                mark(c, l, "outlet-name");
            }
            break;
        }
        break;
    }
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        size_t len = l->ke - l->ks;
        int w = line_words(c, l);
        if (src && *src && !casecmp_n(c->s + l->ks, len, src, strlen(src))) {
            mark(c, l, "outlet-name");
            continue;
        }
        if (seen < 2 && w <= 6 && !ends_sentence(c->s, l->ks, l->ke) &&
            (has_domain_token(c->s, l->ks, l->ke) ||
             (src && *src && strlen(src) >= 4 && contains_ci(c->s, l->ks, l->ke, src))))
            mark(c, l, "outlet-name");
        seen++;
    }
}

static int is_tracking(const char *s, size_t a, size_t b);

/* in the header block: "Markets | Central banks" breadcrumbs,
 * "May 15, 2025 5:20 PM" date lines and feed/tracking ids on a line of their own */
static void rule_header_lines(cleaner *c)
{
    int past = 0;
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        /* a long headline ends the header block; a feed id inside it or in the
         * two lines after it is junk all the same */
        int hdr = in_header(c, li);
        if (!hdr && ++past > 2) return;
        const char *s = c->s;
        size_t a = l->ks, b = l->ke;
        if (is_tracking(s, a, b)) {
            mark(c, l, "tracking-id");
            continue;
        }
        if (!hdr) continue;
        int w = line_words(c, l);
        char d[11];
        size_t used = ch_clean_parse_date(s + a, b - a, c->year, d);
        /* "Updated: ...", "Published ...", "Posted on ...", "Saturday, ..."
         * before the date: up to three such words */
        for (size_t k0 = a, tries = 0; !used && tries < 3; tries++) {
            size_t k = k0;
            while (k < b && s[k] != ' ') k++;
            size_t k2 = skip_sp(s, b, k);
            if (!(k > k0 && (s[k - 1] == ':' || ui_word(s + k0, k - k0) == 1 || weekday_word(s + k0, k - k0))))
                break;
            if ((used = ch_clean_parse_date(s + k2, b - k2, c->year, d))) used += k2 - a;
            k0 = k2;
        }
        if (used && w <= 8) {
            /* rest: times, zones, separators only */
            int ok = n_words(s, a + used, b) <= 3;
            for (size_t k = a + used; k < b; k++) {
                unsigned char ch = (unsigned char)s[k];
                if (isdigit(ch) || ch == ' ' || ch == ':' || ch == ',' || ch == '.' || ch == '|' ||
                    ch == '-' || ch == '(' || ch == ')' || ch >= 0x80 || isupper(ch) ||
                    islower(ch))
                    continue;
                ok = 0;
                break;
            }
            if (ok) {
                if (!c->date_buf[0] && d[0] != '0') memcpy(c->date_buf, d, 11);
                mark(c, l, "date-line");
                continue;
            }
        }
        if (w <= 8 && !ends_sentence(s, a, b)) {
            int seps = 0;
            for (size_t k = a; k + 2 < b; k++) {
                if (s[k] == ' ' && (s[k + 1] == '|' || s[k + 1] == '>' || s[k + 1] == '/') && s[k + 2] == ' ')
                    seps++;
                if (s[k] == ' ' && k + 4 < b && (unsigned char)s[k + 1] == 0xE2 &&
                    (unsigned char)s[k + 2] == 0x80 && (unsigned char)s[k + 3] == 0xBA)
                    seps++; /* › */
            }
            if (seps && !byline_prefix(s, a, b)) mark(c, l, "ui-residue");
        }
    }
}

static void rule_title(cleaner *c)
{
    if (!c->hint || !c->hint->first_line_may_be_title || (c->hint->title && *c->hint->title))
        return;
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        if (!headline_like(c, l)) return;
        c->out->title = ch_arena_strndup(c->arena, c->s + l->ks, l->ke - l->ks);
        mark(c, l, "title");
        return;
    }
}

static void rule_dup_headline(cleaner *c)
{
    char key[512], tkey[512];
    size_t tk = 0;
    const char *title = c->out->title ? c->out->title : (c->hint ? c->hint->title : NULL);
    if (title) tk = norm_key(title, 0, strlen(title), tkey, sizeof tkey);
    /* keys of the short lines seen so far (removed ones too: a headline
     * moved to the title may be repeated below it) */
    typedef struct { uint64_t h; size_t k; } seen_key;
    seen_key seen[64];
    int ns = 0;
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        int was_removed = l->rule != NULL;
        size_t a = was_removed ? l->cs : l->ks, b = was_removed ? l->ce : l->ke;
        if (b <= a) continue;
        if ((was_removed ? n_words(c->s, a, b) : line_words(c, l)) > 30) continue;
        size_t k = norm_key(c->s, a, b, key, sizeof key);
        if (k < 12 || k >= sizeof key - 1) continue;
        uint64_t h = 1469598103934665603ULL;
        for (size_t i = 0; i < k; i++) h = (h ^ (unsigned char)key[i]) * 1099511628211ULL;
        if (!was_removed) {
            int dup = tk && k == tk && !memcmp(key, tkey, k);
            for (int i = 0; i < ns && !dup; i++) dup = seen[i].h == h && seen[i].k == k;
            if (dup) {
                mark(c, l, "duplicate-headline");
                continue;
            }
        }
        if (ns < 64) seen[ns++] = (seen_key){h, k};
    }
}

static const char *const ui_words[] = {
    "a", "a+", "a-", "aa", "advertisement", "anuncio", "anzeige", "article", "artículo",
    "bookmark", "by", "comentarios", "comment", "comments", "compartir", "copy", "copiar",
    "de", "drucken", "e-mail", "email", "enlace", "facebook", "follow", "font",
    "imprimir", "instagram", "kommentare", "link", "linkedin", "listen", "min",
    "minute", "minutes", "más", "on", "partager", "por", "print", "publicado",
    "posted", "published", "publié", "read", "reddit", "save", "share", "shares", "sign",
    "size", "subscribe", "suscríbete", "teilen", "telegram", "text", "this", "to",
    "tweet", "twitter", "updated", "us", "actualizado", "aktualisiert", "veröffentlicht",
    "x", "whatsapp", "zoom", "escuchar", "anhören", "lesen", "guardar", "speichern",
    "smaller", "larger", "reset", "tamaño", "letra", "schriftgröße", "up", "in",
    NULL};

/* a weekday name or its abbreviation, with a comma after it or not ("Saturday,",
 * "Wed", "Mittwoch,") */
static int weekday_word(const char *w, size_t n)
{
    static const char *const wd[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "lunes", "martes", "miércoles", "jueves", "viernes",
        "sábado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunedì", "martedì",
        "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag", NULL};
    while (n && (w[n - 1] == ',' || w[n - 1] == '.')) n--;
    for (int i = 0; wd[i]; i++)
        if (strlen(wd[i]) == n && !strncasecmp(w, wd[i], n)) return 1;
    return 0;
}

static int ui_word(const char *w, size_t n)
{
    char low[32];
    if (n == 0 || n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    low[n] = '\0';
    while (n && (low[n - 1] == ':' || low[n - 1] == '|' || low[n - 1] == ',')) low[--n] = '\0';
    if (!n) return 2;
    for (int i = 0; ui_words[i]; i++)
        if (!strcmp(low, ui_words[i])) return 1;
    return 0;
}

static void rule_ui(cleaner *c)
{
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        if (l->ke - l->ks > 60 || line_words(c, l) > 6) continue;
        const char *s = c->s;
        size_t i = l->ks;
        int ui = 0, other = 0, words = 0;
        while (i < l->ke) {
            while (i < l->ke && s[i] == ' ') i++;
            size_t ws = i;
            while (i < l->ke && s[i] != ' ') i++;
            if (ws == i) break;
            words++;
            int all_num = 1;
            for (size_t k = ws; k < i; k++)
                if (!isdigit((unsigned char)s[k]) && s[k] != '.' && s[k] != ',' && s[k] != ':' &&
                    s[k] != 'K' && s[k] != 'k') all_num = 0;
            int u = ui_word(s + ws, i - ws);
            if (u == 1) ui++;
            else if (all_num || u == 2 || ch_clean_month(s + ws, i - ws) ||
                     (i - ws == 1 && ispunct((unsigned char)s[ws])))
                ;
            else other++;
        }
        /* a lone "by"/"de"/"a" is not enough; one real UI word is */
        if (!other && ui && words >= 1) {
            int strong = 0;
            i = l->ks;
            while (i < l->ke) {
                while (i < l->ke && s[i] == ' ') i++;
                size_t ws = i;
                while (i < l->ke && s[i] != ' ') i++;
                size_t wl = i - ws;
                if (wl > 2 && ui_word(s + ws, wl) == 1 &&
                    strncasecmp(s + ws, "by", 2) && strncasecmp(s + ws, "por", 3) &&
                    strncasecmp(s + ws, "this", 4) && strncasecmp(s + ws, "article", 7))
                    strong = 1;
                if (wl == 2 && (s[ws] == 'A' || s[ws] == 'a') && (s[ws + 1] == '+' || s[ws + 1] == '-'))
                    strong = 1;
            }
            if (strong) mark(c, l, "ui-residue");
        }
    }
}

static void rule_caption(cleaner *c)
{
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        const char *s = c->s;
        size_t a = l->ks, b = l->ke;
        if (line_words(c, l) > 30) continue;
        static const char *const pre[] = {"Photo:", "Photo by", "Image:", "Foto:", "Bild:",
                                          "Picture:", "(Photo", "File photo", "Imagen:", NULL};
        int hit = 0;
        for (int k = 0; pre[k]; k++)
            if (b - a >= strlen(pre[k]) && !strncasecmp(s + a, pre[k], strlen(pre[k]))) hit = 1;
        /* credit glued after the caption's period: "...in Brussels.AFP" */
        size_t k = b;
        while (k > a && isupper((unsigned char)s[k - 1])) k--;
        if (b - k >= 2 && b - k <= 8 && k > a + 1 && s[k - 1] == '.' &&
            islower((unsigned char)s[k - 2]))
            hit = 1;
        if (hit) mark(c, l, "caption");
    }
}

static const char *const more_cues[] = {
    "keep reading", "read more", "read also", "also read", "related articles",
    "related stories", "related news", "related coverage", "related", "see also",
    "more on this story", "more on this", "recommended", "most read", "you may also like",
    "lee también", "lea también", "leer más", "te puede interesar", "noticias relacionadas",
    "relacionadas", "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
    "à lire aussi", "lire aussi", "sur le même sujet", "leggi anche", "leia também",
    "veja também", NULL};

static size_t more_cue(const char *s, size_t a, size_t b)
{
    for (int k = 0; more_cues[k]; k++) {
        size_t m = strlen(more_cues[k]);
        if (b - a < m || strncasecmp(s + a, more_cues[k], m)) continue;
        size_t j = a + m;
        if (j < b && (isalnum((unsigned char)s[j]))) continue;
        while (j < b && (s[j] == ':' || s[j] == ' ' || s[j] == '.' || s[j] == '>' || s[j] == '|')) j++;
        return j;
    }
    return 0;
}

static int bullet_start(const char *s, size_t a, size_t b)
{
    if (a >= b) return 0;
    unsigned char ch = (unsigned char)s[a];
    if (ch == '-' || ch == '*' || ch == '>' || ch == '+') return 1;
    if (b - a >= 3 && ch == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
        ((unsigned char)s[a + 2] == 0x93 || (unsigned char)s[a + 2] == 0x94 ||
         (unsigned char)s[a + 2] == 0xA2))
        return 1; /* – — • */
    if (b - a >= 2 && ch == 0xC2 && (unsigned char)s[a + 1] == 0xB7) return 1; /* · */
    return 0;
}

static void rule_read_more(cleaner *c)
{
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        size_t j = more_cue(c->s, l->ks, l->ke);
        if (!j) continue;
        int words = line_words(c, l);
        if (words > 25) continue;
        mark(c, l, "read-more");
        if (j < l->ke) continue; /* "Read more: headline" on one line */
        /* the headline list that follows */
        for (size_t lj = li + 1; lj < c->nl; lj++) {
            line *h = &c->ln[lj];
            if (!alive(h)) continue;
            if (is_blank(c, h)) break;
            int hw = line_words(c, h);
            if (bullet_start(c->s, h->ks, h->ke) && hw <= 30) mark(c, h, "read-more");
            else if (hw <= 20 && !ends_sentence(c->s, h->ks, h->ke)) mark(c, h, "read-more");
            else break;
        }
    }
}

static int byline_prefix(const char *s, size_t a, size_t b)
{
    static const char *const pre[] = {"By ", "BY ", "Por ", "POR ", "Von ", "Par ", "Di ",
                                      "Published by ", "Written by ", "Posted by ", "Reporting by ",
                                      "Text: ", "Texto: ", NULL};
    for (int k = 0; pre[k]; k++) {
        size_t m = strlen(pre[k]);
        if (b - a > m && !strncmp(s + a, pre[k], m)) return (int)m;
    }
    return 0;
}

/* "By Jane Doe", "By Jane Doe | June 17, 2025", "Por Ana Ruiz · 4 de marzo" */
static void rule_byline(cleaner *c)
{
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (!alive(l) || is_blank(c, l)) continue;
        const char *s = c->s;
        size_t a = l->ks, b = l->ke;
        int w = line_words(c, l);
        if (w < 2 || w > 14) continue;
        size_t pl = (size_t)byline_prefix(s, a, b);
        if (!pl) continue;
        /* the name part ends at a separator; a date may follow */
        size_t ne = a + pl;
        while (ne < b && s[ne] != '|' && s[ne] != ',' && !(s[ne] == ' ' && ne + 2 < b && s[ne + 1] == '-' && s[ne + 2] == ' ') &&
               !(b - ne >= 2 && (unsigned char)s[ne] == 0xC2 && (unsigned char)s[ne + 1] == 0xB7))
            ne++;
        size_t rest = ne;
        ne = trim_r(s, a + pl, ne);
        if (n_words(s, a + pl, ne) > 5 || ends_sentence(s, a + pl, ne)) continue;
        size_t i = a + pl;
        int names = 0, bad = 0;
        while (i < ne) {
            while (i < ne && s[i] == ' ') i++;
            size_t ws = i;
            while (i < ne && s[i] != ' ') i++;
            if (ws == i) break;
            int32_t cp;
            ch_utf8_decode(s + ws, i - ws, &cp);
            size_t wl = i - ws;
            if (ch__is_upper(cp)) names++;
            else if (!((wl == 3 && (!strncmp(s + ws, "and", 3) || !strncmp(s + ws, "und", 3) ||
                                    !strncmp(s + ws, "van", 3) || !strncmp(s + ws, "von", 3) ||
                                    !strncmp(s + ws, "del", 3))) ||
                       (wl == 1 && s[ws] == 'y') || (wl == 2 && (!strncmp(s + ws, "de", 2) || !strncmp(s + ws, "da", 2)))))
                bad = 1;
        }
        if (bad || !names) continue;
        if (rest < b) { /* after the separator: a date, an outlet or a role; nothing long */
            size_t r = rest;
            while (r < b && (s[r] == '|' || s[r] == ',' || s[r] == ' ' || s[r] == '-' ||
                             (unsigned char)s[r] == 0xC2 || (unsigned char)s[r] == 0xB7))
                r++;
            if (n_words(s, r, b) > 6 || ends_sentence(s, r, b)) continue;
            char d[11];
            if (ch_clean_parse_date(s + r, b - r, c->year, d) && !c->date_buf[0]) memcpy(c->date_buf, d, 11);
        }
        if (!c->out->byline) c->out->byline = ch_arena_strndup(c->arena, s + a + pl, ne - a - pl);
        mark(c, l, "byline");
    }
}

static int is_tracking(const char *s, size_t a, size_t b)
{
    if (b - a < 12) return 0;
    int digits = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ') return 0;
        if (isdigit(ch)) digits++;
    }
    return digits >= 8;
}

static int is_signoff_token(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    if (n == 0 || n > 24) return 0;
    static const char *const ends[] = {"(end)", "(fin)", "(ende)", "-30-", "###", "end",
                                       "(afp)", "(ap)", "(efe)", "(reuters)", NULL};
    for (int k = 0; ends[k]; k++)
        if (n == strlen(ends[k]) && !strncasecmp(s + a, ends[k], n)) return 1;
    /* ALLCAPS agency code(s): EFE, AFP, KUNA, AFP/Reuters-like with / */
    int up = 0, low = 0, other = 0, seps = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (isupper(ch)) up++;
        else if (islower(ch)) low++;
        else if (ch == '-' || ch == '/') seps++;
        else other++;
    }
    if (other) return 0;
    if (up >= 2 && !low && n <= 12) return 1;
    /* lowercase desk codes and lone trailer words: rja-ssk, arn, tracking */
    if (low && !up && n <= 12) return 1;
    (void)seps;
    return 0;
}

/* trailers from the end: tracking ids, sign-offs, glued agency codes */
static void rule_trailers(cleaner *c, cutrec *cr, int *ncr, int *run_tracking, int *run_signoff)
{
    int changed = 1;
    int first_content = -1;
    for (size_t li = 0; li < c->nl; li++)
        if (alive(&c->ln[li]) && !is_blank(c, &c->ln[li])) { first_content = (int)li; break; }
    while (changed) {
        changed = 0;
        for (size_t li = c->nl; li-- > 0;) {
            line *l = &c->ln[li];
            if (!alive(l) || is_blank(c, l)) continue;
            if ((int)li == first_content) return; /* never the only line */
            const char *s = c->s;
            size_t a = l->ks, b = l->ke;
            /* a line of tracking id tokens */
            if (is_tracking(s, a, b)) {
                c->run = *run_tracking;
                mark(c, l, "tracking-id");
                changed = 1;
                break;
            }
            if (line_words(c, l) == 1 && is_signoff_token(s, a, b)) {
                c->run = *run_signoff;
                mark(c, l, "agency-signoff");
                changed = 1;
                break;
            }
            /* glued: '... prevails.” EFE' or '... president. (end)' */
            size_t k = b;
            while (k > a && s[k - 1] != ' ') k--;
            if (k > a + 1 && b - k >= 2 && is_signoff_token(s, k, b) &&
                (is_upper_word(s, k, b) || s[k] == '(')) {
                size_t p = trim_r(s, a, k);
                if (p > a && ends_sentence(s, a, p)) {
                    c->run = *run_signoff;
                    record_cut(cr, ncr, li, k, b, "agency-signoff", c->run);
                    cut(c, l, k, b, "agency-signoff");
                    if (!c->out->agency && is_upper_word(s, k, b))
                        c->out->agency = ch_arena_strndup(c->arena, s + k, b - k);
                }
            }
            return;
        }
    }
}

/* ===== driver ===== */

static size_t removed_by(cleaner *c, int run)
{
    size_t t = 0;
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (l->cut_rule_id == run || l->cut_rule_id == -run - 1) t += l->ce - l->cs;
    }
    return t;
}

static void undo_run(cleaner *c, int run, cutrec *cr, int *ncr)
{
    for (size_t li = 0; li < c->nl; li++) {
        line *l = &c->ln[li];
        if (l->cut_rule_id == run || l->cut_rule_id == -run - 1) {
            l->rule = NULL;
            l->cut_rule_id = 0;
            l->ks = trim_l(c->s, l->s, l->e);
            l->ke = trim_r(c->s, l->ks, l->e);
        }
    }
    for (int k = 0; k < *ncr; k++)
        if (cr[k].run == run) cr[k].rule = NULL;
}

int ch_clean_text(const char *s, size_t n, const ch_clean_hint *hint,
                  ch_arena *arena, ch_clean_result *out)
{
    memset(out, 0, sizeof *out);
    cleaner c = {0};
    c.s = s;
    c.n = n;
    c.arena = arena;
    c.out = out;
    c.hint = hint;
    if (hint && hint->date) c.year = atoi(hint->date);
    size_t nl = 1;
    for (const char *p = s, *e = s + n; (p = memchr(p, '\n', (size_t)(e - p))); p++) nl++;
    c.ln = ch_calloc(nl, sizeof *c.ln);
    if (!c.ln) return CH_ENOMEM;
    for (size_t a = 0;;) {
        const char *p = a < n ? memchr(s + a, '\n', n - a) : NULL;
        size_t i = p ? (size_t)(p - s) : n;
        line *l = &c.ln[c.nl++];
        l->s = a;
        l->e = (i > a && s[i - 1] == '\r') ? i - 1 : i;
        l->ks = trim_l(s, l->s, l->e);
        l->ke = trim_r(s, l->ks, l->e);
        l->nw = -1;
        c.total += l->ke - l->ks;
        if (!p) break;
        a = i + 1;
    }
    cutrec cr[MAX_CUTS];
    int ncr = 0;
    size_t limit = (size_t)(c.total * CH_CLEAN_MAX_SHARE);
#define RUN(id, call)                                              \
    do {                                                           \
        c.run = (id);                                              \
        call;                                                      \
        if (removed_by(&c, (id)) > limit) undo_run(&c, (id), cr, &ncr); \
    } while (0)
    RUN(1, rule_feed_header(&c, cr, &ncr));
    RUN(2, rule_dateline(&c, cr, &ncr));
    RUN(12, rule_header_lines(&c));
    RUN(6, rule_ui(&c));
    RUN(3, rule_outlet(&c));
    RUN(4, rule_title(&c));
    RUN(5, rule_dup_headline(&c));
    RUN(7, rule_caption(&c));
    RUN(8, rule_read_more(&c));
    RUN(9, rule_byline(&c));
    int rt = 10, rs = 11;
    rule_trailers(&c, cr, &ncr, &rt, &rs);
    if (removed_by(&c, rt) > limit) undo_run(&c, rt, cr, &ncr);
    if (removed_by(&c, rs) > limit) undo_run(&c, rs, cr, &ncr);
#undef RUN
    /* if the dateline was undone, forget what it told us */

    /* report, in text order */
    size_t nrem = 0;
    for (size_t li = 0; li < c.nl; li++) nrem += c.ln[li].rule != NULL;
    nrem += (size_t)ncr;
    out->removed = ch_arena_alloc(arena, (nrem ? nrem : 1) * sizeof *out->removed);
    ch_buf text = CH_BUF_INIT;
    int rc = CH_OK;
    if (!out->removed) { rc = CH_ENOMEM; goto done; }
    int blank_run = 0, started = 0;
    for (size_t li = 0; li < c.nl; li++) {
        line *l = &c.ln[li];
        for (int k = 0; k < ncr; k++) {
            if (cr[k].line != li || !cr[k].rule) continue;
            size_t ca = trim_l(s, cr[k].a, cr[k].b), cb = trim_r(s, ca, cr[k].b);
            const char *t = ch_arena_strndup(arena, s + ca, cb - ca);
            if (!t) { rc = CH_ENOMEM; goto done; }
            out->removed[out->n_removed++] = (ch_removed){t, cr[k].rule};
        }
        if (l->rule) {
            if (l->ce > l->cs) {
                const char *t = ch_arena_strndup(arena, s + l->cs, l->ce - l->cs);
                if (!t) { rc = CH_ENOMEM; goto done; }
                out->removed[out->n_removed++] = (ch_removed){t, l->rule};
            }
            continue;
        }
        if (l->ks >= l->ke) { blank_run = 1; continue; }
        if (started && ch_buf_append(&text, blank_run ? "\n\n" : "\n", blank_run ? 2 : 1) < 0) {
            rc = CH_ENOMEM;
            goto done;
        }
        if (ch_buf_append(&text, s + l->ks, l->ke - l->ks) < 0) { rc = CH_ENOMEM; goto done; }
        started = 1;
        blank_run = 0;
    }
    out->text = ch_arena_strndup(arena, text.data ? text.data : "", text.len);
    out->text_len = text.len;
    if (!out->text) rc = CH_ENOMEM;
    if (c.date_buf[0]) out->date = ch_arena_strndup(arena, c.date_buf, 10);
done:
    ch_buf_release(&text);
    ch_free(c.ln);
    return rc;
}
