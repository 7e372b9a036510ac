/* sentence.c - rule-based sentence splitter.
 *
 * Why rules and not ICU: ICU's sentence break still splits after "Dr." and
 * similar abbreviations (see shared research), so an abbreviation list is
 * needed either way, and news adds its own cases: quotations that run over
 * several sentences, ellipses inside quotes, decimals, dotted acronyms.
 *
 * A candidate boundary is . ! ? or … (plus any run of them and of closing
 * quotes/brackets) followed by white space. It is rejected when the next
 * character is a lowercase letter, when the period ends an abbreviation of
 * the language, an initial or a dotted acronym, or when a quotation opened on
 * this line is still open (a quote that spans sentences stays whole; after
 * 600 bytes an unclosed quote no longer blocks, so a stray mark cannot glue
 * a paragraph together; a straight " after a space and before a word
 * reopens an open quote instead of closing it, as a quote going on past a
 * lost paragraph break has it; a “ inside a quote a “ opened does not
 * nest, the first was left unclosed). A line break always ends a sentence.
 */
#include "chorus/text.h"
#include "chorus/err.h"
#include "text_int.h"

#include <stdio.h>
#include <string.h>

#define QUOTE_SPAN_MAX 600

typedef struct {
    ch_span *v;
    size_t n, cap;
} spans;

static int push(spans *sp, const char *s, size_t a, size_t b)
{
    while (b > a && ch__is_space((unsigned char)s[b - 1])) b--;
    /* trailing non-breaking spaces and similar */
    while (b > a + 1 && (unsigned char)s[b - 2] == 0xC2 &&
           (unsigned char)s[b - 1] == 0xA0)
        b -= 2;
    if (b <= a) return CH_OK;
    if (sp->n == sp->cap) {
        ch_span *v = ch_grow(sp->v, &sp->cap, sizeof *v, 32);
        if (!v) return CH_ENOMEM;
        sp->v = v;
    }
    sp->v[sp->n].start = a;
    sp->v[sp->n].end = b;
    sp->n++;
    return CH_OK;
}

static int is_terminal(int32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static int is_closer(int32_t cp)
{
    return ch__is_close_quote(cp) || cp == '"' || cp == ')' || cp == ']' ||
           cp == 0x2019 || cp == '\'' || cp == 0x201C;
}

/* A company suffix ("Inc.", "Corp.") right before a role acronym ("Apple
 * Inc. CEO Steve Jobs"): the name goes on. The suffixes are ambiguous (see
 * data/abbrev/en.txt), so only this context keeps the sentence. */
static int suffix_before_role(const char *s, size_t dot, size_t next, size_t n)
{
    static const char *const sfx[] = {"Inc", "Corp", "Ltd", "Co", "LLC", "Plc", "PLC", NULL};
    static const char *const role[] = {"CEO", "CFO", "COO", "CTO", "CIO", "VP", "SVP", "EVP", NULL};
    size_t a = dot;
    while (a > 0 && ((s[a - 1] >= 'A' && s[a - 1] <= 'Z') || (s[a - 1] >= 'a' && s[a - 1] <= 'z'))) a--;
    int is_sfx = 0;
    for (int i = 0; sfx[i] && !is_sfx; i++)
        is_sfx = strlen(sfx[i]) == dot - a && !memcmp(s + a, sfx[i], dot - a);
    if (!is_sfx || (a > 0 && s[a - 1] != ' ')) return 0;
    size_t e = next;
    while (e < n && s[e] >= 'A' && s[e] <= 'Z') e++;
    if (e < n && s[e] != ' ' && s[e] != ',') return 0;
    for (int i = 0; role[i]; i++)
        if (strlen(role[i]) == e - next && !memcmp(s + next, role[i], e - next)) return 1;
    return 0;
}

/* Is the word ending just before the period at `dot` an abbreviation? */
static int abbrev_before(const char *s, size_t dot, const ch_wordlist *list)
{
    size_t a = dot;
    while (a > 0) {
        unsigned char c = (unsigned char)s[a - 1];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
            c >= 0x80)
            a--;
        else
            break;
    }
    while (a < dot) { /* drop leading non-letters such as an opening quote */
        int32_t cp;
        int l = ch_utf8_decode(s + a, dot - a, &cp);
        if (ch__is_letter(cp)) break;
        a += (size_t)l;
    }
    size_t len = dot - a;
    if (len == 0) return 0;
    const char *w = s + a;
    if (len == 1 && w[0] >= 'A' && w[0] <= 'Z') return 1; /* initial: J. */
    if (memchr(w, '.', len)) { /* dotted acronym: U.S, e.g, a.m, Ph.D */
        size_t seg = 0, segs = 1, maxseg = 0;
        for (size_t i = 0; i < len; i++) {
            if (w[i] == '.') { segs++; seg = 0; }
            else if (++seg > maxseg) maxseg = seg;
        }
        if (segs >= 2 && maxseg <= 2) return 1;
    }
    if (ch_wordlist_contains(list, w, len)) return 1;
    if (len < 32) { /* sentence-initial or all-caps forms: "NOV", "mr" */
        char tmp[32];
        memcpy(tmp, w, len);
        if (tmp[0] >= 'a' && tmp[0] <= 'z') tmp[0] = (char)(tmp[0] - 32);
        for (size_t i = 1; i < len; i++)
            if (tmp[i] >= 'A' && tmp[i] <= 'Z') tmp[i] = (char)(tmp[i] + 32);
        if (ch_wordlist_contains(list, tmp, len)) return 1;
    }
    return 0;
}

