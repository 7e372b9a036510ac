/* ingest_int.h - symbols shared between the ingest stage's files. */
#ifndef CHORUS_INGEST_INT_H
#define CHORUS_INGEST_INT_H

#include <stdio.h>
#include <zlib.h>

#include "chorus/ingest.h"
#include "chorus/lang.h"

struct ch_ingest {
    ch_ingest_opts opts;
    ch_ingest_stats stats;
    ch_langid *langid;
    int stop;          /* a callback returned < 0 */
    int stop_rc;
};

/* A buffered reader over zlib's gz stream (plain files read through). */
typedef struct ch__rd {
    gzFile gz;
    char *buf;
    size_t len, pos;
    int eof;           /* no more bytes */
    int damaged;       /* zlib reported an error (truncated or corrupt) */
    char why[128];     /* zlib's message when damaged */
    size_t total;      /* bytes delivered */
} ch__rd;

int ch__rd_open(ch__rd *r, const char *path);   /* "-" = stdin */
void ch__rd_close(ch__rd *r);
/* Read one line (without '\n', '\r' stripped) into `line` (reset first).
 * Returns 1 with a line, 0 at end of input. If the line exceeds `max`
 * bytes, the rest is consumed, `line` holds the first max bytes and
 * *toolong is set. */
int ch__rd_line(ch__rd *r, ch_buf *line, size_t max, int *toolong);
/* Append up to n bytes to out; returns the count appended (< n at end). */
size_t ch__rd_read(ch__rd *r, ch_buf *out, size_t n);
/* Skip n bytes; returns the count skipped. */
size_t ch__rd_skip(ch__rd *r, size_t n);

/* Report a warning (skipped = record dropped) through the callback. */
void ch__warn(ch_ingest *ing, const char *input, size_t record, int skipped,
              int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Build and deliver one article from a raw record (counts, warns). */
void ch__deliver(ch_ingest *ing, const ch_raw *raw);

/* Read a WARC file (plain or gzip per record). */
void ch__read_warc(ch_ingest *ing, const char *path, const char *id_base);

#endif
