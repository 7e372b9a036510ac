/* ingest.h - reading articles from every format users have, and cleaning.
 *
 * Inputs: a file or a directory (read recursively, in sorted order, with
 * loop detection), or "-" for JSONL on standard input. Formats by extension:
 *   .txt                 one article per file; id = path relative to root
 *   .jsonl .ndjson (.gz) one article per line: id url source date lang title
 *                        text (+ event); missing id -> "FILE:LINE"
 *   .html .htm           main-text extraction with libxml2's HTML parser
 *   .warc (.gz)          WARC 1.0/1.1 response records with an HTML payload;
 *                        id = "FILE#N", N the 1-based record number
 * Each article is then cleaned (ch_clean: trailers, boilerplate lines, feed
 * and UI residue), its metadata completed from the text (dateline, byline,
 * date, language) and split into sentences.
 *
 * Errors: bad records are reported to `on_warn` with file and record and
 * skipped; the run goes on. ch_ingest_path returns CH_OK unless the whole
 * input could not be opened or a callback asked to stop.
 */
#ifndef CHORUS_INGEST_H
#define CHORUS_INGEST_H

#include <stddef.h>

#include "chorus/article.h"
#include "chorus/err.h"

/* Called with each article read. The callee owns `a` (ch_article_free).
 * Return < 0 to stop the run. */
typedef int (*ch_article_fn)(ch_article *a, void *ctx);

/* Called for each warning or skipped record. `skipped` is 1 if the record
 * was dropped, 0 if it was kept after repair (e.g. invalid UTF-8). */
typedef void (*ch_warn_fn)(const ch_err *e, int skipped, void *ctx);

typedef struct ch_ingest_opts {
    ch_article_fn on_article;  /* required */
    ch_warn_fn on_warn;        /* may be NULL: warnings are only counted */
    void *ctx;                 /* passed to on_article */
    void *warn_ctx;            /* passed to on_warn (NULL: ctx) */
    int no_clean;              /* 1: skip the cleaning rules */
    size_t max_record;         /* largest record/line/file in bytes; 0 = 64 MiB */
} ch_ingest_opts;

typedef struct ch_ingest_stats {
    size_t articles;  /* articles delivered */
    size_t skipped;   /* records dropped */
    size_t warnings;  /* warnings of any kind */
    size_t files;     /* files opened */
    size_t bytes;     /* input bytes read (decompressed) */
} ch_ingest_stats;

typedef struct ch_ingest ch_ingest;

/* A reader with its language identifier loaded. NULL on failure (err). */
ch_ingest *ch_ingest_new(const ch_ingest_opts *opts, ch_err *err);
void ch_ingest_free(ch_ingest *ing);

/* Read a file, a directory (recursively) or "-" (JSONL on stdin). CH_OK,
 * CH_ENOTFOUND/CH_EIO if `path` itself cannot be read (also reported to
 * on_warn), or the negative value a callback returned. */
int ch_ingest_path(ch_ingest *ing, const char *path);

/* Counters since ch_ingest_new. */
void ch_ingest_get_stats(const ch_ingest *ing, ch_ingest_stats *st);

/* Fields of one record before cleaning; any may be NULL (then n = 0). */
typedef struct ch_raw {
    const char *id, *url, *source, *title, *date, *lang, *event;
    const char *text;
    size_t text_len;
    const char *input;  /* for messages */
    size_t record;
} ch_raw;

/* Build an article from a raw record: repair UTF-8, NFC, clean, complete
 * metadata, detect language, split sentences. Returns the article (Caller
 * owns) or NULL with err set (CH_EEMPTY when no text is left). Warnings on
 * repaired input go to the ingest's on_warn. */
ch_article *ch_ingest_raw(ch_ingest *ing, const ch_raw *raw, ch_err *err);

/* Extract an article's fields from an HTML page (libxml2). `url` may be NULL
 * (a canonical link then fills it). On success fills `raw` with strings
 * allocated in `arena` and returns CH_OK. */
int ch_html_extract(const char *html, size_t n, const char *url,
                    ch_arena *arena, ch_raw *raw, ch_err *err);

#endif