long ch_text_split_sentences(const char *s, size_t n, const char *lang,
                             ch_arena *arena, ch_span **out)
{
    char name[32];
    snprintf(name, sizeof name, "abbrev/%s", lang && strlen(lang) < 8 ? lang : "en");
    const ch_wordlist *list = ch_wordlist_find(name);
    if (!list) list = ch_wordlist_find("abbrev/en");

    spans sp = {0};
    size_t i = 0, start = (size_t)-1;
    int depth = 0, straight = 0, german = 0;
    size_t open_at = 0;
    int32_t open_cp = 0; /* the mark that opened the outermost quote */
    int32_t prev = ' ';
    while (i < n) {
        /* inside a sentence, plain ASCII other than . ! ? " and a line break
         * changes nothing but `prev`: skip it without decoding */
        if (start != (size_t)-1) {
            while (i < n) {
                unsigned char c = (unsigned char)s[i];
                if (c >= 0x80 || c == '\n' || c == '"' || c == '.' || c == '!' || c == '?') break;
                prev = c;
                i++;
            }
            if (i >= n) break;
        }
        int32_t cp;
        int len = ch__decode(s + i, n - i, &cp);
        if (cp == '\n') {
            if (start != (size_t)-1 && push(&sp, s, start, i) < 0) goto oom;
            start = (size_t)-1;
            depth = straight = german = 0;
            prev = ' ';
            i++;
            continue;
        }
        if (start == (size_t)-1) {
            if (ch__is_space(cp)) { prev = cp; i += (size_t)len; continue; }
            start = i;
        }
        /* quotation depth */
        if (cp == 0x201E) { german++; depth++; open_at = i; }
        else if (cp == 0x201C && german) { german--; if (depth) depth--; }
        else if (cp == 0x201C && depth == 1 && open_cp == 0x201C) { open_at = i; } /* “ inside “: the first was left open */
        else if (ch__is_open_quote(cp)) { depth++; open_at = i; if (depth == 1) open_cp = cp; }
        else if (ch__is_close_quote(cp)) { if (depth) depth--; }
        else if (cp == '"') {
            if (!straight && (ch__is_space(prev) || prev == '(' || prev == '[' ||
                              prev == 0x2014 || prev == 0x2013 || prev == ':')) {
                straight = 1; depth++; open_at = i;
            } else if (straight) {
                /* after a space and before a word it opens again (a quote
                 * going on past a lost paragraph break: 'hurt. "But I...'),
                 * as a closing mark is never set there */
                int32_t nx = 0;
                if (i + (size_t)len < n) ch_utf8_decode(s + i + (size_t)len, n - i - (size_t)len, &nx);
                if (!(ch__is_space(prev) && (ch__is_letter(nx) || ch__is_digit(nx)))) { straight = 0; if (depth) depth--; }
                else open_at = i;
            }
        }
        if (!is_terminal(cp)) {
            prev = cp;
            i += (size_t)len;
            continue;
        }
        /* consume the run of terminals and closers */
        size_t j = i + (size_t)len;
        int dots = cp == '.', other = cp != '.';
        while (j < n) {
            int32_t c2;
            int l2 = ch_utf8_decode(s + j, n - j, &c2);
            if (is_terminal(c2)) {
                if (c2 == '.') dots++; else other++;
            } else if (is_closer(c2)) {
                if (c2 == '"' && straight) { straight = 0; if (depth) depth--; }
                else if (c2 == 0x201C && german) { german--; if (depth) depth--; }
                else if (ch__is_close_quote(c2) && depth) depth--;
                else if (c2 == '"' || c2 == 0x201C) break;
            } else {
                break;
            }
            j += (size_t)l2;
        }
        prev = '.';
        size_t k = j;
        int32_t nc = -1;
        while (k < n) {
            int l3 = ch_utf8_decode(s + k, n - k, &nc);
            if (!ch__is_space(nc) || nc == '\n') break;
            k += (size_t)l3;
            nc = -1;
        }
        if (k == j && k < n && nc != '\n') { /* no space after: 9.2, U.S.-led */
            i = j;
            continue;
        }
        int boundary = 1;
        if (nc >= 0 && nc != '\n' && (ch__is_lower(nc) || nc == ',' || nc == ';'))
            boundary = 0;
        else if (dots == 1 && !other && abbrev_before(s, i, list) && nc != '\n' && k < n)
            boundary = 0;
        else if (dots == 1 && !other && nc != '\n' && k < n && suffix_before_role(s, i, k, n))
            boundary = 0;
        else if (depth > 0 && i - open_at < QUOTE_SPAN_MAX && nc != '\n' && k < n)
            boundary = 0;
        if (boundary) {
            if (push(&sp, s, start, j) < 0) goto oom;
            start = (size_t)-1;
            depth = straight = german = 0;
        }
        i = j;
    }
    if (start != (size_t)-1 && push(&sp, s, start, n) < 0) goto oom;

    ch_span *res = ch_arena_alloc(arena, (sp.n ? sp.n : 1) * sizeof *res);
    if (!res) goto oom;
    if (sp.n) memcpy(res, sp.v, sp.n * sizeof *res);
    ch_free(sp.v);
    *out = res;
    return (long)sp.n;
oom:
    ch_free(sp.v);
    return CH_ENOMEM;
}
