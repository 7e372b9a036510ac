#define _GNU_SOURCE
/* quote.c - quotations, their speakers and reporting verbs.
 *
 * 1. Pair quote marks per paragraph: “ ” (and „ “ / „ ”), « », ‹ ›, straight
 *    " (opening after white space or a bracket), and ‘ ’ only where the
 *    opening one starts a word and the closing one ends one (apostrophes
 *    inside words are not quotes). A quote still open at the end of a
 *    paragraph continues when the next paragraph opens with a mark (the
 *    multi-paragraph convention); otherwise it ends with the paragraph.
 * 2. Join a quote interrupted by its attribution ("A," he said, "B.").
 * 3. Find the attribution, nearest first: after the quote ("..., Blinken
 *    said", "said the Secretary of State, Antony Blinken", "Rutte noted."),
 *    before it in the sentence ("Blinken said that ... a “firm response”",
 *    "according to X"), then the sentence before a quote paragraph.
 *    Pronouns go to the most recent speaker, else the most recent person.
 * 4. Speakers are mapped to the article's entities (fullest name) and carry
 *    the entity's title as role.
 */
#include "chorus/err.h"
#include "../text/text_int.h"
#include "extract_int.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct {
    size_t open, close;   /* mark positions: open mark start, close mark end */
    size_t cs, ce;        /* content span */
} qspan;

typedef struct {
    qspan *v;
    size_t n, cap;
} qvec;

static int qpush(qvec *q, qspan x)
{
    if (q->n == q->cap) {
        qspan *nv = ch_grow(q->v, &q->cap, sizeof *nv, 32);
        if (!nv) return CH_ENOMEM;
        q->v = nv;
    }
    q->v[q->n++] = x;
    return CH_OK;
}

/* ASCII double quotes as typewriters and TeX set them: `` and '' (older
 * newswire and treebank text); read as one mark each */
#define TEX_OPEN 0x110000
#define TEX_CLOSE 0x110001

static int32_t cp_at(const char *s, size_t n, size_t i, int *len)
{
    if (i + 1 < n && s[i] == s[i + 1] && (s[i] == '`' || s[i] == '\'')) {
        *len = 2;
        return s[i] == '`' ? TEX_OPEN : TEX_CLOSE;
    }
    int32_t cp;
    *len = ch__decode(s + i, n - i, &cp);
    return cp;
}

static int32_t cp_before(const char *s, size_t i)
{
    if (i == 0) return ' ';
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    int32_t cp;
    ch_utf8_decode(s + k, i - k, &cp);
    return cp;
}

/* kind of mark: 1 opening, 2 closing, 3 either (straight "), 0 none */
static int mark_kind(int32_t cp, int32_t prev, int32_t next, int *family)
{
    switch (cp) {
    case 0x201C: *family = 1; return 3;            /* “ opens, or closes „ */
    case 0x201D: *family = 1; return 2;            /* ” */
    case 0x201E: *family = 1; return 1;            /* „ */
    case TEX_OPEN: *family = 1; return 1;          /* `` */
    case TEX_CLOSE: *family = 1; return 2;         /* '' */
    case '`': *family = 5; return 1;               /* `single' */
    case 0x00AB: *family = 2; return 1;            /* « */
    case 0x00BB: *family = 2; return 2;            /* » */
    case 0x2039: *family = 3; return 1;            /* ‹ */
    case 0x203A: *family = 3; return 2;            /* › */
    case '"': *family = 4; return 3;
    case 0x2018: *family = 5; return ch__is_letter(prev) ? 0 : 1;   /* ‘ */
    case 0x2019: *family = 5; return (ch__is_letter(prev) && ch__is_letter(next)) ? 0 : 2; /* ’ */
    case '\'':      /* straight single quote: opens before a word, closes after one */
        *family = 5;
        if (ch__is_letter(prev) && ch__is_letter(next)) return 0;        /* we're */
        if (prev == '.' && (next == 's' || next == 'S')) return 0;       /* U.K.'s */
        if (!ch__is_letter(prev) && !ch__is_digit(prev) && ch__is_letter(next)) return 1;
        /* before a currency sign after a space: "cost '$2 billion or more'" */
        if (ch__is_space(prev) && (next == '$' || next == 0x20AC || next == 0x00A3)) return 1;
        if (!ch__is_space(prev) && !ch__is_letter(next)) return 2;
        return 0;
    default: return 0;
    }
}

/* the pronouns that stand before a reporting verb after a quote ('...,"
 * he said') */
static const char *const subject_pronouns[] = {"he", "she", "they", NULL};

/* is there a reporting word (or phrase of up to four words) at x? */
static int cue_phrase_at(const char *s, size_t n, size_t x, const ch_wordlist *cues)
{
    size_t e = x;
    for (int w = 0; w < 4 && e < n; w++) {
        while (e < n && isalpha((unsigned char)s[e])) e++;
        if (ch_wordlist_contains_ci(cues, s + x, e - x)) return 1;
        if (e >= n || s[e] != ' ') break;
        e++;
    }
    return 0;
}

/* after a spaced mark at i (text from b): one to three capitalized words or
 * "the" and up to three words, then a reporting word ('scorer, "Hansbrough
 * said', 'into, "the company was quoted as saying', 'into, "the EDS statement
 * read'); not when a reporting word stands just before the mark ('he said,
 * "the team ...' opens a quote) */
static int named_attribution(const char *s, size_t n, size_t i, size_t b, const ch_wordlist *cues)
{
    size_t p = i - 2; /* the , */
    if (s[p] != ',') return 0; /* after a full stop the mark may open the next sentence */
    for (int w = 0; w < 3 && p > 0; w++) {
        size_t e = p;
        while (p > 0 && isalpha((unsigned char)s[p - 1])) p--;
        if (e > p && ch_wordlist_contains_ci(cues, s + p, e - p)) return 0;
        if (p == 0 || s[p - 1] != ' ') break;
        p--;
    }
    int the = b + 4 < n && !memcmp(s + b, "the ", 4);
    size_t x = the ? b + 4 : b;
    const char *prev = NULL;
    size_t prevn = 0;
    for (int w = 0; w < 4 && x < n; w++) {
        size_t e = x;
        while (e < n && (isalpha((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80 || s[e] == '-')) e++;
        if (e == x) return 0;
        if (w > 0 && islower((unsigned char)s[x])) {
            if (cue_phrase_at(s, n, x, cues)) return 1;
            /* "the statement read" */
            if (e - x == 4 && !memcmp(s + x, "read", 4) && prev && prevn == 9 && !memcmp(prev, "statement", 9))
                return 1;
        }
        if (!the && !isupper((unsigned char)s[x])) return 0;
        /* a sentence's first word ("We ask", "Nobody told", "He asked") */
        if (!the && w == 0 && ch_wordlist_contains_ci(ch__list_for("stopwords", "en"), s + x, e - x)) return 0;
        /* a name, its appositive and the cue: 'again, "Jonathan Wright,
         * Interoute's director of wholesale products, said' */
        if (!the && w >= 1 && e < n && s[e] == ',') {
            size_t lim = e + 160 < n ? e + 160 : n;
            for (size_t y = e + 1; y + 2 < lim && s[y] != '\n' && s[y] != '"'; y++) {
                if (s[y] != ',' || s[y + 1] != ' ') continue;
                size_t cs = y + 2, ce = cs;
                while (ce < lim && isalpha((unsigned char)s[ce])) ce++;
                if (ce > cs && islower((unsigned char)s[cs]) && ch_wordlist_contains_ci(cues, s + cs, ce - cs) &&
                    (ce >= n || s[ce] == '.' || s[ce] == ',' || s[ce] == ' '))
                    return 1;
            }
            return 0;
        }
        if (w == 3 || e >= n || s[e] != ' ') return 0;
        prev = s + x;
        prevn = e - x;
        x = e + 1;
    }
    return 0;
}

/* a straight " set after a space that closes a quote: 'progress, "said X.'
 * (a space slipped before the mark, as detokenized text has it): the mark
 * follows , . ! or ? and a space, and a reporting word follows it */
static int spaced_closer(const char *s, size_t n, size_t i, const ch_wordlist *cues)
{
    /* the mark: a straight ", or the “ a smart-quote pass makes of it there */
    size_t ml = s[i] == '"' ? 1 : (i + 2 < n && !memcmp(s + i, "\xE2\x80\x9C", 3)) ? 3 : 0;
    if (!ml || i < 2 || s[i - 1] != ' ' || !strchr(",.!?", s[i - 2]) || !cues) return 0;
    size_t b = i + ml, e = b;
    while (e < n && isalpha((unsigned char)s[e])) e++;
    if (e > b && islower((unsigned char)s[b]) && ch_wordlist_contains_ci(cues, s + b, e - b)) return 1;
    /* or a pronoun and a reporting word: 'better, "he said.' */
    if (e > b && e < n && s[e] == ' ' && ch__in_list(subject_pronouns, s + b, e - b, 0)) {
        size_t b2 = e + 1, e2 = b2;
        while (e2 < n && isalpha((unsigned char)s[e2])) e2++;
        return e2 > b2 && ch_wordlist_contains_ci(cues, s + b2, e2 - b2);
    }
    return named_attribution(s, n, i, b, cues);
}

/* a “ or a straight " right before , . ; : ! or ? opens nothing: it is a
 * closing mark set the wrong way round or after a stray space ('... the
 * orchestra “, the host said', '... the orchestra ", the host said') */
static int punct_after(int32_t next) { return next == ',' || next == '.' || next == ';' || next == ':' || next == '!' || next == '?'; }

/* is the next quote mark of family fam after byte j a closing one, within
 * 600 bytes and before a blank line? */
static int closes_later(const char *s, size_t n, size_t j, int fam, const ch_wordlist *cues)
{
    size_t lim = j + 600 < n ? j + 600 : n;
    for (size_t i = j; i < lim;) {
        if (s[i] == '\n' && i + 1 < lim && s[i + 1] == '\n') return 0;
        int l, f = 0;
        int32_t cp = cp_at(s, n, i, &l);
        int32_t prev = cp_before(s, i);
        int ln;
        int32_t next = i + (size_t)l < n ? cp_at(s, n, i + (size_t)l, &ln) : ' ';
        int k = mark_kind(cp, prev, next, &f);
        if (k && (f == fam || (f == 1 && fam == 4) || (f == 4 && fam == 1))) {
            if (k == 2) return 1;
            if (k == 3) /* straight or “: closing when it ends a word */
                return (cp != 0x201C && !ch__is_space(prev) && !ch__is_letter(next) && !ch__is_digit(next)) ||
                       spaced_closer(s, n, i, cues) || ((cp == 0x201C || cp == '"') && punct_after(next));
            return 0;
        }
        i += (size_t)l;
    }
    return 0;
}

/* single marks, one sentence per line ("'I've done it.\nTrust me.\n... I
 * don't need it,' she told the magazine."): the quote goes on over lines
 * only to a closing mark right after , . ! or ? that an attribution follows
 * (a reporting word, or a pronoun or a name and one), within 1200 bytes and
 * before a blank line; an apostrophe ("the players' union") is no such mark */
static int single_closes_later(const char *s, size_t n, size_t j, const ch_wordlist *cues)
{
    if (!cues) return 0;
    size_t lim = j + 1200 < n ? j + 1200 : n;
    for (size_t i = j; i < lim; i++) {
        if (s[i] == '\n' && i + 1 < lim && s[i + 1] == '\n') return 0;
        size_t ml = s[i] == '\'' ? 1 : (i + 2 < n && !memcmp(s + i, "\xE2\x80\x99", 3)) ? 3 : 0;
        if (!ml || i == 0 || !strchr(",.!?", s[i - 1])) continue;
        size_t b = i + ml;
        if (b >= n || s[b] != ' ') continue;
        /* up to three words: a pronoun or a name, then a reporting word */
        size_t x = b + 1;
        for (int w = 0; w < 4 && x < n; w++) {
            size_t e = x;
            while (e < n && (isalpha((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80)) e++;
            if (e == x) break;
            if (islower((unsigned char)s[x]) && ch_wordlist_contains_ci(cues, s + x, e - x)) return 1;
            if (!(isupper((unsigned char)s[x]) || (w == 0 && ch__in_list(subject_pronouns, s + x, e - x, 0))))
                break;
            x = e + 1;
        }
        return 0; /* the first closing mark decides */
    }
    return 0;
}

/* is a double quote mark (" “ ” „ ‟ « ») at byte i? */
static int double_mark_at(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    return u[i] == '"' || (u[i] == 0xC2 && i + 1 < n && (u[i + 1] == 0xAB || u[i + 1] == 0xBB)) ||
           (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] >= 0x9C && u[i + 2] <= 0x9F);
}

/* from j to the end of the text: at most six lines, no blank line, no
 * double quote mark of any kind */
static int no_mark_to_end(const char *s, size_t n, size_t j)
{
    int lines = 1;
    if (n - j > 1200) return 0;
    for (size_t i = j; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            if (i + 1 < n && s[i + 1] == '\n') return 0;
            if (++lines > 6) return 0;
        }
        if (double_mark_at(s, n, i)) return 0;
    }
    return 1;
}

static int find_spans(const ch_article *a, qvec *out)
{
    const char *s = a->text;
    size_t n = a->text_len, i = 0;
    int open = 0, fam = 0, german = 0;
    size_t o_pos = 0, o_end = 0;
    const ch_wordlist *cues = ch__list_for("cues", a->lang);
    while (i < n) {
        int l;
        int32_t cp = cp_at(s, n, i, &l);
        if (cp == '\n') {
            if (open) {
                /* next paragraph opens with a mark of the family: continue */
                size_t j = i;
                while (j < n && (s[j] == '\n' || s[j] == ' ')) j++;
                int l2, f2 = 0;
                int32_t c2 = j < n ? cp_at(s, n, j, &l2) : 0;
                int k2 = c2 ? mark_kind(c2, ' ', ' ', &f2) : 0;
                /* one sentence per line ('"A.\nB." said X'): the quote goes
                 * on when the next mark of its family, within a few lines and
                 * before any blank line, is a closing one */
                if (!(k2 & 1) && fam != 5 && closes_later(s, n, j, fam, cues)) {
                    i = j;
                    continue;
                }
                if (!(k2 & 1) && fam == 5 && single_closes_later(s, n, j, cues)) {
                    i = j;
                    continue;
                }
                /* a text cut off inside a quote: no mark at all in its last few
                 * lines, no blank line; the quote runs to the end */
                if (!(k2 & 1) && fam != 5 && no_mark_to_end(s, n, j)) {
                    i = j;
                    continue;
                }
                if (!(k2 & 1) || f2 != fam || fam == 5) {
                    /* unbalanced: the quote ends with the paragraph */
                    if (i > o_end + 2 && fam != 5 && qpush(out, (qspan){o_pos, i, o_end, i}) < 0) return CH_ENOMEM;
                    open = 0;
                } else {
                    /* record this paragraph's part and reopen */
                    if (qpush(out, (qspan){o_pos, i, o_end, i}) < 0) return CH_ENOMEM;
                    out->v[out->n - 1].close = (size_t)-1; /* marks "continues" */
                    i = j;
                    o_pos = j;
                    o_end = j + (size_t)l2;
                    i = o_end;
                    continue;
                }
            }
            i++;
            continue;
        }
        int f = 0;
        int32_t prev = cp_before(s, i);
        int ln;
        int32_t next = i + (size_t)l < n ? cp_at(s, n, i + (size_t)l, &ln) : ' ';
        int k = mark_kind(cp, prev, next, &f);
        if (!k) { i += (size_t)l; continue; }
        if (!open && k == 2 && (f == 1 || f == 2)) {
            /* a closing mark ending a line that opened none: its opening mark
             * was lost ('“A,” said X.\nB.”'); the line is the quote */
            size_t e2 = i + (size_t)l;
            while (e2 < n && (s[e2] == ' ' || s[e2] == '\r')) e2++;
            size_t ls = i;
            while (ls > 0 && s[ls - 1] != '\n') ls--;
            int marks = 0;
            for (size_t x = ls; x < i && !marks; x++) marks = double_mark_at(s, n, x);
            /* a quote before it on the line above, within a few lines */
            int after_quote = out->n && out->v[out->n - 1].close != (size_t)-1 && ls > out->v[out->n - 1].close &&
                              ls - out->v[out->n - 1].close < 200;
            if ((e2 >= n || s[e2] == '\n') && !marks && after_quote && i > ls + 20) {
                if (qpush(out, (qspan){ls, i + (size_t)l, ls, i}) < 0) return CH_ENOMEM;
                i += (size_t)l;
                continue;
            }
        }
        if (!open && k == 3 && spaced_closer(s, n, i, cues)) {
            /* a spaced closing mark with an attribution after it on a line
             * that opened no quote: the opening mark was lost ('... entered
             * into, "the statement read.'); the line up to it is the quote */
            size_t ls = i;
            while (ls > 0 && s[ls - 1] != '\n') ls--;
            int marks = 0;
            for (size_t x = ls; x < i && !marks; x++) marks = double_mark_at(s, n, x);
            if (!marks && i > ls + 20) {
                if (qpush(out, (qspan){ls, i + (size_t)l, ls, i - 1}) < 0) return CH_ENOMEM;
                i += (size_t)l;
                continue;
            }
        }
        if (!open) {
            int can_open = k == 1 || (k == 3 && !spaced_closer(s, n, i, cues) && !((cp == 0x201C || cp == '"') && punct_after(next)) &&
                                      (f == 1 || ch__is_space(prev) || prev == '(' || prev == '[' ||
                                                 prev == 0x2014 || prev == 0x2013 || prev == ':' || i == 0 ||
                                                 prev == '\n' || prev == '-' ||
                                                 /* glued after a sentence: resistance."Thanks */
                                                 ((prev == '.' || prev == '!' || prev == '?') && ch__is_upper(next)))) ||
                           /* the same glued mark turned the wrong way by a smart-quote pass
                            * (resistance.”Thanks ... won,” Rutte said): it opens when a
                            * closing mark follows */
                           (cp == 0x201D && (prev == '.' || prev == '!' || prev == '?') && ch__is_upper(next) &&
                            closes_later(s, n, i + (size_t)l, 1, cues));
            if (can_open) {
                open = 1;
                fam = f;
                german = cp == 0x201E;
                o_pos = i;
                o_end = i + (size_t)l;
            }
        } else if ((f == fam || (f == 1 && fam == 4) || (f == 4 && fam == 1)) && (k & 2) &&
                   (f != 1 || cp != 0x201C || german || punct_after(next) || spaced_closer(s, n, i, cues)) && i > o_end &&
                   /* a straight " shaped as an opener (after a space, before a
                    * word) inside an open quote opens a nested one, as a “ there
                    * would: 'A, "The B," said X' with the first mark unclosed */
                   !(cp == '"' && (ch__is_space(prev) || prev == '(') &&
                     (ch__is_letter(next) || ch__is_digit(next)) && !spaced_closer(s, n, i, cues))) {
            if (qpush(out, (qspan){o_pos, i + (size_t)l, o_end, i}) < 0) return CH_ENOMEM;
            open = 0;
        } else if (f == 1 && fam == 4 && k == 2) {
            /* “ opened as straight? no: mixed families do not pair */
        }
        i += (size_t)l;
    }
    if (open && fam != 5 && n > o_end + 2 && qpush(out, (qspan){o_pos, n, o_end, n}) < 0) return CH_ENOMEM;
    return CH_OK;
}

/* does [s, s+n) mention a prize or an award? */
static int award_in(const char *s, size_t n)
{
    static const char *const w[] = {"prize", "award", "medal", "laureate", "honour", "honor", NULL};
    for (size_t i = 0; i < n; i++) {
        if (i && isalpha((unsigned char)s[i - 1])) continue;
        for (int k = 0; w[k]; k++) {
            size_t l = strlen(w[k]);
            if (i + l <= n && !strncasecmp(s + i, w[k], l)) return 1;
        }
    }
    return 0;
}

/* ===== words and cues ===== */

typedef struct {
    size_t s, e;
} wspan;

/* words of [a, b) (letters/digits/'-) */
static size_t words_in(const char *t, size_t a, size_t b, wspan *w, size_t cap)
{
    size_t k = 0, i = a;
    while (i < b && k < cap) {
        while (i < b) {
            int32_t cp;
            int l = ch__decode(t + i, b - i, &cp);
            if (ch__is_letter(cp) || ch__is_digit(cp)) break;
            i += (size_t)l;
        }
        size_t s = i;
        while (i < b) {
            int32_t cp;
            int l = ch__decode(t + i, b - i, &cp);
            if (!(ch__is_letter(cp) || ch__is_digit(cp) || cp == '-' || cp == '\'' || cp == 0x2019)) break;
            i += (size_t)l;
        }
        /* an elided article glued to a name ("l'UAW", "l'Airbus", a
         * sentence-opening "L'UAW"): the word is the name, as entities read
         * it. Not after an elided preposition ("nell'Archivio",
         * "dell'Alabama"): a complement is no subject */
        /* a site's name keeps its domain ("Rajanews.com"), as entities read it */
        if (i > s && i < b && t[i] == '.') i += ch__domain_suffix(t, i, b);
        s += ch__elided_prefix(t + s, i - s, 1);
        if (i > s) w[k++] = (wspan){s, i};
    }
    return k;
}

static int is_pronoun(const char *s, size_t n)
{
    static const char *const p[] = {"he", "she", "they", "it", "él", "ella", "ellos", "er", "sie", "il", "elle",
                                    "lui", "lei", "hij", "zij", "ele", "ela", NULL};
    return n >= 2 && n <= 5 && ch__in_list(p, s, n, 1);
}

/* a pronoun in the article's language: Italian "il" is an article (French
 * "il" is he), Dutch "er" means there (German "er" is he) */
static int pronoun_in(const char *lang, const char *s, size_t n)
{
    if (lang && n == 2 && ((!strcmp(lang, "it") && !strncasecmp(s, "il", 2)) || (!strcmp(lang, "nl") && !strncasecmp(s, "er", 2))))
        return 0;
    return is_pronoun(s, n);
}

/* ...for a person ("it" speaks only right at its cue: "it said") */
static int is_person_pronoun_in(const char *lang, const char *s, size_t n)
{
    return pronoun_in(lang, s, n) && !(n == 2 && !strncasecmp(s, "it", 2));
}

/* 1 for he/him/his, 2 for she/her, 0 for any other word */
static int pronoun_gender(const char *s, size_t n)
{
    static const char *const m[] = {"he", "him", "his", "himself", "él", "er", "il", "lui", "hij", "ele", NULL};
    static const char *const f[] = {"she", "her", "hers", "herself", "ella", "elle", "lei", "zij", "ela", NULL};
    if (n < 2 || n > 7) return 0;
    if (ch__in_list(m, s, n, 1)) return 1;
    if (ch__in_list(f, s, n, 1)) return 2;
    if (n == 2 && !strncasecmp(s, "it", 2)) return 3; /* an organisation, never a person */
    return 0;
}

/* a document that speaks for whoever issued it ("the statement read", "issued
 * a letter saying") */
static int issued_document(const char *s, size_t n)
{
    static const char *const doc[] = {"statement", "release", "communiqué", "communique", "letter", NULL};
    return ch__in_list(doc, s, n, 1);
}

/* a filing or paper that speaks for its owner ("her lawsuit said", "the
 * complaint added") */
static int owned_document(const char *s, size_t n)
{
    static const char *const doc[] = {"lawsuit", "suit", "complaint", "filing", "petition", "motion", "letter",
                                      "statement", "report", "submission", "affidavit", NULL};
    return ch__in_list(doc, s, n, 1);
}

/* a cue (1-4 words) starting at word k; returns its word count or 0 */
static int cue_at(const char *t, const wspan *w, size_t nw, size_t k, const ch_wordlist *cues)
{
    /* after a determiner the word is a noun ("the claim", "a statement") */
    if (k > 0) {
        static const char *const det[] = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our",
                                          "el", "la", "un", "una", "der", "die", "das", "ein", "eine", "le", NULL};
        /* (not before "according", nor across a comma: "a period that,
         * according to X") */
        if (ch__in_list(det, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1) &&
            !(w[k].e - w[k].s == 9 && !strncasecmp(t + w[k].s, "according", 9)) &&
            !memchr(t + w[k - 1].e, ',', w[k].s - w[k - 1].e))
            return 0;
        /* nor after a possessive ("the statement's promise", "Rutte's warning") */
        if (ch__possessive(t + w[k - 1].s, w[k - 1].e - w[k - 1].s) && w[k].s == w[k - 1].e + 1) return 0;
        /* a negated verb says nothing ("did not elaborate", "would not say") */
        static const char *const neg[] = {"not", "never", "didn't", "don't", "doesn't", "won't", "wouldn't",
                                          "couldn't", "cannot", "didn’t", "won’t", "wouldn’t", NULL};
        if (ch__in_list(neg, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1)) return 0;
        /* a naming verb in the passive ("the store is branded") names, it
         * does not attribute; nor does a verb of judgement ("Smith was
         * blamed for the "chaos"": Smith is its target); with its agent
         * ("was described by X") it does */
        static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
        static const char *const naming[] = {"branded", "called", "dubbed", "termed", "labelled", "labeled",
                                             "described", "named", "hailed", "accused", "blamed", "criticised",
                                             "criticized", "condemned", "praised", "charged", NULL};
        if (ch__in_list(be, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1) &&
            ch__in_list(naming, t + w[k].s, w[k].e - w[k].s, 1) &&
            !(k + 1 < nw && w[k + 1].e - w[k + 1].s == 2 && !strncasecmp(t + w[k + 1].s, "by", 2)))
            return 0;
    }
    /* "states" is a verb only after a name or a pronoun ("He states"), not
     * "in 40 states", "member states" */
    if (w[k].e - w[k].s == 6 && !strncmp(t + w[k].s, "states", 6)) {
        size_t x = w[k].e;
        while (t[x] == ' ') x++;
        int verb_after = t[x] == ':' || t[x] == '"' || !strncmp(t + x, "\xE2\x80\x9C", 3) ||
                         (!strncmp(t + x, "that", 4) && !isalpha((unsigned char)t[x + 4]));
        /* after a capitalized word, unless a noun's company follows
         * ("Southern states from", "member States have") */
        static const char *const noun_next[] = {"from", "of", "and", "or", "in", "to", "have", "are", "were", "with",
                                                "across", "where", "which", "who", "like", "such", NULL};
        int cap_before = k > 0 && isupper((unsigned char)t[w[k - 1].s]) &&
                         !(k + 1 < nw && ch__in_list(noun_next, t + w[k + 1].s, w[k + 1].e - w[k + 1].s, 1));
        if (!verb_after && !cap_before && !(k > 0 && is_pronoun(t + w[k - 1].s, w[k - 1].e - w[k - 1].s))) return 0;
    }
    /* "continue" and "agree" with a possessive object do not report ("to
     * continue her studies", "agreed their terms") */
    {
        static const char *const weak[] = {"continue", "continues", "continued", "continuing", "agree", "agrees",
                                           "agreed", "agreeing", NULL};
        static const char *const obj[] = {"her", "his", "their", "its", "our", "my", "your", NULL};
        if (ch__in_list(weak, t + w[k].s, w[k].e - w[k].s, 1) && k + 1 < nw && w[k + 1].s == w[k].e + 1 &&
            ch__in_list(obj, t + w[k + 1].s, w[k + 1].e - w[k + 1].s, 1))
            return 0;
    }
    /* "read" reports only what a document says, right after it ("the
     * statement read", "the letter reads"; not "he read a statement") */
    if ((w[k].e - w[k].s == 4 && !strncasecmp(t + w[k].s, "read", 4)) ||
        (w[k].e - w[k].s == 5 && !strncasecmp(t + w[k].s, "reads", 5))) {
        if (!(k >= 2 && w[k - 1].e + 1 == w[k].s && issued_document(t + w[k - 1].s, w[k - 1].e - w[k - 1].s)))
            return 0;
        /* "the statement read", "the EDS statement read", "HP's statement read" */
        return ch__is_definite(t + w[k - 2].s, w[k - 2].e - w[k - 2].s) ||
               ch__possessive(t + w[k - 2].s, w[k - 2].e - w[k - 2].s) ||
               (k >= 3 && isupper((unsigned char)t[w[k - 2].s]) && ch__is_definite(t + w[k - 3].s, w[k - 3].e - w[k - 3].s));
    }
    /* a capitalized cue word after a capitalized word is part of a name
     * ("Consumer Reports declined") */
    if (k > 0 && isupper((unsigned char)t[w[k].s]) && isupper((unsigned char)t[w[k - 1].s]) &&
        w[k].s == w[k - 1].e + 1 && t[w[k - 1].e] == ' ')
        return 0;
    for (int len = 4; len >= 1; len--) {
        if (k + (size_t)len > nw) continue;
        size_t s = w[k].s, e = w[k + (size_t)len - 1].e;
        if (e - s > 60) continue;
        if (ch_wordlist_contains_ci(cues, t + s, e - s)) return len;
    }
    return 0;
}

typedef struct {
    const ch_article *a;
    const ch_entity *ents;
    size_t n_ents;
    const ch_wordlist *cues, *titles, *stop, *sources;
    ch_arena *arena;
    const char *last_speaker, *last_role;
    size_t last_speaker_end;
    size_t last_quote_start; /* where the last attributed quote opened */
    const qvec *spans; /* every quotation of the article, by position */
    int want_gender;     /* last_person: g = not the other gender, -g = known g, 0 = any */
    signed char *gender; /* per entity: 1 he, 2 she, 0 unknown (from the article's own pronouns) */
    int genders_done;    /* gender is filled on first use */
} qctx;

/* is byte pos inside a quotation? (words someone says are not who says them) */
static int in_quote(const qctx *q, size_t pos)
{
    const qvec *v = q->spans;
    if (!v) return 0;
    size_t lo = 0, hi = v->n; /* the last span opening at or before pos */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->v[mid].open <= pos) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && pos < v->v[lo - 1].ce;
}

/* a pronoun in the article's language ("il" is a pronoun in French, the
 * article "the" in Italian) */
static int lang_pronoun(const qctx *q, const char *s, size_t n)
{
    return pronoun_in(q->a->lang, s, n);
}

/* the last position in [a, b) where the n bytes nm occur outside a
 * quotation, or SIZE_MAX */
static size_t last_mention(const qctx *q, size_t a, size_t b, const char *nm, size_t n)
{
    const char *t = q->a->text;
    size_t last = SIZE_MAX;
    if (!n || b < a + n) return last;
    for (const char *p = t + a; (p = memmem(p, (size_t)(t + b - p), nm, n)) != NULL; p++) {
        size_t pos = (size_t)(p - t);
        /* a whole word: not inside a longer one or a compound ("Tobacco"
         * in "Tobacco-Free", "Lee" in "Leeds") */
        int lb = pos == 0 || !ch__is_letter((unsigned char)t[pos - 1]);
        int rb = pos + n >= q->a->text_len || (!ch__is_letter((unsigned char)t[pos + n]) && t[pos + n] != '-');
        if (!in_quote(q, pos) && lb && rb) last = pos;
        if (pos + n >= b) break;
    }
    return last;
}

/* the entity a name written at [s, e) refers to */
/* the first person of a name of two or more words whose surname is the n
 * bytes at w ("Montenegro" for Valeria Montenegro); NULL if none */
static const ch_entity *person_by_surname(const qctx *q, const char *w, size_t n)
{
    /* of two with that surname, the one the article names more often */
    const ch_entity *best = NULL;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_PERSON) continue;
        size_t sl;
        const char *sn = ch__surname(x->name, &sl);
        if (sl == n && !memcmp(sn, w, n) && sn != x->name && (!best || x->mentions > best->mentions)) best = x;
    }
    return best;
}

static const ch_entity *entity_for(const qctx *q, size_t s, size_t e)
{
    const char *t = q->a->text + s;
    size_t n = e - s;
    const ch_entity *exact = NULL;
    for (size_t i = 0; i < q->n_ents && !exact; i++) {
        const ch_entity *x = &q->ents[i];
        if (strlen(x->name) == n && !memcmp(x->name, t, n)) exact = x;
        for (size_t k = 0; k < x->n_aliases && !exact; k++)
            if (strlen(x->aliases[k]) == n && !memcmp(x->aliases[k], t, n)) exact = x;
    }
    if (exact) {
        /* a lone word that names a place or nothing known and is also a
         * person's surname is that person ("Montenegro told a crowd" for the
         * mayor Valeria Montenegro) */
        if ((exact->type == CH_ENT_PLACE || exact->type == CH_ENT_OTHER) && !memchr(t, ' ', n)) {
            const ch_entity *p = person_by_surname(q, t, n);
            if (p) return p;
        }
        return exact;
    }
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_PERSON) continue;
        size_t sl;
        const char *sn = ch__surname(x->name, &sl);
        if ((sl == n && !memcmp(sn, t, n)) || (n > sl && !memcmp(t + n - sl, sn, sl) && t[n - sl - 1] == ' ')) return x;
    }
    /* "Mr Mukerjee", a spelling the entity stage took as an alias: an
     * honorific and the alias, nothing else, when no surname matched */
    const char *sp1 = memchr(t, ' ', n);
    if (sp1 && !memchr(sp1 + 1, ' ', (size_t)(t + n - sp1 - 1)) &&
        ch__in_list((const char *const[]){"Mr", "Mrs", "Ms", "Dr", "Miss", NULL}, t, (size_t)(sp1 - t), 0))
        for (size_t i = 0; i < q->n_ents; i++) {
            const ch_entity *x = &q->ents[i];
            if (x->type != CH_ENT_PERSON) continue;
            for (size_t k = 0; k < x->n_aliases; k++) {
                size_t al = strlen(x->aliases[k]);
                if (al == (size_t)(t + n - sp1 - 1) && !memcmp(sp1 + 1, x->aliases[k], al)) return x;
            }
        }
    return NULL;
}


/* "of" and its kin between a title and what it is the title of ("Prime
 * Minister of Canada", "ministra de Transportes") */
static const char *const of_words[] = {"of", "for", "de", "del", "des", "du", "di", "da", "do", NULL};

/* a Romance language (es, pt, it, fr): gerunds, pro-drop subjects */
static int romance(const qctx *q)
{
    const char *l = q->a->lang;
    return l && (!strcmp(l, "es") || !strcmp(l, "pt") || !strcmp(l, "it") || !strcmp(l, "fr"));
}

/* a capitalized name run (after "the" and title words) starting at word k
 * going forward; returns its span via *s,*e and the title span */
static int upper_word(const qctx *q, const wspan *w, size_t nw, size_t j);
static size_t trim_name(const char *t, size_t s, size_t e);

static const char *const name_particles[] = {"de", "del", "da", "das", "do", "dos", "di", "du", "van", "von",
                                             "der", "den", "la", "le", "las", "los", "al", "el", "bin", "ibn",
                                             "y", "of", "ter", "zu", "e", "the", "on", "for", "and", NULL};

static const ch_entity *possessive_appositive_at(const qctx *q, const wspan *w, size_t nw, size_t j, size_t *xs,
                                                 size_t *ys);
