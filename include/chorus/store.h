/* store.h - the newsroom's memory: one SQLite file.
 *
 * Articles (metadata, cleaned text, sentences, extractions as JSON), the
 * incremental clustering state (a blob), events with their cached brief, and
 * an FTS5 index over titles and texts. WAL mode; every ingest batch is one
 * transaction holding its articles, the new clustering state and the events
 * it touched, so a crash leaves exactly the committed batches. The schema is
 * versioned (PRAGMA user_version) and migrated on open.
 *
 * Thread-safety: one ch_store per thread; writers are serialized by SQLite
 * (a second writer waits up to busy_timeout).
 */
#ifndef CHORUS_STORE_H
#define CHORUS_STORE_H

#include <stddef.h>

#include "chorus/article.h"
#include "chorus/err.h"

#define CH_STORE_SCHEMA 2

typedef struct ch_store ch_store;

/* Open (creating and migrating) the database at path. NULL with err set. */
ch_store *ch_store_open(const char *path, ch_err *err);
void ch_store_close(ch_store *s);

typedef struct ch_store_stats {
    size_t added;       /* new articles stored */
    size_t duplicates;  /* already stored (same id, url or normalized text) */
    size_t events;      /* events touched (created or changed) */
} ch_store_stats;

/* Store one batch in one transaction: skip duplicates, cluster the new
 * articles into the stored events (incremental), rebuild and cache the
 * briefs of the events touched. The articles stay the caller's. CH_OK, or
 * a negative code with err set (nothing of the batch is stored). */
int ch_store_ingest(ch_store *s, ch_article **arts, size_t n, ch_store_stats *st, ch_err *err);

typedef struct ch_event_query {
    const char *since, *until;  /* "YYYY-MM-DD" or NULL */
    const char *lang;           /* language code or NULL */
    const char *q;              /* FTS5 query over the events' articles, or NULL */
    size_t min_outlets;
    size_t limit, offset;       /* limit 0 = 50 */
} ch_event_query;

/* JSON answers, Caller owns (ch_free). NULL with err: CH_ENOTFOUND for an
 * unknown id, CH_EPARSE for a bad search query, CH_EDB otherwise. */
char *ch_store_events_json(ch_store *s, const ch_event_query *q, ch_err *err);
char *ch_store_brief_json(ch_store *s, const char *event, ch_err *err);
char *ch_store_article_json(ch_store *s, const char *id, ch_err *err);
char *ch_store_search_json(ch_store *s, const char *q, size_t limit, ch_err *err);

/* The brief of an event in a format (CH_BRIEF_MD / CH_BRIEF_HTML /
 * CH_BRIEF_JSON), built from the stored articles, appended to out. */
int ch_store_brief_write(ch_store *s, const char *event, int format, ch_buf *out, ch_err *err);

/* Counts for a summary line. */
int ch_store_counts(ch_store *s, size_t *articles, size_t *events);

#endif
