/* text_int.h - helpers shared between the text stage's files. */
#ifndef CHORUS_TEXT_INT_H
#define CHORUS_TEXT_INT_H

#include "chorus/text.h"

#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

/* ch_utf8_decode with the ASCII byte decoded inline (most bytes of news
 * text); n must be at least 1 */
static inline int ch__decode(const char *s, size_t n, int32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return ch_utf8_decode(s, n, cp);
}

static inline int ch__is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0) return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

static inline int ch__is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp < 0) return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static inline int ch__is_lower(int32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    if (cp < 0) return 0;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static inline int ch__is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }

static inline int ch__is_space(int32_t cp)
{
    if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
                          cp == '\f' || cp == '\v';
    if (cp < 0) return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP || cp == 0x200B || cp == 0xFEFF;
}

/* Opening and closing quotation marks. ‟ and „ open; “ opens in English but
 * closes a German „; the splitter and quote finder handle that pairing. */
static inline int ch__is_open_quote(int32_t cp)
{
    return cp == 0x201C || cp == 0x00AB || cp == 0x201E || cp == 0x2039 ||
           cp == 0x201F;
}

static inline int ch__is_close_quote(int32_t cp)
{
    return cp == 0x201D || cp == 0x00BB || cp == 0x203A;
}

#endif
