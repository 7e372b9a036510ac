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

static const struct { const char *w; int wd; } weekdays[] = {
    {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6},
    {"sunday", 0}, {"lunes", 1}, {"martes", 2}, {"miércoles", 3}, {"miercoles", 3}, {"jueves", 4},
    {"viernes", 5}, {"sábado", 6}, {"sabado", 6}, {"domingo", 0}, {"montag", 1}, {"dienstag", 2},
    {"mittwoch", 3}, {"donnerstag", 4}, {"freitag", 5}, {"samstag", 6}, {"sonntag", 0},
    {"lundi", 1}, {"mardi", 2}, {"mercredi", 3}, {"jeudi", 4}, {"vendredi", 5}, {"samedi", 6},
    {"dimanche", 0}, {NULL, 0}};

static const struct { const char *w; int off; int words; } rel[] = {
    {"yesterday", -1, 1}, {"today", 0, 1}, {"tomorrow", 1, 1}, {"last week", -7, 2},
    {"last month", -30, 2}, {"ayer", -1, 1}, {"hoy", 0, 1}, {"mañana", 1, 1},
    {"la semana pasada", -7, 3}, {"gestern", -1, 1}, {"heute", 0, 1}, {"morgen", 1, 1},
    {"letzte woche", -7, 2}, {"vergangene woche", -7, 2}, {"hier", -1, 1}, {"aujourd'hui", 0, 1},
    {"la semaine dernière", -7, 3}, {"ieri", -1, 1}, {"oggi", 0, 1}, {NULL, 0, 0}};

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
                if ((unsigned char)weekdays[w].w[0] != c0) continue;
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
                if ((unsigned char)rel[w].w[0] != c0) continue;
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
