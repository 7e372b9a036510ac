/* article.h - the article record every stage reads.
 *
 * An article owns one ch_arena: every string and array below lives in it and
 * is released at once by ch_article_free (the yyjson document model). The
 * ingest stage writes all fields; later stages only read them. Offsets in
 * `sentences` are byte offsets into `text` (the cleaned text).
 */
#ifndef CHORUS_ARTICLE_H
#define CHORUS_ARTICLE_H

#include <stddef.h>

#include "chorus/alloc.h"
#include "chorus/text.h"

/* One line (or part of a line) that cleaning removed, and why. */
typedef struct ch_removed {
    const char *line;  /* the removed text */
    const char *rule;  /* static rule name, e.g. "agency-signoff" */
} ch_removed;

typedef struct ch_article {
    const char *id;       /* unique id: JSONL id, path relative to root, FILE#N */
    const char *url;      /* source URL or NULL */
    const char *source;   /* outlet name or host, or NULL */
    const char *title;    /* headline or NULL */
    const char *date;     /* "YYYY-MM-DD" or NULL */
    const char *lang;     /* ISO 639-1 code or "und" */
    const char *place;    /* dateline place or NULL */
    const char *agency;   /* news agency (dateline/sign-off) or NULL */
    const char *byline;   /* author or NULL */
    const char *event;    /* the input's own "event" field, or NULL */
    const char *text;     /* cleaned text, NUL-terminated */
    size_t text_len;      /* bytes in text */
    size_t raw_len;       /* bytes of the text before cleaning */
    ch_removed *removed;  /* what cleaning removed, in text order */
    size_t n_removed;
    ch_span *sentences;   /* sentence spans into text */
    size_t n_sentences;
    const char *input;    /* file path or "-" it was read from */
    size_t record;        /* 1-based line/record in input, 0 = whole file */
    ch_arena arena;       /* owns everything above */
} ch_article;

/* A new, zeroed article. NULL on OOM. */
ch_article *ch_article_new(void);

/* Free the article and everything in its arena. NULL is a no-op. */
void ch_article_free(ch_article *a);

/* Copy (s, n) into the article's arena and return it (NUL-terminated), or
 * NULL on OOM. For setting the string fields above. */
const char *ch_article_strdup(ch_article *a, const char *s, size_t n);

#endif
