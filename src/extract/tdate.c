/* tdate.c - dates in the text, absolute and relative, resolved against the
 * article's date. */
#include "chorus/clean.h"
#include "chorus/err.h"
#include "extract_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, char out[11])
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) { out[0] = '\0'; return; }
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

/* each word with its language: "hier" is yesterday in French and "here" in
 * German and Dutch, "morgen" tomorrow in German and Dutch */
static const struct { const char *w; int wd; const char *lang; } weekdays[] = {
    {"monday", 1, "en"}, {"tuesday", 2, "en"}, {"wednesday", 3, "en"}, {"thursday", 4, "en"},
    {"friday", 5, "en"}, {"saturday", 6, "en"}, {"sunday", 0, "en"},
    {"lunes", 1, "es"}, {"martes", 2, "es"}, {"miércoles", 3, "es"}, {"miercoles", 3, "es"}, {"jueves", 4, "es"},
    {"viernes", 5, "es"}, {"sábado", 6, "es"}, {"sabado", 6, "es"}, {"domingo", 0, "es"},
    {"montag", 1, "de"}, {"dienstag", 2, "de"}, {"mittwoch", 3, "de"}, {"donnerstag", 4, "de"},
    {"freitag", 5, "de"}, {"samstag", 6, "de"}, {"sonntag", 0, "de"},
    {"lundi", 1, "fr"}, {"mardi", 2, "fr"}, {"mercredi", 3, "fr"}, {"jeudi", 4, "fr"}, {"vendredi", 5, "fr"},
    {"samedi", 6, "fr"}, {"dimanche", 0, "fr"},
    {"lunedì", 1, "it"}, {"martedì", 2, "it"}, {"mercoledì", 3, "it"}, {"giovedì", 4, "it"},
    {"venerdì", 5, "it"}, {"sabato", 6, "it"}, {"domenica", 0, "it"},
    {"maandag", 1, "nl"}, {"dinsdag", 2, "nl"}, {"woensdag", 3, "nl"}, {"donderdag", 4, "nl"},
    {"vrijdag", 5, "nl"}, {"zaterdag", 6, "nl"}, {"zondag", 0, "nl"},
    {"segunda-feira", 1, "pt"}, {"terça-feira", 2, "pt"}, {"quarta-feira", 3, "pt"}, {"quinta-feira", 4, "pt"},
    {"sexta-feira", 5, "pt"}, {"sábado", 6, "pt"}, {"domingo", 0, "pt"}, {NULL, 0, NULL}};

static const struct { const char *w; int off; int words; const char *lang; } rel[] = {
    {"the day before yesterday", -2, 4, "en"}, {"yesterday", -1, 1, "en"}, {"today", 0, 1, "en"},
    {"tomorrow", 1, 1, "en"}, {"last week", -7, 2, "en"}, {"next week", 7, 2, "en"}, {"last month", -30, 2, "en"},
    {"next month", 30, 2, "en"},
    {"la prossima settimana", 7, 3, "it"}, {"la settimana prossima", 7, 3, "it"}, {"il mese prossimo", 30, 3, "it"},
    {"il prossimo mese", 30, 3, "it"}, {"volgende week", 7, 2, "nl"}, {"volgende maand", 30, 2, "nl"},
    {"la semaine prochaine", 7, 3, "fr"}, {"le mois prochain", 30, 3, "fr"}, {"nächste woche", 7, 2, "de"},
    {"nächsten monat", 30, 2, "de"}, {"na próxima semana", 7, 3, "pt"}, {"próximo mês", 30, 2, "pt"},
    {"el mes que viene", 30, 4, "es"}, {"el mes próximo", 30, 3, "es"}, {"la semana próxima", 7, 3, "es"},
    {"la semana que viene", 7, 4, "es"}, {"la próxima semana", 7, 3, "es"}, {"el próximo mes", 30, 3, "es"},
    {"anteayer", -2, 1, "es"}, {"ayer", -1, 1, "es"}, {"hoy", 0, 1, "es"}, {"mañana", 1, 1, "es"},
    {"la semana pasada", -7, 3, "es"}, {"el mes pasado", -30, 3, "es"},
    {"vorgestern", -2, 1, "de"}, {"gestern", -1, 1, "de"}, {"heute", 0, 1, "de"}, {"morgen", 1, 1, "de"},
    {"letzte woche", -7, 2, "de"}, {"vergangene woche", -7, 2, "de"}, {"letzten monat", -30, 2, "de"},
    {"vergangenen monat", -30, 2, "de"},
    {"avant-hier", -2, 1, "fr"}, {"hier", -1, 1, "fr"}, {"aujourd'hui", 0, 1, "fr"}, {"aujourd\xE2\x80\x99hui", 0, 1, "fr"},
    {"demain", 1, 1, "fr"}, {"la semaine dernière", -7, 3, "fr"}, {"le mois dernier", -30, 3, "fr"},
    {"ieri", -1, 1, "it"}, {"oggi", 0, 1, "it"}, {"domani", 1, 1, "it"}, {"la settimana scorsa", -7, 3, "it"},
    {"il mese scorso", -30, 3, "it"},
    {"eergisteren", -2, 1, "nl"}, {"gisteren", -1, 1, "nl"}, {"vandaag", 0, 1, "nl"}, {"morgen", 1, 1, "nl"},
    {"vorige week", -7, 2, "nl"}, {"vorige maand", -30, 2, "nl"},
    {"anteontem", -2, 1, "pt"}, {"ontem", -1, 1, "pt"}, {"hoje", 0, 1, "pt"}, {"amanhã", 1, 1, "pt"},
    {"semana passada", -7, 2, "pt"}, {NULL, 0, 0, NULL}};