static size_t name_run_end(const qctx *q, const wspan *w, size_t nw, size_t k);
static int name_forward(const qctx *q, const wspan *w, size_t nw, size_t k, size_t *s, size_t *e,
                        size_t *ts, size_t *te)
{
    const char *t = q->a->text;
    *ts = *te = 0;
    int article = k < nw && ch__in_list((const char *const[]){"the", "a", "an", NULL}, t + w[k].s, w[k].e - w[k].s, 1);
    if (k < nw && w[k].e - w[k].s == 3 && !strncasecmp(t + w[k].s, "the", 3)) k++;
    /* "said the senior market strategist for Invesco AIM, Fritz Meyer": a
     * lowercase description after an article, up to a comma, then the person */
    if (article && k < nw && !upper_word(q, w, nw, k)) {
        size_t x = k;
        while (x + 1 < nw && x < k + 10 && !memchr(t + w[x].e, ',', w[x + 1].s - w[x].e) &&
               !memchr(t + w[x].e, '.', w[x + 1].s - w[x].e))
            x++;
        if (x + 1 < nw && x > k && memchr(t + w[x].e, ',', w[x + 1].s - w[x].e) && upper_word(q, w, nw, x + 1) &&
            !in_quote(q, w[x + 1].s)) {
            size_t y = name_run_end(q, w, nw, x + 1);
            const ch_entity *pe = entity_for(q, w[x + 1].s, trim_name(t, w[x + 1].s, w[y - 1].e));
            if (pe && pe->type == CH_ENT_PERSON) {
                *ts = w[k].s;
                *te = w[x].e;
                *s = w[x + 1].s;
                *e = trim_name(t, w[x + 1].s, w[y - 1].e);
                return 1;
            }
        }
    }
    {
        size_t x = k;
        int titled = 0; /* "la ministre portugaise des Affaires ..." may run longer */
        while (x < nw && x < k + 5 && !upper_word(q, w, nw, x) && !lang_pronoun(q, t + w[x].s, w[x].e - w[x].s)) {
            titled |= ch_wordlist_contains_ci(q->titles, t + w[x].s, w[x].e - w[x].s);
            x++;
        }
        /* untitled words are a role only as one phrase before the name:
         * no comma before it, no preposition in it ("Asked about the cost,
         * Marsh shrugged": Marsh speaks, with no role) */
        int phrase = titled;
        if (!phrase && x > k && x < nw && !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e)) {
            phrase = 1;
            int content = 0; /* an article alone ("de acuerdo con la Policía") is no role */
            for (size_t y = k; y < x && phrase; y++) {
                int art = ch__is_definite(t + w[y].s, w[y].e - w[y].s);
                phrase = !ch_wordlist_contains_ci(q->stop, t + w[y].s, w[y].e - w[y].s) || art;
                content |= !art;
            }
            phrase &= content;
        }
        if (x > k && x < nw && upper_word(q, w, nw, x) && (x - k <= 3 || (titled && x - k <= 5))) {
            *ts = phrase ? w[k].s : 0;
            *te = phrase ? w[x - 1].e : 0;
            /* "la ministra de Transportes": a title, "de", and its complement
             * with no name after: the whole title speaks (resolved by role) */
            if (titled && ch__in_list(of_words, t + w[x - 1].s, w[x - 1].e - w[x - 1].s, 0)) {
                size_t y = x;
                while (y < nw && upper_word(q, w, nw, y) && !memchr(t + w[y - 1].e, ',', w[y].s - w[y - 1].e)) y++;
                int name_after = y < nw && y + 1 < nw && upper_word(q, w, nw, y + 1);
                const ch_entity *ce = entity_for(q, w[x].s, w[y - 1].e);
                /* the complement's run may end with the person ("chairman of
                 * Chrysler LLC Jim Press") */
                for (size_t z = x + 1; z + 1 < y && !(ce && ce->type == CH_ENT_PERSON); z++) {
                    const ch_entity *pe = entity_for(q, w[z].s, w[y - 1].e);
                    if (pe && pe->type == CH_ENT_PERSON) {
                        *ts = w[k].s;
                        *te = w[z - 1].e;
                        *s = w[z].s;
                        *e = w[y - 1].e;
                        return 1;
                    }
                }
                if (!name_after && !(ce && ce->type == CH_ENT_PERSON) && !in_quote(q, *ts)) {
                    size_t b = w[k].s; /* without a leading article */
                    if (ch__is_definite(t + w[k].s, w[k].e - w[k].s) && k + 1 < x) b = w[k + 1].s;
                    *s = b;
                    *e = w[y - 1].e;
                    *ts = *te = 0;
                    return 1;
                }
            }
            k = x;
        }
    }
    size_t j = k;
    /* title words (any case) then the name (capitalized) */
    while (j < nw) {
        int32_t cp;
        ch_utf8_decode(t + w[j].s, w[j].e - w[j].s, &cp);
        /* a short lowercase word inside a name is a particle ("Ortega y
         * Gasset", "van der"), not a preposition ("Boric en Viña del Mar") */
        if (!ch__is_upper(cp) && !(j > k && (w[j].e - w[j].s <= 3) && ch__in_list(name_particles, t + w[j].s, w[j].e - w[j].s, 0)))
            break;
        if (j > k && memchr(t + w[j - 1].e, '\n', w[j].s - w[j - 1].e)) break; /* names do not span lines */
        if (j > k && memchr(t + w[j - 1].e, ',', w[j].s - w[j - 1].e)) break;  /* nor commas */
        if (j > k && memchr(t + w[j - 1].e, '(', w[j].s - w[j - 1].e)) break;  /* "Tom Hadley (D-Ore.)" */
        /* nor semicolons, sentence ends or quote marks ('Obama; "Fiat ...') */
        if (j > k) {
            int stop = 0;
            for (size_t x = w[j - 1].e; x < w[j].s && !stop; x++)
                stop = t[x] == ';' || t[x] == '"' || t[x] == ':' || (unsigned char)t[x] == 0xE2 || (unsigned char)t[x] == 0xC2;
            if (stop) break;
        }
        j++;
    }
    if (j == k) return 0;
    /* "Rivas's lawyer, Jane Holt": the name the appositive gives */
    {
        size_t xs, ys;
        if (possessive_appositive_at(q, w, nw, j, &xs, &ys)) {
            *s = w[xs].s;
            *e = trim_name(t, w[xs].s, w[ys - 1].e);
            *ts = *te = 0;
            return 1;
        }
    }
    /* "Ms. Davis's sister Crystal", "Obama's spokesman Josh Earnest": a
     * possessive, a lowercase role or kin noun, the name (no commas) */
    if (j < nw && ch__possessive(t + w[j - 1].s, w[j - 1].e - w[j - 1].s)) {
        size_t x = j;
        while (x < nw && x < j + 2 && !upper_word(q, w, nw, x) && !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e)) x++;
        if (x > j && x < nw && upper_word(q, w, nw, x) && !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) &&
            !in_quote(q, w[x].s)) {
            size_t y = name_run_end(q, w, nw, x);
            size_t ne = trim_name(t, w[x].s, w[y - 1].e);
            const ch_entity *pe = entity_for(q, w[x].s, ne);
            int ends = y == nw || (w[y - 1].e < q->a->text_len && strchr(".,;", t[w[y - 1].e]));
            if ((pe && pe->type == CH_ENT_PERSON) || (!pe && ends) || (pe && pe->type == CH_ENT_OTHER && ends)) {
                *ts = w[k].s;
                *te = w[x - 1].e;
                *s = w[x].s;
                *e = ne;
                return 1;
            }
        }
    }
    /* "Troy police Lt. Gerry Scherlinck", "Valencia mayor Maria Catala": a
     * place or organisation, a lowercase role (and a title), then the person */
    {
        const ch_entity *fe = entity_for(q, w[k].s, trim_name(t, w[k].s, w[j - 1].e));
        /* a person may stand first too, with a role noun (no stop word)
         * after it: "Obama adviser David Axelrod", "Oscar producer Laurence
         * Mark" (an award's name typed a person) */
        int role_after = j < nw && !ch_wordlist_contains_ci(q->stop, t + w[j].s, w[j].e - w[j].s) &&
                         j + 1 < nw && upper_word(q, w, nw, j + 1) && w[j].e - w[j].s >= 4;
        if ((!(fe && fe->type == CH_ENT_PERSON) || role_after) && j < nw && !upper_word(q, w, nw, j) &&
            !memchr(t + w[j - 1].e, ',', w[j].s - w[j - 1].e)) {
            size_t x = j;
            while (x < nw && x < j + 4 && !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) &&
                   (!upper_word(q, w, nw, x) || ch_wordlist_contains_ci(q->titles, t + w[x].s, w[x].e - w[x].s)))
                x++;
            if (x > j && x + 1 < nw && upper_word(q, w, nw, x) && upper_word(q, w, nw, x + 1) &&
                !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) && !in_quote(q, w[x].s)) {
                size_t y = x;
                while (y < nw && upper_word(q, w, nw, y) && (y == x || w[y].s <= w[y - 1].e + 2)) y++;
                const ch_entity *pe = entity_for(q, w[x].s, trim_name(t, w[x].s, w[y - 1].e));
                if (pe && pe->type == CH_ENT_PERSON) {
                    *ts = w[k].s;
                    *te = w[x - 1].e;
                    *s = w[x].s;
                    *e = trim_name(t, w[x].s, w[y - 1].e);
                    return 1;
                }
            }
        }
    }
    /* "the Federation's president, Tomas Rivas": a role, a comma, the name;
     * also "la alcaldesa de Paiporta, Maribel Albalat" (a lowercase title,
     * a place, a comma, the name) */
    {
        size_t x = j;
        while (x < nw && x < j + 3 && !upper_word(q, w, nw, x)) x++;
        int titled = 0; /* the lowercase words before the run hold a title */
        for (size_t z = 0; z < k && *te > *ts && x == j && !titled; z++)
            if (w[z].s >= *ts && w[z].e <= *te && ch_wordlist_contains_ci(q->titles, t + w[z].s, w[z].e - w[z].s))
                titled = 1;
        /* or the run opens with a title and "of" ("el CEO de Apple Inc., Steve Jobs") */
        if (!titled && x == j && k + 2 < j && ch_wordlist_contains_ci(q->titles, t + w[k].s, w[k].e - w[k].s) &&
            ch__in_list(of_words, t + w[k + 1].s, w[k + 1].e - w[k + 1].s, 0))
            titled = 1;
        const ch_entity *ke = titled ? entity_for(q, w[k].s, w[j - 1].e) : NULL;
        /* "el consejero de Medio Ambiente, Fernando Iglesias": after a title
         * and "de"/"of" the run is what the title is of, whatever its type */
        int of_before = 0;
        if (titled && k > 0 && w[k - 1].e <= *te)
            of_before = ch__in_list(of_words, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 0);
        titled = titled && (!(ke && ke->type == CH_ENT_PERSON) || of_before);
        /* "Paul Lee, president, ABC Entertainment Group" is the other way round */
        const ch_entity *fe = x > j ? entity_for(q, w[k].s, trim_name(t, w[k].s, w[j - 1].e)) : NULL;
        int first_is_person = fe && fe->type == CH_ENT_PERSON;
        if ((x > j || titled) && !first_is_person && x < nw && upper_word(q, w, nw, x) &&
            memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e)) {
            size_t y = x + 1;
            while (y < nw && upper_word(q, w, nw, y) && !memchr(t + w[y - 1].e, ',', w[y].s - w[y - 1].e) &&
                   !memchr(t + w[y - 1].e, '\n', w[y].s - w[y - 1].e) && !memchr(t + w[y - 1].e, '.', w[y].s - w[y - 1].e))
                y++;
            if (in_quote(q, w[x].s)) return 0;
            if (!(*te > *ts)) *ts = w[k].s; /* keep a role that began before the run */
            *te = w[x - 1].e;
            *s = w[x].s;
            *e = w[y - 1].e;
            return 1;
        }
    }
    /* the name is the last capitalized words after the last title match */
    size_t name_s = k;
    for (size_t x = k; x < j; x++) {
        for (size_t y = x; y < j && y < x + 5; y++)
            if (ch_wordlist_contains_ci(q->titles, t + w[x].s, w[y].e - w[x].s)) {
                name_s = y + 1;
                *ts = w[k].s;
                *te = w[y].e;
            }
    }
    /* a comma after the title: "the US Secretary of State, Anthony Blinken" */
    if (name_s >= j && j < nw) {
        size_t gap = w[j - 1].e;
        if (gap < w[j].s && t[gap] == ',') {
            size_t j2 = j;
            while (j2 < nw) {
                int32_t cp;
                ch_utf8_decode(t + w[j2].s, w[j2].e - w[j2].s, &cp);
                if (!ch__is_upper(cp)) break;
                j2++;
            }
            if (j2 > j) { name_s = j; j = j2; }
        }
    }
    while (j > name_s) { /* drop lowercase words at the end */
        int32_t cp;
        ch_utf8_decode(t + w[j - 1].s, w[j - 1].e - w[j - 1].s, &cp);
        if (ch__is_upper(cp)) break;
        j--;
    }
    /* "the Prime Minister of Canada": a title of a place or organisation
     * names its holder; the whole title is the speaker (resolved to the
     * person by role) */
    if (name_s > k && name_s < j && !upper_word(q, w, nw, name_s)) {
        size_t x = name_s;
        while (x < j && !upper_word(q, w, nw, x)) x++;
        if (x < j && ch_gazetteer_lookup(t + w[x].s, w[j - 1].e - w[x].s)) {
            if (in_quote(q, w[k].s)) return 0;
            *s = *ts ? *ts : w[k].s;
            *e = w[j - 1].e;
            *ts = *te = 0;
            return 1;
        }
    }
    /* "Keith Springer of Capital Financial": two or more capitalized words
     * and then of/at/from: the name ends before the affiliation */
    if (name_s == k || !*te) {
        for (size_t x = name_s + 2; x < j; x++) {
            if (upper_word(q, w, nw, x)) continue;
            size_t l = w[x].e - w[x].s;
            const char *c = t + w[x].s;
            if ((l == 2 && !strncmp(c, "of", 2)) || (l == 2 && !strncmp(c, "at", 2)) || (l == 4 && !strncmp(c, "from", 4)))
                j = x;
            break;
        }
    }
    while (name_s < j && !upper_word(q, w, nw, name_s)) name_s++; /* "of Canada" is no name */
    if (name_s >= j || in_quote(q, w[name_s].s)) return 0;
    *s = w[name_s].s;
    *e = trim_name(t, w[name_s].s, w[j - 1].e);
    return *e > *s;
}

/* a title ("NATO Secretary General", "the US Secretary of State") for the
 * person whose role it is in this article */
static const ch_entity *entity_by_role(const qctx *q, size_t s, size_t e)
{
    const char *t = q->a->text + s;
    size_t n = e - s;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_PERSON || !x->role) continue;
        size_t rl = strlen(x->role);
        /* the role contains the phrase or the phrase ends with the role */
        if ((n >= 6 && rl >= n && memmem(x->role, rl, t, n)) || (rl >= 6 && n >= rl && !memcmp(t + n - rl, x->role, rl)))
            return x;
    }
    return NULL;
}

/* a role that speaks for an organisation without being one named person
 * ("a NATO spokesman", "a Pentagon official"; not "the NATO Secretary
 * General") */
static int representative(const char *s, size_t n)
{
    static const char *const r[] = {"spokesman", "spokeswoman", "spokesperson", "official", "officials",
                                    "representative", "aide", "source", "sources", "statement", "release",
                                    "communiqué", "communique", "portavoz", "Sprecher", "Sprecherin", "porte-parole",
                                    NULL};
    return ch__in_list(r, s, n, 1);
}

/* "a Defence Ministry spokesman", "a NATO statement": [s, e) ends with a
 * representative role or document, and the organisation named before it
 * speaks through it; NULL otherwise */
static const ch_entity *org_speaking_for(const qctx *q, size_t s, size_t e)
{
    const char *t = q->a->text, *lw = t + e;
    while (lw > t + s && lw[-1] != ' ') lw--;
    if (lw <= t + s + 1 || !representative(lw, (size_t)(t + e - lw))) return NULL;
    size_t oe_end = (size_t)(lw - t) - 1;
    /* "Big Brother's spokeswoman": the possessive's owner, a body or a show */
    if (ch__possessive(t + s, oe_end - s)) {
        const ch_entity *po = entity_for(q, s, trim_name(t, s, oe_end));
        return po && (po->type == CH_ENT_ORG || po->type == CH_ENT_OTHER) ? po : NULL;
    }
    const ch_entity *oe = entity_for(q, s, oe_end);
    return oe && oe->type == CH_ENT_ORG ? oe : NULL;
}

/* a word of role abbreviates the title word w ("Gov." for governor, "Sen."
 * senator, "Lt." lieutenant, "Supt." superintendent): same first letter,
 * the abbreviation's letters in order inside the word */
static int role_abbreviates(const char *role, const char *w, size_t wn)
{
    for (const char *p = role; *p;) {
        while (*p == ' ') p++;
        const char *b = p;
        while (*p && *p != ' ' && *p != '.') p++;
        size_t bn = (size_t)(p - b);
        int dot = *p == '.';
        while (*p && *p != ' ') p++;
        if (!dot || bn < 2 || bn >= wn || tolower((unsigned char)b[0]) != tolower((unsigned char)w[0])) continue;
        size_t k = 1;
        for (size_t i = 1; i < wn && k < bn; i++)
            if (tolower((unsigned char)w[i]) == tolower((unsigned char)b[k])) k++;
        if (k == bn) return 1;
    }
    return 0;
}

/* a title written as the speaker ("The NATO Secretary General said") that
 * no entity's role matches: the person named last before it whose own
 * title (if the article gives one) does not contradict it, as a definite
 * description in news refers back to the person in focus */
static const ch_entity *title_person(const qctx *q, size_t s, size_t e)
{
    const char *t = q->a->text;
    /* the phrase must end with a title (its last words), or be a title of
     * something ("Prime Minister of Canada"): te is the title's end */
    int titled = 0;
    size_t te = e;
    for (size_t p = s; p < e && !titled; p++) {
        if (p > s && t[p - 1] != ' ') continue;
        if (ch_wordlist_contains_ci(q->titles, t + p, e - p)) titled = 1;
    }
    for (size_t p = e; p > s + 1 && !titled; p--) {
        if (t[p - 1] != ' ') continue;
        size_t c = p - 1; /* the title ends at c, then " of " / " for " / " de " ... */
        const char *sp = memchr(t + p, ' ', e - p);
        if (sp && ch__in_list(of_words, t + p, (size_t)(sp - (t + p)), 0)) {
            for (size_t b = s; b < c && !titled; b++) {
                if (b > s && t[b - 1] != ' ') continue;
                if (ch_wordlist_contains_ci(q->titles, t + b, c - b)) { titled = 1; te = c; }
            }
        }
    }
    /* a title and an adjective after it ("el canciller chileno") */
    if (!titled) {
        const char *sp = memchr(t + s, ' ', e - s);
        if (sp && !memchr(sp + 1, ' ', (size_t)(t + e - sp - 1)) && islower((unsigned char)sp[1]) &&
            ch_wordlist_contains_ci(q->titles, t + s, (size_t)(sp - (t + s)))) {
            titled = 1;
            te = (size_t)(sp - t);
        }
    }
    if (!titled) return NULL;
    const char *whole = ch_arena_strndup(q->arena, t + s, e - s);
    if (whole && !strncasecmp(whole, "the ", 4)) whole += 4;
    e = te;
    const ch_entity *oe = org_speaking_for(q, s, e);
    if (oe) return oe;
    const ch_entity *best = NULL;
    size_t bestpos = 0, lo = s > 2000 ? s - 2000 : 0;
    /* first the persons whose title holds it ("the judge": Judge James
     * Bodiford, not the defendant named since), then any whose title does
     * not contradict it */
    for (int pass = 0; pass < 2 && !best; pass++)
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        /* pass 0: the title holds the whole phrase ("judge" in "Superior
         * Court Judge"; not "Minister for London" in "Prime Minister") */
        if (x->type != CH_ENT_PERSON || (pass == 0 && (!x->role || !whole || !strcasestr(x->role, whole)))) continue;
        /* (a party or a nationality is no title: "Tory Liam Fox" may be the
         * party's co-chairman) */
        const ch_gaz_entry *rg = x->role && !strchr(x->role, ' ') ? ch_gazetteer_lookup(x->role, strlen(x->role)) : NULL;
        int label = x->role && !strchr(x->role, ' ') &&
                    (ch__in_list((const char *const[]){"Tory", "Democrat", "Republican", NULL}, x->role, strlen(x->role), 0) ||
                     (rg && !strcmp(rg->type, "demonym")));
        if (x->role && !label) { /* a known title must share the phrase's last word */
            const char *lw = t + e;
            while (lw > t + s && lw[-1] != ' ') lw--;
            size_t ll = (size_t)(t + e - lw);
            if (!ll || (!strcasestr(x->role, ch_arena_strndup(q->arena, lw, ll)) && !role_abbreviates(x->role, lw, ll)))
                continue;
        }
        size_t sl;
        const char *sn = ch__surname(x->name, &sl);
        size_t p = last_mention(q, lo, s, sn, sl);
        if (p != SIZE_MAX && p >= bestpos) { bestpos = p; best = x; }
    }
    return best;
}

/* 1 = a person or pronoun-like speaker, 2 = an organisation, 0 = not a speaker */
static int speaker_class(const qctx *q, size_t s, size_t e)
{
    { /* "Thursday", "March 3": a date, not a speaker ("Jan de Vries" is a name) */
        const char *sp = memchr(q->a->text + s, ' ', e - s);
        size_t n0 = sp ? (size_t)(sp - (q->a->text + s)) : e - s;
        while (n0 && q->a->text[s + n0 - 1] == ',') n0--;
        int alone = !sp || isdigit((unsigned char)sp[1]) || q->a->text[s + n0] == ',';
        if (alone && ch__is_calendar_word(q->a->text + s, n0)) return 0;
    }
    const ch_entity *en = entity_for(q, s, e);
    if (!en) en = entity_by_role(q, s, e);
    if (!en) en = title_person(q, s, e);
    if (en) return en->type == CH_ENT_PERSON ? 1 : en->type == CH_ENT_ORG ? 2 : 0;
    if (ch_gazetteer_lookup(q->a->text + s, e - s)) return 0;
    if (ch_wordlist_contains_ci(q->titles, q->a->text + s, e - s)) return 0;
    if (ch__opener_word(q->a->text + s, e - s)) return 0; /* "Among other things, it is stressed" */
    return 2; /* an unknown capitalized name: weak */
}

static int is_personish(const qctx *q, size_t s, size_t e) { return speaker_class(q, s, e) != 0; }

/* a name the entity stage left as "other" (not a place, date or title) */
static int untyped(const qctx *q, size_t s, size_t e)
{
    const ch_entity *en = entity_for(q, s, e);
    return en && en->type == CH_ENT_OTHER && !ch__is_calendar_word(q->a->text + s, e - s);
}

/* the name or pronoun ending just before word k (going backward) */
static int name_backward(const qctx *q, const wspan *w, size_t k, size_t *s, size_t *e, int *pron)
{
    const char *t = q->a->text;
    *pron = 0;
    if (!k) return 0;
    size_t j = k;
    if (lang_pronoun(q, t + w[j - 1].s, w[j - 1].e - w[j - 1].s)) {
        *s = w[j - 1].s;
        *e = w[j - 1].e;
        *pron = 1;
        return 1;
    }
    /* "Number 10 said", "Radio 1 reported": a name that ends in its number */
    if (j >= 2 && w[j - 1].e - w[j - 1].s <= 3 && isdigit((unsigned char)t[w[j - 1].s]) && w[j - 2].e + 1 == w[j - 1].s &&
        upper_word(q, w, k, j - 2) && !in_quote(q, w[j - 2].s)) {
        const ch_entity *ne = entity_for(q, w[j - 2].s, w[j - 1].e);
        if (ne && ne->type == CH_ENT_ORG) {
            *s = w[j - 2].s;
            *e = w[j - 1].e;
            return 1;
        }
    }
    /* "Ana Pirg of the clinic said": a person, "of", a lowercase
     * description of where she works */
    for (size_t o = j >= 3 ? j - 2 : 1; o + 1 < j && o > 0 && j - o <= 4; o--) {
        if (w[o].e - w[o].s != 2 || memcmp(t + w[o].s, "of", 2) || !ch__is_definite(t + w[o + 1].s, w[o + 1].e - w[o + 1].s))
            continue;
        int lower = 1;
        for (size_t x = o + 2; x < j && lower; x++) lower = !upper_word(q, w, j, x);
        if (!lower || o + 2 >= j) break;
        size_t ps, pe;
        int pp;
        if (w[o].s == w[o - 1].e + 1 && name_backward(q, w, o, &ps, &pe, &pp) && !pp) {
            const ch_entity *en = entity_for(q, ps, pe);
            if (en && en->type == CH_ENT_PERSON) {
                *s = ps;
                *e = pe;
                return 1;
            }
        }
        break;
    }
    size_t i = j;
    while (i > 0) {
        int32_t cp;
        ch_utf8_decode(t + w[i - 1].s, w[i - 1].e - w[i - 1].s, &cp);
        if (!ch__is_upper(cp)) break;
        /* punctuation or a line break between; not an initial's dot ("Harold L. Child") */
        int initial = w[i - 1].e - w[i - 1].s == 1 && t[w[i - 1].e] == '.' && i < j &&
                      ((w[i].s == w[i - 1].e + 2 && t[w[i - 1].e + 1] == ' ') || /* "Harold L. Child" */
                       (w[i].s == w[i - 1].e + 1 && w[i].e - w[i].s == 1));   /* "U.S." */
        if (i < j && !initial && (w[i].s > w[i - 1].e + 1 || t[w[i - 1].e] != ' ')) break;
        i--;
    }
    if (i == j) return 0;
    /* skip leading stop words and titles: "The NATO Secretary General" */
    while (i < j && (ch_wordlist_contains_ci(q->stop, t + w[i].s, w[i].e - w[i].s))) i++;
    if (i == j) return 0;
    if (in_quote(q, w[i].s)) return 0;
    *s = w[i].s;
    *e = trim_name(t, w[i].s, w[j - 1].e);
    /* "The National Union of Students argued": one organisation's name
     * across its "of" or "for" */
    if (i >= 2 && ch__in_list((const char *const[]){"of", "for", NULL}, t + w[i - 1].s, w[i - 1].e - w[i - 1].s, 0) &&
        w[i - 1].e + 1 == w[i].s && w[i - 2].e + 1 == w[i - 1].s && upper_word(q, w, k, i - 2)) {
        size_t b0 = i - 2;
        while (b0 > 0 && upper_word(q, w, k, b0 - 1) && w[b0 - 1].e + 1 == w[b0].s && i - 2 - b0 < 3) b0--;
        for (size_t x = b0; x <= i - 2; x++) {
            const ch_entity *oe = entity_for(q, w[x].s, *e);
            if (oe && oe->type == CH_ENT_ORG && strlen(oe->name) == *e - w[x].s) {
                *s = w[x].s;
                i = x; /* (a person "of" it may still come before: "Julian Mbeki of the University of ...") */
                break;
            }
        }
    }
    /* "Deborah Kwan of Threadneedle Research said": the person before "of"
     * and an organisation speaks, not the organisation */
    size_t ofw = i; /* "of" or "of the" before the run */
    if (i >= 4 && ch__is_definite(t + w[i - 1].s, w[i - 1].e - w[i - 1].s) && w[i - 1].e + 1 == w[i].s) ofw = i - 1;
    static const char *const ofs[] = {"of", "de", "del", "da", "do", "di", "at", NULL};
    if (*e > *s && ofw >= 3 && ch__in_list(ofs, t + w[ofw - 1].s, w[ofw - 1].e - w[ofw - 1].s, 1) &&
        w[ofw - 1].e + 1 == w[ofw].s && w[ofw - 2].e + 1 == w[ofw - 1].s) {
        const ch_entity *oe = entity_for(q, *s, *e);
        i = ofw;
        /* a lowercase title before "of" ("vicepresidente ejecutivo de") */
        int titled_gap = 0;
        for (size_t g = i - 2; g > 0 && i - 2 - g < 3 && !upper_word(q, w, k, g) && !titled_gap; g--)
            titled_gap = ch_wordlist_contains_ci(q->titles, t + w[g].s, w[g].e - w[g].s);
        if ((oe && oe->type == CH_ENT_ORG) || titled_gap) {
            /* the person before "of", maybe with a lowercase title between
             * ("Scott Carson vicepresidente ejecutivo de Boeing respondió") */
            size_t pe_end = i - 2;
            while (pe_end > 0 && i - 2 - pe_end < 3 && !upper_word(q, w, k, pe_end) && w[pe_end - 1].e + 1 == w[pe_end].s)
                pe_end--;
            if (upper_word(q, w, k, pe_end)) {
                size_t b = pe_end + 1;
                while (b > 0 && upper_word(q, w, k, b - 1) && w[b - 1].e + 1 == w[b].s && pe_end + 1 - b < 4) b--;
                for (size_t x = b; x <= pe_end; x++) {
                    const ch_entity *pe = entity_for(q, w[x].s, w[pe_end].e);
                    if (pe && pe->type == CH_ENT_PERSON) {
                        *s = w[x].s;
                        *e = w[pe_end].e;
                        break;
                    }
                }
            }
        }
    }
    return *e > *s;
}

/* drop a possessive ("Mangione's" -> "Mangione"); a name glued to crawl
 * junk ("Policy.As") is no name: return s */
static size_t trim_name(const char *t, size_t s, size_t e)
{
    if (e - s > 3 && t[e - 2] == '\'' && t[e - 1] == 's') e -= 2;
    else if (e - s > 5 && !memcmp(t + e - 4, "\xE2\x80\x99s", 4)) e -= 4;
    else if (e - s > 2 && t[e - 1] == '\'' && t[e - 2] == 's') e -= 1; /* "Jeffs' journals" */
    else if (e - s > 4 && t[e - 4] == 's' && !memcmp(t + e - 3, "\xE2\x80\x99", 3)) e -= 3;
    for (size_t i = s; i + 1 < e; i++) /* not initials ("A.J. Smith") */
        if (t[i] == '.' && isupper((unsigned char)t[i + 1]) && i > s && islower((unsigned char)t[i - 1])) return s;
    /* a post-nominal after a name of two or more words ("Neil Flewitt QC") */
    static const char *const post[] = {"QC", "KC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "PhD", "Esq", NULL};
    size_t ls = e;
    while (ls > s && t[ls - 1] != ' ') ls--;
    if (ls > s && memchr(t + s, ' ', ls - 1 - s) && ch__in_list(post, t + ls, e - ls, 0)) e = ls - 1;
    return e;
}

/* is word j the start of a capitalized word (part of a longer run)? */
static int upper_word(const qctx *q, const wspan *w, size_t nw, size_t j)
{
    if (j >= nw) return 0;
    int32_t cp;
    ch_utf8_decode(q->a->text + w[j].s, w[j].e - w[j].s, &cp);
    return ch__is_upper(cp);
}

typedef struct {
    const char *speaker, *role, *cue;
    int found;
} attrib;
static int descriptor_speaker(qctx *q, const wspan *w, size_t k, const char *cue, attrib *r);
static int person_noun(const char *w, size_t n);
static int people_noun(const char *w, size_t n);

/* r gets a speaker (and its role) found at cue; returns 1 */
static int attrib_set(attrib *r, const char *speaker, const char *role, const char *cue)
{
    r->found = 1;
    r->cue = cue;
    r->speaker = speaker;
    r->role = role;
    return 1;
}

/* the person whose name a run of capitalized words ends with at word last,
 * the run read back from there (words at most gap bytes apart: 1 for a
 * plain space, 2 past an initial's dot); NULL if none */
static const ch_entity *person_ending(const qctx *q, const wspan *w, size_t nw, size_t last, size_t gap)
{
    const char *t = q->a->text;
    size_t x = last;
    while (x > 0 && upper_word(q, w, nw, x - 1) && w[x].s <= w[x - 1].e + gap) x--;
    for (; x <= last; x++) {
        const ch_entity *pe = entity_for(q, w[x].s, trim_name(t, w[x].s, w[last].e));
        if (pe && pe->type == CH_ENT_PERSON) return pe;
    }
    return NULL;
}


/* Each person's gender as the article itself gives it: the gendered
 * pronouns outside quotations in the stretch after each mention of the
 * person, up to the next mention of any person (at most 300 bytes). A
 * clear majority decides; otherwise unknown. */
typedef struct { size_t pos, end; size_t ent; } pmention;

static int cmp_pmention(const void *x, const void *y)
{
    const pmention *a = x, *b = y;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

static void infer_genders(qctx *q)
{
    if (q->genders_done) return;
    q->genders_done = 1;
    const char *t = q->a->text;
    size_t n = q->a->text_len, np = 0, cap = 0;
    pmention *pm = NULL;
    q->gender = ch_arena_alloc(q->arena, q->n_ents ? q->n_ents : 1);
    if (!q->gender) return;
    memset(q->gender, 0, q->n_ents ? q->n_ents : 1);
    for (size_t i = 0; i < q->n_ents; i++) {
        if (q->ents[i].type != CH_ENT_PERSON) continue;
        size_t sl;
        const char *sn = ch__surname(q->ents[i].name, &sl);
        if (!sl) continue;
        /* two people of one surname ("Kimani Gray" and his sister "Mahnefah
         * Gray"): a bare "Gray" is the one named more often; the other counts
         * its full name only */
        for (size_t j = 0; j < q->n_ents; j++) {
            if (j == i || q->ents[j].type != CH_ENT_PERSON) continue;
            size_t sl2;
            const char *sn2 = ch__surname(q->ents[j].name, &sl2);
            if (sl2 == sl && !memcmp(sn, sn2, sl) && strchr(q->ents[i].name, ' ') &&
                q->ents[j].mentions >= q->ents[i].mentions) {
                sn = q->ents[i].name;
                sl = strlen(sn);
                break;
            }
        }
        for (const char *p = t; (p = memmem(p, n - (size_t)(p - t), sn, sl)) != NULL; p += sl) {
            size_t pos = (size_t)(p - t);
            if ((pos > 0 && ch__is_letter((unsigned char)t[pos - 1])) || in_quote(q, pos)) continue;
            if (np == cap) {
                pmention *nv = ch_grow(pm, &cap, sizeof *nv, 32);
                if (!nv) { ch_free(pm); return; }
                pm = nv;
            }
            pm[np++] = (pmention){pos, pos + sl, i};
        }
    }
    if (np > 1) qsort(pm, np, sizeof *pm, cmp_pmention);
    /* per person: pronouns after its mentions, a "his" right after its own
     * verb, and honorifics before them */
    struct gvote { int he, she, own_his, mr, ms; } *votes = ch_calloc(q->n_ents ? q->n_ents : 1, sizeof *votes);
    if (!votes) { ch_free(pm); return; }
    for (size_t k = 0; k < np; k++) {
        size_t nx = k + 1; /* the next mention elsewhere (two names may share a surname) */
        while (nx < np && pm[nx].pos == pm[k].pos) nx++;
        size_t a = pm[k].end, b = nx < np ? pm[nx].pos : n;
        if (b > a + 300) b = a + 300;
        wspan w[64];
        size_t nw = words_in(t, a, b, w, 64);
        for (size_t x = 0; x < nw; x++) {
            if (in_quote(q, w[x].s)) continue;
            int g = pronoun_gender(t + w[x].s, w[x].e - w[x].s);
            if (g == 1) votes[pm[k].ent].he++;
            else if (g == 2) votes[pm[k].ent].she++;
        }
        /* "Kallas expressed his conviction": a possessive "his" right after
         * the name's own verb is the name's */
        if (nw >= 2 && w[0].s <= a + 1 && islower((unsigned char)t[w[0].s]) && w[1].e - w[1].s == 3 &&
            !strncmp(t + w[1].s, "his", 3) && !in_quote(q, w[1].s) && !memchr(t + a, ',', w[1].s - a) &&
            !memchr(t + a, '.', w[1].s - a))
            votes[pm[k].ent].own_his++;
        /* "Mr Howard", "Ms Sturgeon": the honorific says it */
        {
            size_t hp = pm[k].pos;
            while (hp > 0 && t[hp - 1] == ' ') hp--;
            if (hp > 0 && t[hp - 1] == '.') hp--;
            size_t hs = hp;
            while (hs > 0 && isalpha((unsigned char)t[hs - 1])) hs--;
            if (hs < hp && hp < pm[k].pos) {
                if (ch__in_list((const char *const[]){"Mr", NULL}, t + hs, hp - hs, 0)) votes[pm[k].ent].mr++;
                else if (ch__in_list((const char *const[]){"Mrs", "Ms", "Miss", NULL}, t + hs, hp - hs, 0)) votes[pm[k].ent].ms++;
            }
        }
    }
    for (size_t i = 0; i < q->n_ents; i++) {
        int m = votes[i].he, f = votes[i].she, own_his = votes[i].own_his, hm = votes[i].mr, hf = votes[i].ms;
        /* a common given name ("Mary Coyle", "Tom Akers") decides: the
         * pronoun after a name is often the next person's ("Jerry Tibbs
         * admired her and asked her to pose"); the lists leave out names
         * given to both sexes */
        const char *nm = q->ents[i].name, *sp = strchr(nm, ' ');
        if (sp && q->ents[i].type == CH_ENT_PERSON) {
            int gg = ch__given_gender(nm, (size_t)(sp - nm), 0);
            /* ...unless the article writes "his" for her own ("Kallas
             * expressed his conviction", a translation's slip) and never
             * "she" or "her" after her name */
            if (gg == 2 && own_his && !f) gg = 1;
            if (gg) { q->gender[i] = (signed char)gg; continue; }
        }
        if (hm && !hf) { q->gender[i] = 1; continue; }
        if (hf && !hm) { q->gender[i] = 2; continue; }
        if (m > 2 * f) q->gender[i] = 1;
        else if (f > 2 * m) q->gender[i] = 2;
    }
    ch_free(votes);
    ch_free(pm);
}

/* is name one of the article's persons? */
static int is_person_name(const qctx *q, const char *name)
{
    for (size_t i = 0; i < q->n_ents; i++)
        if (q->ents[i].name == name || !strcmp(q->ents[i].name, name)) return q->ents[i].type == CH_ENT_PERSON;
    return 0;
}

/* where in [a, b) an entity is named last, by its name or an alias (SIZE_MAX: nowhere) */
static size_t last_named(const qctx *q, const ch_entity *x, size_t a, size_t b)
{
    size_t pos = SIZE_MAX;
    for (size_t k = 0; k <= x->n_aliases; k++) {
        const char *nm = k ? x->aliases[k - 1] : x->name;
        size_t p = last_mention(q, a, b, nm, strlen(nm));
        if (p != SIZE_MAX && (pos == SIZE_MAX || p > pos)) pos = p;
    }
    return pos;
}

/* the organisation named last in [a, b), outside quotations */
static const ch_entity *last_org(const qctx *q, size_t a, size_t b)
{
    const ch_entity *best = NULL;
    size_t bestpos = 0;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_ORG) continue;
        size_t pos = last_named(q, x, a, b);
        if (pos != SIZE_MAX && pos >= bestpos) { bestpos = pos; best = x; }
    }
    return best;
}

