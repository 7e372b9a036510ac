/* token.c - UTF-8 tokenizer over utf8proc character classes.
 *
 * Hand-written because no Debian library tokenizes the way news needs:
 * "$7.1" and "2%" and "50,000" and "€3m" are one number each, "U.S." and
 * "Kursk's" and "Euro-Atlantic" one word each, and every token keeps its byte
 * span into the original text.
 */
#include "chorus/text.h"
#include "chorus/err.h"
#include "text_int.h"

#include <ctype.h>
#include <string.h>

static int is_currency(int32_t cp)
{
    return cp == '$' || cp == 0x20AC || cp == 0x00A3 || cp == 0x00A5 ||
           cp == 0x20BD || cp == 0x20B9 || cp == 0x20A9;
}

static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }

static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

#define DEC(pos, cpv) ((pos) < n ? ch_utf8_decode(s + (pos), n - (pos), &(cpv)) : ((cpv) = -2, 0))

/* Scan a word starting at i (a letter). Returns its end. */
static size_t scan_word(const char *s, size_t n, size_t i)
{
    int32_t cp;
    size_t start = i;
    int letters = 0;
    for (;;) {
        /* ASCII letters and digits: no decoding */
        if (i < n && (unsigned char)s[i] < 0x80 && isalnum((unsigned char)s[i])) {
            i++;
            letters++;
            continue;
        }
        int l = DEC(i, cp);
        if (l && (ch__is_letter(cp) || ch__is_digit(cp))) {
            i += (size_t)l;
            letters++;
            continue;
        }
        if (l && (is_apos(cp) || is_hyphen(cp) || cp == '.')) {
            int32_t nx;
            int l2 = DEC(i + (size_t)l, nx);
            if (!l2) break;
            if (cp == '.') {
                /* dotted acronym: single letters between dots, U.S. e.g. */
                if (letters == 1 && ch__is_letter(nx)) {
                    int32_t nn;
                    int l3 = DEC(i + (size_t)l + (size_t)l2, nn);
                    if (l3 && nn == '.') {
                        i += (size_t)l + (size_t)l2 + (size_t)l3;
                        letters = 1;
                        /* continue: U.S.A. */
                        int32_t more;
                        int l4 = DEC(i, more);
                        int32_t dot2;
                        int l5 = l4 ? DEC(i + (size_t)l4, dot2) : 0;
                        if (l4 && ch__is_letter(more) && l5 && dot2 == '.') continue;
                        return i;
                    }
                }
                break;
            }
            if (ch__is_letter(nx) || (is_hyphen(cp) && ch__is_digit(nx))) {
                i += (size_t)l + (size_t)l2;
                letters = 0;
                continue;
            }
        }
        break;
    }
    (void)start;
    return i;
}

/* Scan a number starting at i (a digit, or a currency sign before a digit). */
static size_t scan_number(const char *s, size_t n, size_t i)
{
    int32_t cp;
    int l = DEC(i, cp);
    if (is_currency(cp)) i += (size_t)l;
    for (;;) {
        l = DEC(i, cp);
        if (l && ch__is_digit(cp)) { i += (size_t)l; continue; }
        if (l && (cp == '.' || cp == ',' || cp == '-' || cp == '/' || cp == ':')) {
            int32_t nx;
            int l2 = DEC(i + 1, nx);
            if (l2 && ch__is_digit(nx)) { i += 1; continue; }
        }
        break;
    }
    l = DEC(i, cp);
    if (l && (cp == '%' || is_currency(cp))) return i + (size_t)l;
    /* short alphabetic suffix glued on: 3m, 5bn, 13th, 1990s, 10km */
    size_t j = i;
    int k = 0;
    while (k < 4) {
        l = DEC(j, cp);
        if (!l || !ch__is_letter(cp) || cp >= 0x80) break;
        j += (size_t)l;
        k++;
    }
    if (k > 0 && k < 4) {
        l = DEC(j, cp);
        if (!l || !(ch__is_letter(cp) || ch__is_digit(cp))) return j;
    }
    return i;
}

long ch_text_tokenize(const char *s, size_t n, ch_arena *arena, ch_token **out)
{
    size_t cap = 64, cnt = 0;
    ch_token *v = ch_malloc(cap * sizeof *v);
    if (!v || n > UINT32_MAX) {
        ch_free(v);
        return CH_ENOMEM;
    }
    size_t i = 0;
    while (i < n) {
        if (s[i] == ' ') { i++; continue; }
        int32_t cp;
        int l = ch__decode(s + i, n - i, &cp);
        if (ch__is_space(cp) || cp == 0x00A0) { i += (size_t)l; continue; }
        ch_token t = {(uint32_t)i, 0, 0, 0};
        size_t end;
        if (ch__is_letter(cp)) {
            end = scan_word(s, n, i);
            t.kind = CH_TOK_WORD;
            t.upper = (uint8_t)ch__is_upper(cp);
        } else if (ch__is_digit(cp)) {
            end = scan_number(s, n, i);
            t.kind = CH_TOK_NUM;
        } else if (is_currency(cp)) {
            int32_t nx;
            int l2 = DEC(i + (size_t)l, nx);
            if (l2 && ch__is_digit(nx)) {
                end = scan_number(s, n, i);
                t.kind = CH_TOK_NUM;
            } else {
                end = i + (size_t)l;
                t.kind = CH_TOK_SYM;
            }
        } else {
            end = i + (size_t)l;
            utf8proc_category_t c = cp >= 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_SO;
            t.kind = (c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO) ||
                     cp == '"' || cp == '\''
                         ? CH_TOK_PUNCT
                         : CH_TOK_SYM;
        }
        if (end <= i) end = i + (size_t)l;
        t.end = (uint32_t)end;
        if (cnt == cap) {
            cap *= 2;
            ch_token *nv = ch_realloc(v, cap * sizeof *v);
            if (!nv) {
                ch_free(v);
                return CH_ENOMEM;
            }
            v = nv;
        }
        v[cnt++] = t;
        i = end;
    }
    ch_token *res = ch_arena_alloc(arena, (cnt ? cnt : 1) * sizeof *res);
    if (!res) {
        ch_free(v);
        return CH_ENOMEM;
    }
    if (cnt) memcpy(res, v, cnt * sizeof *res);
    ch_free(v);
    *out = res;
    return (long)cnt;
}

int ch_text_norm_word(const char *s, size_t n, ch_buf *out)
{
    size_t at = out->len;
    CH_TRY(ch_text_fold(s, n, out));
    /* strip a possessive 's (fold made apostrophes straight) */
    size_t m = out->len - at;
    if (m > 2 && out->data[out->len - 2] == '\'' && out->data[out->len - 1] == 's') {
        out->len -= 2;
        out->data[out->len] = '\0';
    } else if (m > 1 && out->data[out->len - 1] == '\'') {
        out->len -= 1; /* plural possessive: allies' */
        out->data[out->len] = '\0';
    }
    return CH_OK;
}
