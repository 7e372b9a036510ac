/* lang.h - language identification.
 *
 * A stop-word vote over chorus's Snowball lists (en es de fr it pt nl)
 * decides alone when it is clear (40+ words, a quarter of them stop words of
 * one language, three times the runner-up); otherwise libexttextcat's n-gram
 * profiles (Cavnar & Trenkle) over a restricted set of news languages decide,
 * with the vote as tie-breaker between close profiles (es/ca/pt, de/nl).
 * Returns ISO 639-1 codes.
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
 * 1,200 bytes. Not thread-safe per handle. */
const char *ch_langid_detect(ch_langid *li, const char *s, size_t n);

#endif