/* "the company said": of the organisations named in [a, b), the one the
 * article names most (the company it is about, not an analyst's firm named
 * last); the last named among equals */
static const ch_entity *salient_org(const qctx *q, size_t a, size_t b)
{
    const ch_entity *best = NULL;
    size_t bestpos = 0;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_ORG) continue;
        size_t pos = last_named(q, x, a, b);
        if (pos == SIZE_MAX) continue;
        if (!best || x->mentions > best->mentions || (x->mentions == best->mentions && pos >= bestpos)) {
            best = x;
            bestpos = pos;
        }
    }
    return best;
}

/* the body that gives an award: the organisation of the article named a
 * committee, academy, foundation or jury, the most mentioned first */
static const ch_entity *awarding_body(const qctx *q)
{
    static const char *const heads[] = {"Committee", "Academy", "Foundation", "Jury", "Comité", "Academia",
                                        "Fundación", "Akademie", NULL};
    const ch_entity *best = NULL;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_ORG) continue;
        const char *lw = strrchr(x->name, ' ');
        lw = lw ? lw + 1 : x->name;
        for (int k = 0; heads[k]; k++)
            if (!strcmp(lw, heads[k]) && (!best || x->mentions > best->mentions)) best = x;
    }
    return best;
}

/* a body that speaks as one ("the union", "the bureau", "the jury") */
static int institution_noun(const char *s, size_t n)
{
    static const char *const inst[] = {"body", "bureau", "agency", "authority", "office", "department",
                                       "ministry", "court", "committee", "academy", "council", "institute",
                                       "center", "centre", "commission", "organisation", "organization",
                                       "association", "union", "foundation", "panel", "jury", "service",
                                       "team", "party", "government", "federation", "league", NULL};
    return ch__in_list(inst, s, n, 1);
}

/* a noun that refers back to a company or club ("the company", "the airline") */
static int company_noun(const char *s, size_t n)
{
    static const char *const w[] = {"company", "firm", "group", "carrier", "airline", "bank", "manufacturer",
                                    "automaker", "carmaker", "planemaker", "retailer", "network", "club",
                                    "startup", "insurer", "lender", "broadcaster", "empresa", "compañía",
                                    "firma", "aerolínea", "fabricante", "grupo", "società", "azienda", "gruppo",
                                    "compagnia", "société", "entreprise", "groupe", "companhia", NULL};
    return ch__in_list(w, s, n, 1);
}

/* a definite article ending right before s ("the ", "la ", "el ", "il ",
 * "a ", "l'") */
static int definite_before(const char *t, size_t s)
{
    static const char *const d[] = {"the ", "la ", "el ", "il ", "lo ", "le ", "a ", "o ", "l'", "l\xE2\x80\x99", NULL};
    for (int i = 0; d[i]; i++) {
        size_t l = strlen(d[i]);
        if (s >= l && !strncasecmp(t + s - l, d[i], l) && (s == l || !isalpha((unsigned char)t[s - l - 1]))) return 1;
    }
    return 0;
}

/* does the article give the person called name gender g? */
static int known_gender(qctx *q, const char *name, int g)
{
    infer_genders(q);
    if (!name || !q->gender) return 0;
    for (size_t i = 0; i < q->n_ents; i++)
        if (q->ents[i].name == name || !strcmp(q->ents[i].name, name)) return q->gender[i] == g;
    return 0;
}

/* may a pronoun of gender g (0 = any) refer to the person called name? */
static int gender_fits(qctx *q, const char *name, int g)
{
    if (!g || !name) return 1;
    infer_genders(q);
    if (!q->gender) return 1;
    for (size_t i = 0; i < q->n_ents; i++)
        if (q->ents[i].name == name || !strcmp(q->ents[i].name, name)) return !q->gender[i] || q->gender[i] == g;
    return 1;
}

/* a noun for a broadcaster ("the station", "the channel") */
static int station_noun(const char *s, size_t n)
{
    return ch__in_list((const char *const[]){"station", "broadcaster", "channel", NULL}, s, n, 1);
}

/* "the service", "el comité": the organisation named before s whose name
 * ends with the noun [hs, he) ("National Weather Service") */
static const ch_entity *org_anaphor(const qctx *q, size_t hs, size_t he)
{
    const char *t = q->a->text;
    size_t n = he - hs;
    const ch_entity *best = NULL;
    size_t bestpos = 0;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_ORG) continue;
        size_t l = strlen(x->name);
        int tail = l > n + 1 && x->name[l - n - 1] == ' ' && !strncasecmp(x->name + l - n, t + hs, n);
        /* or the head opens the name: "the ministry" for "Ministry of
         * Agriculture", "el ministerio" for "Ministerio de Sanidad" */
        int head = !tail && l > n + 4 && !strncasecmp(x->name, t + hs, n) && x->name[n] == ' ' &&
                   (!strncmp(x->name + n + 1, "of ", 3) || !strncmp(x->name + n + 1, "de ", 3) ||
                    !strncmp(x->name + n + 1, "del ", 4) || !strncmp(x->name + n + 1, "for ", 4));
        /* or "the station", "the broadcaster" for "Radio 1", "Channel 4" */
        int station = !tail && !head && station_noun(t + hs, n) &&
                      (!strncmp(x->name, "Radio ", 6) || !strncmp(x->name, "Channel ", 8));
        if (!tail && !head && !station) continue;
        const char *p = memmem(t, hs, x->name, l); /* named before */
        if (!p) continue;
        while (p) {
            size_t pos = (size_t)(p - t);
            if (pos >= bestpos) { bestpos = pos; best = x; }
            p = memmem(p + 1, hs - pos - 1, x->name, l);
        }
    }
    return best;
}

/* an indefinite description [s, e) of one or two lowercase words that
 * speaks for a body: "an agency statement", "a company spokesman", "a
 * ministry official" speak for the agency, company or ministry the article
 * named (its organisation whose name ends with the noun; for a company
 * noun, the company it is about); NULL for any other description */
static const ch_entity *indefinite_org(const qctx *q, size_t s, size_t e)
{
    const char *t = q->a->text;
    const char *sp = memchr(t + s, ' ', e - s);
    size_t he = sp ? (size_t)(sp - t) : e;
    size_t tl = sp ? (size_t)(t + e - sp - 1) : 0;
    int two = sp && !memchr(sp + 1, ' ', tl) &&
              (representative(sp + 1, tl) || ch_wordlist_contains_ci(q->sources, sp + 1, tl));
    if ((sp && !two) || !islower((unsigned char)t[s])) return NULL;
    if (institution_noun(t + s, he - s)) return org_anaphor(q, s, he);
    if (company_noun(t + s, he - s)) return salient_org(q, s > 1500 ? s - 1500 : 0, s);
    return NULL;
}


/* "36-year-old": a person described by age, the one in focus */
static int age_noun(const char *w, size_t n)
{
    size_t d = 0;
    while (d < n && isdigit((unsigned char)w[d])) d++;
    return d >= 1 && d <= 3 && n == d + 9 && !strncasecmp(w + d, "-year-old", 9);
}

/* a speaker named by a common noun, whose head is word h: a source
 * ("police", "the government", "mission control"), a title ("the mayor",
 * "la alcaldesa": set_speaker resolves it to the person) or the head of an
 * organisation's name after "the" ("the service"). Up to two modifiers
 * before the head; its span via *s, *e */
static int source_at(const qctx *q, const wspan *w, size_t h, size_t lo, size_t *s, size_t *e)
{
    const char *t = q->a->text;
    if (in_quote(q, w[h].s)) return 0;
    if (upper_word(q, w, h + 1, h)) {
        /* capitalized only as its sentence's first word ("Residents said",
         * "Authorities described"): a source noun still */
        size_t si = ch__sentence_of(q->a, w[h].s);
        if (!(si < q->a->n_sentences && q->a->sentences[si].start + 2 >= w[h].s &&
              ch_wordlist_contains_ci(q->sources, t + w[h].s, w[h].e - w[h].s)))
            return 0;
        *s = w[h].s;
        *e = w[h].e;
        return 1;
    }
    size_t f = h;
    while (f > lo && h - f < 2 && w[f - 1].e + 1 == w[f].s && t[w[f - 1].e] == ' ' &&
           !ch_wordlist_contains_ci(q->stop, t + w[f - 1].s, w[f - 1].e - w[f - 1].s) &&
           !ch_wordlist_contains_ci(q->cues, t + w[f - 1].s, w[f - 1].e - w[f - 1].s))
        f--;
    int ok = ch_wordlist_contains_ci(q->sources, t + w[h].s, w[h].e - w[h].s) || age_noun(t + w[h].s, w[h].e - w[h].s);
    int rep = representative(t + w[h].s, w[h].e - w[h].s); /* "statement": only after an organisation */
    for (size_t x = f; x <= h && !ok; x++) /* a title: the whole or its tail */
        ok = ch_wordlist_contains_ci(q->titles, t + w[x].s, w[h].e - w[x].s);
    /* a title and a lowercase adjective after it ("el canciller chileno") */
    if (!ok && f + 1 == h && !upper_word(q, w, h + 1, f))
        ok = ch_wordlist_contains_ci(q->titles, t + w[f].s, w[f].e - w[f].s);
    if (!ok && h == f && f > 0 && ch__is_definite(t + w[f - 1].s, w[f - 1].e - w[f - 1].s))
        ok = org_anaphor(q, w[h].s, w[h].e) != NULL;
    if (!ok && !rep) return 0;
    /* "The statement added": a document after "the" refers back to the one
     * that spoke (set_speaker resolves it) */
    if (!ok && rep && h > 0 &&
        (ch__is_definite(t + w[h - 1].s, w[h - 1].e - w[h - 1].s) ||
         (f + 1 == h && f > 0 && islower((unsigned char)t[w[f].s]) && /* "the official release" */
          ch__is_definite(t + w[f - 1].s, w[f - 1].e - w[f - 1].s))) &&
        ch__in_list((const char *const[]){"statement", "release", "communiqué", "communique", NULL}, t + w[h].s,
                    w[h].e - w[h].s, 1))
        ok = 1;
    /* an organisation's name before the role: "a Harbour Safety Board spokesman" */
    {
        /* (connectors inside it: "a Department of Health spokeswoman") */
        size_t g = h;
        while (g > lo && h - g < 8 && w[g - 1].e + 1 == w[g].s && t[w[g - 1].e] == ' ' && !in_quote(q, w[g - 1].s) &&
               (upper_word(q, w, h + 1, g - 1) ||
                (g - 1 > lo && g < h && upper_word(q, w, h + 1, g - 2) &&
                 ch__in_list((const char *const[]){"of", "for", "and", NULL}, t + w[g - 1].s, w[g - 1].e - w[g - 1].s, 0))))
            g--;
        while (g < h && ch_wordlist_contains_ci(q->stop, t + w[g].s, w[g].e - w[g].s)) g++; /* "A", "The" */
        const ch_entity *oe = g < h ? entity_for(q, w[g].s, w[h - 1].e) : NULL;
        if (oe && oe->type == CH_ENT_ORG) {
            if (g < f) f = g;
            ok = 1;
        }
        /* or a nationality: "the American statement", "a French spokesman" */
        if (!ok && rep && h > lo && upper_word(q, w, h + 1, h - 1) && w[h - 1].e + 1 == w[h].s) {
            const ch_gaz_entry *dg = ch_gazetteer_lookup(t + w[h - 1].s, w[h - 1].e - w[h - 1].s);
            if (dg && !strcmp(dg->type, "demonym")) {
                if (h - 1 < f) f = h - 1;
                ok = 1;
            }
        }
    }
    if (!ok) return 0;
    *s = w[f].s;
    *e = w[h].e;
    return 1;
}

static int last_person(qctx *q, size_t a, size_t b, attrib *r);
static int sentence_subject(qctx *q, size_t a, size_t b, attrib *r);

/* does the article also write the word in lowercase ("still" for
 * "Still, ...")? then it is a word, not a name */
static int written_lowercase(const qctx *q, const char *w, size_t n)
{
    if (!n || n > 63 || !isupper((unsigned char)w[0])) return 0;
    char lw[64];
    memcpy(lw, w, n);
    lw[0] = (char)tolower((unsigned char)lw[0]);
    const char *t = q->a->text, *end = t + q->a->text_len;
    for (const char *p = t; (p = memmem(p, (size_t)(end - p), lw, n)) != NULL; p++) {
        int left = p == t || !isalpha((unsigned char)p[-1]);
        int right = p + n >= end || !isalpha((unsigned char)p[n]);
        if (left && right) return 1;
    }
    return 0;
}

/* the end of the run of capitalized words that starts at word k, each one
 * space from the one before ("Harbor City Gulls") */
static size_t name_run_end(const qctx *q, const wspan *w, size_t nw, size_t k)
{
    size_t j = k;
    while (j < nw && upper_word(q, w, nw, j) && (j == k || w[j].s <= w[j - 1].e + 1)) j++;
    return j;
}

/* "Coastal Trust chief executive Patricia Beaumont", "Gulls coach Ray
 * Whitaker", "Local resident Anna Berg": the run w[k..j) is not a person's
 * name (or a title follows it: an affiliation), one to three lowercase words
 * follow, then a person, who is returned */
static const ch_entity *affiliated_person(const qctx *q, const wspan *w, size_t nw, size_t k, size_t j)
{
    const char *t = q->a->text;
    const ch_entity *fe = entity_for(q, w[k].s, trim_name(t, w[k].s, w[j - 1].e));
    size_t y = j;
    while (y < nw && y < j + 3 && !upper_word(q, w, nw, y) && !memchr(t + w[y - 1].e, ',', w[y].s - w[y - 1].e)) y++;
    if (y == j || y >= nw || !upper_word(q, w, nw, y) || memchr(t + w[y - 1].e, ',', w[y].s - w[y - 1].e) ||
        in_quote(q, w[y].s))
        return NULL;
    if (j == k + 1 && ch_wordlist_contains_ci(q->stop, t + w[k].s, w[k].e - w[k].s)) return NULL; /* "The self-described" */
    /* the run itself may hold a person after a title ("Mayor Ana Ortiz") */
    for (size_t x = k + 1; !fe && x < j; x++) fe = entity_for(q, w[x].s, trim_name(t, w[x].s, w[j - 1].e));
    int titled = 0, all_titles = 1;
    for (size_t x = j; x < y; x++) {
        int tw = ch_wordlist_contains_ci(q->titles, t + w[x].s, w[x].e - w[x].s);
        titled |= tw;
        all_titles &= tw;
    }
    /* a person, then other words than a title ("Ana Ortiz met union leader
     * Tomas Rivas"): the first person is the subject */
    if (y > j && ch_wordlist_contains_ci(q->titles, t + w[j].s, w[y - 1].e - w[j].s)) titled = all_titles = 1;
    if (fe && fe->type == CH_ENT_PERSON && (!titled || !all_titles)) return NULL;
    size_t z = name_run_end(q, w, nw, y);
    const ch_entity *pe = entity_for(q, w[y].s, trim_name(t, w[y].s, w[z - 1].e));
    return pe && pe->type == CH_ENT_PERSON ? pe : NULL;
}

/* the organisation a spokesperson named in [a, b) speaks for, the last
 * one: "a spokeswoman for Halvorsen Foods", "A Corvane spokesperson", "an
 * official at the Ministry of Health"; NULL if none */
static const ch_entity *spokes_org(const qctx *q, size_t a, size_t b)
{
    static const char *const sp[] = {"spokesman", "spokeswoman", "spokesperson", "representative", "portavoz",
                                     "Sprecher", "Sprecherin", "porte-parole", NULL};
    static const char *const of[] = {"for", "of", "at", "from", "del", "de", "des", "der", NULL};
    const char *t = q->a->text;
    wspan w[160];
    size_t nw = words_in(t, a, b, w, 160);
    const ch_entity *best = NULL;
    for (size_t h = 0; h < nw; h++) {
        if (!ch__in_list(sp, t + w[h].s, w[h].e - w[h].s, 1) || in_quote(q, w[h].s)) continue;
        const ch_entity *oe = NULL;
        /* "for (the) Org" */
        size_t x = h + 1;
        if (x < nw && ch__in_list(of, t + w[x].s, w[x].e - w[x].s, 0)) {
            x++;
            if (x < nw && ch__is_definite(t + w[x].s, w[x].e - w[x].s)) x++;
            size_t y = name_run_end(q, w, nw, x);
            if (y > x) oe = entity_for(q, w[x].s, trim_name(t, w[x].s, w[y - 1].e));
        }
        /* "a Corvane spokesperson" */
        if (!oe && h > 0 && upper_word(q, w, nw, h - 1)) {
            size_t g = h - 1;
            while (g > 0 && upper_word(q, w, nw, g - 1) && w[g].s <= w[g - 1].e + 1) g--;
            while (g + 1 < h && ch_wordlist_contains_ci(q->stop, t + w[g].s, w[g].e - w[g].s)) g++; /* "A Corvane" */
            oe = entity_for(q, w[g].s, trim_name(t, w[g].s, w[h - 1].e));
        }
        if (oe && oe->type != CH_ENT_PERSON && oe->type != CH_ENT_PLACE) best = oe;
    }
    return best;
}

/* "Coyle's neighbour, Peter Vance, ...": after a possessive name (words
 * [0, j)) and one to three lowercase words, the person set off by commas */
static const ch_entity *possessive_appositive_at(const qctx *q, const wspan *w, size_t nw, size_t j, size_t *xs,
                                                 size_t *ys);
static const ch_entity *possessive_appositive(const qctx *q, const wspan *w, size_t nw, size_t j)
{
    size_t xs, ys;
    return possessive_appositive_at(q, w, nw, j, &xs, &ys);
}

/* the same, with the name's words [*xs, *ys) */
static const ch_entity *possessive_appositive_at(const qctx *q, const wspan *w, size_t nw, size_t j, size_t *xs,
                                                 size_t *ys)
{
    const char *t = q->a->text;
    if (!j || j >= nw) return NULL;
    if (!ch__possessive(t + w[j - 1].s, w[j - 1].e - w[j - 1].s)) return NULL;
    size_t x = j;
    while (x < nw && x < j + 3 && !upper_word(q, w, nw, x) && !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e)) x++;
    if (x == j || x >= nw || !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e)) return NULL;
    size_t y = name_run_end(q, w, nw, x);
    if (y == x || y > nw || (y < nw && !memchr(t + w[y - 1].e, ',', w[y].s - w[y - 1].e))) return NULL;
    const ch_entity *en = entity_for(q, w[x].s, trim_name(t, w[x].s, w[y - 1].e));
    *xs = x;
    *ys = y;
    return en && en->type == CH_ENT_PERSON ? en : NULL;
}

/* a he/she antecedent: a person, or an untyped name that is a known
 * person's surname ("Jackman sings ..." for Hugh Jackman); NULL otherwise
 * ("her Lawncrest neighbors", "Ideas included ...") */
static const ch_entity *as_person(const qctx *q, const ch_entity *en)
{
    if (!en || en->type == CH_ENT_PERSON) return en;
    if (en->type != CH_ENT_OTHER || strchr(en->name, ' ')) return NULL;
    const ch_entity *by = person_by_surname(q, en->name, strlen(en->name));
    if (by) return by;
    /* or a singular subject of a present-tense verb somewhere ("Okafor
     * sings at ...", "Okafor has"): a name; a plural ("Ideas included",
     * "Ideas include") is not */
    const char *t = q->a->text;
    size_t n = strlen(en->name), len = q->a->text_len;
    for (const char *p = t; (p = memmem(p, len - (size_t)(p - t), en->name, n)) != NULL; p++) {
        size_t v = (size_t)(p - t) + n;
        if (v + 1 >= len || t[v] != ' ' || !islower((unsigned char)t[v + 1])) continue;
        size_t ve = v + 1;
        while (ve < len && isalpha((unsigned char)t[ve])) ve++;
        size_t vl = ve - (v + 1);
        const char *vw = t + v + 1;
        if ((vl == 3 && (!strncmp(vw, "has", 3) || !strncmp(vw, "was", 3))) || (vl == 2 && !strncmp(vw, "is", 2)) ||
            (vl >= 4 && vw[vl - 1] == 's' && vw[vl - 2] != 's' && vw[vl - 2] != 'u' && vw[vl - 2] != 'i'))
            return en;
        /* a modal after a name that is no plural ("Saulnier will move") */
        if (n > 2 && en->name[n - 1] != 's' &&
            ch__in_list((const char *const[]){"will", "would", "could", "can", "must", "should", "had", NULL}, vw, vl, 0))
            return en;
    }
    return NULL;
}

/* the person an inverted cue ends the sentence [a, b) with ("Lycos did not
 * want to fight back, said Mr Pollmann."): the one who spoke in it */
static const ch_entity *trailing_speaker(const qctx *q, size_t a, size_t b)
{
    const char *t = q->a->text;
    size_t c = b;
    while (c > a && t[c - 1] != ',') c--;
    if (c <= a || b - c > 60) return NULL;
    wspan w[6];
    size_t nw = words_in(t, c, b, w, 6);
    if (nw < 2 || nw > 5 || in_quote(q, w[0].s)) return NULL;
    int k = cue_at(t, w, nw, 0, q->cues);
    if (!k || (size_t)k >= nw) return NULL;
    size_t ns = (size_t)k;
    if (ch__in_list((const char *const[]){"Mr", "Mrs", "Ms", "Dr", "Sir", NULL}, t + w[ns].s, w[ns].e - w[ns].s, 0) && ns + 1 < nw)
        ns++;
    const ch_entity *en = entity_for(q, w[ns].s, trim_name(t, w[ns].s, w[nw - 1].e));
    return en && en->type == CH_ENT_PERSON ? en : NULL;
}

/* the person a sentence [a, b) is about: the first person named among its
 * first eight words (after an opening phrase: "Reached by phone, X ...") */
static const ch_entity *subject_person(const qctx *q, size_t a, size_t b)
{
    /* an opening adverbial clause up to its comma holds no subject ("Before
     * her meeting with Martinez, Davenport believes ..."), when a person
     * follows it */
    static const char *const sub[] = {"Before", "After", "Despite", "Since", "While", "When", "Although",
                                      "Though", "Following", "During", "Unlike", "Like", "Ahead", "Asked",
                                      "Pressed", "Questioned", "Speaking", NULL};
    wspan f0[1];
    if (words_in(q->a->text, a, b, f0, 1) && ch__in_list(sub, q->a->text + f0[0].s, f0[0].e - f0[0].s, 0)) {
        wspan f[24];
        size_t si = ch__sentence_of(q->a, a);
        size_t fb = si < q->a->n_sentences ? q->a->sentences[si].end : b; /* the whole sentence: the clause may be long */
        if (fb < b) fb = b;
        /* (a question clause may run long: "Asked if Mr Blunkett could
         * return to frontline politics at some point, he replied") */
        int asked = ch__in_list((const char *const[]){"Asked", "Pressed", "Questioned", "Speaking", NULL},
                                q->a->text + f0[0].s, f0[0].e - f0[0].s, 0);
        size_t nf = words_in(q->a->text, a, fb, f, asked ? 24 : 12);
        if (nf >= 4) {
            for (size_t x = 1; x + 1 < nf && x < (asked ? 22u : 10u); x++) {
                if (!memchr(q->a->text + f[x].e, ',', f[x + 1].s - f[x].e)) continue;
                /* "Asked if Mr Blunkett could return, he replied": the pronoun
                 * is the subject; the name in the clause is no antecedent */
                /* (not after "When King hired O'Brien, he ...": a clause
                 * with its own subject, the pronoun's antecedent) */
                if (is_person_pronoun_in(q->a->lang, q->a->text + f[x + 1].s, f[x + 1].e - f[x + 1].s)) {
                    if (asked) return NULL;
                    break;
                }
                if (!upper_word(q, f, nf, x + 1)) break;
                size_t j = name_run_end(q, f, nf, x + 1);
                const ch_entity *en = entity_for(q, f[x + 1].s, trim_name(q->a->text, f[x + 1].s, f[j - 1].e));
                if (en && en->type == CH_ENT_PERSON) return en;
                break;
            }
        }
    }
    wspan w[10];
    size_t nw = words_in(q->a->text, a, b, w, 10);
    for (size_t k = 0; k < nw && k < 8; k++) {
        if (!upper_word(q, w, nw, k) || in_quote(q, w[k].s)) continue;
        size_t j = name_run_end(q, w, nw, k);
        if (k == 0) {
            const ch_entity *pe = affiliated_person(q, w, nw, 0, j);
            if (pe) return pe;
            if ((pe = possessive_appositive(q, w, nw, j)) != NULL) return pe;
        }
        for (size_t x = k; x < j; x++) {
            const ch_entity *en = entity_for(q, w[x].s, trim_name(q->a->text, w[x].s, w[j - 1].e));
            /* a person, or a name left untyped ("Jackman sings ..."), not an
             * opening participle ("Reached by phone, ...") */
            if (en && en->type == CH_ENT_OTHER) {
                size_t l = strlen(en->name);
                int participle = l > 4 && (!strcmp(en->name + l - 2, "ed") || !strcmp(en->name + l - 3, "ing"));
                /* an opening word set off by a comma ("Still, ...", "However, ...") */
                int opener = k == 0 && w[j - 1].e < q->a->text_len && q->a->text[w[j - 1].e] == ',';
                /* an acronym left untyped names a thing ("BST", "GDP") */
                int caps = l >= 2;
                for (size_t c2 = 0; c2 < l && caps; c2++) caps = isupper((unsigned char)en->name[c2]) || isdigit((unsigned char)en->name[c2]);
                /* only as the sentence's subject: its first word, no
                 * possessive ("These routes are the Internet's ...") */
                int not_subject = k > 0 || ch__possessive(q->a->text + w[x].s, w[x].e - w[x].s);
                if (memchr(en->name, ' ', l) || participle || opener || caps || not_subject ||
                    written_lowercase(q, en->name, l) || ch_wordlist_contains_ci(q->stop, en->name, l))
                    continue; /* "One of them said", "Nobody ..." */
                return en;
            }
            if (en) return en->type == CH_ENT_PERSON ? en : NULL;
        }
        k = j - 1;
    }
    return NULL;
}

/* the last person in [a, b) named right before a reporting verb */
static const ch_entity *reporting_person(const qctx *q, size_t a, size_t b)
{
    wspan w[160];
    size_t nw = words_in(q->a->text, a, b, w, 160);
    const ch_entity *best = NULL;
    for (size_t k = 1; k < nw; k++) {
        int c = cue_at(q->a->text, w, nw, k, q->cues);
        if (!c) continue;
        /* "People quoted him as saying": the one quoted is "him", not People */
        if (k + (size_t)c < nw) {
            const char *o = q->a->text + w[k + (size_t)c].s;
            size_t ol = w[k + (size_t)c].e - w[k + (size_t)c].s;
            if ((ol == 3 && !strncasecmp(o, "him", 3)) || (ol == 3 && !strncasecmp(o, "her", 3)) ||
                (ol == 4 && !strncasecmp(o, "them", 4)))
                continue;
        }
        size_t j = k;
        while (j > 0 && upper_word(q, w, nw, j - 1) && w[j].s <= w[j - 1].e + 1 + (j == k ? 1 : 0)) j--;
        if (j == k) continue;
        const ch_entity *en = entity_for(q, w[j].s, trim_name(q->a->text, w[j].s, w[k - 1].e));
        for (size_t x = j + 1; !en && x < k; x++) en = entity_for(q, w[x].s, trim_name(q->a->text, w[x].s, w[k - 1].e));
        if (en && en->type == CH_ENT_PERSON) best = en;
    }
    return best;
}

/* the person whose name ends at byte ne: up to four capitalized words (and
 * initials) back from it, not before lo; its start in *ps */
static const ch_entity *person_ending_at(const qctx *q, size_t lo, size_t ne, size_t *ps)
{
    const char *t = q->a->text;
    size_t x = ne;
    for (int wds = 0; wds < 4 && x > lo; wds++) {
        size_t y = x;
        while (y > lo && (isalpha((unsigned char)t[y - 1]) || (unsigned char)t[y - 1] >= 0x80 || t[y - 1] == '.' ||
                          t[y - 1] == '-' || t[y - 1] == '\''))
            y--;
        if (y == x || !(isupper((unsigned char)t[y]) || (unsigned char)t[y] >= 0xC3)) break;
        const ch_entity *pe = entity_for(q, y, ne);
        if (pe && pe->type == CH_ENT_PERSON) {
            *ps = y;
            return pe;
        }
        if (y == lo || t[y - 1] != ' ') break;
        x = y - 1;
    }
    return NULL;
}

/* a name that is no person's closes an appositive right before the cue
 * ("Ken Ibsen, Vice President of programs at Harbour Relief, told"; "Anna
 * Berg, the head of the agency, through which ... the Green Crescent,
 * condemned"): the person it describes, named before its opening comma
 * within the sentence, speaks; [s, e) moves to that name */
/* "Ms Robinson, who presents The Weakest Link tells ...": a name inside a
 * "who" clause (its closing comma dropped) is no subject of the verb after
 * it; the person before ", who" is. Moves [*s, *e) to that person */
static void who_clause_subject(const qctx *q, size_t *s, size_t *e)
{
    const char *t = q->a->text;
    size_t lo = *s > 100 ? *s - 100 : 0;
    for (size_t x = *s; x > lo + 6; x--) {
        char c = t[x - 1];
        if (c == ',' || c == '.' || c == ';' || c == ':' || c == '\n' || c == '"') {
            if (c != ',' || x < 2 || strncmp(t + x, " who ", 5)) return;
            size_t ps;
            if (person_ending_at(q, lo > 40 ? lo - 40 : 0, x - 1, &ps)) {
                *s = ps;
                *e = x - 1;
            }
            return;
        }
    }
}

static void appositive_person(const qctx *q, size_t *s, size_t *e)
{
    const char *t = q->a->text;
    const ch_entity *en = entity_for(q, *s, *e);
    {
        const char *sp = memchr(t + *s, ' ', *e - *s);
        size_t fl = sp ? (size_t)(sp - (t + *s)) : *e - *s;
        /* a person, unless the run opens with a title ("Controller HTV One") */
        if (en && en->type == CH_ENT_PERSON && !ch_wordlist_contains_ci(q->titles, t + *s, fl)) return;
    }
    /* "Charlotte Moore, Controller BBC One says", "Ben Stephenson,
     * Controller, BBC Drama Commissioning says": the name after a comma is
     * a title or a body, the person is the one before (up to three
     * comma-separated parts back, within the sentence) */
    if (*s >= 4 && t[*s - 1] == ' ' && t[*s - 2] == ',' && (!en || en->type != CH_ENT_PLACE)) {
        size_t c = *s - 2; /* a comma */
        for (int part = 0; part < 3; part++) {
            size_t ne = c, ps;
            while (ne > 0 && t[ne - 1] == ' ') ne--;
            if (person_ending_at(q, 0, ne, &ps)) {
                *s = ps;
                *e = ne;
                return;
            }
            /* on to the comma before this part: at most six words, no sentence end */
            size_t p2 = ne, lim = ne > 80 ? ne - 80 : 0;
            while (p2 > lim && t[p2 - 1] != ',' && t[p2 - 1] != '\n' && !(t[p2 - 1] == '.' && p2 < ne && t[p2] == ' ' &&
                                                                          p2 >= 3 && islower((unsigned char)t[p2 - 2])))
                p2--;
            if (p2 <= lim || t[p2 - 1] != ',') break;
            c = p2 - 1;
        }
    }
    /* (closed by a comma before the cue, or by the colon that introduces the
     * quote: "Bill Bodie, director de comunicaciones de las Fuerzas Aéreas:") */
    if (*e >= q->a->text_len || (t[*e] != ',' && t[*e] != ':')) return;
    size_t lo = *s > 400 ? *s - 400 : 0;
    for (size_t c = *s; c > lo + 1; c--) {
        if (t[c - 1] == '\n' || (t[c - 1] == '.' && t[c] == ' ' && c >= 3 && islower((unsigned char)t[c - 2])))
            return; /* the sentence's start (not "Jr." or "U.S.") */
        if (t[c - 1] != ',') continue;
        size_t ne = c - 1, ps; /* the name would end at the comma */
        if (person_ending_at(q, lo, ne, &ps)) {
            *s = ps;
            *e = ne;
            return;
        }
    }
}

/* "Friends of Kathryn Jenkin described her", "a lawyer for Daniel Orme
 * said": people who speak about or for the person named after "of"/"for"
 * are not that person; the quote has no named speaker, the phrase is its
 * role */
static int proxy_before(qctx *q, size_t s, size_t e, attrib *r)
{
    static const char *const proxy[] = {"friend", "friends", "relative", "relatives", "family", "families",
                                        "lawyer", "lawyers", "attorney", "attorneys", "supporter", "supporters",
                                        "colleague", "colleagues", "neighbour", "neighbours", "neighbor", "neighbors",
                                        "parents", "spokesman", "spokeswoman", "spokesperson", "representative",
                                        "rep", "publicist", "agent", "aide", "aides", NULL};
    const char *t = q->a->text;
    if (s < 6 || t[s - 1] != ' ') return 0;
    size_t pe; /* the space before "of"/"for" */
    if (!strncmp(t + s - 4, "for", 3)) pe = s - 5;
    else if (!strncmp(t + s - 3, "of", 2)) pe = s - 4;
    else return 0;
    if (t[pe] != ' ') return 0;
    size_t ps = pe;
    while (ps > 0 && isalpha((unsigned char)t[ps - 1])) ps--;
    if (ps == pe || !ch__in_list(proxy, t + ps, pe - ps, 1)) return 0;
    const ch_entity *en = entity_for(q, s, e);
    /* a person's full name ("a spokesman for Waitrose" is the company's) */
    if (!en || en->type != CH_ENT_PERSON || !strchr(en->name, ' ')) return 0;
    r->speaker = NULL;
    r->role = ch_arena_strndup(q->arena, t + ps, e - ps);
    return 1;
}

/* does the sentence before the one at s describe an unnamed person ("One
 * mother of three", "a relative", "a woman who lives nearby") after the last
 * quote, with no person named after that description? */
