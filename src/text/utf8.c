/* utf8.c - UTF-8 validation and repair, NFC and case folding.
 *
 * Repair is hand-written (it must report where the damage is and keep going);
 * normalization and folding are utf8proc's, behind an ASCII fast path because
 * utf8proc runs at ~25 MB/s on bulk text and most news bytes are ASCII.
 */
#include "chorus/text.h"
#include "chorus/err.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

int ch_utf8_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    if (c < 0x80) { *cp = (int32_t)c; return 1; }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else { *cp = -1; return 1; }
    if ((size_t)len > n) { *cp = -1; return 1; }
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) { *cp = -1; return 1; }
        v = (v << 6) | (u[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = -1;
        return 1;
    }
    *cp = (int32_t)v;
    return len;
}

int ch_utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        /* eight ASCII bytes, none of them NUL, at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            const uint64_t hi = 0x8080808080808080ULL, lo = 0x0101010101010101ULL;
            if ((w & hi) || ((w - lo) & ~w & hi)) break;
            i += 8;
        }
        if (i >= n) break;
        if ((unsigned char)s[i] < 0x80) {
            if (!s[i]) return 0;
            i++;
            continue;
        }
        int32_t cp;
        int l = ch_utf8_decode(s + i, n - i, &cp);
        if (cp < 0) return 0;
        i += (size_t)l;
    }
    return 1;
}

long ch_utf8_repair(const char *s, size_t n, ch_buf *out, size_t *first_bad)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    long bad = 0;
    size_t i = 0, run = 0; /* run: start of the pending valid stretch */
    if (ch_buf_reserve(out, n) < 0) return CH_ENOMEM;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c && c < 0x80) { i++; continue; }
        int32_t cp = 0;
        int l = c ? ch_utf8_decode(s + i, n - i, &cp) : 1;
        if (c && cp >= 0) { i += (size_t)l; continue; }
        if (ch_buf_append(out, s + run, i - run) < 0) return CH_ENOMEM;
        if (c) { /* NUL bytes are dropped, not replaced */
            if (!bad && first_bad) *first_bad = i;
            bad++;
            if (ch_buf_append(out, fffd, 3) < 0) return CH_ENOMEM;
        }
        i++;
        run = i;
    }
    if (ch_buf_append(out, s + run, n - run) < 0) return CH_ENOMEM;
    return bad;
}

static int is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return 0;
    return 1;
}

static int map_append(const char *s, size_t n, int options, ch_buf *out)
{
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s,
                                      (utf8proc_ssize_t)n, &dst,
                                      (utf8proc_option_t)options);
    if (r < 0) {
        free(dst); /* utf8proc allocates with malloc */
        return r == UTF8PROC_ERROR_NOMEM ? CH_ENOMEM : CH_EUTF8;
    }
    int rc = ch_buf_append(out, (const char *)dst, (size_t)r);
    free(dst);
    return rc;
}

/* NFC quick check for the common case: every code point below U+0300
 * (Latin-1, Latin Extended-A/B) and the general punctuation and currency
 * blocks except U+2000/U+2001 (singletons) are NFC_QC=Yes, so text made only
 * of them is already in NFC and is copied as is. */
static int nfc_stable(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { i++; continue; }
        int32_t cp;
        int l = ch_utf8_decode(s + i, n - i, &cp);
        if (cp < 0) return 0;
        if (!(cp < 0x300 || (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF)))
            return 0;
        i += (size_t)l;
    }
    return 1;
}

int ch_text_nfc(const char *s, size_t n, ch_buf *out)
{
    if (nfc_stable(s, n)) return ch_buf_append(out, s, n);
    return map_append(s, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE, out);
}

int ch_text_fold(const char *s, size_t n, ch_buf *out)
{
    if (is_ascii(s, n)) {
        CH_TRY(ch_buf_reserve(out, n));
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            out->data[out->len + i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        out->len += n;
        out->data[out->len] = '\0';
        return CH_OK;
    }
    size_t at = out->len;
    CH_TRY(map_append(s, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                UTF8PROC_IGNORE, out));
    /* ’ (E2 80 99) and ‘ (E2 80 98) -> ' */
    char *d = out->data + at, *w = d, *end = out->data + out->len;
    while (d < end) {
        if (end - d >= 3 && (unsigned char)d[0] == 0xE2 &&
            (unsigned char)d[1] == 0x80 &&
            ((unsigned char)d[2] == 0x99 || (unsigned char)d[2] == 0x98)) {
            *w++ = '\'';
            d += 3;
        } else {
            *w++ = *d++;
        }
    }
    out->len = (size_t)(w - out->data);
    out->data[out->len] = '\0';
    return CH_OK;
}