/* a word of language wl fits the article: the same language, or any when the
 * article's language is not known */
static int lang_fits(const ch_article *a, const char *wl)
{
    if (!a->lang || !*a->lang || !strcmp(a->lang, "und")) return 1;
    return !strcmp(a->lang, wl);
}

/* "two days ago", "hace dos días", "vor zwei Tagen": n days, weeks or
 * months back, per language: the words before the number and after the
 * unit, the numbers one to ten, the units (plural first) */
typedef struct {
    const char *lang, *pre, *post;
    const char *num[11];
    struct { const char *u; int d; } unit[8];
} ago_form;

static const ago_form agos[] = {
    {"en", NULL, " ago", {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL},
     {{"days", 1}, {"day", 1}, {"weeks", 7}, {"week", 7}, {"months", 30}, {"month", 30}, {NULL, 0}}},
    {"es", "hace ", NULL, {"un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", NULL},
     {{"días", 1}, {"día", 1}, {"semanas", 7}, {"semana", 7}, {"meses", 30}, {"mes", 30}, {NULL, 0}}},
    {"pt", "há ", NULL, {"um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", NULL},
     {{"dias", 1}, {"dia", 1}, {"semanas", 7}, {"semana", 7}, {"meses", 30}, {"mês", 30}, {NULL, 0}}},
    {"fr", "il y a ", NULL, {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", NULL},
     {{"jours", 1}, {"jour", 1}, {"semaines", 7}, {"semaine", 7}, {"mois", 30}, {NULL, 0}}},
    {"it", NULL, " fa", {"un", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", NULL},
     {{"giorni", 1}, {"giorno", 1}, {"settimane", 7}, {"settimana", 7}, {"mesi", 30}, {"mese", 30}, {NULL, 0}}},
    {"de", "vor ", NULL, {"einem", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", NULL},
     {{"Tagen", 1}, {"Tag", 1}, {"Wochen", 7}, {"Woche", 7}, {"Monaten", 30}, {"Monat", 30}, {NULL, 0}}},
    {"nl", NULL, " geleden", {"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", NULL},
     {{"dagen", 1}, {"dag", 1}, {"weken", 7}, {"week", 7}, {"maanden", 30}, {"maand", 30}, {NULL, 0}}},
};

static size_t ago_phrase(const ch_article *a, const char *t, size_t n, long *off)
{
    for (size_t f = 0; f < sizeof agos / sizeof agos[0]; f++) {
        const ago_form *g = &agos[f];
        if (!lang_fits(a, g->lang)) continue;
        size_t i = 0;
        if (g->pre) {
            size_t l = strlen(g->pre);
            if (n < l || strncasecmp(t, g->pre, l)) continue;
            i = l;
        }
        long v = 0;
        size_t j = i;
        while (j < n && isdigit((unsigned char)t[j]) && j - i < 3) v = v * 10 + (t[j++] - '0');
        if (j == i) {
            for (int k = 0; g->num[k] && !v; k++) {
                size_t l = strlen(g->num[k]);
                if (n - i > l && !strncasecmp(t + i, g->num[k], l) && t[i + l] == ' ') { v = k + 1; j = i + l; }
            }
            /* "una semana", "une semaine", "una settimana" */
            if (!v && n - i > 4 && (!strncasecmp(t + i, "una ", 4) || !strncasecmp(t + i, "une ", 4) ||
                                    !strncasecmp(t + i, "uma ", 4) || !strncasecmp(t + i, "einer ", 6))) {
                v = 1;
                j = i + (t[i + 1] == 'i' ? 5 : 3);
            }
        }
        if (!v || j >= n || t[j] != ' ') continue;
        j++;
        for (int u = 0; g->unit[u].u; u++) {
            size_t l = strlen(g->unit[u].u);
            if (n - j < l || strncasecmp(t + j, g->unit[u].u, l) || (j + l < n && isalnum((unsigned char)t[j + l])))
                continue;
            size_t e = j + l;
            if (g->post) {
                size_t pl = strlen(g->post);
                if (n - e < pl || strncasecmp(t + e, g->post, pl) || (e + pl < n && isalnum((unsigned char)t[e + pl])))
                    break;
                e += pl;
            }
            *off = -v * g->unit[u].d;
            return e;
        }
    }
    return 0;
}

int ch_extract_dates(const ch_article *a, ch_arena *arena, ch_date_ref **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    int base_y = 0;
    long base = 0;
    if (a->date && strlen(a->date) >= 10) {
        base_y = atoi(a->date);
        base = days_from_civil(base_y, atoi(a->date + 5), atoi(a->date + 8));
    }
    size_t cap = 16, k = 0;
    ch_date_ref *res = ch_arena_alloc(arena, cap * sizeof *res);
    if (!res) return CH_ENOMEM;
    const char *t = a->text;
    size_t len = a->text_len;
    for (size_t i = 0; i < len; i++) {
        if (i && isalnum((unsigned char)t[i - 1])) continue;
        if ((unsigned char)t[i] < 0x80 && !isalnum((unsigned char)t[i])) continue;
        ch_date_ref r = {0};
        char d[11];
        unsigned char f0 = (unsigned char)t[i];
        size_t used = (isdigit(f0) || strchr("JFMASONDjfmasondEeGgLlPpHhTtZzDdIiUu", f0) || f0 >= 0x80)
                          ? ch_clean_parse_date(t + i, len - i, base_y, d) : 0;
        if (used) {
            /* "13" alone parses only with a month: ch_clean_parse_date needs one */
            r.start = i;
            r.end = i + used;
            memcpy(r.date, d, 11);
        } else {
            int c0 = tolower((unsigned char)t[i]);
            for (int w = 0; weekdays[w].w && !r.end; w++) {
                if ((unsigned char)weekdays[w].w[0] != c0 || !lang_fits(a, weekdays[w].lang)) continue;
                size_t m = strlen(weekdays[w].w);
                if (len - i >= m && !strncasecmp(t + i, weekdays[w].w, m) &&
                    (i + m == len || !isalnum((unsigned char)t[i + m]))) {
                    r.start = i;
                    r.end = i + m;
                    r.relative = 1;
                    if (base) {
                        long wd = ((base % 7) + 7 + 4) % 7; /* 1970-01-01 was a Thursday */
                        long back = (wd - weekdays[w].wd + 7) % 7;
                        civil_from_days(base - back, r.date);
                    }
                    /* "on Wednesday": include the preposition */
                    if (i >= 3 && !strncasecmp(t + i - 3, "on ", 3)) r.start = i - 3;
                    else if (i >= 3 && !strncasecmp(t + i - 3, "el ", 3)) r.start = i - 3;
                    else if (i >= 3 && !strncasecmp(t + i - 3, "am ", 3)) r.start = i - 3;
                }
            }
            for (int w = 0; rel[w].w && !r.end; w++) {
                if ((unsigned char)rel[w].w[0] != c0 || !lang_fits(a, rel[w].lang)) continue;
                size_t m = strlen(rel[w].w);
                if (len - i >= m && !strncasecmp(t + i, rel[w].w, m) &&
                    (i + m == len || !isalnum((unsigned char)t[i + m]))) {
                    r.start = i;
                    r.end = i + m;
                    r.relative = 1;
                    if (base) civil_from_days(base + rel[w].off, r.date);
                }
            }
        }
        if (!r.end) {
            long off;
            size_t m = ago_phrase(a, t + i, len - i, &off);
            if (m) {
                r.start = i;
                r.end = i + m;
                r.relative = 1;
                if (base) civil_from_days(base + off, r.date);
            }
        }
        if (!r.end) continue;
        if (k == cap) {
            ch_date_ref *nr = ch_arena_alloc(arena, cap * 2 * sizeof *nr);
            if (!nr) return CH_ENOMEM;
            memcpy(nr, res, k * sizeof *nr);
            res = nr;
            cap *= 2;
        }
        res[k++] = r;
        i = r.end - 1;
    }
    *out = res;
    *n = k;
    return CH_OK;
}