static int unnamed_antecedent(const qctx *q, size_t s)
{
    const char *t = q->a->text;
    size_t si = ch__sentence_of(q->a, s);
    if (si == 0 || si > q->a->n_sentences) return 0;
    size_t ps = q->a->sentences[si - 1].start, pe = q->a->sentences[si - 1].end;
    if (ps < q->last_speaker_end) return 0;
    wspan w[48];
    size_t nw = words_in(t, ps, pe, w, 48);
    for (size_t k = 0; k + 1 < nw; k++) {
        if (in_quote(q, w[k].s) ||
            !ch__in_list((const char *const[]){"a", "an", "one", "another", NULL}, t + w[k].s, w[k].e - w[k].s, 1))
            continue;
        /* the sentence's subject (its first words), or after "according to" */
        int subj = k == 0 || memchr(t + w[k - 1].e, ',', w[k].s - w[k - 1].e) != NULL || /* "At the plant, one employee" */
                   (k >= 2 && !strncasecmp(t + w[k - 2].s, "according", 9) &&
                              w[k - 1].e - w[k - 1].s == 2 && !strncasecmp(t + w[k - 1].s, "to", 2));
        if (!subj) continue;
        for (size_t x = k + 1; x < nw && x <= k + 3; x++) {
            if (upper_word(q, w, nw, x)) break;
            if (!people_noun(t + w[x].s, w[x].e - w[x].s)) continue;
            /* no person named in the sentence (not "Umm Ibrahim, a mother
             * of five, said") */
            for (size_t y = 0; y < nw; y++) {
                const ch_entity *en = upper_word(q, w, nw, y) ? entity_for(q, w[y].s, w[y].e) : NULL;
                if (en && en->type == CH_ENT_PERSON) return 0;
            }
            return 1;
        }
    }
    return 0;
}

/* the organisation of that name among the article's entities, else NULL */
static const ch_entity *org_named(const qctx *q, const char *name)
{
    for (size_t i = 0; i < q->n_ents; i++)
        if (q->ents[i].type == CH_ENT_ORG && !strcmp(q->ents[i].name, name)) return &q->ents[i];
    return NULL;
}

/* the person named last in the 1,500 bytes before the quotation that ends
 * at a (its words left out): the one a description after it refers to */
static int person_before_quote(qctx *q, size_t a, attrib *r)
{
    size_t qs = a;
    while (qs > 0 && in_quote(q, qs - 1)) qs--;
    return last_person(q, qs > 1500 ? qs - 1500 : 0, qs, r);
}

/* 'A spokesman for the Film Council said: "..." He added: "..."': a he or
 * she right after an organisation's quote given through its spokesman or
 * spokeswoman (of that gender; a spokesperson of either), with no person
 * named since, is that spokesperson: the organisation speaks on */
static int spokes_pronoun(qctx *q, size_t s, int g)
{
    if (!q->last_speaker || is_person_name(q, q->last_speaker) || q->last_speaker_end > s ||
        s - q->last_speaker_end > 300)
        return 0;
    const char *t = q->a->text;
    size_t ws = q->last_quote_start > 150 ? q->last_quote_start - 150 : 0, we = q->last_speaker_end;
    {   /* the sentences of that quote: its attribution before or after it */
        size_t si = ch__sentence_of(q->a, q->last_quote_start);
        if (si < q->a->n_sentences && q->a->sentences[si].start > ws) ws = q->a->sentences[si].start;
        size_t se = ch__sentence_of(q->a, we > 0 ? we - 1 : 0);
        if (se < q->a->n_sentences && q->a->sentences[se].end > we) we = q->a->sentences[se].end;
        if (we > s) we = s;
    }
    wspan w[64];
    int rep = 0;
    /* (and no other spokesperson brought in between: "A spokeswoman for
     * Y said ...") */
    for (int pass = 0; pass < 2; pass++) {
        size_t nw = pass ? words_in(t, we, s, w, 64) : words_in(t, ws, we, w, 64);
        for (size_t i = 0; i < nw; i++) {
            if (in_quote(q, w[i].s)) continue;
            size_t n = w[i].e - w[i].s;
            const char *x = t + w[i].s;
            int m = n == 9 && !strncasecmp(x, "spokesman", 9) ? 1
                    : n == 11 && !strncasecmp(x, "spokeswoman", 11) ? 2
                    : (n == 12 && !strncasecmp(x, "spokesperson", 12)) || (n == 14 && !strncasecmp(x, "representative", 14)) ? 3
                    : 0;
            if (m && pass) return 0;
            if (m == 3 || m == g) rep = 1;
        }
    }
    if (!rep) return 0;
    attrib tmp = {0};
    int wg = q->want_gender;
    q->want_gender = 0;
    int named = last_person(q, q->last_speaker_end, s, &tmp);
    q->want_gender = wg;
    return !named;
}

static void set_speaker(qctx *q, attrib *r, size_t s, size_t e, int pron, const char *cue, size_t ts, size_t te)
{
    const char *t = q->a->text;
    r->found = 1;
    r->cue = cue;
    if (!pron && proxy_before(q, s, e, r)) return;
    if (!pron) appositive_person(q, &s, &e);
    if (!pron) who_clause_subject(q, &s, &e);
    if (pron) {
        int g = pronoun_gender(t + s, e - s);
        if (g == 3) { /* "it said": the last organisation that spoke, else the last one named */
            r->speaker = NULL;
            r->role = NULL;
            if (q->last_speaker && !is_person_name(q, q->last_speaker)) r->speaker = q->last_speaker;
            if (!r->speaker) {
                const ch_entity *o = last_org(q, s > 800 ? s - 800 : 0, s);
                if (o) r->speaker = o->name;
            }
            if (!r->speaker) r->found = 0;
            return;
        }
        /* a pronoun inside a sentence whose subject, named before it, fits:
         * that person ("Chancellor Olaf Scholz conceded defeat after what he
         * called ...", "When King hired O'Brien, he called him ...") */
        if (g == 1 || g == 2) {
            size_t si = ch__sentence_of(q->a, s);
            int quoted_before = 0; /* '"...," he said': the speaker machinery below */
            if (si < q->a->n_sentences && q->spans)
                for (size_t x = 0; x < q->spans->n && !quoted_before; x++)
                    quoted_before = q->spans->v[x].ce >= q->a->sentences[si].start && q->spans->v[x].ce <= s;
            if (si < q->a->n_sentences && q->a->sentences[si].start < s && !quoted_before) {
                /* the subject opens the sentence: a name within its first words */
                wspan sw[5];
                size_t nsw = words_in(q->a->text, q->a->sentences[si].start, s, sw, 5);
                size_t lim = nsw ? sw[nsw - 1].e : s;
                /* an opening participle ("Expressing doubt that Dr. Porter would
                 * stay, he said ...") has the pronoun for its subject: a name
                 * inside it is no antecedent */
                const ch_entity *w0 = nsw ? entity_for(q, sw[0].s, sw[0].e) : NULL;
                int part_open = nsw && sw[0].e - sw[0].s > 5 && !strncmp(t + sw[0].e - 3, "ing", 3) &&
                                (!w0 || w0->type == CH_ENT_OTHER);
                const ch_entity *sp = nsw && !part_open ? subject_person(q, q->a->sentences[si].start, lim) : NULL;
                /* not a possessive ("King's former coach said he ...") */
                if (sp) {
                    size_t sl;
                    const char *sn = ch__surname(sp->name, &sl);
                    const char *hit = sl ? memmem(t + q->a->sentences[si].start, lim - q->a->sentences[si].start, sn, sl) : NULL;
                    /* nor a name set off by a comma ("Rivas, she added, ...": the
                     * pronoun is the subject) */
                    /* (an appositive after the name is no such comma: "Steve
                     * Jobs, the Apple chief, announced ..., where he ...") */
                    if (!hit || hit[sl] == '\'' || !strncmp(hit + sl, "\xE2\x80\x99", 3) ||
                        (hit[sl] == ',' && (size_t)(t + s - (hit + sl)) < 4))
                        sp = NULL;
                }
                /* a he/she resolves to a person, not a name left untyped
                 * ("her Lawncrest neighbors"); a sentence that opens with a
                 * pronoun has it for its subject */
                sp = as_person(q, sp);
                if (sp && nsw && is_person_pronoun_in(q->a->lang, t + sw[0].s, sw[0].e - sw[0].s)) sp = NULL;
                if (sp && gender_fits(q, sp->name, g)) {
                    r->speaker = sp->name;
                    r->role = sp->role;
                    return;
                }
            }
        }
        /* "One mother of three, who declined to give her name, said ...
         * “...,” she asked.", "According to a relative, ... “...,” she
         * said": an unnamed person described in the sentence before, since
         * the last quote and with no one named after it, is the antecedent */
        if ((g == 1 || g == 2) && spokes_pronoun(q, s, g)) {
            r->speaker = q->last_speaker;
            r->role = NULL;
            return;
        }
        if ((g == 1 || g == 2) && unnamed_antecedent(q, s)) {
            r->speaker = NULL;
            r->role = NULL;
            return;
        }
        r->speaker = q->last_speaker;
        r->role = q->last_role;
        /* a person who spoke in reported speech since the last quote ("X told
         * the radio that ...") is the nearer antecedent */
        if (r->speaker && q->last_speaker_end < s) {
            const ch_entity *rp = reporting_person(q, s - q->last_speaker_end > 600 ? s - 600 : q->last_speaker_end, s);
            if (rp) {
                r->speaker = rp->name;
                r->role = rp->role;
            }
        }
        /* he/she is a person, never the organisation that spoke last */
        if (g && r->speaker && !is_person_name(q, r->speaker)) r->speaker = NULL;
        /* "A spokeswoman for Halvorsen Foods said ... “...,” she said": the
         * spokeswoman of the sentence before speaks for her organisation */
        if (g && g != 3) {
            size_t si = ch__sentence_of(q->a, s);
            if (si > 0 && si <= q->a->n_sentences) {
                size_t ps = q->a->sentences[si - 1].start, pe = q->a->sentences[si - 1].end;
                wspan fw[8];
                size_t nfw = words_in(t, ps, pe, fw, 8);
                size_t lim = nfw ? fw[nfw - 1].e : ps;
                const ch_entity *so = ps >= q->last_speaker_end && !subject_person(q, ps, pe) ? spokes_org(q, ps, lim) : NULL;
                if (so) {
                    r->speaker = so->name;
                    r->role = NULL;
                    return;
                }
            }
        }
        /* the subject of the sentence before, named since the last quote,
         * is the preferred antecedent ("Reached by phone, O'Brien declined
         * to comment. “...,” he said.") */
        if (g && r->speaker && r->speaker == q->last_speaker) {
            size_t si = ch__sentence_of(q->a, s);
            if (si > 0 && si <= q->a->n_sentences) {
                size_t ps = q->a->sentences[si - 1].start, pe = q->a->sentences[si - 1].end;
                const ch_entity *sp = ps >= q->last_speaker_end ? trailing_speaker(q, ps, pe) : NULL;
                if (!sp && ps >= q->last_speaker_end) sp = subject_person(q, ps, pe);
                /* a sentence before that opens with the same pronoun ("He and
                 * other men had been sitting ...") goes back one more to the
                 * one it refers to */
                /* (up to three sentences back, each with the pronoun for
                 * its subject, "But he stressed ...", or its speaker, "...,
                 * he said.": 'Mr Gref ... was keen to distance himself. The
                 * privatisation had been badly handled, he said. But he
                 * stressed ... "...," he said.') */
                for (size_t back = 1; !sp && back <= 3 && si > back && ps >= q->last_speaker_end; back++) {
                    size_t bs = q->a->sentences[si - back].start, be = q->a->sentences[si - back].end;
                    wspan fw[3];
                    size_t nfw = words_in(t, bs, be, fw, 3);
                    int opens = nfw && fw[0].s <= bs + 1 &&
                                (pronoun_gender(t + fw[0].s, fw[0].e - fw[0].s) == g ||
                                 (nfw > 1 && ch__in_list((const char *const[]){"But", "And", "Yet", "However", NULL}, t + fw[0].s,
                                                         fw[0].e - fw[0].s, 0) &&
                                  pronoun_gender(t + fw[1].s, fw[1].e - fw[1].s) == g));
                    int ends = 0;
                    if (!opens) { /* ", he said." closing it */
                        wspan lw2[12];
                        size_t nl2 = words_in(t, be > bs + 40 ? be - 40 : bs, be, lw2, 12);
                        ends = nl2 >= 2 && pronoun_gender(t + lw2[nl2 - 2].s, lw2[nl2 - 2].e - lw2[nl2 - 2].s) == g &&
                               cue_at(t, lw2, nl2, nl2 - 1, q->cues) && memchr(t + lw2[nl2 - 2].s - 2, ',', 2);
                    }
                    if (!opens && !ends) break;
                    if (si < back + 1) break;
                    size_t ps2 = q->a->sentences[si - back - 1].start, pe2 = q->a->sentences[si - back - 1].end;
                    if (ps2 < q->last_speaker_end) break;
                    sp = subject_person(q, ps2, pe2);
                }
                if ((sp = as_person(q, sp)) != NULL && strcmp(sp->name, r->speaker) && gender_fits(q, sp->name, g)) {
                    r->speaker = sp->name;
                    r->role = sp->role;
                }
            }
        }
        /* 'But Mr Howard denied Mr Yeo said the plans "stink". He also said
         * ...': when the last quote sits inside the sentence before, as the
         * words of someone its subject reports on, the pronoun goes on with
         * that subject */
        if (g && r->speaker && r->speaker == q->last_speaker && q->last_speaker_end < s) {
            size_t si = ch__sentence_of(q->a, s);
            if (si > 0 && si <= q->a->n_sentences) {
                size_t ps = q->a->sentences[si - 1].start, pe = q->a->sentences[si - 1].end;
                if (ps < q->last_quote_start && q->last_speaker_end <= pe + 2 && pe <= s) {
                    const ch_entity *sp = as_person(q, subject_person(q, ps, q->last_quote_start));
                    if (sp && sp->type == CH_ENT_PERSON && strcmp(sp->name, r->speaker) && known_gender(q, sp->name, g)) {
                        size_t sl, ll;
                        const char *sn = ch__surname(sp->name, &sl), *ln = ch__surname(r->speaker, &ll);
                        const char *hs = sl ? memmem(t + ps, q->last_quote_start - ps, sn, sl) : NULL;
                        const char *hl = ll ? memmem(t + ps, q->last_quote_start - ps, ln, ll) : NULL;
                        if (hs && hl && hs < hl) {
                            r->speaker = sp->name;
                            r->role = sp->role;
                        }
                    }
                }
            }
        }
        /* "she" after a quote by someone the article never genders: a woman
         * named since that quote is the nearer antecedent */
        if (g && r->speaker && r->speaker == q->last_speaker && q->last_speaker_end < s &&
            !known_gender(q, r->speaker, g)) {
            attrib tmp = {0};
            q->want_gender = -g;
            if (last_person(q, q->last_speaker_end, s, &tmp)) {
                r->speaker = tmp.speaker;
                r->role = tmp.role;
            }
            q->want_gender = 0;
        }
        if (!gender_fits(q, r->speaker, g)) r->speaker = NULL; /* "she" is not the last (male) speaker */
        /* no one spoke before: the subject of the sentence before, over a
         * name in its clauses ("Ward, who replaced Tom Baxter, said ...
         * “...,” she said.") */
        if (g && !r->speaker && !q->last_speaker) {
            size_t si = ch__sentence_of(q->a, s);
            if (si > 0 && si <= q->a->n_sentences) {
                infer_genders(q);
                const ch_entity *sp = trailing_speaker(q, q->a->sentences[si - 1].start, q->a->sentences[si - 1].end);
                if (!sp) sp = subject_person(q, q->a->sentences[si - 1].start, q->a->sentences[si - 1].end);
                if ((sp = as_person(q, sp)) != NULL && gender_fits(q, sp->name, g)) {
                    r->speaker = sp->name;
                    r->role = sp->role;
                }
            }
        }
        if (!r->speaker) { /* the person named last before it (of the pronoun's gender) */
            attrib tmp = {0};
            if (g) infer_genders(q);
            q->want_gender = g;
            if (last_person(q, s > 800 ? s - 800 : 0, s, &tmp)) {
                r->speaker = tmp.speaker;
                r->role = tmp.role;
            }
            q->want_gender = 0;
        }
        return;
    }
    const ch_entity *en = entity_for(q, s, e);
    /* "Radio 1 said": the number is part of the broadcaster's name */
    if (!en && e + 2 < q->a->text_len && t[e] == ' ' && isdigit((unsigned char)t[e + 1])) {
        size_t de = e + 1;
        while (de < q->a->text_len && de < e + 4 && isdigit((unsigned char)t[de])) de++;
        const ch_entity *ne = entity_for(q, s, de);
        if (ne && ne->type == CH_ENT_ORG) {
            en = ne;
            e = de;
        }
    }
    /* "Sir Paul said" (after "Sir Paul McCartney"): the person the name
     * after the honorific is an alias of */
    if (!en) {
        const char *sp = memchr(t + s, ' ', e - s);
        static const char *const hon[] = {"Sir", "Dame", "Lady", "Lord", "Baroness", "Baron", NULL};
        if (sp && ch__in_list(hon, t + s, (size_t)(sp - (t + s)), 0)) {
            size_t s2 = (size_t)(sp + 1 - t);
            const ch_entity *pe = entity_for(q, s2, e);
            if (pe && pe->type == CH_ENT_PERSON && memchr(pe->name, ' ', strlen(pe->name))) {
                en = pe;
                s = s2;
            }
        }
    }
    /* "Keith Springer di Capital Financial Advisory Services", "Deborah Kwan
     * of Threadneedle Research": a person and an affiliation after "of" */
    if (!en) {
        static const char *const aff[] = {" of ", " di ", " de ", " du ", " von ", NULL};
        for (int k = 0; aff[k] && !en; k++) {
            const char *hit = memmem(t + s, e - s, aff[k], strlen(aff[k]));
            if (!hit) continue;
            const ch_entity *pe = entity_for(q, s, (size_t)(hit - t));
            if (pe && pe->type == CH_ENT_PERSON && memchr(t + s, ' ', (size_t)(hit - t) - s)) {
                en = pe;
                e = (size_t)(hit - t);
            }
        }
    }
    {
        const char *sp = t + e;
        while (sp > t + s && sp[-1] != ' ') sp--;
        if (!en && age_noun(sp, (size_t)(t + e - sp))) { /* "the 36-year-old says": the person named last */
            attrib tmp = {0};
            if (last_person(q, s > 1500 ? s - 1500 : 0, s, &tmp)) {
                r->speaker = tmp.speaker;
                r->role = tmp.role;
                return;
            }
        }
    }
    /* an indefinite description ("a police spokesman", "an official")
     * brings in someone new: no person named before */
    int indefinite = (s >= 2 && !strncasecmp(t + s - 2, "a ", 2) && (s == 2 || !isalpha((unsigned char)t[s - 3]))) ||
                     (s >= 3 && !strncasecmp(t + s - 3, "an ", 3) && (s == 3 || !isalpha((unsigned char)t[s - 4])));
    if (!en && !indefinite) en = entity_by_role(q, s, e);
    if (!en) en = org_speaking_for(q, s, e); /* "a Defence Ministry statement" */
    if (!en && indefinite) en = indefinite_org(q, s, e); /* "a ministry official" */
    if (!en) { /* "the American statement", "a French spokesman": that country */
        const char *lw = t + e;
        while (lw > t + s && lw[-1] != ' ') lw--;
        const char *fw = lw > t + s + 1 ? lw - 1 : NULL;
        while (fw && fw > t + s && fw[-1] != ' ') fw--;
        const ch_gaz_entry *dg = fw && representative(lw, (size_t)(t + e - lw)) ? ch_gazetteer_lookup(fw, (size_t)(lw - 1 - fw)) : NULL;
        if (dg && !strcmp(dg->type, "demonym") && dg->canonical[0]) {
            r->speaker = ch_arena_strndup(q->arena, dg->canonical, strlen(dg->canonical));
            r->role = NULL;
            return;
        }
    }
    if (!en && !indefinite && (en = title_person(q, s, e)) != NULL && te <= ts) { /* the phrase is the role */
        ts = s;
        te = e;
    }
    if (!en && !memchr(t + s, ' ', e - s)) en = org_anaphor(q, s, e); /* "the service" */
    if (!en && memchr(t + s, ' ', e - s)) { /* "the radio station": its head */
        const char *lw = t + e;
        while (lw > t + s && lw[-1] != ' ') lw--;
        if (station_noun(lw, (size_t)(t + e - lw))) en = org_anaphor(q, (size_t)(lw - t), e);
    }
    if (!en && definite_before(t, s) && company_noun(t + s, e - s))
        en = salient_org(q, s > 1500 ? s - 1500 : 0, s); /* "the company said": the company it is about */
    /* "Policymakers said they have gained greater confidence": the members
     * of the body the article is about speak as that body (a central bank's
     * rate setters) */
    if (!en && ch__in_list((const char *const[]){"policymakers", "policy-makers", "policy makers", "rate-setters",
                                                 "ratesetters", NULL},
                           t + s, e - s, 1))
        en = salient_org(q, s > 1500 ? s - 1500 : 0, s + 1500 < q->a->text_len ? s + 1500 : q->a->text_len);
    if (!en && s >= 4 && !strncasecmp(t + s - 4, "the ", 4) && !memchr(t + s, ' ', e - s) && representative(t + s, e - s))
        en = spokes_org(q, s > 1500 ? s - 1500 : 0, s); /* "the spokesperson said": the one named before */
    /* "The Vestey Group said ... But a spokesman added:": an unnamed
     * spokesperson after an organisation spoke speaks for it */
    if (!en && indefinite && ch__in_list((const char *const[]){"spokesman", "spokeswoman", "spokesperson", NULL}, t + s, e - s, 1)) {
        if (q->last_speaker && !is_person_name(q, q->last_speaker)) {
            en = org_named(q, q->last_speaker);
        }
        if (!en) {
            size_t si = ch__sentence_of(q->a, s);
            if (si > 0 && si <= q->a->n_sentences) {
                attrib sr = {0};
                if (sentence_subject(q, q->a->sentences[si - 1].start, q->a->sentences[si - 1].end, &sr) && sr.speaker)
                    en = org_named(q, sr.speaker);
                /* (or the one organisation that sentence names and has speak:
                 * "Netherlands-based group LNM said it welcomed ...") */
                if (!en) {
                    size_t ps = q->a->sentences[si - 1].start, pe = q->a->sentences[si - 1].end;
                    const ch_entity *lo = last_org(q, ps, pe);
                    wspan pw[40];
                    size_t npw = words_in(t, ps, pe, pw, 40);
                    int spoke = 0;
                    for (size_t x = 0; x < npw && !spoke; x++) spoke = !in_quote(q, pw[x].s) && cue_at(t, pw, npw, x, q->cues);
                    if (lo && spoke) en = lo;
                }
            }
        }
    }
    const char *dsp = memchr(t + s, ' ', e - s); /* "the official release": one lowercase word before */
    size_t ds = dsp && !memchr(dsp + 1, ' ', (size_t)(t + e - dsp - 1)) && islower((unsigned char)t[s]) ? (size_t)(dsp - t) + 1 : s;
    if (!en && s >= 4 && !strncasecmp(t + s - 4, "the ", 4) && !memchr(t + ds, ' ', e - ds) &&
        ch__in_list((const char *const[]){"statement", "release", "communiqué", "communique", "letter", "report",
                                           "declaration", "comunicado", "nota", NULL},
                    t + ds, e - ds, 1)) {
        /* "The statement added that ...": the organisation that spoke last,
         * else the one the article names most */
        if (q->last_speaker && !is_person_name(q, q->last_speaker)) {
            en = org_named(q, q->last_speaker);
        }
        if (!en) en = salient_org(q, s > 1500 ? s - 1500 : 0, s);
    }
    if (en && en->type != CH_ENT_PLACE) {
        r->speaker = en->name;
        r->role = en->role;
    } else { /* a place speaks as written ("Lyons", "Britain"), not as its canonical name */
        r->speaker = ch_arena_strndup(q->arena, t + s, e - s);
    }
    if (te > ts) { /* the role, without a leading article ("la ministre ..." -> "ministre ...") */
        static const char *const ind[] = {"a", "an", "un", "una", "one", "o", "os", "as", "uma", "um", NULL};
        const char *sp = memchr(t + ts, ' ', te - ts);
        if (sp && (ch__is_definite(t + ts, (size_t)(sp - (t + ts))) ||
                   ch__in_list(ind, t + ts, (size_t)(sp - (t + ts)), 1)))
            ts = (size_t)(sp - t) + 1;
        /* and without the one it was told to ("explicado a Efe la portavoz de
         * Junts" -> "portavoz de Junts"): an article after a word that is no
         * connector starts the role ("Secretary of the Air Force" keeps it) */
        for (size_t x = ts; x < te; x++) {
            if (x > ts && t[x - 1] != ' ') continue;
            size_t xe = x;
            while (xe < te && t[xe] != ' ') xe++;
            if (x > ts && xe < te && ch__is_definite(t + x, xe - x)) {
                size_t pe2 = x - 1, ps2 = pe2;
                while (ps2 > ts && t[ps2 - 1] != ' ') ps2--;
                if (!ch__in_list(of_words, t + ps2, pe2 - ps2, 0)) { ts = xe + 1; break; }
            }
            x = xe;
        }
        /* and without the words that led to the organisation ("a spokesperson
         * for the Ministry" -> "spokesperson") */
        static const char *const tail[] = {"for", "of", "at", "the", "de", "del", "la", "el", "di", "du", NULL};
        for (;;) {
            while (te > ts && (t[te - 1] == ' ' || t[te - 1] == ',')) te--;
            size_t ws = te;
            while (ws > ts && t[ws - 1] != ' ') ws--;
            if (ws == ts || !ch__in_list(tail, t + ws, te - ws, 0)) break;
            te = ws;
        }
        if (te > ts) r->role = ch_arena_strndup(q->arena, t + ts, te - ts);
    }
}

/* a cue whose speaker follows it ("according to X", "según X", "as quoted
 * by X"); for the others ("X told reporters", "X said that") the speaker
 * comes before */
static int is_according(const char *s, size_t n)
{
    static const char *const p[] = {"according", "as quoted by", "quoted by", "in the words of", "en palabras de",
                                    "en opinión de", "a juicio de", "según",
                                    "de acuerdo con", "laut", "selon", "d'après", "d’après", "secondo", "segundo",
                                    "de acordo com", "volgens", "aldus", "σύμφωνα με", NULL};
    for (int i = 0; p[i]; i++) {
        size_t l = strlen(p[i]);
        if (n >= l && !strncasecmp(s, p[i], l)) return 1;
    }
    return 0;
}

/* the speaker after a prepositional cue at word k ("according to X",
 * "according to the committee's statement", "según la policía") */
/* "a statement from", "a report by", "documents released by": the words
 * before the one who speaks in "according to ..."; returns their count */
static size_t document_from(const char *t, const wspan *w, size_t nw, size_t k)
{
    static const char *const doc[] = {"statement", "statements", "report", "reports", "release", "letter",
                                      "document", "documents", "filing", "filings", "complaint", "post",
                                      "tweet", "notice", "memo", "email", "e-mail", "affidavit", "transcript",
                                      "ruling", "study", "survey", "analysis", "data", "figures", "estimate",
                                      "estimates", "records", "account", "message", "comunicado", "informe", NULL};
    static const char *const from[] = {"from", "by", "of", "issued", "released", "published", "de", "del", NULL};
    size_t j = k;
    if (j < nw && (ch__is_definite(t + w[j].s, w[j].e - w[j].s) ||
                   ch__in_list((const char *const[]){"a", "an", "un", "una", NULL}, t + w[j].s, w[j].e - w[j].s, 1)))
        j++;
    if (j + 1 < nw && w[j].e - w[j].s == 5 && !strncasecmp(t + w[j].s, "press", 5)) j++;
    if (!(j + 1 < nw && ch__in_list(doc, t + w[j].s, w[j].e - w[j].s, 1))) return 0;
    j++;
    size_t f0 = j;
    while (j < nw && j < f0 + 2 && ch__in_list(from, t + w[j].s, w[j].e - w[j].s, 1)) j++;
    return j > f0 && j < nw ? j - k : 0;
}

static int according_speaker(qctx *q, const wspan *w, size_t nw, size_t k, int c, const char *cue, attrib *r)
{
    const char *t = q->a->text;
    size_t s, e, ts, te;
    c += (int)document_from(t, w, nw, k + (size_t)c); /* "according to a statement from X" is X */
    {   /* "according to Rivas's lawyer, Jane Holt": the appositive name */
        size_t j0 = k + (size_t)c;
        if (j0 < nw && upper_word(q, w, nw, j0)) {
            size_t j1 = name_run_end(q, w, nw, j0);
            const ch_entity *pa = possessive_appositive(q, w, nw, j1);
            if (pa) {
                return attrib_set(r, pa->name, pa->role, cue);
            }
        }
    }
    {   /* "the county sheriff's office": the office speaks, not the person
         * its possessive names */
        static const char *const body[] = {"office", "department", "ministry", "agency", "bureau", "service",
                                           "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers",
                                           "attorney", "attorneys", NULL};
        size_t j0 = k + (size_t)c;
        if (j0 < nw && ch__is_definite(t + w[j0].s, w[j0].e - w[j0].s)) j0++;
        for (size_t h = j0; h + 1 < nw && h < j0 + 5; h++) {
            int poss = ch__possessive(t + w[h].s, w[h].e - w[h].s);
            if (h > j0 && memchr(t + w[h - 1].e, ',', w[h].s - w[h - 1].e)) break;
            if (!poss) continue;
            if (!ch__in_list(body, t + w[h + 1].s, w[h + 1].e - w[h + 1].s, 1) ||
                memchr(t + w[h].e, ',', w[h + 1].s - w[h].e))
                break;
            int lower = 1;
            for (size_t x = j0; x <= h; x++) lower &= !isupper((unsigned char)t[w[x].s]);
            if (!lower) break; /* "Smith's lawyer": name_forward and the rules below */
            return attrib_set(r, ch_arena_strndup(q->arena, t + w[j0].s, w[h + 1].e - w[j0].s), NULL, cue);
        }
    }
    {   /* "according to the Office of the Surgeon General's Web site", "the
         * company's website": the owner of the site speaks */
        static const char *const site[] = {"website", "site", "web", "blog", "page", "homepage", "feed", NULL};
        size_t j0 = k + (size_t)c;
        if (j0 < nw && ch__is_definite(t + w[j0].s, w[j0].e - w[j0].s)) j0++;
        for (size_t h = j0; h + 1 < nw && h < j0 + 8; h++) {
            if (h > j0 && memchr(t + w[h - 1].e, ',', w[h].s - w[h - 1].e)) break;
            if (!ch__possessive(t + w[h].s, w[h].e - w[h].s)) continue;
            size_t nx = h + 1;
            if (nx + 1 < nw && ch__in_list((const char *const[]){"official", "own", "Twitter", "Facebook", NULL},
                                           t + w[nx].s, w[nx].e - w[nx].s, 1))
                nx++;
            if (!ch__in_list(site, t + w[nx].s, w[nx].e - w[nx].s, 1)) break;
            size_t oe = trim_name(t, w[j0].s, w[h].e);
            if (oe <= w[j0].s) break;
            if (!upper_word(q, w, nw, j0)) { /* "the company's website" */
                set_speaker(q, r, w[j0].s, oe, 0, cue, 0, 0);
                return 1;
            }
            const ch_entity *en = entity_for(q, w[j0].s, oe);
            return attrib_set(r, en ? en->name : ch_arena_strndup(q->arena, t + w[j0].s, oe - w[j0].s), NULL, cue);
        }
    }
    if (k + (size_t)c < nw && name_forward(q, w, nw, k + (size_t)c, &s, &e, &ts, &te)) {
        set_speaker(q, r, s, e, 0, cue, ts, te);
        return 1;
    }
    size_t j = k + (size_t)c;
    while (j < nw && j < k + (size_t)c + 2 && ch__is_definite(t + w[j].s, w[j].e - w[j].s)) j++;
    for (size_t h = j; h < nw && h < j + 3 && h < 96; h++) {
        wspan tw[96];
        memcpy(tw, w, (h + 1) * sizeof *tw);
        size_t te2 = trim_name(t, tw[h].s, tw[h].e); /* a possessive */
        if (te2 > tw[h].s) tw[h].e = te2;
        if (source_at(q, tw, h, j, &s, &e)) {
            set_speaker(q, r, s, e, 0, cue, 0, 0);
            return 1;
        }
        if (upper_word(q, w, nw, h)) break;
    }
    return 0;
}

/* attribution in [a, b) after a quote: ", he said", "said X", "X noted" */
/* "TASS quoted Dmitry Peskov as saying", "Interfax cited a statement from
 * the ministry as saying": the one quoted speaks, not the outlet that
 * quotes (a pronoun, "quoted him as saying", is left to the caller) */
static int quoted_as(qctx *q, const wspan *w, size_t nw, size_t k, const char *cue, attrib *r)
{
    const char *t = q->a->text;
    static const char *const verb[] = {"quoted", "quotes", "cited", "cites", NULL};
    /* met at "saying" after "as" (the cue found last): back to the verb */
    if (k >= 3 && w[k - 1].e - w[k - 1].s == 2 && !strncasecmp(t + w[k - 1].s, "as", 2))
        for (size_t x = k - 2; x > 0 && x + 12 > k; x--)
            if (ch__in_list(verb, t + w[x - 1].s, w[x - 1].e - w[x - 1].s, 1)) {
                k = x - 1;
                break;
            }
    if (!ch__in_list(verb, t + w[k].s, w[k].e - w[k].s, 1)) return 0;
    size_t j = k + 2;
    while (j + 1 < nw && j < k + 12 &&
           !(w[j].e - w[j].s == 2 && !strncasecmp(t + w[j].s, "as", 2) &&
             ch__in_list((const char *const[]){"saying", "stating", "telling", "writing", NULL}, t + w[j + 1].s,
                         w[j + 1].e - w[j + 1].s, 1)))
        j++;
    if (j + 1 >= nw || j >= k + 12) return 0;
    size_t from = k + 1; /* "a statement from the ministry": its author */
    for (size_t x = k + 1; x + 1 < j; x++)
        if (ch__in_list((const char *const[]){"from", "by", NULL}, t + w[x].s, w[x].e - w[x].s, 1)) from = x + 1;
    if (is_pronoun(t + w[from].s, w[from].e - w[from].s) || pronoun_gender(t + w[from].s, w[from].e - w[from].s)) return 0;
    size_t s, e, ts, te;
    if (name_forward(q, w, j, from, &s, &e, &ts, &te) && (speaker_class(q, s, e) != 0 || untyped(q, s, e))) {
        set_speaker(q, r, s, e, 0, cue, ts, te);
        return 1;
    }
    if (source_at(q, w, j - 1, from, &s, &e)) {
        set_speaker(q, r, s, e, 0, cue, 0, 0);
        return 1;
    }
    return attrib_set(r, NULL, NULL, cue);
}

/* "a source close to", "a person familiar with": w[i] an indefinite
 * determiner, w[i + 1] a representative role, w[i + 2] what qualifies it */
static int qualified_source(const char *t, const wspan *w, size_t i)
{
    return ch__in_list((const char *const[]){"a", "an", "one", "another", NULL}, t + w[i].s, w[i].e - w[i].s, 1) &&
           representative(t + w[i + 1].s, w[i + 1].e - w[i + 1].s) &&
           ch__in_list((const char *const[]){"with", "familiar", "close", "who", "speaking", "involved", "knowledgeable", NULL},
                       t + w[i + 2].s, w[i + 2].e - w[i + 2].s, 1);
}

/* the end of a run of plain lowercase words from word i, before word lim:
 * each one space after the last, no stop word, no reporting word (a
 * description: "the award-giving body", "the friend") */
static size_t lower_run(const qctx *q, const wspan *w, size_t lim, size_t i)
{
    const char *t = q->a->text;
    size_t y = i;
    while (y < lim && islower((unsigned char)t[w[y].s]) && w[y].s == w[y - 1].e + 1 &&
           !ch_wordlist_contains_ci(q->stop, t + w[y].s, w[y].e - w[y].s) &&
           !ch_wordlist_contains_ci(q->cues, t + w[y].s, w[y].e - w[y].s))
        y++;
    return y;
}

