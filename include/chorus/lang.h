/* lang.h - language identification.
 *
 * libexttextcat's n-gram profiles (Cavnar & Trenkle) over a restricted set
 * of news languages, with a stop-word vote over chorus's Snowball lists as
 * the fallback for short texts and as the tie-breaker between close
 * profiles (es/ca/gl/pt, de/nl). Returns ISO 639-1 codes.
 */
#ifndef CHORUS_LANG_H
#define CHORUS_LANG_H

#include <stddef.h>

#include "chorus/err.h"

typedef struct ch_langid ch_langid;

/* Load the profiles. NULL with err set if libexttextcat's data is missing;
 * detection then still works by stop words alone when given NULL. */
ch_langid *ch_langid_new(ch_err *err);
void ch_langid_free(ch_langid *li);

/* Language of `s` (UTF-8): a static string such as "en", or "und" when
 * unknown. `li` may be NULL (stop-word vote only). Reads at most the first
 * 2,000 bytes. Not thread-safe per handle. */
const char *ch_langid_detect(ch_langid *li, const char *s, size_t n);

#endif