/* is there a dash set off by spaces in [a, b) (" - ", " – ", " — ")? its start, else SIZE_MAX */
static size_t spaced_dash(const char *t, size_t a, size_t b)
{
    for (size_t x = b; x > a; x--) {
        size_t d = x - 1;
        if (t[d] == '-' && d > a && t[d - 1] == ' ' && d + 1 < b && t[d + 1] == ' ') return d;
        if (d + 3 <= b && (unsigned char)t[d] == 0xE2 && (unsigned char)t[d + 1] == 0x80 &&
            ((unsigned char)t[d + 2] == 0x93 || (unsigned char)t[d + 2] == 0x94))
            return d;
    }
    return SIZE_MAX;
}

/* a dash pair set off by spaces that closes right before word k ("Tom Reyes
 * of Halvex - a real estate company - told"): where it opens, at most lim
 * bytes back and not before a; SIZE_MAX if there is none */
static size_t dash_pair_open(const char *t, const wspan *w, size_t k, size_t a, size_t lim)
{
    if (k < 2 || spaced_dash(t, w[k - 1].e, w[k].s) == SIZE_MAX) return SIZE_MAX;
    size_t lo = w[k - 1].e > lim ? w[k - 1].e - lim : 0;
    if (lo < a) lo = a;
    return spaced_dash(t, lo, w[k - 1].s);
}

/* the word index before a parenthesis that ends right before word k
 * ("Ruth Gale (D-Ore.) said", "residents (who asked not to be named)
 * said"): kb moved back past the words inside it, opened after a and at
 * most lim bytes before word k; kb as given when there is none */
static size_t before_paren(const char *t, const wspan *w, size_t k, size_t kb, size_t a, size_t lim)
{
    /* "Anshuman Magazine of CB Richard Ellis - an estate company - told":
     * a dash pair set off by spaces, like a parenthesis */
    size_t op = kb == k ? dash_pair_open(t, w, k, a, lim) : SIZE_MAX;
    if (op != SIZE_MAX) {
        while (kb > 0 && w[kb - 1].s >= op) kb--;
        return kb;
    }
    if (k == 0 || !memchr(t + w[k - 1].e, ')', w[k].s - w[k - 1].e)) return kb;
    op = w[k - 1].e;
    while (op > a && t[op - 1] != '(' && w[k].s - op < lim) op--;
    if (op > a && t[op - 1] == '(')
        while (kb > 0 && w[kb - 1].s >= op) kb--;
    return kb;
}

/* "a spokesman for the company", "a spokeswoman for Alcott Corp.": an
 * unnamed representative (w[i] its determiner, w[i + 1] the role, w[i + 2]
 * "for"/"of"/"at") speaks for the body named in w[i + 3 .. end): that body
 * when the article names it, else the description itself */
static int rep_for(qctx *q, const wspan *w, size_t nw, size_t i, size_t end, const char *cue, attrib *r)
{
    const char *t = q->a->text;
    if (i + 3 >= end || end > nw || end - i > 8) return 0;
    if (!ch__in_list((const char *const[]){"a", "an", "one", "another", NULL}, t + w[i].s, w[i].e - w[i].s, 1) ||
        !representative(t + w[i + 1].s, w[i + 1].e - w[i + 1].s) ||
        !ch__in_list((const char *const[]){"for", "of", "at", NULL}, t + w[i + 2].s, w[i + 2].e - w[i + 2].s, 1))
        return 0;
    for (size_t x = i + 1; x < end; x++) /* one phrase: no comma, no sentence end inside */
        if (memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) || memchr(t + w[x - 1].e, '.', w[x].s - w[x - 1].e))
            return 0;
    size_t os = i + 3;
    if (ch__is_definite(t + w[os].s, w[os].e - w[os].s)) os++;
    if (os >= end) return 0;
    /* the body's name: its capitalized run ("Barnard & Co.", "Bank of
     * Spain"), or lowercase words up to a stop word or a cue */
    size_t oe = os + 1;
    int up = upper_word(q, w, nw, os);
    while (oe < end && !memchr(t + w[oe - 1].e, ',', w[oe].s - w[oe - 1].e)) {
        if (up) {
            if (upper_word(q, w, nw, oe)) { oe++; continue; }
            if (oe + 1 < end && upper_word(q, w, nw, oe + 1) &&
                ch__in_list((const char *const[]){"of", "and", "&", "for", "de", NULL}, t + w[oe].s, w[oe].e - w[oe].s, 1)) {
                oe += 2;
                continue;
            }
            break;
        }
        if (upper_word(q, w, nw, oe) || ch_wordlist_contains_ci(q->stop, t + w[oe].s, w[oe].e - w[oe].s) ||
            cue_at(t, w, nw, oe, q->cues))
            break;
        oe++;
    }
    end = oe;
    size_t s = w[os].s, e = trim_name(t, s, w[end - 1].e);
    const char *role = ch_arena_strndup(q->arena, t + w[i + 1].s, w[i + 1].e - w[i + 1].s);
    const ch_entity *en = NULL;
    if (upper_word(q, w, nw, os)) {
        en = entity_for(q, s, e);
        if (en && en->type == CH_ENT_PERSON) return 0; /* "a spokesman for Smith": Smith's, not Smith */
        if (!en) return attrib_set(r, ch_arena_strndup(q->arena, t + s, e - s), role, cue);
    } else if (os == end - 1 && os > i + 3) { /* "the company", "the ministry" */
        en = company_noun(t + s, e - s) ? salient_org(q, s > 1500 ? s - 1500 : 0, s) : org_anaphor(q, s, e);
    }
    if (en) return attrib_set(r, en->name, role, cue);
    return attrib_set(r, ch_arena_strndup(q->arena, t + w[i + 1].s, w[end - 1].e - w[i + 1].s), NULL, cue);
}

/* '"...," the driver said', "In a statement, the builder said:": a
 * definite description (w[i] "the", then one to three lowercase words up to
 * the cue at word k) is the speaker, a person whose role it is or else the
 * description itself (never someone named sentences before); an
 * institution noun is the organisation named so ("the agency": the "...
 * Agency"), a company noun the company the article is about (before pos),
 * else the description when inst_desc is set, no answer when not */
static int definite_desc(qctx *q, const wspan *w, size_t i, size_t k, size_t pos, int inst_desc, const char *cue,
                         attrib *r)
{
    const char *t = q->a->text;
    /* an adverb between the description and its verb is neither ("The
     * spokesperson also confirmed", "A spokesman later said") */
    static const char *const adv[] = {"also", "later", "then", "again", "earlier", "previously", "further",
                                      "subsequently", "once", "often", "repeatedly", "reportedly", "allegedly",
                                      "apparently", NULL};
    while (k > i + 2 && ch__in_list(adv, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1)) k--;
    if (k < i + 2 || k > i + 4 || w[i].e - w[i].s != 3 || strncasecmp(t + w[i].s, "the", 3)) return 0;
    if (lower_run(q, w, k, i + 1) != k) return 0;
    if (in_quote(q, w[i + 1].s)) return 0;
    size_t hs = w[k - 1].s, he = w[k - 1].e;
    if (company_noun(t + hs, he - hs) || institution_noun(t + hs, he - hs)) {
        const ch_entity *en = org_anaphor(q, hs, he); /* "the agency": the "... Agency" named */
        if (!en && company_noun(t + hs, he - hs)) en = salient_org(q, pos > 1500 ? pos - 1500 : 0, pos);
        if (en) return attrib_set(r, en->name, en->role, cue);
        if (!inst_desc) return 0;
    }
    set_speaker(q, r, w[i + 1].s, w[k - 1].e, 0, cue, 0, 0);
    return 1;
}

/* "in his words", "in her view", "in their opinion": the cue names its
 * speaker by a possessive pronoun (word k + 1), resolved like "he said" */
static int possessive_cue(qctx *q, const wspan *w, size_t nw, size_t k, int c, const char *cue, attrib *r)
{
    const char *t = q->a->text;
    if (c != 3 || k + 2 >= nw || w[k].e - w[k].s != 2 || strncasecmp(t + w[k].s, "in", 2) ||
        !ch__in_list((const char *const[]){"his", "her", "their", NULL}, t + w[k + 1].s, w[k + 1].e - w[k + 1].s, 1))
        return 0;
    int g = pronoun_gender(t + w[k + 1].s, w[k + 1].e - w[k + 1].s);
    set_speaker(q, r, w[k + 1].s, w[k + 1].e, 1, cue, 0, 0);
    if (!r->speaker && g) return 0;
    return 1;
}

/* is the name ending at e the subject of a reported clause, a verb right
 * after it ("and insisted Nixon had no knowledge")? Then it is not the
 * speaker the verb before it reports */
static int clause_subject(const qctx *q, const wspan *w, size_t nw, size_t e)
{
    static const char *const aux[] = {"had", "has", "have", "was", "were", "is", "are", "would", "could", "will",
                                      "should", "did", "does", "do", "might", "must", "can", "may", "knew",
                                      "wanted", NULL};
    const char *t = q->a->text;
    for (size_t x = 0; x < nw; x++)
        if (w[x].s >= e) return w[x].s == e + 1 && t[e] == ' ' && ch__in_list(aux, t + w[x].s, w[x].e - w[x].s, 0);
    return 0;
}

static int attrib_after(qctx *q, size_t a, size_t b, attrib *r)
{
    wspan w[32];
    size_t nw = words_in(q->a->text, a, b, w, 32);
    if (!nw) return 0;
    const char *t = q->a->text;
    /* '"..." - "Fiona"', '"..." — Ana Ortiz': a dash and a name that ends the
     * line sign the quote */
    {
        size_t x = a;
        while (x < b && t[x] == ' ') x++;
        int dash = x < b && (t[x] == '-' || (x + 2 < b && (unsigned char)t[x] == 0xE2 && (unsigned char)t[x + 1] == 0x80 &&
                                           ((unsigned char)t[x + 2] == 0x94 || (unsigned char)t[x + 2] == 0x93)));
        if (dash && nw <= 3 && upper_word(q, w, nw, 0)) {
            size_t le = w[nw - 1].e; /* nothing but marks and spaces after the name, to the line's end */
            int clean = 1;
            for (size_t y = le; y < b && t[y] != '\n' && clean; y++)
                clean = t[y] == ' ' || t[y] == '"' || t[y] == '.' || (unsigned char)t[y] >= 0x80;
            int all_upper = 1;
            for (size_t y = 0; y < nw; y++) all_upper &= upper_word(q, w, nw, y);
            if (clean && all_upper) {
                set_speaker(q, r, w[0].s, w[nw - 1].e, 0, NULL, 0, 0);
                return 1;
            }
        }
    }
    /* '"...." That was the assessment of finance director Greta Holm':
     * the sentence after the quote names whose words they were */
    if (nw >= 5 && w[0].s <= a + 4 &&
        ch__in_list((const char *const[]){"that", "this", "those", "these", "such", NULL}, t + w[0].s, w[0].e - w[0].s, 1) &&
        ch__in_list((const char *const[]){"was", "is", "were", "are", NULL}, t + w[1].s, w[1].e - w[1].s, 1)) {
        for (size_t x = 2; x + 1 < nw && x < 7; x++) {
            if (memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) || memchr(t + w[x - 1].e, '.', w[x].s - w[x - 1].e)) break;
            if (!ch__in_list((const char *const[]){"of", "from", "by", NULL}, t + w[x].s, w[x].e - w[x].s, 1)) continue;
            size_t s2, e2, ts2, te2;
            if (name_forward(q, w, nw, x + 1, &s2, &e2, &ts2, &te2)) {
                /* the name alone: its capitalized words, not "on Monday" after it */
                size_t y = x + 1;
                while (y < nw && w[y].s < s2) y++;
                size_t z = y;
                while (z < nw && w[z].e <= e2 && upper_word(q, w, nw, z) && (z == y || w[z].s == w[z - 1].e + 1)) z++;
                if (z > y) e2 = trim_name(t, s2, w[z - 1].e);
                if (is_personish(q, s2, e2)) {
                    set_speaker(q, r, s2, e2, 0, NULL, ts2, te2);
                    return 1;
                }
            }
            break;
        }
    }
    /* ", Chris Zaccarelli, chief investment officer at X, said" */
    {
        size_t j = 0;
        /* the capitalized words up to the first comma */
        while (j < nw && upper_word(q, w, nw, j) && !(j > 0 && memchr(t + w[j - 1].e, ',', w[j].s - w[j - 1].e))) j++;
        size_t ce = j ? w[j - 1].e : 0; /* "Harold L. Child Jr.," */
        if (j && ce + 1 < b && t[ce] == '.' && t[ce + 1] == ',') ce++;
        /* one word will do before an age or a lowercase appositive
         * ("Nichols, 37, told the court") */
        int one_ok = j == 1 && j < nw && (isdigit((unsigned char)t[w[j].s]) || !upper_word(q, w, nw, j));
        if ((j >= 2 || one_ok) && w[0].s <= a + 4 && ce < b && t[ce] == ',') {
            size_t e = trim_name(t, w[0].s, w[j - 1].e);
            const ch_entity *en = e > w[0].s ? entity_for(q, w[0].s, e) : NULL;
            /* "Captain Manohar Nambiar, Chief ..., said": a title before the name */
            size_t ns = w[0].s, rts = 0, rte = 0;
            for (size_t x = 1; x + 1 < j && !en && e > w[x].s; x++) {
                const ch_entity *te2 = entity_for(q, w[x].s, e);
                if (te2 && te2->type == CH_ENT_PERSON &&
                    ch_wordlist_contains_ci(q->titles, t + w[0].s, w[x - 1].e - w[0].s)) {
                    en = te2;
                    ns = w[x].s;
                    rts = w[0].s;
                    rte = w[x - 1].e;
                }
            }
            if (en && en->type == CH_ENT_PERSON) {
                const char *cue = NULL;
                for (size_t k = j; k < nw && !cue; k++) {
                    int c = cue_at(t, w, nw, k, q->cues);
                    if (c) cue = ch_arena_strndup(q->arena, t + w[k].s, w[k + (size_t)c - 1].e - w[k].s);
                }
                set_speaker(q, r, ns, e, 0, cue, rts, rte);
                return 1;
            }
        }
    }
    for (size_t k = 0; k < nw; k++) {
        int c = cue_at(t, w, nw, k, q->cues);
        if (!c) continue;
        /* an infinitive after the quote reports nothing ('"so excited" to
         * welcome Peter Capaldi') */
        if (k > 0 && w[k - 1].e - w[k - 1].s == 2 && !strncasecmp(t + w[k - 1].s, "to", 2)) continue;
        const char *cue = ch_arena_strndup(q->arena, t + w[k].s, w[k + (size_t)c - 1].e - w[k].s);
        /* "..., according to X" anywhere in the rest of the sentence */
        if (is_according(t + w[k].s, w[k + (size_t)c - 1].e - w[k].s)) {
            int stop = 0; /* the same sentence only (a quote ending in "." ends it) */
            size_t qe = a;
            while (qe > 0 && ((unsigned char)t[qe - 1] >= 0x80 || t[qe - 1] == '"' || t[qe - 1] == '\'')) qe--;
            if (qe > 0 && (t[qe - 1] == '.' || t[qe - 1] == '!' || t[qe - 1] == '?')) stop = 1;
            for (size_t x = a; x + 1 < w[k].s && !stop; x++)
                stop = (t[x] == '.' || t[x] == '!' || t[x] == '?') && isspace((unsigned char)t[x + 1]);
            if (!stop) return according_speaker(q, w, nw, k, c, cue, r);
        }
        /* '"...," the Polar Data Institute in Boulder, Colorado, said': a
         * name, then where it is, then the cue */
        if (k >= 3 && k <= 14 && w[0].s <= a + 4) {
            size_t f0 = ch__is_definite(t + w[0].s, w[0].e - w[0].s) ? 1 : 0;
            if (f0 < k && upper_word(q, w, nw, f0)) {
                size_t j = f0; /* the name: capitalized words and connectors ("Snow and Ice") */
                while (j < k && (upper_word(q, w, nw, j) ||
                                 (j > f0 && j + 1 < k && upper_word(q, w, nw, j + 1) &&
                                  ch__in_list((const char *const[]){"and", "of", "for", "&", NULL}, t + w[j].s, w[j].e - w[j].s, 0))) &&
                       (j == f0 || !memchr(t + w[j - 1].e, ',', w[j].s - w[j - 1].e)))
                    j++;
                int loc = j + 1 < k && ch__in_list((const char *const[]){"in", "at", "from", NULL}, t + w[j].s, w[j].e - w[j].s, 0);
                for (size_t x = j + 1; x < k && loc; x++) loc = upper_word(q, w, nw, x);
                const ch_entity *en = loc && j > f0 ? entity_for(q, w[f0].s, trim_name(t, w[f0].s, w[j - 1].e)) : NULL;
                if (en && (en->type == CH_ENT_ORG || en->type == CH_ENT_PERSON)) {
                    set_speaker(q, r, w[f0].s, trim_name(t, w[f0].s, w[j - 1].e), 0, cue, 0, 0);
                    return 1;
                }
            }
        }
        /* 'There was an "absolute crisis" in ..., the committee added.': a
         * body the article named, by its noun, ends the sentence with its cue */
        if (k >= 3 && k + (size_t)c == nw && w[k - 2].e - w[k - 2].s == 3 && !strncasecmp(t + w[k - 2].s, "the", 3) &&
            memchr(t + w[k - 3].e, ',', w[k - 2].s - w[k - 3].e) &&
            (institution_noun(t + w[k - 1].s, w[k - 1].e - w[k - 1].s) ||
             company_noun(t + w[k - 1].s, w[k - 1].e - w[k - 1].s)) &&
            definite_desc(q, w, k - 2, k, w[k - 2].s, 0, cue, r))
            return 1;
        /* (a longer description of the body: ", the Commons science and
         * technology committee added.": the body the article named with
         * that noun, else the description as written) */
        if (k >= 5 && k + (size_t)c == nw && institution_noun(t + w[k - 1].s, w[k - 1].e - w[k - 1].s)) {
            for (size_t i = k - 3; i + 6 >= k && i >= 1; i--) {
                if (memchr(t + w[i].e, ',', w[i + 1].s - w[i].e)) break;
                if (w[i].e - w[i].s != 3 || strncasecmp(t + w[i].s, "the", 3)) continue;
                if (!memchr(t + w[i - 1].e, ',', w[i].s - w[i - 1].e)) break;
                int clean = 1; /* no comma, no name of a person inside */
                for (size_t x = i + 1; x + 1 < k && clean; x++) {
                    clean = !memchr(t + w[x].e, ',', w[x + 1].s - w[x].e);
                    const ch_entity *pe = clean && upper_word(q, w, nw, x) ? entity_for(q, w[x].s, w[x].e) : NULL;
                    if (pe && pe->type == CH_ENT_PERSON) clean = 0;
                }
                if (!clean) break;
                const ch_entity *oe = org_anaphor(q, w[k - 1].s, w[k - 1].e);
                if (oe) return attrib_set(r, oe->name, NULL, cue);
                return attrib_set(r, ch_arena_strndup(q->arena, t + w[i + 1].s, w[k - 1].e - w[i + 1].s), NULL, cue);
            }
        }
        if (k >= 10) continue;
        size_t s, e, ts, te;
        int pron;
        /* '"... set aside" the plan, said new Interior Secretary Ken Salazar':
         * a comma before the cue and a person after it — the cue is inverted,
         * the words before it are the quote's own sentence */
        if (k >= 1 && k + (size_t)c < nw && memchr(t + w[k - 1].e, ',', w[k].s - w[k - 1].e) &&
            name_forward(q, w, nw, k + (size_t)c, &s, &e, &ts, &te) && speaker_class(q, s, e) == 1) {
            set_speaker(q, r, s, e, 0, cue, ts, te);
            return 1;
        }
        /* '“...”, the comedian and talk show host said' */
        if (k >= 2 && w[0].s <= a + 4 && ch__is_definite(t + w[0].s, w[0].e - w[0].s) &&
            descriptor_speaker(q, w, k, cue, r))
            return 1;
        if (quoted_as(q, w, nw, k, cue, r)) return 1;
        if (possessive_cue(q, w, nw, k, c, cue, r)) return 1;
        /* "People quoted him as saying": the source quotes; "him" speaks */
        if (k + 1 < nw && w[k].e - w[k].s == 6 && !strncasecmp(t + w[k].s, "quoted", 6)) {
            int g = pronoun_gender(t + w[k + 1].s, w[k + 1].e - w[k + 1].s);
            if (g == 1 || g == 2) { /* "him" is not the source before it: look before the quote */
                attrib tmp = {0};
                infer_genders(q);
                q->want_gender = g;
                int found = person_before_quote(q, a, &tmp);
                q->want_gender = 0;
                if (found) {
                    r->found = 1;
                    r->speaker = tmp.speaker;
                    r->role = tmp.role;
                    r->cue = cue;
                    return 1;
                }
            }
        }
        /* adverbs and auxiliaries between ("Smith has often said") */
        size_t kn = k;
        {
            static const char *const adv[] = {"has", "had", "have", "often", "also", "once", "later", "then",
                                              "again", "repeatedly", "always", "never", "frequently", "recently",
                                              "previously", "earlier", "further", NULL};
            while (kn > 1 && k - kn < 3 && ch__in_list(adv, t + w[kn - 1].s, w[kn - 1].e - w[kn - 1].s, 1)) kn--;
        }
        if (kn < k && name_backward(q, w, kn, &s, &e, &pron) && s >= a && (pron || is_personish(q, s, e))) {
            set_speaker(q, r, s, e, pron, cue, 0, 0);
            return 1;
        }
        /* a parenthesis between the name and its verb ("Ruth Gale (D-Ore.)
         * said"): the name before it */
        if (k > 1) {
            size_t kp = before_paren(t, w, k, k, a, 80);
            if (kp > 0 && kp < k && name_backward(q, w, kp, &s, &e, &pron) && s >= a && !pron && is_personish(q, s, e)) {
                set_speaker(q, r, s, e, pron, cue, 0, 0);
                return 1;
            }
        }
        /* "X said" (right after the quote, a name the entity stage could
         * not type, "Smith" alone, speaks too) */
        if (k > 0 && name_backward(q, w, k, &s, &e, &pron) && s >= a &&
            (pron || is_personish(q, s, e) || (k == 1 && untyped(q, s, e)))) {
            set_speaker(q, r, s, e, pron, cue, 0, 0);
            return 1;
        }
        /* "the government says": only stop words between the quote and it */
        if (k > 0 && source_at(q, w, k - 1, 0, &s, &e)) {
            int clean = 1;
            for (size_t x = 0; x < k - 1 && clean; x++)
                if (w[x].s < s && !ch_wordlist_contains_ci(q->stop, t + w[x].s, w[x].e - w[x].s)) clean = 0;
            if (clean) {
                set_speaker(q, r, s, e, 0, cue, 0, 0);
                return 1;
            }
        }
        if (k >= 2 && w[0].s <= a + 4 && definite_desc(q, w, 0, k, a, 0, cue, r)) return 1;
        /* "said X" / "said the ... , X"; not "told X": the one told is the
         * listener ("her rep told UsMagazine.com", "told Xinhua") */
        int told = c == 1 && ((w[k].e - w[k].s == 4 && !strncasecmp(t + w[k].s, "told", 4)) ||
                              (w[k].e - w[k].s == 5 && !strncasecmp(t + w[k].s, "tells", 5)));
        /* nor after "that": the name there opens the reported clause ("Ha
         * dichiarato che Apple ...") */
        {
            size_t lw = k + (size_t)c - 1;
            if (ch__in_list((const char *const[]){"that", "que", "che", "dass", NULL}, t + w[lw].s, w[lw].e - w[lw].s, 1))
                told = 1;
        }
        if (k >= 4 && w[0].s <= a + 4 && rep_for(q, w, nw, 0, k, cue, r)) return 1;
        /* '"...," a local barber told The New York Times', '"...," one
         * juror said': an unnamed speaker, the description itself ("a
         * police spokesman": the police) */
        if (k >= 2 && k <= 5 && w[0].s <= a + 4) {
            static const char *const det[] = {"a", "an", "one", "another", "his", "her", "their", "its", NULL};
            int ok = ch__in_list(det, t + w[0].s, w[0].e - w[0].s, 1);
            /* a name may qualify the head ("a Bukit Sama village resident") */
            for (size_t x = 1; x < k && ok; x++)
                ok = (x + 1 < k || !upper_word(q, w, nw, x)) && !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) &&
                     !ch_wordlist_contains_ci(q->stop, t + w[x].s, w[x].e - w[x].s);
            /* a named organisation's spokesman or release speaks for it (below) */
            for (size_t x = 1; x + 1 < k && ok; x++)
                if (upper_word(q, w, nw, x) && representative(t + w[k - 1].s, w[k - 1].e - w[k - 1].s)) ok = 0;
            if (ok) {
                size_t he = k - 1;
                if (he > 1 && representative(t + w[he].s, w[he].e - w[he].s) &&
                    ch_wordlist_contains_ci(q->sources, t + w[he - 1].s, w[he - 1].e - w[he - 1].s))
                    he--;
                const ch_entity *io = indefinite_org(q, w[1].s, w[k - 1].e);
                if (io) return attrib_set(r, io->name, NULL, cue);
                return attrib_set(r, ch_arena_strndup(q->arena, t + w[1].s, w[he].e - w[1].s), NULL, cue);
            }
        }
        /* '"...," a Grand Pier Hotel spokesperson told CNN': the body
         * named before the spokesperson */
        if (k >= 3 && k <= 8 && w[0].s <= a + 4 && representative(t + w[k - 1].s, w[k - 1].e - w[k - 1].s) &&
            ch__in_list((const char *const[]){"a", "an", "one", "another", NULL}, t + w[0].s, w[0].e - w[0].s, 1)) {
            int named = 1;
            for (size_t x = 1; x + 1 < k && named; x++)
                named = upper_word(q, w, nw, x) && !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e);
            if (named) return attrib_set(r, ch_arena_strndup(q->arena, t + w[1].s, w[k - 2].e - w[1].s), NULL, cue);
        }
        /* '"...," a source with knowledge of the talks said': an unnamed
         * source and what qualifies it */
        if (k >= 3 && k <= 12 && w[0].s <= a + 4 && qualified_source(t, w, 0)) {
            int comma = 0;
            for (size_t x = 1; x < k && !comma; x++) comma = memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) != NULL;
            if (!comma) {
                return attrib_set(r, ch_arena_strndup(q->arena, t + w[1].s, w[1].e - w[1].s), NULL, cue);
            }
        }
        if (k + (size_t)c < nw && !told) {
            size_t j = k + (size_t)c;
            /* "said a Delhi auto parts supplier", "said a university
             * professor from X": an unnamed speaker, its description up to
             * a stop word; a named organisation's spokesman speaks for it */
            /* "said a spokeswoman for Alcott Corp." */
            if (k == 0 && j + 3 < nw && rep_for(q, w, nw, j, nw < j + 8 ? nw : j + 8, cue, r)) return 1;
            if (k == 0 && j + 1 < nw && ch__in_list((const char *const[]){"a", "an", "one", "another", NULL}, t + w[j].s,
                                          w[j].e - w[j].s, 1)) {
                size_t y = j + 1;
                while (y < nw && y < j + 6 && !ch_wordlist_contains_ci(q->stop, t + w[y].s, w[y].e - w[y].s) &&
                       !cue_at(t, w, nw, y, q->cues) &&
                       !memchr(t + w[y - 1].e, ',', w[y].s - w[y - 1].e) && !memchr(t + w[y - 1].e, '.', w[y].s - w[y - 1].e))
                    y++;
                /* "said a government spokesman, Rabie A. Atti.": the name
                 * the appositive gives */
                if (y < nw && y > j + 1 && memchr(t + w[y - 1].e, ',', w[y].s - w[y - 1].e)) {
                    size_t s3, e3, ts3, te3;
                    if (name_forward(q, w, nw, y, &s3, &e3, &ts3, &te3) && speaker_class(q, s3, e3) == 1) {
                        set_speaker(q, r, s3, e3, 0, cue, ts3, te3);
                        if (!r->role) r->role = ch_arena_strndup(q->arena, t + w[j + 1].s, w[y - 1].e - w[j + 1].s);
                        return 1;
                    }
                }
                int named_rep = 0;
                for (size_t x = j + 1; x + 1 < y; x++)
                    if (upper_word(q, w, nw, x) && representative(t + w[y - 1].s, w[y - 1].e - w[y - 1].s)) named_rep = 1;
                /* "an Iranian foreign Ministry official": the body it names */
                if (named_rep && y > j + 2 && upper_word(q, w, nw, y - 2)) {
                    return attrib_set(r, ch_arena_strndup(q->arena, t + w[j + 1].s, w[y - 2].e - w[j + 1].s), NULL, cue);
                }
                if (y > j + 1 && !upper_word(q, w, nw, y - 1) && !named_rep &&
                    !(y == j + 2 && representative(t + w[j + 1].s, w[j + 1].e - w[j + 1].s))) {
                    const ch_entity *io = indefinite_org(q, w[j + 1].s, w[y - 1].e);
                    if (io) return attrib_set(r, io->name, NULL, cue);
                    return attrib_set(r, ch_arena_strndup(q->arena, t + w[j + 1].s, w[y - 1].e - w[j + 1].s), NULL, cue);
                }
            }
            if (lang_pronoun(q, t + w[j].s, w[j].e - w[j].s)) {
                set_speaker(q, r, w[j].s, w[j].e, 1, cue, 0, 0);
                return 1;
            }
            /* '"...," says one.', 'said another': one of the sources the
             * article spoke of, unnamed */
            if (k == 0 && (j + 1 == nw || t[w[j].e] == '.' || t[w[j].e] == ',') &&
                ch__in_list((const char *const[]){"one", "another", NULL}, t + w[j].s, w[j].e - w[j].s, 0))
                return attrib_set(r, NULL, NULL, cue);
            /* "said the East Kilbride athlete", "said the Chelsea striker": a
             * place or a club and a person noun describe the one named last
             * before the quote */
            if (k == 0 && j + 1 < nw && w[j].e - w[j].s == 3 && !strncasecmp(t + w[j].s, "the", 3)) {
                size_t x = j + 1;
                while (x < nw && x < j + 4 && upper_word(q, w, nw, x) && !in_quote(q, w[x].s)) x++;
                if (x > j + 1 && x < nw && !upper_word(q, w, nw, x) && person_noun(t + w[x].s, w[x].e - w[x].s) &&
                    (x + 1 == nw || t[w[x].e] == '.' || t[w[x].e] == ',')) {
                    const ch_entity *de = entity_for(q, w[j + 1].s, w[x - 1].e);
                    if (!de || de->type != CH_ENT_PERSON) {
                        attrib tmp = {0};
                        if (person_before_quote(q, a, &tmp)) {
                            tmp.cue = cue;
                            *r = tmp;
                            return 1;
                        }
                    }
                }
            }
            /* "said Opera spokeswoman, Berit Hanson.": a role, a comma, and
             * the person who holds it */
            if (k == 0) {
                size_t x = j;
                while (x < nw && x < j + 6 && !memchr(t + w[x].e, ',', (x + 1 < nw ? w[x + 1].s : w[x].e + 1) - w[x].e)) x++;
                if (x < nw && x + 1 < nw && x < j + 6 &&
                    (representative(t + w[x].s, w[x].e - w[x].s) ||
                     ch_wordlist_contains_ci(q->titles, t + w[x].s, w[x].e - w[x].s)) &&
                    upper_word(q, w, nw, x + 1)) {
                    size_t y = name_run_end(q, w, nw, x + 1);
                    size_t pe2 = trim_name(t, w[x + 1].s, w[y - 1].e);
                    const ch_entity *pp = entity_for(q, w[x + 1].s, pe2);
                    if (pp && pp->type == CH_ENT_PERSON) {
                        set_speaker(q, r, w[x + 1].s, pe2, 0, cue, w[j].s, w[x].e);
                        return 1;
                    }
                }
            }
            /* "said the director behind JFK, Platoon and ...": a title and
             * what it is of describe the one named before the quote, unless
             * a name follows it after a comma ("the director of the FBI,
             * James Comey") */
            if (k == 0 && j + 3 < nw && w[j].e - w[j].s == 3 && !strncasecmp(t + w[j].s, "the", 3) &&
                islower((unsigned char)t[w[j + 1].s]) && w[j + 1].e + 1 == w[j + 2].s &&
                (ch_wordlist_contains_ci(q->titles, t + w[j + 1].s, w[j + 1].e - w[j + 1].s) ||
                 person_noun(t + w[j + 1].s, w[j + 1].e - w[j + 1].s)) &&
                ch__in_list((const char *const[]){"behind", "of", "at", "from", "for", "with", "who", NULL}, t + w[j + 2].s,
                            w[j + 2].e - w[j + 2].s, 0)) {
                int named = 0;
                for (size_t x = j + 3; x < nw && !named; x++) {
                    if (!memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) || !upper_word(q, w, nw, x)) continue;
                    size_t y = name_run_end(q, w, nw, x);
                    const ch_entity *ne = entity_for(q, w[x].s, trim_name(t, w[x].s, w[y - 1].e));
                    named = ne && ne->type == CH_ENT_PERSON;
                }
                if (!named) {
                    attrib tmp = {0};
                    if (person_before_quote(q, a, &tmp)) {
                        tmp.cue = cue;
                        tmp.role = NULL;
                        *r = tmp;
                        return 1;
                    }
                }
            }
            if (name_forward(q, w, nw, j, &s, &e, &ts, &te) && (is_personish(q, s, e) || (k == 0 && untyped(q, s, e))) &&
                !clause_subject(q, w, nw, e)) {
                set_speaker(q, r, s, e, 0, cue, ts, te);
                return 1;
            }
            /* "said the ministry", "said local police" */
            size_t h = j; /* the head ends the clause: "said the ministry." */
            while (h < nw && h < j + 3 &&
                   !((h + 1 == nw || t[w[h].e] == '.' || t[w[h].e] == ',') && source_at(q, w, h, j, &s, &e)))
                h++;
            if (h < nw && h < j + 3) {
                size_t x = j;
                while (x < h && w[x].s < s) {
                    if (!ch_wordlist_contains_ci(q->stop, t + w[x].s, w[x].e - w[x].s)) break;
                    x++;
                }
                if (w[x].s >= s) {
                    set_speaker(q, r, s, e, 0, cue, 0, 0);
                    return 1;
                }
            }
            /* "said the friend.", "said the witness, who ...": a definite
             * description of one or two lowercase words ending the clause */
            if (k == 0 && j + 1 < nw && w[j].e - w[j].s == 3 && !strncasecmp(t + w[j].s, "the", 3)) {
                size_t y = lower_run(q, w, nw < j + 3 ? nw : j + 3, j + 1);
                /* "said the 29-year-old on the eve of ...": an age, then a
                 * preposition or the clause's end */
                if (y == j + 1 && age_noun(t + w[j + 1].s, w[j + 1].e - w[j + 1].s)) y = j + 2;
                static const char *const prep[] = {"on", "in", "at", "after", "before", "during", "from", "with",
                                                   "as", NULL};
                int ends = y > j + 1 && (y == nw || t[w[y - 1].e] == '.' || t[w[y - 1].e] == ',' ||
                                         (age_noun(t + w[j + 1].s, w[j + 1].e - w[j + 1].s) &&
                                          ch__in_list(prep, t + w[y].s, w[y].e - w[y].s, 0)));
                if (ends && !in_quote(q, w[j + 1].s)) {
                    set_speaker(q, r, w[j + 1].s, w[y - 1].e, 0, cue, 0, 0);
                    return 1;
                }
            }
        }
        return 0;
    }
    /* a partial quote inside a sentence that ends with its attribution:
     * "... "stopped communicating" with family six months ago, The New
     * York Times said." (a comma, a name, the cue last) */
    for (size_t k = nw > 4 ? nw - 4 : 1; k < nw && nw > 10; k++) {
        int c = cue_at(t, w, nw, k, q->cues);
        if (!c || k + (size_t)c != nw) continue;
        size_t s, e;
        int pron;
        if (!name_backward(q, w, k, &s, &e, &pron) || pron || !is_personish(q, s, e)) break;
        size_t p = s;
        while (p > a && t[p - 1] == ' ') p--;
        if (p >= a + 4 && !strncasecmp(t + p - 3, "the", 3) && t[p - 4] == ' ') {
            p -= 4;
            while (p > a && t[p - 1] == ' ') p--;
        }
        if (p > a && t[p - 1] == ',') {
            set_speaker(q, r, s, e, 0, ch_arena_strndup(q->arena, t + w[k].s, w[nw - 1].e - w[k].s), 0, 0);
            return 1;
        }
        break;
    }
    /* no listed verb: right after a quote, a person followed by a lowercase
     * word is the attribution ("Williams radioed"), and so is a bare name
     * set off by a comma ("Chris Zaccarelli, chief investment officer") */
    /* (only after a quote that ends its clause: '"...," Williams radioed';
     * not inside a sentence: 'noting the "amazing amount of work" she has
     * done') */
    int clause_end;
    {
        size_t qe = a;
        while (qe > 0 && ((unsigned char)t[qe - 1] >= 0x80 || t[qe - 1] == '"' || t[qe - 1] == '\'' || t[qe - 1] == ' '))
            qe--;
        size_t af = a;
        while (af < b && t[af] == ' ') af++;
        clause_end = (qe > 0 && strchr(",.!?", t[qe - 1])) || (af < b && t[af] == ',');
    }
    if (clause_end) {
        size_t j = 0;
        while (j < nw && upper_word(q, w, nw, j)) j++;
        size_t f0 = 0; /* skip a leading "The" */
        while (f0 + 1 < j && ch_wordlist_contains_ci(q->stop, t + w[f0].s, w[f0].e - w[f0].s)) f0++;
        if (j > f0) {
            size_t s = w[f0].s, e = trim_name(t, w[f0].s, w[j - 1].e);
            const ch_entity *en = e > s ? entity_for(q, s, e) : NULL;
            int placey = 0;
            for (size_t x = f0; x < j; x++) placey |= ch_gazetteer_lookup(t + w[x].s, w[x].e - w[x].s) != NULL;
            int person = e > s && (en ? en->type == CH_ENT_PERSON : (j - f0 >= 2 && !placey));
            int verbish = j < nw && !upper_word(q, w, nw, j) && w[j].e - w[j].s > 3 &&
                          (t[w[j].e - 1] == 'd' || t[w[j].e - 1] == 's');
            int comma = e < b && t[e] == ',';
            if (person && (verbish || comma) && w[0].s <= a + 4) {
                set_speaker(q, r, s, e, 0, verbish ? ch_arena_strndup(q->arena, t + w[j].s, w[j].e - w[j].s) : NULL, 0, 0);
                return 1;
            }
        }
        if (nw >= 2 && is_person_pronoun_in(q->a->lang, t + w[0].s, w[0].e - w[0].s) && w[0].s <= a + 4 && !upper_word(q, w, nw, 1)) {
            set_speaker(q, r, w[0].s, w[0].e, 1, ch_arena_strndup(q->arena, t + w[1].s, w[1].e - w[1].s), 0, 0);
            return 1;
        }
    }
    return 0;
}

/* the subject of a sentence: a person named among its first words */
static int sentence_subject(qctx *q, size_t a, size_t b, attrib *r)
{
    wspan w[12];
    size_t nw = words_in(q->a->text, a, b, w, 12);
    for (size_t k = 0; k < nw && k < 10; k++) {
        if (in_quote(q, w[k].s)) continue; /* '"He recommended her," Farmer said, noting' */
        if (is_person_pronoun_in(q->a->lang, q->a->text + w[k].s, w[k].e - w[k].s)) {
            set_speaker(q, r, w[k].s, w[k].e, 1, NULL, 0, 0);
            return 1;
        }
        if (!upper_word(q, w, nw, k)) continue;
        size_t j = k;
        /* the run stops at a comma ("Steve Jobs, Director Ejecutivo de Apple,") */
        while (j < nw && upper_word(q, w, nw, j) && (j == k || !memchr(q->a->text + w[j - 1].e, ',', w[j].s - w[j - 1].e)))
            j++;
        /* "the Dutch politician": a nationality and a role noun describe the
         * person whose title carries that nationality */
        if (j == k + 1 && j < nw) {
            const ch_gaz_entry *g = ch_gazetteer_lookup(q->a->text + w[k].s, w[k].e - w[k].s);
            if (g && !strcmp(g->type, "demonym")) {
                const ch_entity *hit = NULL;
                int count = 0;
                for (size_t x = 0; x < q->n_ents; x++) {
                    const ch_entity *e = &q->ents[x];
                    if (e->type != CH_ENT_PERSON || !e->role) continue;
                    if (strcasestr(e->role, g->name) || 0) { hit = e; count++; }
                }
                if (count == 1) {
                    r->found = 1;
                    r->speaker = hit->name;
                    r->role = hit->role;
                    return 1;
                }
            }
        }
        const ch_entity *en = k <= 1 ? affiliated_person(q, w, nw, k, j) : NULL;
        if (!en) en = entity_for(q, w[k].s, w[j - 1].e);
        if (!en) { /* "Police Commissioner Jessica Tisch": try the tail words */
            for (size_t x = k + 1; x < j && !en; x++) en = entity_for(q, w[x].s, w[j - 1].e);
        }
        /* a person, or an organisation opening the sentence ("The Nobel
         * Committee called it a ...") */
        if (en && (en->type == CH_ENT_PERSON || (en->type == CH_ENT_ORG && k <= 1))) {
            r->found = 1;
            r->speaker = en->name;
            r->role = en->role;
            return 1;
        }
        k = j - 1;
    }
    return 0;
}

/* a name the entity stage left untyped opening the sentence, its verb right
 * after ("Halvex has rejected the charge, saying"): the subject of a
 * participle's clause, whatever it is */
static int untyped_subject(qctx *q, size_t a, size_t b, attrib *r)
{
    wspan w[4];
    size_t nw = words_in(q->a->text, a, b, w, 4);
    if (nw < 2 || !upper_word(q, w, nw, 0) || in_quote(q, w[0].s)) return 0;
    size_t j = 1;
    while (j < nw && upper_word(q, w, nw, j)) j++;
    if (j >= nw) return 0;
    const ch_entity *en = entity_for(q, w[0].s, w[j - 1].e);
    if (!en || en->type != CH_ENT_OTHER || ch_gazetteer_lookup(en->name, strlen(en->name))) return 0;
    const char *v = q->a->text + w[j].s;
    size_t vl = w[j].e - w[j].s;
    int verb = islower((unsigned char)v[0]) && ((vl > 4 && !strncmp(v + vl - 2, "ed", 2)) ||
                                                ch__in_list((const char *const[]){"has", "had", NULL}, v, vl, 0));
    if (!verb) return 0;
    r->found = 1;
    r->speaker = en->name;
    r->role = NULL;
    return 1;
}

/* a person's name in the possessive ("Reyes's") speaks as that person: r
 * set, 1; 0 when [s, e) is no such name */
static int possessor_speaks(qctx *q, attrib *r, size_t s, size_t e, const char *cue)
{
    const char *t = q->a->text;
    if (!ch__possessive(t + s, e - s)) return 0;
    size_t pe = trim_name(t, s, e);
    if (pe <= s || pe >= e || !is_personish(q, s, pe)) return 0;
    set_speaker(q, r, s, pe, 0, cue, 0, 0);
    return 1;
}

/* the owner of the last filing or paper written with one before pos ("her
 * lawsuit", "Reyes's complaint"), within 3,000 bytes */
static int document_owner(qctx *q, size_t pos, attrib *r)
{
    const char *t = q->a->text;
    size_t lo = pos > 3000 ? pos - 3000 : 0;
    wspan w[2];
    for (size_t x = pos; x-- > lo + 1;) {
        if (t[x - 1] != ' ' || !isalpha((unsigned char)t[x])) continue;
        size_t xe = x;
        while (xe < pos && isalpha((unsigned char)t[xe])) xe++;
        if (!owned_document(t + x, xe - x)) continue;
        /* "Thomas Slattery filed the suit": the one who filed it */
        {
            /* the last words before it (words_in keeps the first ones: start
             * six spaces back, at most 120 bytes) */
            wspan fw[6];
            size_t fs = x > lo + 120 ? x - 120 : lo, z = x, sp = 0;
            while (z > fs && sp < 6)
                if (t[--z] == ' ') sp++;
            size_t nf = words_in(t, sp == 6 ? z + 1 : fs, x, fw, 6);
            if (nf >= 3 && ch__in_list((const char *const[]){"the", "a", "an", "his", "her", "their", NULL}, t + fw[nf - 1].s,
                                       fw[nf - 1].e - fw[nf - 1].s, 1) &&
                ch__in_list((const char *const[]){"filed", "brought", "lodged", "launched", "submitted", NULL}, t + fw[nf - 2].s,
                            fw[nf - 2].e - fw[nf - 2].s, 1)) {
                for (size_t y = nf - 2; y-- > 0 && y + 5 > nf;) {
                    const ch_entity *pe = entity_for(q, fw[y].s, fw[nf - 3].e);
                    if (pe && pe->type == CH_ENT_PERSON) {
                        r->found = 1;
                        r->speaker = pe->name;
                        r->role = pe->role;
                        return 1;
                    }
                }
            }
        }
        size_t ps = x - 1;
        while (ps > lo && t[ps - 1] != ' ' && t[ps - 1] != '\n') ps--;
        if (words_in(t, ps, x - 1, w, 2) != 1) continue;
        if (ch__in_list((const char *const[]){"his", "her", "their", NULL}, t + w[0].s, w[0].e - w[0].s, 1)) {
            set_speaker(q, r, w[0].s, w[0].e, 1, NULL, 0, 0);
            return r->speaker != NULL;
        }
        if (possessor_speaks(q, r, w[0].s, w[0].e, NULL)) return r->speaker != NULL;
    }
    return 0;
}

/* the last person named in [a, b) (the sentence before a quote paragraph) */
static int last_person(qctx *q, size_t a, size_t b, attrib *r)
{
    const ch_entity *best = NULL;
    size_t bestpos = 0, bestgp = SIZE_MAX;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_PERSON) continue;
        /* want_gender g: not of the other gender; -g: known to be g */
        if (q->want_gender > 0 && q->gender && q->gender[i] && q->gender[i] != q->want_gender) continue;
        if (q->want_gender < 0 && (!q->gender || q->gender[i] != -q->want_gender)) continue;
        size_t sl;
        const char *sn = ch__surname(x->name, &sl);
        /* a surname the family shares ("Joan Felt", "Audrey Felt", "Mark
         * Felt"): the given name tells them apart */
        int shared = 0;
        for (size_t j = 0; j < q->n_ents && !shared && sn != x->name; j++) {
            if (j == i || q->ents[j].type != CH_ENT_PERSON) continue;
            size_t sl2;
            const char *sn2 = ch__surname(q->ents[j].name, &sl2);
            shared = sl2 == sl && !memcmp(sn, sn2, sl);
        }
        size_t p = last_mention(q, a, b, sn, sl);
        size_t gp = shared ? last_mention(q, a, b, x->name, (size_t)(strchr(x->name, ' ') - x->name)) : SIZE_MAX;
        /* (at the same place, one of a family: the one whose given name came
         * last; else the one named more often: "Frederick LaRue" over
         * "Young Frederick") */
        int better = p != SIZE_MAX && (p > bestpos || !best);
        if (p != SIZE_MAX && best && p == bestpos)
            better = (gp != SIZE_MAX && (bestgp == SIZE_MAX || gp > bestgp)) ||
                     (gp == bestgp && x->mentions >= best->mentions);
        if (better) {
            bestpos = p;
            bestgp = gp;
            best = x;
        }
    }
    if (!best) return 0;
    r->found = 1;
    r->speaker = best->name;
    r->role = best->role;
    return 1;
}

/* attribution before a quote within its sentence: the last cue, and the
 * name or pronoun before it ("Blinken said that ...", "according to X") */
static int attrib_before(qctx *q, size_t a, size_t b, attrib *r)
{
    wspan w[96];
    size_t nw = words_in(q->a->text, a, b, w, 96);
    const char *t = q->a->text;
    const char *imp_cue = NULL; /* a Romance impersonal cue seen, no one named */
    const char *fin_cue = NULL; /* a Romance finite cue with no subject named: pro-drop */
    size_t fin_s = 0, fin_e = 0;
    for (size_t k = nw; k-- > 0;) {
        int c = cue_at(t, w, nw, k, q->cues);
        if (!c) continue;
        if (in_quote(q, w[k].s)) continue; /* a verb inside an earlier quotation */
        const char *cue = ch_arena_strndup(q->arena, t + w[k].s, w[k + (size_t)c - 1].e - w[k].s);
        if (!fin_cue && romance(q)) {
            /* the verb of the cue: its last word ("ha dicho", "declaró"),
             * not an infinitive or a gerund */
            const char *vw = t + w[k + (size_t)c - 1].s;
            size_t vl = w[k + (size_t)c - 1].e - w[k + (size_t)c - 1].s;
            int nonfinite = vl > 3 && (!strncmp(vw + vl - 2, "ar", 2) || !strncmp(vw + vl - 2, "er", 2) ||
                                       !strncmp(vw + vl - 2, "ir", 2) || !strncmp(vw + vl - 3, "are", 3) ||
                                       !strncmp(vw + vl - 3, "ere", 3) || !strncmp(vw + vl - 3, "ire", 3) ||
                                       !strncmp(vw + vl - 3, "ndo", 3));
            if (!nonfinite && !ch__in_list((const char *const[]){"según", "segun", "secondo", "segundo", "selon", NULL},
                                           t + w[k].s, w[k].e - w[k].s, 1)) {
                fin_cue = cue;
                fin_s = w[k].s;
                fin_e = w[k + (size_t)c - 1].e;
            }
        }
        /* a Romance impersonal ("se considera que", "si dice che"): no one
         * named here; an earlier cue of the sentence may name someone
         * ("Tal y como afirma Apple ..., se considera que") */
        if (romance(q) && k >= 1 && ch__in_list((const char *const[]){"se", "si", "on", NULL}, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1) &&
            (k == 1 || (!upper_word(q, w, nw, k - 2) && !is_pronoun(t + w[k - 2].s, w[k - 2].e - w[k - 2].s)))) {
            if (!imp_cue) imp_cue = cue;
            continue;
        }
        if (quoted_as(q, w, nw, k, cue, r)) return 1;
        if (possessive_cue(q, w, nw, k, c, cue, r)) return 1;
        /* "protests by the National Council for Adoption, which said it":
         * the relative pronoun's antecedent, the name before the comma */
        if (k >= 2 && ch__in_list((const char *const[]){"which", "who", NULL}, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 0) &&
            memchr(t + w[k - 2].e, ',', w[k - 1].s - w[k - 2].e) && !in_quote(q, w[k - 2].s)) {
            const ch_entity *ae = NULL;
            for (size_t x = k - 1; x-- > 0 && x + 7 > k && !ae;) {
                if (x + 1 < k - 1 && memchr(t + w[x].e, ',', w[x + 1].s - w[x].e)) break;
                const ch_entity *c0 = entity_for(q, w[x].s, trim_name(t, w[x].s, w[k - 2].e));
                if (c0 && (c0->type == CH_ENT_PERSON || c0->type == CH_ENT_ORG)) ae = c0;
            }
            if (ae) return attrib_set(r, ae->name, ae->role, cue);
        }
        /* "Tom Reyes of Halvex - a real estate company - told": the subject
         * before the dash pair, not the description inside it */
        if (w[0].s <= a + 4) {
            size_t op = dash_pair_open(t, w, k, a, 200);
            if (op != SIZE_MAX && op > w[0].s) {
                attrib sr = {0};
                if (sentence_subject(q, a, op, &sr) && sr.speaker && is_person_name(q, sr.speaker)) {
                    *r = sr;
                    r->cue = cue;
                    return 1;
                }
            }
        }
        /* "His statement said", "her lawsuit claims": the paper's owner */
        if (k >= 2 && owned_document(t + w[k - 1].s, w[k - 1].e - w[k - 1].s) && w[k - 1].e + 1 == w[k].s &&
            w[k - 2].e + 1 == w[k - 1].s &&
            ch__in_list((const char *const[]){"his", "her", "their", NULL}, t + w[k - 2].s, w[k - 2].e - w[k - 2].s, 1)) {
            attrib tmp = {0};
            set_speaker(q, &tmp, w[k - 2].s, w[k - 2].e, 1, cue, 0, 0);
            if (tmp.speaker) {
                *r = tmp;
                return 1;
            }
        }
        /* the subject opening the clause right before the quote is a
         * description: "In a statement, the builder said:", "A source close
         * to the star tells Us Weekly:", "A spokesman for the firm said:" */
        if (k >= 2 && nw - (k + (size_t)c) <= 3) {
            size_t cs = k; /* the clause: back to a comma or the sentence's start */
            while (cs > 0 && k - cs < 9 && !memchr(t + w[cs - 1].e, ',', w[cs].s - w[cs - 1].e)) cs--;
            int at_start = cs == 0 ? w[0].s <= a + 4 : 1;
            if (cs > 0 && cs + 1 < k) { /* a comma clause opens the sentence: "In a statement," */
                size_t f = 0;
                while (f < cs && !upper_word(q, w, nw, f + (f == 0))) f++;
                at_start = w[0].s <= a + 4 && f == cs && cs <= 4;
            }
            if (at_start) {
                if (definite_desc(q, w, cs, k, w[cs].s, 1, cue, r)) return 1;
                if (rep_for(q, w, nw, cs, k, cue, r)) return 1;
                if (k >= cs + 3 && qualified_source(t, w, cs))
                    return attrib_set(r, ch_arena_strndup(q->arena, t + w[cs + 1].s, w[cs + 1].e - w[cs + 1].s), NULL, cue);
            }
        }
        /* "in what investigators are calling a “...”": the one in the
         * relative clause calls it, not the sentence's subject; a
         * description (investigators, officials) names no one */
        if (k >= 2) {
            size_t x = k;
            while (x > 0 && k - x < 2 &&
                   ch__in_list((const char *const[]){"is", "are", "was", "were", "has", "have", "had", "been", NULL},
                               t + w[x - 1].s, w[x - 1].e - w[x - 1].s, 1))
                x--;
            size_t h = x; /* the noun phrase: one to four words after "what" */
            while (h > 0 && x - h < 4 && !(w[h - 1].e - w[h - 1].s == 4 && !strncasecmp(t + w[h - 1].s, "what", 4)) &&
                   !memchr(t + w[h - 1].e, ',', w[h].s - w[h - 1].e))
                h--;
            if (h > 0 && h < x && w[h - 1].e - w[h - 1].s == 4 && !strncasecmp(t + w[h - 1].s, "what", 4)) {
                size_t s2, e2;
                int pron2;
                if (name_backward(q, w, x, &s2, &e2, &pron2) && s2 >= w[h].s && (pron2 || is_personish(q, s2, e2))) {
                    set_speaker(q, r, s2, e2, pron2, cue, 0, 0);
                    return 1;
                }
                return attrib_set(r, NULL, NULL, cue);
            }
        }
        /* an impersonal passive ("it is stressed that", "it was reported
         * that"): words someone said, no one named */
        if (k >= 2 && w[k - 2].e - w[k - 2].s == 2 && !strncasecmp(t + w[k - 2].s, "it", 2) &&
            ch__in_list((const char *const[]){"is", "was", "has", "had", NULL}, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1) &&
            w[k].e - w[k].s > 2 && !strncmp(t + w[k].e - 2, "ed", 2)) {
            return attrib_set(r, NULL, NULL, cue);
        }
        size_t s, e, ts, te;
        int pron;
        int according = is_according(t + w[k].s, w[k + (size_t)c - 1].e - w[k].s);
        /* "secondo la quale", "según la cual", "according to which": a
         * relative clause, no source */
        if (according && k + (size_t)c < nw) {
            size_t j = k + (size_t)c;
            if (ch__in_list((const char *const[]){"which", "whom", "cui", NULL}, t + w[j].s, w[j].e - w[j].s, 1) ||
                (j + 1 < nw && ch__in_list((const char *const[]){"quale", "quali", "cual", "cuales", "qual", "quais", NULL},
                                           t + w[j + 1].s, w[j + 1].e - w[j + 1].s, 1)))
                continue;
        }
        if (according && according_speaker(q, w, nw, k, c, cue, r)) return 1;
        /* a Romance verb opening its sentence has a dropped subject ("Dijo
         * que era ...", "Confiesa que ..."): the one who spoke last, else
         * the subject of the sentence before */
        /* (also after an auxiliary or a clitic: "Ha dichiarato che", "Lo
         * chiama", or with nothing capitalized before the cue: "Nel suo
         * discorso ha dichiarato che") */
        int dropped = k == 0;
        if (!dropped && romance(q) && k <= 2 && w[0].s <= a + 4) {
            static const char *const lead[] = {"ha", "han", "hanno", "había", "aveva", "a", "ont", "lo", "la", "le",
                                               "les", "se", "si", "gli", "l'", NULL};
            dropped = 1;
            for (size_t x = 0; x < k && dropped; x++) dropped = ch__in_list(lead, t + w[x].s, w[x].e - w[x].s, 1);
        }
        if (!dropped && romance(q) && k >= 2 && k <= 12 && w[0].s <= a + 4 &&
            ch__in_list((const char *const[]){"en", "nel", "nella", "no", "na", "dans", "in", "durante", NULL},
                        t + w[0].s, w[0].e - w[0].s, 1)) {
            /* a sentence opening with a phrase of time or place and naming
             * no one before its verb */
            dropped = 1;
            for (size_t x = 1; x < k && dropped; x++)
                dropped = !upper_word(q, w, nw, x) && !is_pronoun(t + w[x].s, w[x].e - w[x].s) &&
                          !ch_wordlist_contains_ci(q->sources, t + w[x].s, w[x].e - w[x].s) &&
                          !ch_wordlist_contains_ci(q->titles, t + w[x].s, w[x].e - w[x].s);
        }
        if (dropped && !according && romance(q) && w[0].s <= a + 4 && isupper((unsigned char)t[w[0].s])) {
            const char *who = q->last_speaker, *role = q->last_role;
            size_t si = ch__sentence_of(q->a, w[0].s);
            if (si > 0 && si <= q->a->n_sentences) {
                const ch_entity *sp = subject_person(q, q->a->sentences[si - 1].start, q->a->sentences[si - 1].end);
                if ((sp = as_person(q, sp)) != NULL && (!who || q->last_speaker_end < q->a->sentences[si - 1].start)) {
                    who = sp->name;
                    role = sp->role;
                }
            }
            if (who) {
                return attrib_set(r, who, role, cue);
            }
        }
        /* the agent of a passive: "was described by Teletext as “...”" */
        {
            size_t by = k + (size_t)c;
            static const char *const agent[] = {"by", "por", "von", "par", "da", NULL};
            if (by + 1 < nw && ch__in_list(agent, t + w[by].s, w[by].e - w[by].s, 1) &&
                name_forward(q, w, nw, by + 1, &s, &e, &ts, &te) && (speaker_class(q, s, e) != 0 || untyped(q, s, e))) {
                set_speaker(q, r, s, e, 0, cue, ts, te);
                return 1;
            }
        }
        /* "X said that ... and added, “...”": a second verb of the same
         * subject speaks for the first one's speaker */
        if (k > 0 && ch__in_list((const char *const[]){"and", "y", "e", "et", "und", NULL}, t + w[k - 1].s,
                                 w[k - 1].e - w[k - 1].s, 1)) {
            int earlier = 0;
            for (size_t f = 0; f + 1 < k; f++) {
                int c2 = cue_at(t, w, nw, f, q->cues);
                if (!c2 || is_according(t + w[f].s, w[f + (size_t)c2 - 1].e - w[f].s)) continue;
                earlier = 1;
                /* a place's name opening the sentence is a surname or a
                 * government there ("Lyons said that ... and added") */
                if (name_backward(q, w, f, &s, &e, &pron) &&
                    (pron || speaker_class(q, s, e) == 1 || (s <= a + 4 && ch_gazetteer_lookup(t + s, e - s) &&
                                                             strcmp(ch_gazetteer_lookup(t + s, e - s)->type, "demonym")))) {
                    set_speaker(q, r, s, e, pron, cue, 0, 0);
                    return 1;
                }
                break;
            }
            /* no reporting verb before: the person opening the sentence
             * ("Steve Jobs, CEO de Apple, presentó ... y expresó que") */
            if (!earlier && w[0].s <= a + 4) {
                const ch_entity *sp = as_person(q, subject_person(q, a, w[k].s));
                if (sp) {
                    return attrib_set(r, sp->name, sp->role, cue);
                }
            }
        }
        /* "Andrew Wetzler, director of the X Program, says": the name before
         * an appositive set off by commas, not the end of the appositive */
        /* adverbs and auxiliaries may stand between ("..., then stated") */
        size_t k0 = k;
        {
            static const char *const adv[] = {"then", "also", "later", "again", "had", "has", "have", "earlier",
                                              "further", "subsequently", "previously", "once", "quickly", NULL};
            /* Romance auxiliaries ("Scott Carson, presidente di X, ha dichiarato") */
            static const char *const aux[] = {"ha", "han", "hanno", "había", "habían", "aveva", "avevano", "a", "ont",
                                              "avait", "tem", "têm", "tinha", "è", "sono", "est", "sont", NULL};
            while (k0 > 1 && k - k0 < 2 &&
                   (ch__in_list(adv, t + w[k0 - 1].s, w[k0 - 1].e - w[k0 - 1].s, 1) ||
                    (romance(q) && ch__in_list(aux, t + w[k0 - 1].s, w[k0 - 1].e - w[k0 - 1].s, 1))) &&
                   !memchr(t + w[k0 - 1].e, ',', w[k0].s - w[k0 - 1].e))
                k0--;
        }
        if (k0 >= 3 && w[k0 - 1].e < w[k0].s && memchr(t + w[k0 - 1].e, ',', w[k0].s - w[k0 - 1].e)) {
            for (size_t x = k0 - 1; x > 0 && x + 24 > k0; x--) {
                if (!memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e)) continue;
                int32_t c0;
                ch_utf8_decode(t + w[x].s, w[x].e - w[x].s, &c0);
                size_t xl = w[x].e - w[x].s;
                int possessive = ch__possessive(t + w[x].s, xl);
                /* the appositive opens lowercase, with "the", or with a
                 * possessive ("Iran's top military general") */
                int lowered = !ch__is_upper(c0) || (xl == 3 && !strncasecmp(t + w[x].s, "the", 3)) || possessive;
                /* or a short post-nominal that is no person: a religious order
                 * or a party and state ("Sister Anne Doyle, DC, said", "Mike
                 * Lee, R-Utah, said") */
                if (!lowered && k0 - x <= 2) {
                    const ch_entity *ae = entity_for(q, w[x].s, w[k0 - 1].e);
                    lowered = !(ae && ae->type == CH_ENT_PERSON) && !in_quote(q, w[x].s);
                }
                /* in German every noun is capitalized ("Lars Petersen,
                 * Verkehrsexperte beim Autoclub Nord, rät"): any appositive
                 * that does not open with a person */
                if (!lowered && q->a->lang && !strcmp(q->a->lang, "de")) {
                    const ch_entity *ae = entity_for(q, w[x].s, w[x].e);
                    lowered = !(ae && ae->type == CH_ENT_PERSON) && !in_quote(q, w[x].s);
                }
                /* or an organisation's name and a lowercase title ("Betsy
                 * Loyless, National Audubon Society senior vice president for
                 * policy, said") */
                for (size_t y = x + 1; !lowered && y < k0; y++) {
                    if (upper_word(q, w, nw, y) || !upper_word(q, w, nw, y - 1) || in_quote(q, w[x].s)) continue;
                    for (size_t m = y; m < k0 && m < y + 4 && !lowered; m++)
                        lowered = ch_wordlist_contains_ci(q->titles, t + w[y].s, w[m].e - w[y].s);
                }
                /* a parenthesis after the name ("Tom Hadley (D-Ore.), who
                 * ..., called"): the name before it */
                size_t xb = x;
                if (memchr(t + w[x - 1].e, ')', w[x].s - w[x - 1].e)) {
                    size_t op = w[x - 1].e;
                    while (op > a && t[op - 1] != '(' && w[x].s - op < 80) op--;
                    if (op > a && t[op - 1] == '(')
                        while (xb > 0 && w[xb - 1].s >= op) xb--;
                }
                /* "Her lawsuit, filed in the US District Court, said": the
                 * document's owner, not the court named in the appositive */
                if (lowered && xb == 2 && w[0].s <= a + 4 && owned_document(t + w[1].s, w[1].e - w[1].s)) {
                    if (ch__in_list((const char *const[]){"his", "her", "their", NULL}, t + w[0].s, w[0].e - w[0].s, 1)) {
                        int g = pronoun_gender(t + w[0].s, w[0].e - w[0].s);
                        set_speaker(q, r, w[0].s, w[0].e, 1, cue, 0, 0);
                        if (r->speaker || !g) return 1;
                        *r = (attrib){0};
                    } else if (possessor_speaks(q, r, w[0].s, w[0].e, cue)) {
                        return 1;
                    }
                }
                int nb = lowered && name_backward(q, w, xb, &s, &e, &pron) && !pron;
                /* a title before the name ("Chairman Tom Hadley"): the person it ends with */
                for (size_t y = 0; nb && y < xb && speaker_class(q, s, e) != 1; y++) {
                    if (w[y].s <= s) continue;
                    const ch_entity *pe = entity_for(q, w[y].s, e);
                    if (pe && pe->type == CH_ENT_PERSON) s = w[y].s;
                }
                if (nb && speaker_class(q, s, e) == 1) {
                    set_speaker(q, r, s, e, 0, cue, 0, 0);
                    return 1;
                }
                break;
            }
        }
        /* "Peter Boockvar an equity strategist for Miller Tabak, commented":
         * an appositive whose opening comma was dropped */
        if (k0 >= 4 && w[0].s <= a + 4 && upper_word(q, w, nw, 0) && memchr(t + w[k0 - 1].e, ',', w[k0].s - w[k0 - 1].e)) {
            size_t j = name_run_end(q, w, nw, 0);
            if (j + 1 < k0 && !memchr(t + w[j - 1].e, ',', w[j].s - w[j - 1].e) &&
                ch__in_list((const char *const[]){"a", "an", NULL}, t + w[j].s, w[j].e - w[j].s, 1)) {
                const ch_entity *pe = entity_for(q, w[0].s, trim_name(t, w[0].s, w[j - 1].e));
                if (pe && pe->type == CH_ENT_PERSON) {
                    set_speaker(q, r, w[0].s, trim_name(t, w[0].s, w[j - 1].e), 0, cue, 0, 0);
                    return 1;
                }
            }
        }
        if (descriptor_speaker(q, w, k, cue, r)) return 1;
        /* "Rajanews.com, a news website run by supporters of X said": an
         * appositive whose closing comma was dropped; the name opening the
         * sentence speaks, not the one inside the appositive */
        /* (the name may open a clause after a semicolon: "...; however,
         * Rajanews.com, a news website ... said") */
        size_t c0 = 0;
        for (size_t x = 1; x < k; x++)
            if (memchr(t + w[x - 1].e, ';', w[x].s - w[x - 1].e)) c0 = x;
        if (c0 && c0 + 1 < k &&
            ch__in_list((const char *const[]){"however", "but", "meanwhile", "yet", NULL}, t + w[c0].s, w[c0].e - w[c0].s, 1) &&
            memchr(t + w[c0].e, ',', w[c0 + 1].s - w[c0].e))
            c0++;
        if (k >= c0 + 4 && (c0 || w[0].s <= a + 4) && upper_word(q, w, nw, c0)) {
            size_t j = name_run_end(q, w, nw, c0);
            int comma_after = j < k && memchr(t + w[j - 1].e, ',', w[j].s - w[j - 1].e);
            /* the appositive opens with an article or a lowercase title
             * ("Scott Carson, president and CEO of X said") */
            int det = j < k && (ch__is_definite(t + w[j].s, w[j].e - w[j].s) ||
                                ch__in_list((const char *const[]){"a", "an", NULL}, t + w[j].s, w[j].e - w[j].s, 1) ||
                                (!upper_word(q, w, nw, j) && ch_wordlist_contains_ci(q->titles, t + w[j].s, w[j].e - w[j].s)));
            int more_commas = 0;
            for (size_t x = j + 1; x <= k && !more_commas; x++) more_commas = memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) != NULL;
            if (comma_after && det && !more_commas && k - j <= 14) {
                const ch_entity *se = entity_for(q, w[c0].s, trim_name(t, w[c0].s, w[j - 1].e));
                if (se && se->type != CH_ENT_PLACE) {
                    return attrib_set(r, se->name, se->role, cue);
                }
            }
        }
        /* "The Australian has reported": a newspaper named "The" and a
         * nationality, not the nationality */
        {
            size_t h = k;
            static const char *const aux[] = {"has", "had", "have", NULL};
            if (h > 0 && ch__in_list(aux, t + w[h - 1].s, w[h - 1].e - w[h - 1].s, 1)) h--;
            if (h >= 2 && !memcmp(t + w[h - 2].s, "The", 3) && w[h - 2].e - w[h - 2].s == 3 &&
                w[h - 1].s == w[h - 2].e + 1 && !in_quote(q, w[h - 1].s)) {
                const ch_gaz_entry *g = ch_gazetteer_lookup(t + w[h - 1].s, w[h - 1].e - w[h - 1].s);
                if (g && !strcmp(g->type, "demonym") && isupper((unsigned char)t[w[h - 1].s])) {
                    return attrib_set(r, ch_arena_strndup(q->arena, t + w[h - 2].s, w[h - 1].e - w[h - 2].s), NULL, cue);
                }
            }
        }
        /* a participle after a comma ("Blair spoke outside 10 Downing
         * Street, saying that ...") has the clause's subject, not the name
         * that ends the clause */
        size_t cl = w[k].e - w[k].s;
        int participle = k > 0 && cl > 4 && !strncasecmp(t + w[k].e - 3, "ing", 3) &&
                         memchr(t + w[k - 1].e, ',', w[k].s - w[k - 1].e);
        /* or after a document the subject issued ("The United States issued
         * a statement on Thursday condemning ...", "released a letter saying") */
        if (!participle && k > 1 && cl > 4 && !strncasecmp(t + w[k].e - 3, "ing", 3))
            for (size_t x = k > 6 ? k - 6 : 1; x < k && !participle; x++)
                participle = issued_document(t + w[x].s, w[x].e - w[x].s) && !in_quote(q, w[x].s);
        /* a Romance gerund ("justificó la elección de Boeing diciendo que")
         * has the clause's subject with or without the comma */
        if (!participle && k > 0 && cl > 5 && romance(q) &&
            (!strncasecmp(t + w[k].e - 4, "ando", 4) || !strncasecmp(t + w[k].e - 4, "endo", 4)))
            participle = 1;
        /* a cue right after "en la que", "in which", "donde": the subject of
         * the main clause ("una carta en la que expresa que") */
        if (!participle && k >= 2 &&
            ((ch__in_list((const char *const[]){"que", "cual", NULL}, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1) &&
              ch__in_list((const char *const[]){"la", "el", "los", "las", NULL}, t + w[k - 2].s, w[k - 2].e - w[k - 2].s, 1)) ||
             (ch__in_list((const char *const[]){"which", "whom", NULL}, t + w[k - 1].s, w[k - 1].e - w[k - 1].s, 1) &&
              ch__in_list((const char *const[]){"in", "where", NULL}, t + w[k - 2].s, w[k - 2].e - w[k - 2].s, 1))))
            participle = 1;
        if (participle && w[0].s <= a + 4) {
            /* the sentence's subject: a person or organisation opening it, or a
             * country ("Britain says that ..., saying that there will be ...") */
            attrib sr = {0};
            if ((sentence_subject(q, a, w[k].s, &sr) && sr.speaker) || (cl > 5 && untyped_subject(q, a, w[k].s, &sr))) {
                *r = sr;
                r->cue = cue;
                return 1;
            }
            const ch_gaz_entry *g = ch_gazetteer_lookup(t + w[0].s, w[0].e - w[0].s);
            if (g && !strcmp(g->type, "country") && nw > 1 && !isupper((unsigned char)t[w[1].s])) {
                return attrib_set(r, ch_arena_strndup(q->arena, t + w[0].s, w[0].e - w[0].s), NULL, cue);
            }
            /* a country of several words, after "The" ("The United States
             * issued a statement ... condemning"), and a verb after it */
            {
                size_t d0 = ch__is_definite(t + w[0].s, w[0].e - w[0].s) ? 1 : 0, c1 = d0;
                while (c1 < k && c1 < d0 + 4 && upper_word(q, w, nw, c1)) c1++;
                if (c1 > d0 + 1 && c1 < k) {
                    const ch_gaz_entry *cg = ch_gazetteer_lookup(t + w[d0].s, w[c1 - 1].e - w[d0].s);
                    size_t vl = w[c1].e - w[c1].s;
                    if (cg && !strcmp(cg->type, "country") && vl > 3 && !strncmp(t + w[c1].e - 2, "ed", 2))
                        return attrib_set(r, ch_arena_strndup(q->arena, cg->canonical, strlen(cg->canonical)), NULL, cue);
                }
            }
            /* a description opens it ("The union rejected the offer,
             * saying ..."): the shortest one whose last word names a source */
            for (size_t j = 2; j <= 4 && j < k; j++) {
                size_t hs = w[j - 1].s, hl = w[j - 1].e - hs;
                if (ch_wordlist_contains_ci(q->sources, t + hs, hl) || company_noun(t + hs, hl) ||
                    institution_noun(t + hs, hl) || person_noun(t + hs, hl)) {
                    if (definite_desc(q, w, 0, j, a, 1, cue, r)) return 1;
                    break;
                }
            }
        }
        /* the name right before the cue speaks ("..., The New York Times
         * said."); otherwise the subject: the nearest person (or pronoun)
         * before the cue, else the nearest organisation */
        /* a parenthesis between the subject and its verb ("Local residents
         * (who asked not to be named) said"): the words before it */
        size_t kb = k;
        /* a clitic object pronoun before a Romance verb ("Steve lo calificó") */
        if (romance(q) && kb > 1 &&
            ch__in_list((const char *const[]){"lo", "la", "le", "les", "los", "las", "se", "me", "te", "nos", "l'", "gli",
                                              "ne", "si", "lhe", "lhes", NULL},
                        t + w[kb - 1].s, w[kb - 1].e - w[kb - 1].s, 1))
            kb--;
        kb = before_paren(t, w, k, kb, a, 200);
        /* "a person close to Jobs said", "una persona próxima al entorno de
         * Jobs dijo": an unnamed source; the name after "close to" is not it */
        for (size_t x = k > 8 ? k - 8 : 0; x + 3 < k; x++) {
            if (!ch__in_list((const char *const[]){"a", "an", "one", "una", "un", "uno", "une", "um", "uma", NULL},
                             t + w[x].s, w[x].e - w[x].s, 1))
                continue;
            size_t y = x + 2;
            int close = y + 1 < k &&
                        ((ch__in_list((const char *const[]){"close", "próxima", "próximo", "cercana", "cercano", "vicino",
                                                             "vicina", "proche", "próxima", NULL},
                                      t + w[y].s, w[y].e - w[y].s, 1) &&
                          ch__in_list((const char *const[]){"to", "al", "a", "de", NULL}, t + w[y + 1].s, w[y + 1].e - w[y + 1].s, 1)) ||
                         (w[y].e - w[y].s == 8 && !strncasecmp(t + w[y].s, "familiar", 8) &&
                          w[y + 1].e - w[y + 1].s == 4 && !strncasecmp(t + w[y + 1].s, "with", 4)));
            int comma = 0;
            for (size_t z = x + 1; z <= k && !comma; z++) comma = memchr(t + w[z - 1].e, ',', w[z].s - w[z - 1].e) != NULL;
            if (close && !comma && !upper_word(q, w, nw, x + 1)) {
                return attrib_set(r, ch_arena_strndup(q->arena, t + w[x + 1].s, w[x + 1].e - w[x + 1].s), NULL, cue);
            }
        }
        /* ", sagte die Wissenschaftlerin Ana Ribeiro:", ", said the minister,
         * Ana Ortiz:": a cue right after a comma is inverted, its speaker
         * after it */
        if (k > 0 && k + (size_t)c < nw && memchr(t + w[k - 1].e, ',', w[k].s - w[k - 1].e) &&
            name_forward(q, w, nw, k + (size_t)c, &s, &e, &ts, &te) && e < b && speaker_class(q, s, e) == 1) {
            /* the person the run ends with ("die Programmwissenschaftlerin Ana
             * Ribeiro": a German role noun is capitalized too) */
            const ch_entity *pe = entity_for(q, s, e);
            for (size_t y = k + (size_t)c; y < nw && w[y].s < e && !(pe && pe->type == CH_ENT_PERSON && pe == entity_for(q, s, e)); y++) {
                if (w[y].s <= s) continue;
                const ch_entity *py = entity_for(q, w[y].s, e);
                if (py && py->type == CH_ENT_PERSON && !(pe && pe->type == CH_ENT_PERSON)) {
                    s = w[y].s;
                    pe = py;
                }
            }
            set_speaker(q, r, s, e, 0, cue, ts, te);
            return 1;
        }
        if (!participle && name_backward(q, w, kb, &s, &e, &pron) && (pron || speaker_class(q, s, e) != 0)) {
            set_speaker(q, r, s, e, pron, cue, 0, 0);
            return 1;
        }
        if (kb < k && kb > 0 && source_at(q, w, kb - 1, 0, &s, &e)) {
            set_speaker(q, r, s, e, 0, cue, 0, 0);
            return 1;
        }
        /* a country or capital right before its verb speaks for its
         * government ("Britain calls it", "Moscow said"), not one after a
         * preposition ("officials in Brussels said") */
        if (!participle && k > 0 && name_backward(q, w, k, &s, &e, &pron) && !pron && e == w[k - 1].e &&
            e + 2 >= w[k].s && !in_quote(q, s)) {
            const ch_gaz_entry *g = ch_gazetteer_lookup(t + s, e - s);
            /* it opens its clause: the sentence, or after a comma, "that",
             * "which", a conjunction */
            static const char *const opener[] = {"that", "which", "and", "but", "while", "as", "when", "because",
                                                 "que", "y", "pero", NULL};
            size_t pw = 0;
            while (pw < k && w[pw].e <= s) pw++;
            int opens = pw == 0 || ch__in_list(opener, t + w[pw - 1].s, w[pw - 1].e - w[pw - 1].s, 1) ||
                        memchr(t + w[pw - 1].e, ',', s - w[pw - 1].e);
            /* a city's name there is most often a surname ("Lyons said") */
            if (g && (!strcmp(g->type, "country") || !strcmp(g->type, "capital") || !strcmp(g->type, "city")) && opens) {
                return attrib_set(r, ch_arena_strndup(q->arena, t + s, e - s), NULL, cue);
            }
        }
        if (k > 0 && source_at(q, w, k - 1, 0, &s, &e)) { /* "police said that" */
            set_speaker(q, r, s, e, 0, cue, 0, 0);
            return 1;
        }
        /* "Another elderly man said simply,", "A female friend of mine said":
         * an indefinite description right before the cue is an unnamed
         * speaker, not someone named earlier in the sentence */
        {
            size_t he = k; /* the description ends before "of mine/his/hers" */
            if (he >= 3 && w[he - 2].e - w[he - 2].s == 2 && !strncasecmp(t + w[he - 2].s, "of", 2) &&
                ch__in_list((const char *const[]){"mine", "his", "hers", "theirs", "ours", "yours", NULL}, t + w[he - 1].s,
                            w[he - 1].e - w[he - 1].s, 1))
                he -= 2;
            size_t x = he;
            while (x > 0 && he - x < 3 && !upper_word(q, w, nw, x - 1) &&
                   !ch_wordlist_contains_ci(q->stop, t + w[x - 1].s, w[x - 1].e - w[x - 1].s) &&
                   !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e))
                x--;
            if (x > 0 && x < he &&
                ch__in_list((const char *const[]){"a", "an", "another", "one", NULL}, t + w[x - 1].s, w[x - 1].e - w[x - 1].s, 1) &&
                !memchr(t + w[x - 1].e, ',', w[x].s - w[x - 1].e) && people_noun(t + w[he - 1].s, w[he - 1].e - w[he - 1].s))
                return attrib_set(r, ch_arena_strndup(q->arena, t + w[x].s, w[he - 1].e - w[x].s), NULL, cue);
        }
        for (int want = 1; want <= 2; want++) {
            for (size_t back = k; back > 0; back--) {
                if (back < k && upper_word(q, w, nw, back)) continue; /* not a whole run */
                if (!name_backward(q, w, back, &s, &e, &pron)) continue;
                /* "it" speaks when it opens the sentence ("It also noted"), not
                 * inside it ("..., it is emphasized that") */
                if (pron && !is_person_pronoun_in(q->a->lang, t + s, e - s) && back != 1) continue;
                if (pron ? want == 1 : speaker_class(q, s, e) == want) {
                    set_speaker(q, r, s, e, pron, cue, 0, 0);
                    return 1;
                }
            }
        }
        /* "But told BBC News:": the subject dropped, the one told is the
         * listener; the person in focus speaks, as "he told" would */
        if (c == 1 && ((w[k].e - w[k].s == 4 && !strncasecmp(t + w[k].s, "told", 4)) ||
                       (w[k].e - w[k].s == 5 && !strncasecmp(t + w[k].s, "tells", 5)))) {
            int bare = 1;
            for (size_t x = 0; x < k && bare; x++)
                bare = ch__in_list((const char *const[]){"But", "And", "Yet", "He", "She", "but", "and", "also", "later", "then", NULL},
                                   t + w[x].s, w[x].e - w[x].s, 0) &&
                       !is_person_pronoun_in(q->a->lang, t + w[x].s, w[x].e - w[x].s);
            if (bare && k >= 1 && w[0].s <= a + 4) { /* ("Told Howell:" opening the sentence is an inverted "said") */
                attrib tmp = {0};
                set_speaker(q, &tmp, w[k].s, w[k].e, 1, cue, 0, 0);
                if (tmp.found && tmp.speaker && is_person_name(q, tmp.speaker)) {
                    *r = tmp;
                    return 1;
                }
            }
        }
        if (k + (size_t)c < nw && name_forward(q, w, nw, k + (size_t)c, &s, &e, &ts, &te) &&
            e < b && is_personish(q, s, e)) { /* "said Blinken: “...”" */
            set_speaker(q, r, s, e, 0, cue, ts, te);
            return 1;
        }
    }
    if (imp_cue) {
        return attrib_set(r, NULL, NULL, imp_cue);
    }
    /* Spanish, Italian, Portuguese drop the subject pronoun ("Hablando al
     * público, ha dicho que "..."", "Sin embargo, añadió "...""): a finite
     * cue with no one named before it has the person in focus, resolved
     * as "he said" would be */
    if (fin_cue) {
        set_speaker(q, r, fin_s, fin_e, 1, fin_cue, 0, 0);
        if (r->found && r->speaker) return 1;
        memset(r, 0, sizeof *r);
    }
    /* no cue: a person named right before a colon speaks, as in a
     * transcript ("Secretary of the Air Force James Roche: “...”") */
    if (nw) {
        size_t ce = w[nw - 1].e;
        while (ce < b && (t[ce] == ' ' || t[ce] == '.')) ce++;
        const ch_entity *pe = NULL;
        if (ce < b && t[ce] == ':') {
            /* "Feldhaus smiled: “...”": a person and one lowercase verb */
            if (nw >= 2 && !upper_word(q, w, nw, nw - 1) && upper_word(q, w, nw, nw - 2) &&
                w[nw - 1].s == w[nw - 2].e + 1)
                pe = person_ending(q, w, nw, nw - 2, 1);
            /* "Bill Bodie, ayudante especial del secretario: “...”": the
             * person opening the line, then a comma and the title */
            if (!pe && w[0].s <= a + 4 && upper_word(q, w, nw, 0)) {
                size_t j = name_run_end(q, w, nw, 0);
                if (j < nw && memchr(t + w[j - 1].e, ',', w[j].s - w[j - 1].e) &&
                    (!upper_word(q, w, nw, j) || (q->a->lang && !strcmp(q->a->lang, "de")))) {
                    const ch_entity *fe = entity_for(q, w[0].s, trim_name(t, w[0].s, w[j - 1].e));
                    if (fe && fe->type == CH_ENT_PERSON) pe = fe;
                }
            }
            /* the name itself right before the colon */
            if (!pe && upper_word(q, w, nw, nw - 1)) pe = person_ending(q, w, nw, nw - 1, 2);
        }
        if (pe) return attrib_set(r, pe->name, pe->role, NULL);
    }
    return 0;
}

/* a noun for an ordinary person who may speak unnamed ("a resident", "an
 * elderly man", "a female friend"), or one of person_noun's */
static int person_noun(const char *w, size_t n);
static int people_noun(const char *w, size_t n)
{
    static const char *const l[] = {"man", "woman", "men", "women", "resident", "residents", "friend", "neighbor",
                                    "neighbour", "witness", "worker", "employee", "student", "teacher", "passenger",
                                    "driver", "shopper", "parent", "mother", "father", "patient", "customer", "fan",
                                    "spectator", "juror", "voter", "protester", "bystander", "survivor", "relative",
                                    "nurse", "doctor", "farmer", "fisherman", "vendor", "owner", "shopkeeper",
                                    "villager", "local", "traveller", "traveler", "tourist", "volunteer", "boy", "girl",
                                    "mom", "dad", "son", "daughter", "wife", "husband", "veteran", "soldier", NULL};
    return ch__in_list(l, w, n, 1) || person_noun(w, n);
}

/* a noun that describes a person already named ("the politician", "el
 * mandatario"); titles ("the mayor") resolve by title_person instead */
static int person_noun(const char *w, size_t n)
{
    static const char *const l[] = {"politician", "diplomat", "official", "leader", "lawmaker", "legislator",
                                    "executive", "economist", "analyst", "statesman", "stateswoman", "veteran",
                                    "activist", "star", "striker", "forward", "midfielder", "goalkeeper", "player",
                                    "actor", "actress", "singer", "writer", "author", "novelist", "filmmaker",
                                    "scientist", "researcher", "billionaire", "entrepreneur", "tycoon", "founder",
                                    "businessman", "businesswoman", "politico", "político", "política",
                                    "mandatario", "mandataria", "dirigente", "líder", "diplomático",
                                    "diplomática", "politologo", "comedian", "comic", "host", "presenter",
                                    "journalist", "reporter", "broadcaster", "commentator", "musician", "rapper",
                                    "athlete", "champion", "actriz", "cantante", "escritor", "escritora", "boss",
                                    "manager", "coach", "captain", "skipper", "midfielder", "defender", "winger",
                                    "keeper", "chairman", "chief", "full-back", "fly-half", "scrum-half", "centre-back",
                                    "flanker", "goalkeeper", "forward", NULL};
    return ch__in_list(l, w, n, 1);
}

/* does a title name the nation of ISO code (1: "Dutch Foreign Minister",
 * "US Secretary of State"), another one (-1), or none (0)? */
static int role_nation(const char *role, const char *code)
{
    int other = 0;
    for (const char *p = role; *p;) {
        const char *e = p;
        while (*e && *e != ' ') e++;
        /* one word ("Dutch", "US"), or two ("United States") */
        for (int words = 1; words <= 2; words++) {
            const char *e2 = e;
            if (words == 2) {
                if (!*e) break;
                e2 = e + 1;
                while (*e2 && *e2 != ' ') e2++;
            }
            const ch_gaz_entry *g = ch_gazetteer_lookup(p, (size_t)(e2 - p));
            if (g && (!strcmp(g->type, "demonym") || !strcmp(g->type, "country")) && g->extra && *g->extra) {
                if (!strcmp(g->extra, code)) return 1;
                other = 1;
            }
        }
        p = *e ? e + 1 : e;
    }
    return other ? -1 : 0;
}

/* "The American Democratic politician stated", "the veteran diplomat said",
 * "el mandatario estadounidense aseguró": a definite description right
 * before the cue (word k) refers back to the last speaker, unless a
 * nationality in it contradicts that speaker's title */
static int descriptor_speaker(qctx *q, const wspan *w, size_t k, const char *cue, attrib *r)
{
    const char *t = q->a->text;
    if (k < 2) return 0;
    const char *last_name = q->last_speaker && is_person_name(q, q->last_speaker) ? q->last_speaker : NULL;
    size_t head = SIZE_MAX, det = SIZE_MAX;
    for (size_t x = k; x-- > 0 && x + 8 > k;) {
        size_t l = w[x].e - w[x].s;
        if (ch__is_definite(t + w[x].s, l)) { det = x; break; }
        if (x + 1 < k && memchr(t + w[x].e, ',', w[x + 1].s - w[x].e)) return 0;
        if (head == SIZE_MAX && person_noun(t + w[x].s, l) && !isupper((unsigned char)t[w[x].s])) head = x;
    }
    /* English: the head is the last word; Spanish: two adjectives may follow it */
    if (det == SIZE_MAX || head == SIZE_MAX || head + 3 < k || head == det) return 0;
    if (head + 1 < k && !(q->a->lang && (!strcmp(q->a->lang, "es") || !strcmp(q->a->lang, "pt") ||
                                          !strcmp(q->a->lang, "it") || !strcmp(q->a->lang, "fr"))))
        return 0;
    const char *code = NULL; /* the nationality the description gives */
    for (size_t x = det + 1; x < k && !code; x++) {
        const ch_gaz_entry *g = ch_gazetteer_lookup(t + w[x].s, w[x].e - w[x].s);
        if (g && !strcmp(g->type, "demonym") && g->extra && *g->extra) code = g->extra;
    }
    /* someone named since the last quote, before this sentence ("Simon Le
     * Bon said earlier ... "...," the singer said."), is the one in focus */
    if (last_name && !code) {
        size_t si = ch__sentence_of(q->a, w[det].s);
        size_t hi = si < q->a->n_sentences ? q->a->sentences[si].start : w[det].s;
        /* (the subject of one of those sentences, the latest first) */
        for (size_t x = si; x-- > 0 && x + 4 > si;) {
            size_t bs = q->a->sentences[x].start;
            if (bs < q->last_speaker_end || bs >= hi) break;
            const ch_entity *sp = as_person(q, subject_person(q, bs, q->a->sentences[x].end));
            if (sp) {
                if (strcmp(sp->name, last_name)) last_name = sp->name;
                break;
            }
        }
    }
    /* no one spoke yet: the person named last before the description */
    if (!last_name) {
        attrib lp = {0};
        if (!last_person(q, w[det].s > 800 ? w[det].s - 800 : 0, w[det].s, &lp) || !lp.speaker) return 0;
        last_name = lp.speaker;
    }
    const ch_entity *pick = NULL, *last = NULL;
    for (size_t i = 0; i < q->n_ents; i++) {
        const ch_entity *x = &q->ents[i];
        if (x->type != CH_ENT_PERSON) continue;
        /* not a "person" the description's own words make ("Democratic") */
        if (memmem(t + w[det].s, w[k].s - w[det].s, x->name, strlen(x->name))) continue;
        if (!strcmp(x->name, last_name)) last = x;
        if (code && x->role && role_nation(x->role, code) > 0 && !pick) pick = x;
    }
    /* the last speaker, unless the title it has (or spoke with) names
     * another nation; then the one person whose title names this one */
    const char *lrole = last && last->role ? last->role : last_name == q->last_speaker ? q->last_role : NULL;
    if (last && (!code || !lrole || role_nation(lrole, code) >= 0)) pick = last;
    if (!pick) return 0;
    return attrib_set(r, pick->name, pick->role, cue);
}

static size_t count_words(const char *t, size_t a, size_t b)
{
    wspan w[64];
    return words_in(t, a, b, w, 64);
}

const char *ch_quote_kind_name(int kind)
{
    switch (kind) {
    case CH_QUOTE_DIRECT: return "direct";
    case CH_QUOTE_PARTIAL: return "partial";
    default: return "mixed";
    }
}

static int only_capitalized(const char *t, size_t a, size_t b)
{
    wspan w[8];
    size_t nw = words_in(t, a, b, w, 8);
    if (nw > 4) return 0;
    int caps = 0;
    for (size_t i = 0; i < nw; i++) {
        int32_t cp;
        ch_utf8_decode(t + w[i].s, w[i].e - w[i].s, &cp);
        if (ch__is_upper(cp) || ch__is_digit(cp)) caps++;
        else if (w[i].e - w[i].s > 3) return 0;
    }
    return caps > 0;
}

/* the name of a work or a term, not a quotation: right after a noun that
 * names one ('the album "Salt and Iron"', 'the word "sorry"', 'a report
 * titled "..."', 'known as "Blue Harbour"') */
static int names_a_work(const char *t, size_t open)
{
    static const char *const nouns[] = {"album", "single", "song", "film", "movie", "book", "novel", "series",
                                        "show", "play", "titled", "entitled", "named", "code-named", "codenamed",
                                        "nicknamed", "word", "words", "term", "phrase", "slogan", "hashtag",
                                        "headline", "motto", "label", "brand", "dubbed", "known as", "titulado",
                                        "titulada", "canción", "película", "libro", "palabra", "lema", NULL};
    size_t e = open;
    while (e > 0 && t[e - 1] == ' ') e--;
    if (e > 0 && t[e - 1] == ',') e--; /* 'the report, titled' is the next word's */
    /* 'commonly known as the "genius grant"': a determiner between */
    static const char *const det[] = {"the", "a", "an", NULL};
    for (int x = 0; det[x]; x++) {
        size_t l = strlen(det[x]);
        if (e > l && !strncasecmp(t + e - l, det[x], l) && t[e - l - 1] == ' ') {
            size_t e2 = e - l - 1;
            while (e2 > 0 && t[e2 - 1] == ' ') e2--;
            if (e2 >= 8 && !strncasecmp(t + e2 - 8, "known as", 8)) return 1;
            break;
        }
    }
    for (int x = 0; nouns[x]; x++) {
        size_t l = strlen(nouns[x]);
        if (e >= l && !strncasecmp(t + e - l, nouns[x], l) && (e == l || !isalpha((unsigned char)t[e - l - 1]))) {
            /* "in her words, “...”" attributes, it names no term */
            if (!strcmp(nouns[x], "words")) {
                static const char *const poss[] = {"in his ", "in her ", "in their ", "in my ", "in our ", NULL};
                for (int y = 0; poss[y]; y++) {
                    size_t pl = strlen(poss[y]);
                    if (e >= l + pl && !strncasecmp(t + e - l - pl, poss[y], pl)) return 0;
                }
            }
            return 1;
        }
    }
    return 0;
}

/* a word ending at e (after skipping spaces) from list l: its start, or
 * SIZE_MAX */
static size_t word_before(const char *t, size_t lo, size_t e, const char *const *l)
{
    while (e > lo && t[e - 1] == ' ') e--;
    for (int x = 0; l[x]; x++) {
        size_t n = strlen(l[x]);
        if (e >= lo + n && !strncasecmp(t + e - n, l[x], n) && (e == lo + n || !isalpha((unsigned char)t[e - n - 1])))
            return e - n;
    }
    return SIZE_MAX;
}

/* a passive naming ('the exploit is termed "zero day"', 'It is also called
 * a "drive-by" exploit'): a term, with no one saying it, unless an agent
 * follows the quote ('was called "a liar" by the senator') */
static int passive_term(const char *t, size_t lo, size_t open, size_t close, size_t len)
{
    static const char *const det[] = {"a", "an", "the", NULL};
    static const char *const verb[] = {"termed", "called", "dubbed", "labeled", "labelled", "branded",
                                       "described as", "referred to as", NULL};
    static const char *const adv[] = {"also", "often", "sometimes", "now", "commonly", "widely", NULL};
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
    size_t p = word_before(t, lo, open, det);
    if (p == SIZE_MAX) p = open;
    if ((p = word_before(t, lo, p, verb)) == SIZE_MAX) return 0;
    size_t b = word_before(t, lo, p, adv);
    if (b != SIZE_MAX) p = b;
    if (word_before(t, lo, p, be) == SIZE_MAX) return 0;
    size_t c = close;
    while (c < len && t[c] == ' ') c++;
    return !(c + 3 <= len && !strncmp(t + c, "by ", 3));
}

/* how many of the words are capitalized (or numbers); -1 when one is a
 * lowercase word that is not a short function word of fw */
static int title_words(const char *t, const wspan *w, size_t nw, const char *const *fw)
{
    int caps = 0;
    for (size_t i = 0; i < nw; i++) {
        int32_t cp;
        ch_utf8_decode(t + w[i].s, w[i].e - w[i].s, &cp);
        if (ch__is_upper(cp) || ch__is_digit(cp)) caps++;
        else if (!ch__in_list(fw, t + w[i].s, w[i].e - w[i].s, 0)) return -1;
    }
    return caps;
}

/* a title in title case ("Why Ports Fail", "Salt and Iron"): three to ten
 * words, each capitalized or a short function word, two capitalized at least */
static int title_case(const char *t, size_t a, size_t b)
{
    static const char *const fw[] = {"a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to",
                                     "with", "from", "by", "de", "la", "el", "y", "del", NULL};
    wspan w[12];
    size_t nw = words_in(t, a, b, w, 12);
    if (nw < 3 || nw > 10) return 0;
    for (size_t x = a; x < b; x++)
        if ((t[x] == '.' || t[x] == '!' || t[x] == '?') && x + 1 < b) return 0; /* a sentence inside */
    int caps = title_words(t, w, nw, fw);
    if (caps < 0) return 0;
    int32_t c0;
    ch_utf8_decode(t + w[0].s, w[0].e - w[0].s, &c0);
    return caps >= 2 && ch__is_upper(c0) && caps * 2 >= (int)nw;
}

/* a headline set in quotes on a line of its own ('"Category 4 Hurricane
 * Helene Hits Florida's Big Bend, Bringing Destructive Storm Surges"'):
 * four to thirty words, each capitalized or a short function word */
static int headline_line(const char *t, size_t n, size_t open, size_t close, size_t a, size_t b)
{
    if (open > 0 && t[open - 1] != '\n') return 0;
    size_t after = close; /* the close mark's end: only spaces to the line's end */
    while (after < n && (t[after] == ' ' || t[after] == '\r' || t[after] == '\t')) after++;
    if (after < n && t[after] != '\n') return 0;
    static const char *const fw[] = {"a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "as",
                                     "with", "from", "by", "into", "after", "over", NULL};
    wspan w[32];
    size_t nw = words_in(t, a, b, w, 32);
    if (nw < 4 || nw >= 32) return 0;
    for (size_t x = a; x + 1 < b; x++)
        if ((t[x] == '.' || t[x] == '!' || t[x] == '?') && t[x + 1] == ' ') return 0; /* sentences inside */
    int caps = title_words(t, w, nw, fw);
    return caps >= 0 && (size_t)caps * 3 >= nw * 2;
}

/* the longest attribution between two parts of one quote ("A," said X,
 * a Republican who led ..., "B.") */
enum { JOIN_GAP = 300 };
int ch_extract_quotes(const ch_article *a, const ch_entity *ents, size_t n_ents, ch_arena *arena,
                      ch_quote **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    qvec qv = {0};
    int rc = find_spans(a, &qv);
    if (rc < 0) { ch_free(qv.v); return rc; }
    qctx q = {a, ents, n_ents, ch__list_for("cues", a->lang), ch__list_for("titles", a->lang),
              ch__list_for("stopwords", a->lang), ch__list_for("sources", a->lang), arena, NULL, NULL, 0, 0, &qv, 0, NULL, 0};
    ch_quote *res = ch_arena_alloc(arena, (qv.n ? qv.n : 1) * sizeof *res);
    if (!res) { ch_free(qv.v); return CH_ENOMEM; }
    size_t k = 0;
    const char *t = a->text;
    /* one sentence per line (as some corpora and crawls are set): most
     * lines hold one sentence */
    int line_sentences = 0;
    {
        size_t lines = 0;
        for (size_t x = 0; x < a->text_len; x++)
            if (t[x] != '\n' && (x == 0 || t[x - 1] == '\n')) lines++;
        line_sentences = lines >= 5 && a->n_sentences * 10 <= lines * 12;
    }
    /* no line break at all in a text of several sentences: paragraphs run together */
    int flat = a->n_sentences >= 6 && !memchr(t, '\n', a->text_len);
    for (size_t i = 0; i < qv.n; i++) {
        /* gather the parts: continued paragraphs, and interrupted quotes */
        size_t first = i, last = i;
        while (qv.v[last].close == (size_t)-1 && last + 1 < qv.n) last++;
        attrib r = {0};
        size_t gap_a = 0, gap_b = 0;
        if (last + 1 < qv.n) {
            const qspan *x = &qv.v[last], *y = &qv.v[last + 1];
            size_t ga = x->close == (size_t)-1 ? x->ce : x->close, gb = y->open;
            /* a line break ends a paragraph, and a new paragraph's quote is a
             * new quote; in a text set one sentence per line, one break is
             * only a sentence end */
            int joinable = gb > ga && gb - ga <= JOIN_GAP && !memchr(t + ga, '\n', gb - ga);
            if (!joinable && line_sentences && gb > ga && gb - ga <= JOIN_GAP) {
                /* the attribution ends its line and the quote goes on on the next */
                const char *nl = memchr(t + ga, '\n', gb - ga);
                size_t after = (size_t)(nl - t) + 1;
                joinable = !memchr(t + after, '\n', gb - after);
                for (size_t z = after; z < gb && joinable; z++) joinable = isspace((unsigned char)t[z]);
            }
            /* the first part ends with a comma (inside or right after the mark),
             * or a question or exclamation inside it ("Why?" she asked. "B.") */
            size_t xc = x->ce; /* its last character ('progress, "said': a space slipped in) */
            while (xc > x->cs && t[xc - 1] == ' ') xc--;
            /* (a quote inside it closes with it: '... will it work?'" he said') */
            if (xc > x->cs + 1 && t[xc - 1] == '\'' && (t[xc - 2] == '?' || t[xc - 2] == '!' || t[xc - 2] == ','))
                xc--;
            else if (xc > x->cs + 3 && (unsigned char)t[xc - 3] == 0xE2 && (unsigned char)t[xc - 2] == 0x80 &&
                     (unsigned char)t[xc - 1] == 0x99 && (t[xc - 4] == '?' || t[xc - 4] == '!' || t[xc - 4] == ','))
                xc -= 3;
            int comma = (xc > x->cs && (t[xc - 1] == ',' || t[xc - 1] == '?' || t[xc - 1] == '!')) || (ga < gb && t[ga] == ',');
            /* the attribution is all the gap holds: it ends with , : or . */
            size_t ge = gb;
            while (ge > ga && isspace((unsigned char)t[ge - 1])) ge--;
            int clean_gap = ge > ga && (t[ge - 1] == ',' || t[ge - 1] == ':' || t[ge - 1] == '.');
            /* '"A," he said "B."': the full stop after a short attribution
             * dropped (a typo of copy desks); the next part opens a sentence */
            if (!clean_gap && comma && ge > ga && isalpha((unsigned char)t[ge - 1]) && gb + 1 < a->text_len) {
                wspan gw[5];
                size_t ngw = words_in(t, ga, ge, gw, 5);
                size_t yo = y->cs, ye = y->ce; /* B is a sentence, not a title: it ends with . ? or ! */
                while (ye > yo && isspace((unsigned char)t[ye - 1])) ye--;
                clean_gap = ngw >= 2 && ngw <= 4 && yo < a->text_len && isupper((unsigned char)t[yo]) && ye > yo &&
                            (t[ye - 1] == '.' || t[ye - 1] == '?' || t[ye - 1] == '!');
            }
            /* a sentence ends inside the gap and another begins ('"A," she
             * said. Rivas, she added, "B"'; '... said X, 52. His colleague Y
             * agreed: "B"'): B has its own attribution */
            if (clean_gap && ge > ga + 1) {
                size_t s1 = ch__sentence_of(a, ga), s2 = ch__sentence_of(a, ge - 1);
                if (s2 > s1 && s2 < a->n_sentences && a->sentences[s2].start > ga && a->sentences[s2].start + 1 < ge) {
                    /* a sentence of words ("His colleague Y agreed:"), not a
                     * split abbreviation ("WCCO-TV, Ch. 4.") */
                    wspan sw[3];
                    size_t nsw = words_in(t, a->sentences[s2].start, ge, sw, 3), lw = 0;
                    for (size_t wi = 0; wi < nsw; wi++) lw += isalpha((unsigned char)t[sw[wi].s]) || (unsigned char)t[sw[wi].s] >= 0x80;
                    if (lw >= 2) clean_gap = 0;
                }
            }
            /* '..."Why not?" He said: "B"': a colon after a part that ends a
             * sentence introduces a quote of its own */
            if (clean_gap && t[ge - 1] == ':' && !(xc > x->cs && t[xc - 1] == ',') && !(ga < gb && t[ga] == ','))
                clean_gap = 0;
            /* "A," X said. "B," said Y.: B has its own speaker, no join */
            if (joinable && comma && clean_gap && t[ge - 1] == '.' && y->close != (size_t)-1) {
                size_t ye = y->close, yl = ye + 120 < a->text_len ? ye + 120 : a->text_len;
                const char *nl = memchr(t + ye, '\n', yl - ye);
                if (nl) yl = (size_t)(nl - t);
                attrib other = {0};
                size_t yc = y->ce; /* the quote's last character, or a comma after its mark */
                while (yc > y->cs && isspace((unsigned char)t[yc - 1])) yc--;
                size_t after = ye;
                while (after < yl && t[after] == ' ') after++;
                int open_end = (yc > y->cs && (t[yc - 1] == ',' || t[yc - 1] == '?' || t[yc - 1] == '!')) ||
                               (after < yl && t[after] == ',');
                /* (another quote right after B: B has no attribution of its own) */
                int next_quote = after < yl && (t[after] == '"' || (unsigned char)t[after] == 0xE2 ||
                                                (unsigned char)t[after] == 0xC2);
                if (yl > ye && y->ce > y->cs && open_end && !next_quote &&
                    attrib_after(&q, ye, yl, &other))
                    joinable = 0;
            }
            if (joinable && comma && clean_gap && attrib_after(&q, ga, gb, &r)) {
                gap_a = ga;
                gap_b = gb;
                last++;
            } else if (joinable && comma && clean_gap && a->lang &&
                       (!strcmp(a->lang, "es") || !strcmp(a->lang, "it") || !strcmp(a->lang, "pt"))) {
                /* a speaker left unsaid: "«A», señaló a la salida. «B.»" */
                wspan gw[4];
                size_t ngw = words_in(t, ga, gb, gw, 4);
                if (ngw && cue_at(t, gw, ngw, 0, q.cues)) {
                    gap_a = ga;
                    gap_b = gb;
                    last++;
                }
            }
            /* the part after the attribution may go on over paragraphs */
            if (gap_b)
                while (qv.v[last].close == (size_t)-1 && last + 1 < qv.n) last++;
        }
        size_t cs = qv.v[first].cs, ce = qv.v[last].ce;
        if (ce <= cs) { i = last; continue; }
        size_t nwords = 0;
        for (size_t p = first; p <= last; p++) nwords += count_words(t, qv.v[p].cs, qv.v[p].ce);
        if (!nwords) { i = last; continue; }
        /* the text: parts joined by one space, quote marks of continued paragraphs dropped */
        ch_buf txt = CH_BUF_INIT;
        for (size_t p = first; p <= last; p++) {
            size_t ps = qv.v[p].cs, pe = qv.v[p].ce;
            while (ps < pe && isspace((unsigned char)t[ps])) ps++;
            while (pe > ps && isspace((unsigned char)t[pe - 1])) pe--;
            /* the comma the attribution took ("A," he said, "b"): dropped;
             * when the attribution ends its sentence ("A," he said. "B.")
             * the part was a sentence of its own and ends with a stop */
            int stop = 0;
            if (p < last && pe > ps && t[pe - 1] == ',') {
                pe--;
                size_t g = qv.v[p + 1].open;
                while (g > qv.v[p].ce && isspace((unsigned char)t[g - 1])) g--;
                stop = g > qv.v[p].ce && t[g - 1] == '.';
            }
            if (txt.len) ch_buf_putc(&txt, ' ');
            /* line breaks inside (a quote over several lines) become one space */
            for (size_t x = ps; x < pe; x++) {
                if (t[x] == '\n' || t[x] == '\r') {
                    while (txt.len && txt.data[txt.len - 1] == ' ') txt.len--;
                    ch_buf_putc(&txt, ' ');
                    while (x + 1 < pe && isspace((unsigned char)t[x + 1])) x++;
                } else {
                    ch_buf_putc(&txt, t[x]);
                }
            }
            if (stop) ch_buf_putc(&txt, '.');
        }
        /* the comma before the attribution that follows ("...since October,"
         * he said) is the attribution's: a quote that opens a sentence ends
         * with a stop there, a fragment with nothing */
        if (txt.len && txt.data[txt.len - 1] == ',') {
            size_t f0 = qv.v[first].cs;
            while (f0 < qv.v[first].ce && isspace((unsigned char)t[f0])) f0++;
            int32_t c0 = 0;
            if (f0 < qv.v[first].ce) ch_utf8_decode(t + f0, qv.v[first].ce - f0, &c0);
            if (ch__is_upper(c0)) txt.data[txt.len - 1] = '.';
            else txt.len--;
        }
        size_t span_end = qv.v[last].close == (size_t)-1 ? qv.v[last].ce : qv.v[last].close;
        /* attribution */
        size_t sq = ch__sentence_of(a, qv.v[first].open);
        size_t sent_start = sq < a->n_sentences ? a->sentences[sq].start : 0;
        /* a quote opening right after a full stop with no space between
         * ('... the NYPD said.'We are ...') starts a sentence of its own,
         * though the sentence splitter saw none there */
        /* (the sentence before it is then the text before the mark) */
        size_t pv_s = sq > 0 && sq <= a->n_sentences ? a->sentences[sq - 1].start : 0;
        size_t pv_e = sq > 0 && sq <= a->n_sentences ? a->sentences[sq - 1].end : 0;
        {
            size_t o = qv.v[first].open;
            if (o > sent_start + 1 && (t[o - 1] == '.' || t[o - 1] == '!' || t[o - 1] == '?') &&
                qv.v[first].cs < a->text_len && isupper((unsigned char)t[qv.v[first].cs])) {
                pv_s = sent_start;
                pv_e = o;
                sent_start = o;
            }
        }
        if (!r.found) {
            int flat_long = 0;
            size_t si = ch__sentence_of(a, span_end > 0 ? span_end - 1 : 0);
            size_t after_end = si < a->n_sentences ? a->sentences[si].end : a->text_len;
            /* a quote that ends its sentence after an attribution in that
             * sentence ("X said: “...”", "X said the “...”.") belongs to it,
             * not to the next sentence's speaker */
            if (after_end <= span_end + 2 && qv.v[first].open > sent_start)
                attrib_before(&q, sent_start, qv.v[first].open, &r);
            /* extend into a short next sentence ("Rutte noted.") */
            if (r.found) {
                after_end = span_end;
            } else if (after_end <= span_end + 2) {
                size_t lim = span_end + 100 < a->text_len ? span_end + 100 : a->text_len;
                /* the attribution may sit alone on the next line, starting
                 * lowercase ('..."\nsaid Stephen Harper, Prime Minister.') */
                size_t from = span_end;
                while (from < lim && (t[from] == ' ' || t[from] == '\t')) from++;
                /* (or capitalized after a quote that ends with a comma, the
                 * attribution it promises: '"...,"\nPearce said, adding ...') */
                int comma_end = 0;
                {
                    size_t qe = qv.v[last].ce;
                    while (qe > qv.v[last].cs && (t[qe - 1] == ' ' || (unsigned char)t[qe - 1] >= 0x80 || t[qe - 1] == '\''))
                        qe--;
                    comma_end = qe > qv.v[last].cs && t[qe - 1] == ',';
                }
                if (from < lim && t[from] == '\n' && from + 1 < lim &&
                    (islower((unsigned char)t[from + 1]) || (comma_end && isupper((unsigned char)t[from + 1])))) {
                    lim = from + 1 + 100 < a->text_len ? from + 1 + 100 : a->text_len;
                    from++;
                }
                const char *nl = memchr(t + from, '\n', lim - from);
                after_end = nl ? (size_t)(nl - t) : lim;
                /* the next sentence reports a quote of its own in a "that"
                 * clause ('... It didn't.” The owner, Ridgeline, said in a
                 * statement that the terms reflected “market conditions”'):
                 * its cue is that quote's, not this one's. Text with no line
                 * breaks runs such sentences together within the window */
                /* text with no line breaks at all (paragraphs run together,
                 * as some corpora store articles): the window may reach into
                 * what was the next paragraph, so a next sentence gives the
                 * attribution only when it is short ("Rutte noted.", "said X,
                 * the minister.") or when it names a person as the speaker
                 * ('"..." Kenneth Dorsey says the woman ...'); a long one with
                 * an organisation ("The council said the grant ...") is a
                 * statement of its own */
                if (flat && si + 1 < a->n_sentences && a->sentences[si + 1].start < after_end) {
                    wspan tw[12];
                    flat_long = words_in(t, a->sentences[si + 1].start, a->sentences[si + 1].end, tw, 12) > 10;
                }
                if (si + 1 < a->n_sentences && a->sentences[si + 1].start < after_end && last + 1 < qv.n) {
                    size_t ns = a->sentences[si + 1].start, ne = a->sentences[si + 1].end;
                    size_t qo = qv.v[last + 1].open;
                    if (qo > ns && qo < ne) {
                        wspan tw[40];
                        size_t ntw = words_in(t, ns, qo, tw, 40);
                        for (size_t x = 1; x < ntw; x++)
                            if (ch__in_list((const char *const[]){"that", "que", "che", NULL}, t + tw[x].s,
                                            tw[x].e - tw[x].s, 1)) {
                                after_end = span_end;
                                break;
                            }
                    }
                }
                /* '... Baker said it painted an "unflattering picture". "It is
                 * clear ..." Dr Julian Lewis said the department ...': a quote
                 * right after a quote of the one who spoke in the sentence
                 * before goes on with them; a next sentence with its own
                 * subject, cue and clause is a statement of its own */
                /* (or whose sentence before has them for its subject, speaking
                 * on in reported speech: 'Mr Jollans likened ... and said
                 * ... "The internet's impact ..." Stuart Cohen ... said the move') */
                int spoke_before = si > 0 && q.last_speaker && q.last_speaker_end > a->sentences[si - 1].start;
                if (!spoke_before && si > 0 && q.last_speaker && q.last_speaker_end <= a->sentences[si - 1].start) {
                    const ch_entity *sb = subject_person(&q, a->sentences[si - 1].start, a->sentences[si - 1].end);
                    spoke_before = sb && !strcmp(sb->name, q.last_speaker);
                }
                if (after_end > span_end && q.last_speaker && si > 0 && si + 1 < a->n_sentences && spoke_before &&
                    q.last_speaker_end <= sent_start + 1 &&
                    qv.v[first].open <= sent_start + 1 && a->sentences[si + 1].start < after_end) {
                    wspan nw2[24];
                    size_t ns = a->sentences[si + 1].start;
                    size_t nn = words_in(t, ns, a->sentences[si + 1].end, nw2, 24);
                    for (size_t x = 1; x + 3 < nn; x++) {
                        if (in_quote(&q, nw2[x].s) || !cue_at(t, nw2, nn, x, q.cues)) continue;
                        if (islower((unsigned char)t[nw2[x + 1].s]) && !memchr(t + nw2[x].e, ',', nw2[x + 1].s - nw2[x].e))
                            after_end = span_end;
                        break;
                    }
                }
            } else if (after_end > span_end + 160) {
                after_end = span_end + 160;
            }
            /* '"A", whilst Y said that "B"': a clause that opens with a
             * conjunction after the quote is the next quote's attribution */
            if (after_end > span_end) {
                wspan cw[2];
                static const char *const conj[] = {"whilst", "while", "whereas", "but", "and", "mientras", "pero",
                                                   "y", NULL};
                size_t ncw = words_in(t, span_end, after_end, cw, 2);
                int next_clause = ncw && ch__in_list(conj, t + cw[0].s, cw[0].e - cw[0].s, 1) &&
                                  last + 1 < qv.n && qv.v[last + 1].open < after_end;
                if (!next_clause) attrib_after(&q, span_end, after_end, &r);
                if (flat_long && r.found && (!r.speaker || !is_person_name(&q, r.speaker))) memset(&r, 0, sizeof r);
                /* 'Chief Steele said the department was "..." but did not
                 * elaborate, The Valley News reported': the person whose
                 * cue opens the quote said it; the outlet reports it */
                if (r.found && r.speaker && !is_person_name(&q, r.speaker) && qv.v[first].open > sent_start) {
                    attrib br = {0};
                    if (attrib_before(&q, sent_start, qv.v[first].open, &br) && br.cue && br.speaker &&
                        is_person_name(&q, br.speaker) && !is_according(br.cue, strlen(br.cue)))
                        r = br;
                }
                /* 'Capaldi described himself as a "fan" when revealed by
                 * Ball as ...': a clause the quote runs into (when, after,
                 * while, ...) is a circumstance; the cue before the quote
                 * in its sentence, with its person, is the attribution */
                if (r.found && qv.v[first].open > sent_start) {
                    static const char *const sub[] = {"when", "after", "before", "while", "as", "because", "since",
                                                      "during", "until", "once", NULL};
                    wspan pw[1];
                    attrib br = {0};
                    /* (or a participle after a comma: 'Keys said she was "very
                     * excited", describing Charles as ...') */
                    int part = 0;
                    if (words_in(t, span_end, after_end, pw, 1) && pw[0].s <= span_end + 3 && pw[0].e - pw[0].s > 5 &&
                        !strncmp(t + pw[0].e - 3, "ing", 3) && memchr(t + span_end, ',', pw[0].s - span_end))
                        part = 1;
                    if (words_in(t, span_end, after_end, pw, 1) && pw[0].s <= span_end + 3 &&
                        (part || (pw[0].s <= span_end + 2 && ch__in_list(sub, t + pw[0].s, pw[0].e - pw[0].s, 0))) &&
                        attrib_before(&q, sent_start, qv.v[first].open, &br) && br.cue && br.speaker &&
                        is_person_name(&q, br.speaker) && !is_according(br.cue, strlen(br.cue)))
                        r = br;
                }
                /* 'Moffat, the show's writer, said: "..." he said.': a
                 * pronoun after the quote refers to the person named before
                 * it, whom the colon introduces */
                if (r.found && qv.v[first].open > sent_start + 1) {
                    size_t o = qv.v[first].open;
                    while (o > sent_start && t[o - 1] == ' ') o--;
                    wspan pw[2];
                    size_t npw = words_in(t, span_end, after_end, pw, 2);
                    attrib br = {0};
                    if (o > sent_start && t[o - 1] == ':' && npw && is_person_pronoun_in(q.a->lang, t + pw[0].s, pw[0].e - pw[0].s) &&
                        attrib_before(&q, sent_start, qv.v[first].open, &br) && br.cue && br.speaker &&
                        is_person_name(&q, br.speaker))
                        r = br;
                }
            }

        }
        if (!r.found && qv.v[first].open > sent_start) attrib_before(&q, sent_start, qv.v[first].open, &r);
        /* 'Bill Bodie, director of communications of the Air Force: "..."'
         * (a transcript's or a list's speaker label, no verb): the person
         * opening the part before the colon, back to the previous colon or
         * the sentence's start */
        if (!r.found && qv.v[first].open > sent_start) {
            size_t c = qv.v[first].open;
            while (c > sent_start && t[c - 1] == ' ') c--;
            if (c > sent_start && t[c - 1] == ':') {
                size_t ps = c - 1;
                while (ps > sent_start && t[ps - 1] != ':' && c - ps < 200) ps--;
                while (ps < c && (t[ps] == ' ' || t[ps] == ':')) ps++;
                wspan lw[4];
                size_t nlw = words_in(t, ps, c - 1, lw, 4);
                for (size_t x = 0; x < nlw && !r.found; x++) {
                    if (!upper_word(&q, lw, nlw, x)) continue;
                    size_t y = x + 1;
                    while (y < nlw && upper_word(&q, lw, nlw, y) && !memchr(t + lw[y - 1].e, ',', lw[y].s - lw[y - 1].e)) y++;
                    const ch_entity *en = entity_for(&q, lw[x].s, trim_name(t, lw[x].s, lw[y - 1].e));
                    if (en && en->type == CH_ENT_PERSON && y < nlw + 1 &&
                        (lw[y - 1].e < c && (t[lw[y - 1].e] == ',' || t[lw[y - 1].e] == ':'))) {
                        r.found = 1;
                        r.speaker = en->name;
                        r.role = en->role;
                    }
                    break; /* only the part's first name */
                }
            }
        }
        /* '"A" if we are faced with "B," added Larijani.': a quote whose
         * sentence goes on to another quote shares that one's speaker */
        if (!r.found && last + 1 < qv.n) {
            size_t si2 = ch__sentence_of(a, span_end > 0 ? span_end - 1 : 0);
            size_t s_end = si2 < a->n_sentences ? a->sentences[si2].end : a->text_len;
            const qspan *y = &qv.v[last + 1];
            if (y->open < s_end && y->close != (size_t)-1 && y->close < s_end && !memchr(t + span_end, '\n', y->open - span_end)) {
                size_t ye = y->close;
                while (ye < s_end && (unsigned char)t[ye] >= 0x80) ye++; /* past the mark's bytes */
                if (ye < s_end) attrib_after(&q, ye, s_end, &r);
            }
        }
        if (!r.found && pv_e > pv_s) {
            /* a quote paragraph after a sentence that names the speaker:
             * "He added:" / "Blinken said:" */
            size_t ps = pv_s, pe = pv_e;
            if (pe > ps && (t[pe - 1] == ':' || qv.v[first].open == sent_start)) attrib_before(&q, ps, pe, &r);
            /* "His exact words:", "Her reply:": a possessive pronoun and a
             * noun of speech introduce the person it refers to */
            if (!r.found && pe > ps && t[pe - 1] == ':') {
                wspan iw[6];
                size_t niw = words_in(t, ps, pe, iw, 6);
                static const char *const speech[] = {"words", "word", "statement", "response", "reply", "answer",
                                                     "message", "explanation", "view", "verdict", "advice", NULL};
                int sp_noun = 0;
                for (size_t x = 1; x < niw && !sp_noun; x++) sp_noun = ch__in_list(speech, t + iw[x].s, iw[x].e - iw[x].s, 1);
                if (niw >= 2 && niw <= 4 && sp_noun && (pronoun_gender(t + iw[0].s, iw[0].e - iw[0].s) == 1 ||
                                                        pronoun_gender(t + iw[0].s, iw[0].e - iw[0].s) == 2))
                    set_speaker(&q, &r, iw[0].s, iw[0].e, 1, NULL, 0, 0);
            }
            /* "The judge had advice for him:" - a title or source noun as the
             * subject of a sentence that introduces the quote */
            if (!r.found && pe > ps && t[pe - 1] == ':') {
                wspan iw[4];
                size_t niw = words_in(t, ps, pe, iw, 4), hs, he;
                for (size_t h = 1; h < niw && h < 3 && !r.found; h++)
                    if (ch__is_definite(t + iw[0].s, iw[0].e - iw[0].s) && source_at(&q, iw, h, 1, &hs, &he))
                        set_speaker(&q, &r, hs, he, 0, NULL, 0, 0);
            }
            /* or just introduces them: "... director-general Tedros." */
            if (!r.found && qv.v[first].open == sent_start && pe > ps) last_person(&q, ps, pe, &r);
            /* or has an organisation, and no person, as its subject: "The
             * Metropolitan Police made a request ... \n“We need ...”" */
            if (!r.found && qv.v[first].open == sent_start && pe > ps) {
                attrib sr = {0};
                if (sentence_subject(&q, ps, pe, &sr) && sr.speaker && !is_person_name(&q, sr.speaker)) r = sr;
            }
            /* or is about them: "She broke the news on Saturday." */
            if (!r.found && qv.v[first].open == sent_start && pe > ps) {
                wspan pw[2];
                size_t npw = words_in(t, ps, pe, pw, 2);
                if (npw == 2 && is_person_pronoun_in(q.a->lang, t + pw[0].s, pw[0].e - pw[0].s) && !in_quote(&q, pw[0].s))
                    set_speaker(&q, &r, pw[0].s, pw[0].e, 1, NULL, 0, 0);
            }
        }
        /* a quote opening the text or a paragraph, with its speaker in the
         * next sentence: '"She is a hard worker." Kenneth Dorsey says the
         * woman ...' */
        if (!r.found && qv.v[first].open == sent_start && (sent_start == 0 || t[sent_start - 1] == '\n')) {
            size_t si = ch__sentence_of(a, span_end > 0 ? span_end - 1 : 0);
            if (si + 1 < a->n_sentences && a->sentences[si].end <= span_end + 2) {
                size_t ns = a->sentences[si + 1].start, ne = a->sentences[si + 1].end;
                wspan nw2[10];
                size_t nn = words_in(t, ns, ne, nw2, 10);
                /* the name may follow a short lead-in ("That is how Amina Yusuf,
                 * 41, remembers it") */
                size_t n0 = 0;
                if (nn > 2 && !strncmp(t + nw2[0].s, "That", 4) && nw2[0].e - nw2[0].s == 4) {
                    n0 = 1;
                    while (n0 < nn && n0 < 4 && !upper_word(&q, nw2, nn, n0)) n0++;
                    if (n0 >= nn || !upper_word(&q, nw2, nn, n0)) n0 = 0;
                }
                size_t k2 = n0;
                while (k2 < nn && k2 < n0 + 4 && upper_word(&q, nw2, nn, k2)) k2++;
                size_t kc = k2; /* past an age: ", 41," */
                if (kc > 0 && kc < nn && isdigit((unsigned char)t[nw2[kc].s]) &&
                    memchr(t + nw2[kc - 1].e, ',', nw2[kc].s - nw2[kc - 1].e))
                    kc++;
                if (k2 > n0 && kc < nn && !in_quote(&q, ns) && cue_at(t, nw2, nn, kc, q.cues)) {
                    size_t k2c = k2;
                    k2 = kc;
                    const ch_entity *pe = entity_for(&q, nw2[n0].s, trim_name(t, nw2[n0].s, nw2[k2c - 1].e));
                    if (pe && pe->type == CH_ENT_PERSON) {
                        r.found = 1;
                        r.speaker = pe->name;
                        r.role = pe->role;
                        r.cue = ch_arena_strndup(arena, t + nw2[k2].s, nw2[k2].e - nw2[k2].s);
                    }
                }
            }
        }
        /* a partial quote in a sentence whose subject is a person; the
         * clause the quote closes comes first when it has a pronoun subject
         * of its own ("... comparisons with Anne Enright, comparisons she
         * waves away as “...”") */
        if (!r.found && qv.v[first].open > sent_start) {
            size_t cs2 = qv.v[first].open;
            while (cs2 > sent_start && t[cs2 - 1] != ',' && t[cs2 - 1] != ';') cs2--;
            if (cs2 > sent_start && !in_quote(&q, cs2 - 1)) {
                wspan cw[8];
                size_t ncw = words_in(t, cs2, qv.v[first].open, cw, 8);
                for (size_t x = 0; x + 1 < ncw && x < 3; x++)
                    if (is_person_pronoun_in(q.a->lang, t + cw[x].s, cw[x].e - cw[x].s)) {
                        /* "When King hired him, he called him a “...”": the
                         * person opening the sentence, if the pronoun fits */
                        wspan sw2[4];
                        size_t ns2 = words_in(t, sent_start, cs2, sw2, 4);
                        const ch_entity *op = NULL;
                        int g = pronoun_gender(t + cw[x].s, cw[x].e - cw[x].s);
                        for (size_t y = 0; y < ns2 && y < 2 && !op; y++) {
                            if (!upper_word(&q, sw2, ns2, y)) continue;
                            size_t z = y;
                            while (z < ns2 && upper_word(&q, sw2, ns2, z)) z++;
                            const ch_entity *en = entity_for(&q, sw2[y].s, trim_name(t, sw2[y].s, sw2[z - 1].e));
                            if (en && en->type == CH_ENT_PERSON && gender_fits(&q, en->name, g)) op = en;
                        }
                        if (op) {
                            r.found = 1;
                            r.speaker = op->name;
                            r.role = op->role;
                        } else {
                            set_speaker(&q, &r, cw[x].s, cw[x].e, 1, NULL, 0, 0);
                        }
                        break;
                    }
            }
        }
        if (!r.found && qv.v[first].open > sent_start) sentence_subject(&q, sent_start, qv.v[first].open, &r);
        /* the speaker found is spoken of by name in the quote ("Dr. Arvid
         * is one of the top scientists"): people
         * do not speak of themselves so; the subject of the sentence
         * before speaks if it is someone else, else no one known */
        /* (with a reporting verb too, when the attribution around the quote
         * does not name them: '"Jermayne fired the shot," he said' is not
         * Jermayne's) */
        if (r.found && r.speaker && is_person_name(&q, r.speaker) && txt.data) {
            const char *sn = strrchr(r.speaker, ' ');
            sn = sn ? sn + 1 : r.speaker;
            size_t sl = strlen(sn);
            const char *gn = r.speaker; /* the given name */
            size_t gl = strcspn(gn, " ");
            if (gl == strlen(gn)) gl = 0;
            int third = 0;
            for (int pass = 0; pass < 2 && !third; pass++) {
                const char *nm = pass ? gn : sn;
                size_t nl = pass ? gl : sl;
                for (const char *h = txt.data; nl >= 3 && (h = memmem(h, txt.len - (size_t)(h - txt.data), nm, nl)) != NULL; h += nl) {
                    if (!((h == txt.data || !isalnum((unsigned char)h[-1])) && !isalnum((unsigned char)h[nl]))) continue;
                    /* "..., Osama noted": an attribution a stray mark let into the text */
                    const char *v = h + nl;
                    while (*v == ' ' || *v == ',') v++;
                    size_t vl = 0;
                    while (isalpha((unsigned char)v[vl])) vl++;
                    if (vl && ch_wordlist_contains_ci(q.cues, v, vl)) continue;
                    third = 1;
                    break;
                }
            }
            if (third && r.cue) { /* named in the attribution: theirs after all */
                size_t ws = sent_start, we = span_end + 160 < a->text_len ? span_end + 160 : a->text_len;
                const char *nl2 = memchr(t + span_end, '\n', we - span_end);
                if (nl2) we = (size_t)(nl2 - t);
                for (const char *h = t + ws; third && (h = memmem(h, we - (size_t)(h - t), sn, sl)) != NULL; h += sl)
                    if (!in_quote(&q, (size_t)(h - t))) third = 0; /* also between the parts: '"A," Voss said, "B"' */
            }
            if (third) {
                attrib sr = {0};
                if (pv_e > pv_s && sentence_subject(&q, pv_s, pv_e, &sr) && sr.speaker && strcmp(sr.speaker, r.speaker) &&
                    !memmem(txt.data, txt.len, sr.speaker, strlen(sr.speaker))) {
                    r.speaker = sr.speaker;
                    r.role = sr.role;
                } else {
                    r.speaker = NULL;
                    r.role = NULL;
                }
            }
        }
        /* an award citation: "won the Prize "for her intense poetic
         * prose"": the words are the awarding body's (a committee, academy,
         * foundation or jury the article names), not the laureate's */
        size_t qo = qv.v[first].open;
        int cites = (ce - cs > 4 && !strncmp(t + cs, "for ", 4)) || (qo >= sent_start + 4 && !strncmp(t + qo - 4, "for ", 4));
        if ((!r.found || !r.cue) && cites && qo > sent_start &&
            award_in(t + sent_start, qv.v[first].open - sent_start)) {
            const ch_entity *body = awarding_body(&q);
            if (body) {
                r.found = 1;
                r.speaker = body->name;
                r.role = NULL;
            }
        }
        /* a full quoted sentence right after an attributed quote, with no
         * attribution of its own, continues it (the speaker goes on) */
        /* (a short one too when it opens right where that quote closed:
         * '"... immunity." "The state is buying it."') */
        int adjacent = qv.v[first].open >= q.last_speaker_end && qv.v[first].open - q.last_speaker_end <= 2;
        if (!r.found && q.last_speaker && qv.v[first].open <= sent_start + 1 && (nwords >= 6 || (adjacent && nwords >= 3)) &&
            qv.v[first].open >= q.last_speaker_end && qv.v[first].open - q.last_speaker_end <= 200 &&
            !memchr(t + q.last_speaker_end, '?', qv.v[first].open - q.last_speaker_end)) {
            r.found = 1;
            r.speaker = q.last_speaker;
            r.role = q.last_role;
        }
        /* a lone word or a capitalized title in quotes, with nobody saying
         * it, is a term or a title, not a quotation; a short lowercase
         * fragment in a sentence whose subject speaks ("Rutte called it an
         * "extra threat"") is a partial quote even without a reporting verb;
         * one capitalized word ("Glowtime") is a name even next to a cue */
        int32_t q0;
        ch_utf8_decode(t + cs, ce - cs, &q0);
        int lower_start = ch__is_letter(q0) && !ch__is_upper(q0);
        /* 'a so-called "ghost gun"': a term the writer distances, no quotation */
        int so_called = 0;
        {
            size_t ob = qv.v[first].open;
            while (ob > 0 && t[ob - 1] == ' ') ob--;
            static const char *const sc[] = {"so-called", "so called", "sogenannte", "sogenannten", "sogenannter",
                                             "llamado", "llamada", "denominado", "denominada", "cosiddetto",
                                             "cosiddetta", "soi-disant", NULL};
            for (int x = 0; sc[x] && !so_called; x++) {
                size_t l = strlen(sc[x]);
                so_called = ob >= l && !strncasecmp(t + ob - l, sc[x], l) && (ob == l || !isalpha((unsigned char)t[ob - l - 1]));
            }
        }
        /* a title or a term: a work's name after its noun, or a title-case
         * fragment inside a sentence (not one opening it: that may be a
         * headline-style sentence) */
        int work = names_a_work(t, qv.v[first].open) ||
                   passive_term(t, sent_start, qv.v[first].open, qv.v[last].close, a->text_len) ||
                   (qv.v[first].open > sent_start + 1 && first == last && title_case(t, cs, ce));
        /* 'Rivas was blunter: "Not a chance."': a colon introduces words spoken */
        int after_colon = 0;
        {
            size_t ob = qv.v[first].open;
            while (ob > sent_start && t[ob - 1] == ' ') ob--;
            after_colon = ob > sent_start && t[ob - 1] == ':' && r.found && nwords >= 2;
        }
        /* 'was in possession of a 9mm "ghost gun"': a short lowercase
         * phrase heading a noun phrase after an article, with no reporting
         * verb anywhere near, names a thing (a term), it quotes no one */
        int term_np = 0;
        if (!r.cue && nwords <= 3 && first == last) {
            int32_t l0;
            ch_utf8_decode(t + cs, ce - cs, &l0);
            wspan pw[12];
            size_t pb = qv.v[first].open > sent_start + 40 ? qv.v[first].open - 40 : sent_start;
            size_t npw = ch__is_letter(l0) && !ch__is_upper(l0) ? words_in(t, pb, qv.v[first].open, pw, 12) : 0;
            for (size_t x = npw >= 2 ? npw - 2 : 0; x < npw && !term_np; x++)
                term_np = ch__in_list((const char *const[]){"a", "an", "the", NULL}, t + pw[x].s, pw[x].e - pw[x].s, 1) &&
                          (x + 1 == npw || !cue_at(t, pw, npw, x + 1, q.cues)) && pw[npw - 1].e + 2 >= qv.v[first].open;
            /* no reporting word anywhere before it in its sentence */
            if (term_np) {
                wspan sw[64];
                size_t nsw = words_in(t, sent_start, qv.v[first].open, sw, 64);
                for (size_t x = 0; x < nsw && term_np; x++)
                    if (!in_quote(&q, sw[x].s) && cue_at(t, sw, nsw, x, q.cues)) term_np = 0;
            }
        }
        int headline = !r.found && first == last && qv.v[first].close != (size_t)-1 &&
                       headline_line(t, a->text_len, qv.v[first].open, qv.v[first].close, cs, ce);
        if (work || so_called || headline || term_np || (!r.found && nwords <= 3) ||
            (!r.cue && !after_colon && nwords <= 3 && (nwords <= 1 || !lower_start)) ||
            ((!r.cue || nwords <= 2) && nwords <= 4 && only_capitalized(t, cs, ce))) {
            ch_buf_release(&txt);
            i = last;
            continue;
        }
        /* kind */
        int starts_sentence = qv.v[first].open <= sent_start + 1;
        int32_t c0;
        ch_utf8_decode(t + cs, ce - cs, &c0);
        int kind;
        int has_stop = 0;
        for (size_t x = cs; x < ce; x++)
            if ((t[x] == '.' || t[x] == '?' || t[x] == '!') && x + 1 < ce && t[x + 1] == ' ') has_stop = 1;
        if (starts_sentence || (ch__is_upper(c0) && (t[qv.v[first].open - (qv.v[first].open > 0)] == ' ') &&
                                qv.v[first].open >= 2 && (t[qv.v[first].open - 2] == ',' || t[qv.v[first].open - 2] == ':')))
            kind = CH_QUOTE_DIRECT;
        else if (has_stop)
            kind = CH_QUOTE_MIXED;
        else
            kind = CH_QUOTE_PARTIAL;
        ch_quote *o = &res[k];
        o->text = ch_arena_strndup(arena, txt.data ? txt.data : "", txt.len);
        ch_buf_release(&txt);
        if (!o->text) { ch_free(qv.v); return CH_ENOMEM; }
        o->start = qv.v[first].open;
        o->end = span_end;
        o->kind = kind;
        o->speaker = r.speaker;
        o->role = r.role;
        /* an age is no role ("the 36-year-old said") */
        if (o->role && age_noun(o->role, strlen(o->role))) o->role = NULL;
        /* an honorific alone ("Sr", "Mr", "Dr": cut off from its name by a
         * glitch) names no one */
        {
            static const char *const hon[] = {"Sr", "Sra", "Srta", "Mr", "Mrs", "Ms", "Dr", "Dra", "Mme", "Mlle", "Hr",
                                              "Fr", "Sig", "Dott", NULL};
            if (o->speaker && ch__in_list(hon, o->speaker, strlen(o->speaker), 0)) { o->speaker = NULL; o->role = NULL; }
        }
        /* "the suit added": the owner of the last filing written with one
         * ("Her lawsuit, filed ..., said") */
        if (o->speaker && owned_document(o->speaker, strlen(o->speaker))) {
            attrib ow = {0};
            if (document_owner(&q, o->start, &ow)) {
                o->speaker = ow.speaker;
                o->role = ow.role;
                r.speaker = ow.speaker;
                r.role = ow.role;
            }
        }
        o->cue = r.cue;
        if (r.speaker) {
            q.last_speaker = r.speaker;
            q.last_role = r.role;
            q.last_speaker_end = span_end;
            q.last_quote_start = o->start;
        }
        (void)gap_a;
        (void)gap_b;
        k++;
        i = last;
    }
    ch_free(qv.v);
    /* a speaker keeps one title through the article: a quote whose own
     * attribution gave none takes the one another quote's gave ("said the
     * United States Secretary of State, Anthony Blinken" ... "Blinken said") */
    for (size_t x = 0; x < k; x++) {
        if (res[x].role || !res[x].speaker || !is_person_name(&q, res[x].speaker)) continue;
        for (size_t y = 0; y < k && !res[x].role; y++)
            if (res[y].role && res[y].speaker && !strcmp(res[y].speaker, res[x].speaker)) res[x].role = res[y].role;
    }
    *out = res;
    *n = k;
    return CH_OK;
}

/* ===== speakers across articles ===== */

/* fold to lowercase ASCII letters, accents dropped (Latin-1 range) */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)s[++i];
            static const char map[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
            unsigned char base = (unsigned char)(d >= 0xA0 ? d - 0xA0 : d >= 0x80 ? d - 0x80 : 0);
            if (base < 32) out[k++] = map[base];
            continue;
        }
        if (c >= 0x80) continue;
        if (isalpha(c) || c == ' ') out[k++] = (char)tolower(c);
    }
    out[k] = '\0';
    return k;
}

static int edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 30 || m > 30) return 99;
    int d[31][31];
    for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
            d[i][j] = c;
        }
    return d[n][m];
}

/* two given names (folded) of one person: an initial, a prefix ("Jim",
 * "Jimmy"), or a spelling ("Anthony", "Antony") */
static int given_same(const char *ga, const char *gb)
{
    if (ga[0] != gb[0]) return 0;
    if (strlen(ga) == 1 || strlen(gb) == 1) return 1;                 /* initial */
    /* a man's and a woman's name are two people ("Charlie" and "Charlene",
     * "Daniel" and "Danielle") */
    {
        int xa = ch__given_gender(ga, strlen(ga), 1), xb = ch__given_gender(gb, strlen(gb), 1);
        if (xa && xb && xa != xb) return 0;
    }
    if (!strncmp(ga, gb, strlen(ga) < strlen(gb) ? strlen(ga) : strlen(gb))) return 1; /* prefix */
    return edit_distance(ga, gb) <= 2;
}

/* the name without a generational suffix ("Harold Child Jr" -> "Harold
 * Child"), into buf */
static const char *drop_suffix(const char *n, char *buf, size_t cap)
{
    const char *sp = strrchr(n, ' ');
    if (!sp || sp == n || !ch__generational(sp + 1, strlen(sp + 1)) || (size_t)(sp - n) >= cap) return n;
    memcpy(buf, n, (size_t)(sp - n));
    buf[sp - n] = '\0';
    return buf;
}

int ch_speaker_same(const char *a, const char *b)
{
    if (!a || !b) return 0;
    char xa[128], xb[128];
    a = drop_suffix(a, xa, sizeof xa);
    b = drop_suffix(b, xb, sizeof xb);
    { /* fast reject: surnames starting with different ASCII letters */
        const char *x = strrchr(a, ' '), *y = strrchr(b, ' ');
        unsigned char cx = (unsigned char)(x ? x[1] : a[0]), cy = (unsigned char)(y ? y[1] : b[0]);
        if (cx < 0x80 && cy < 0x80 && isalpha(cx) && isalpha(cy) && tolower(cx) != tolower(cy)) return 0;
    }
    char fa[128], fb[128];
    fold_name(a, strlen(a), fa, sizeof fa);
    fold_name(b, strlen(b), fb, sizeof fb);
    char *la = strrchr(fa, ' '), *lb = strrchr(fb, ' ');
    const char *sa = la ? la + 1 : fa, *sb = lb ? lb + 1 : fb;
    size_t na = strlen(sa), nb = strlen(sb);
    if (!na || !nb) return 0;
    int same_surname = !strcmp(sa, sb);
    /* a glued lowercase tail: "blinkenafter" vs "blinken" (the raw text had
     * the tail in lowercase right after a capitalized surname) */
    if (!same_surname && na >= 4 && nb >= 4) {
        const char *rawa = strrchr(a, ' ') ? strrchr(a, ' ') + 1 : a;
        const char *rawb = strrchr(b, ' ') ? strrchr(b, ' ') + 1 : b;
        if (na > nb + 1 && !strncmp(sa, sb, nb) && strlen(rawa) > nb && islower((unsigned char)rawa[nb]))
            same_surname = 1;
        if (nb > na + 1 && !strncmp(sb, sa, na) && strlen(rawb) > na && islower((unsigned char)rawb[na]))
            same_surname = 1;
    }
    if (!same_surname) return 0;
    if (!la || !lb) return 1; /* a surname alone matches any first name */
    *la = '\0';
    *lb = '\0';
    /* the given name: the word before the surname, or the first word (a
     * middle initial between: "Harold L. Child" is "Harold Child") */
    char *ga = strrchr(fa, ' ') ? strrchr(fa, ' ') + 1 : fa, *gb = strrchr(fb, ' ') ? strrchr(fb, ' ') + 1 : fb;
    if (!*ga || !*gb) return 1;
    if (given_same(ga, gb)) return 1;
    char *fa1 = strchr(fa, ' '), *fb1 = strchr(fb, ' ');
    if (fa1) *fa1 = '\0';
    if (fb1) *fb1 = '\0';
    return (fa1 || fb1) && *fa && *fb && given_same(fa, fb);
}
