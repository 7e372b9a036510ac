/* store.c - SQLite persistence, incremental clustering, cached briefs,
 * full-text search. */
#define _POSIX_C_SOURCE 200809L
#include "chorus/store.h"
#include "chorus/brief.h"
#include "chorus/cluster.h"
#include "chorus/extract.h"
#include "chorus/sketch.h"

#include <cJSON.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BRIEF_CACHE 128

struct ch_store {
    sqlite3 *db;
    ch_cluster *cl;       /* loaded lazily by the first ingest */
    char path[1024];
    /* briefs already read, valid while the file's data version stays */
    struct { char *id; char *json; } cache[BRIEF_CACHE];
    unsigned cache_next;
    unsigned cache_version;
    sqlite3_stmt *brief_stmt;
};

static void cache_clear(ch_store *s)
{
    for (int i = 0; i < BRIEF_CACHE; i++) {
        ch_free(s->cache[i].id);
        ch_free(s->cache[i].json);
        s->cache[i].id = s->cache[i].json = NULL;
    }
}

static const char *const migrations[] = {
    /* 1: the first schema */
    "CREATE TABLE articles("
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, url TEXT, source TEXT, title TEXT,"
    "  date TEXT, lang TEXT, place TEXT, agency TEXT, byline TEXT, text TEXT NOT NULL,"
    "  text_hash TEXT NOT NULL, sentences TEXT NOT NULL, extract TEXT, event TEXT, added INTEGER);"
    "CREATE INDEX articles_hash ON articles(text_hash);"
    "CREATE INDEX articles_url ON articles(url);"
    "CREATE INDEX articles_event ON articles(event);"
    "CREATE TABLE events(id TEXT PRIMARY KEY, title TEXT, date TEXT, place TEXT, outlets INTEGER,"
    "  languages TEXT, articles INTEGER, first_date TEXT, last_date TEXT, brief TEXT, updated INTEGER);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE TABLE state(key TEXT PRIMARY KEY, value BLOB);"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid',"
    "  tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN"
    "  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;"
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.rowid, old.title, old.text); END;",
    /* 2: the MinHash signature of each article (CH_SKETCH_K little-endian uint32), NULL when
     * the article has no shingles or was stored by schema 1 */
    "ALTER TABLE articles ADD COLUMN sketch BLOB;",
};

static int fail_db(ch_store *s, ch_err *err, const char *what)
{
    return CH_FAIL(err, CH_EDB, "%s: %s", what, sqlite3_errmsg(s->db));
}

ch_store *ch_store_open(const char *path, ch_err *err)
{
    ch_store *s = ch_calloc(1, sizeof *s);
    if (!s) { CH_FAIL(err, CH_ENOMEM, "out of memory"); return NULL; }
    snprintf(s->path, sizeof s->path, "%s", path);
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        CH_FAIL(err, CH_EDB, "cannot open database '%s': %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
        ch_store_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 10000);
    char *msg = NULL;
    if (sqlite3_exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", NULL, NULL, &msg) != SQLITE_OK) {
        CH_FAIL(err, CH_EDB, "cannot set up '%s': %s", path, msg ? msg : "?");
        sqlite3_free(msg);
        ch_store_close(s);
        return NULL;
    }
    sqlite3_stmt *st;
    int version = 0;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) version = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    if (version > CH_STORE_SCHEMA) {
        CH_FAIL(err, CH_EDB, "'%s' has schema %d, newer than this chorus (%d)", path, version, CH_STORE_SCHEMA);
        ch_store_close(s);
        return NULL;
    }
    for (int v = version; v < CH_STORE_SCHEMA; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d;", v + 1);
        if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(s->db, migrations[v], NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(s->db, pragma, NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(s->db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
            CH_FAIL(err, CH_EDB, "cannot migrate '%s' to schema %d: %s", path, v + 1, msg ? msg : sqlite3_errmsg(s->db));
            sqlite3_free(msg);
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            ch_store_close(s);
            return NULL;
        }
    }
    return s;
}

void ch_store_close(ch_store *s)
{
    if (!s) return;
    cache_clear(s);
    sqlite3_finalize(s->brief_stmt);
    ch_cluster_free(s->cl);
    sqlite3_close(s->db);
    ch_free(s);
}

/* ===== articles to and from rows ===== */

static char *sentences_json(const ch_article *a)
{
    ch_buf b = CH_BUF_INIT;
    ch_buf_putc(&b, '[');
    for (size_t i = 0; i < a->n_sentences; i++)
        ch_buf_printf(&b, "%s[%zu,%zu]", i ? "," : "", a->sentences[i].start, a->sentences[i].end);
    ch_buf_putc(&b, ']');
    return ch_buf_detach(&b, NULL);
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

static const char *col(sqlite3_stmt *st, int i) { return (const char *)sqlite3_column_text(st, i); }

#define ARTICLE_COLS "id, url, source, title, date, lang, place, agency, byline, text, sentences, event"

static ch_article *article_from_row(sqlite3_stmt *st)
{
    ch_article *a = ch_article_new();
    if (!a) return NULL;
    const char **f[] = {&a->id, &a->url, &a->source, &a->title, &a->date, &a->lang, &a->place, &a->agency, &a->byline};
    for (int i = 0; i < 9; i++) {
        const char *v = col(st, i);
        *f[i] = v ? ch_article_strdup(a, v, strlen(v)) : NULL;
    }
    const char *t = col(st, 9);
    a->text = ch_article_strdup(a, t ? t : "", t ? strlen(t) : 0);
    a->text_len = t ? strlen(t) : 0;
    const char *ev = col(st, 11);
    a->event = ev ? ch_article_strdup(a, ev, strlen(ev)) : NULL;
    cJSON *js = cJSON_Parse(col(st, 10) ? col(st, 10) : "[]");
    size_t n = (size_t)cJSON_GetArraySize(js);
    a->sentences = ch_arena_alloc(&a->arena, (n ? n : 1) * sizeof *a->sentences);
    cJSON *e;
    cJSON_ArrayForEach(e, js)
    {
        double x = cJSON_GetNumberValue(cJSON_GetArrayItem(e, 0)), y = cJSON_GetNumberValue(cJSON_GetArrayItem(e, 1));
        if (a->sentences && x >= 0 && y >= x && y <= (double)a->text_len)
            a->sentences[a->n_sentences++] = (ch_span){(size_t)x, (size_t)y};
    }
    cJSON_Delete(js);
    return a;
}

static size_t load_event(ch_store *s, const char *event, ch_article ***out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT " ARTICLE_COLS " FROM articles WHERE event = ? ORDER BY rowid", -1, &st, NULL) != SQLITE_OK)
        return 0;
    bind_text(st, 1, event);
    size_t n = 0, cap = 0;
    ch_article **v = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            ch_article **nv = ch_realloc(v, cap * sizeof *nv);
            if (!nv) break;
            v = nv;
        }
        ch_article *a = article_from_row(st);
        if (a) v[n++] = a;
    }
    sqlite3_finalize(st);
    *out = v;
    return n;
}

static void free_articles(ch_article **v, size_t n)
{
    for (size_t i = 0; i < n; i++) ch_article_free(v[i]);
    ch_free(v);
}

/* extractions of one article as JSON (quotes, entities, figures) */
static char *extract_json(const ch_article *a)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_entity *e;
    size_t ne;
    ch_quote *q;
    size_t nq = 0;
    ch_figure *f;
    size_t nf = 0;
    cJSON *o = cJSON_CreateObject();
    if (ch_extract_entities(a, &ar, &e, &ne) == CH_OK) {
        cJSON *arr = cJSON_AddArrayToObject(o, "entities");
        for (size_t i = 0; i < ne; i++) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "name", e[i].name);
            cJSON_AddStringToObject(x, "type", ch_entity_type_name(e[i].type));
            cJSON_AddNumberToObject(x, "mentions", e[i].mentions);
            cJSON_AddItemToArray(arr, x);
        }
        if (ch_extract_quotes(a, e, ne, &ar, &q, &nq) == CH_OK) {
            arr = cJSON_AddArrayToObject(o, "quotes");
            for (size_t i = 0; i < nq; i++) {
                cJSON *x = cJSON_CreateObject();
                cJSON_AddItemToObject(x, "speaker", q[i].speaker ? cJSON_CreateString(q[i].speaker) : cJSON_CreateNull());
                cJSON_AddStringToObject(x, "text", q[i].text);
                cJSON_AddNumberToObject(x, "start", (double)q[i].start);
                cJSON_AddNumberToObject(x, "end", (double)q[i].end);
                cJSON_AddStringToObject(x, "kind", ch_quote_kind_name(q[i].kind));
                cJSON_AddItemToArray(arr, x);
            }
        }
    }
    if (ch_extract_figures(a, &ar, &f, &nf) == CH_OK) {
        cJSON *arr = cJSON_AddArrayToObject(o, "figures");
        for (size_t i = 0; i < nf; i++) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "text", f[i].text);
            cJSON_AddStringToObject(x, "kind", ch_figure_kind_name(f[i].kind));
            cJSON_AddNumberToObject(x, "value", f[i].value);
            cJSON_AddNumberToObject(x, "start", (double)f[i].start);
            cJSON_AddNumberToObject(x, "end", (double)f[i].end);
            cJSON_AddItemToArray(arr, x);
        }
    }
    char *js = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    ch_arena_release(&ar);
    char *res = js ? ch_strndup(js, strlen(js)) : NULL;
    cJSON_free(js);
    return res;
}

/* ===== ingest ===== */

static int load_cluster(ch_store *s, ch_err *err)
{
    if (s->cl) return CH_OK;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM state WHERE key = 'cluster'", -1, &st, NULL) != SQLITE_OK)
        return fail_db(s, err, "cannot read the clustering state");
    if (sqlite3_step(st) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(st, 0);
        int n = sqlite3_column_bytes(st, 0);
        FILE *f = n > 0 ? fmemopen((void *)blob, (size_t)n, "rb") : NULL;
        if (f) {
            s->cl = ch_cluster_load_fp(f, NULL);
            fclose(f);
        }
        if (!s->cl) {
            sqlite3_finalize(st);
            return CH_FAIL(err, CH_EDB, "the clustering state in '%s' is damaged", s->path);
        }
    } else {
        s->cl = ch_cluster_new(NULL);
    }
    sqlite3_finalize(st);
    return s->cl ? CH_OK : CH_FAIL(err, CH_ENOMEM, "out of memory");
}

static int save_cluster(ch_store *s, ch_err *err)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return CH_FAIL(err, CH_ENOMEM, "out of memory");
    int rc = ch_cluster_save_fp(s->cl, f);
    fclose(f);
    if (rc < 0) { free(buf); return CH_FAIL(err, CH_EIO, "cannot serialize the clustering state"); }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO state(key, value) VALUES('cluster', ?)", -1, &st, NULL) != SQLITE_OK) {
        free(buf);
        return fail_db(s, err, "cannot save the clustering state");
    }
    sqlite3_bind_blob64(st, 1, buf, len, SQLITE_TRANSIENT);
    rc = sqlite3_step(st) == SQLITE_DONE ? CH_OK : fail_db(s, err, "cannot save the clustering state");
    sqlite3_finalize(st);
    free(buf);
    return rc;
}

static char *langs_json(const ch_brief *b)
{
    ch_buf o = CH_BUF_INIT;
    ch_buf_putc(&o, '[');
    for (size_t i = 0; i < b->n_languages; i++) ch_buf_printf(&o, "%s\"%s\"", i ? "," : "", b->languages[i]);
    ch_buf_putc(&o, ']');
    return ch_buf_detach(&o, NULL);
}

/* rebuild the cached brief and card of one event */
static int refresh_event(ch_store *s, const char *event, ch_err *err)
{
    ch_article **arts;
    size_t n = load_event(s, event, &arts);
    sqlite3_stmt *st;
    if (!n) {
        if (sqlite3_prepare_v2(s->db, "DELETE FROM events WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
            return fail_db(s, err, "cannot update events");
        bind_text(st, 1, event);
        int rc = sqlite3_step(st) == SQLITE_DONE ? CH_OK : fail_db(s, err, "cannot update events");
        sqlite3_finalize(st);
        return rc;
    }
    ch_brief *b = ch_brief_build(arts, n, event, NULL, err);
    if (!b) { free_articles(arts, n); return CH_ENOMEM; }
    ch_buf js = CH_BUF_INIT;
    ch_brief_write(b, CH_BRIEF_JSON, &js);
    char *langs = langs_json(b);
    int rc = CH_OK;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT OR REPLACE INTO events(id, title, date, place, outlets, languages, articles,"
                           " first_date, last_date, brief, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = fail_db(s, err, "cannot update events");
    } else {
        bind_text(st, 1, event);
        bind_text(st, 2, b->title);
        bind_text(st, 3, b->date[0] ? b->date : (b->first_date[0] ? b->first_date : NULL));
        bind_text(st, 4, b->place);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)b->n_outlets);
        bind_text(st, 6, langs);
        sqlite3_bind_int64(st, 7, (sqlite3_int64)n);
        bind_text(st, 8, b->first_date[0] ? b->first_date : NULL);
        bind_text(st, 9, b->last_date[0] ? b->last_date : NULL);
        if (js.len && js.data[js.len - 1] == '\n') js.data[--js.len] = '\0';
        bind_text(st, 10, js.data);
        sqlite3_bind_int64(st, 11, (sqlite3_int64)time(NULL));
        if (sqlite3_step(st) != SQLITE_DONE) rc = fail_db(s, err, "cannot update events");
        sqlite3_finalize(st);
    }
    ch_free(langs);
    ch_buf_release(&js);
    ch_brief_free(b);
    free_articles(arts, n);
    return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int ch_store_ingest(ch_store *s, ch_article **arts, size_t n, ch_store_stats *stats, ch_err *err)
{
    memset(stats, 0, sizeof *stats);
    int rc = load_cluster(s, err);
    if (rc < 0) return rc;
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) return fail_db(s, err, "cannot start a transaction");
    sqlite3_stmt *dup = NULL, *ins = NULL, *upd = NULL;
    size_t first_new = ch_cluster_count(s->cl);
    size_t n0 = first_new;
    char **before = NULL; /* events of the old articles before this batch */
    char **touched = NULL;
    size_t n_touched = 0, cap_touched = 0;
    ch_article **added = ch_malloc((n ? n : 1) * sizeof *added);
    size_t n_added = 0;
    if (!added) { rc = CH_FAIL(err, CH_ENOMEM, "out of memory"); goto fail; }
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM articles WHERE id = ? OR text_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
                           -1, &dup, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "INSERT INTO articles(id, url, source, title, date, lang, place, agency, byline, text,"
                                  " text_hash, sentences, extract, added, sketch) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &ins, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "UPDATE articles SET event = ? WHERE id = ?", -1, &upd, NULL) != SQLITE_OK) {
        rc = fail_db(s, err, "cannot prepare statements");
        goto fail;
    }
    for (size_t i = 0; i < n; i++) {
        const ch_article *a = arts[i];
        ch_sketch sk;
        if (ch_sketch_compute(a, &sk) < 0) { rc = CH_FAIL(err, CH_ENOMEM, "out of memory"); goto fail; }
        char hash[24];
        snprintf(hash, sizeof hash, "%016llx", (unsigned long long)sk.text_hash);
        unsigned char sig[CH_SKETCH_K * 4];
        int has_sig = sk.n_shingles > 0;
        for (size_t k = 0; k < CH_SKETCH_K; k++)
            for (int b = 0; b < 4; b++) sig[k * 4 + (size_t)b] = (unsigned char)(sk.minhash[k] >> (8 * b));
        ch_sketch_release(&sk);
        /* a duplicate inside this batch counts too: the insert's UNIQUE(id) or hash check */
        sqlite3_reset(dup);
        bind_text(dup, 1, a->id);
        bind_text(dup, 2, hash);
        bind_text(dup, 3, a->url);
        int d = sqlite3_step(dup);
        if (d == SQLITE_ROW) { stats->duplicates++; continue; }
        if (d != SQLITE_DONE) { rc = fail_db(s, err, "cannot check duplicates"); goto fail; }
        char *sj = sentences_json(a), *xj = extract_json(a);
        sqlite3_reset(ins);
        bind_text(ins, 1, a->id);
        bind_text(ins, 2, a->url);
        bind_text(ins, 3, a->source);
        bind_text(ins, 4, a->title);
        bind_text(ins, 5, a->date);
        bind_text(ins, 6, a->lang);
        bind_text(ins, 7, a->place);
        bind_text(ins, 8, a->agency);
        bind_text(ins, 9, a->byline);
        bind_text(ins, 10, a->text);
        bind_text(ins, 11, hash);
        bind_text(ins, 12, sj);
        bind_text(ins, 13, xj);
        sqlite3_bind_int64(ins, 14, (sqlite3_int64)time(NULL));
        if (has_sig) sqlite3_bind_blob(ins, 15, sig, (int)sizeof sig, SQLITE_TRANSIENT);
        else sqlite3_bind_null(ins, 15);
        int r = sqlite3_step(ins);
        ch_free(sj);
        ch_free(xj);
        if (r != SQLITE_DONE) { rc = fail_db(s, err, "cannot store an article"); goto fail; }
        added[n_added++] = arts[i];
        stats->added++;
    }
    if (n_added) {
        before = ch_calloc(n0 ? n0 : 1, sizeof *before);
        if (!before) { rc = CH_FAIL(err, CH_ENOMEM, "out of memory"); goto fail; }
        for (size_t i = 0; i < n0; i++) {
            const char *e = ch_cluster_event(s->cl, i);
            before[i] = e ? ch_strndup(e, strlen(e)) : NULL;
        }
        for (size_t i = 0; i < n_added; i++)
            if (ch_cluster_add(s->cl, added[i]) < 0) { rc = CH_FAIL(err, CH_ENOMEM, "out of memory"); goto fail; }
        if (ch_cluster_run(s->cl) < 0) { rc = CH_FAIL(err, CH_ENOMEM, "out of memory"); goto fail; }
        size_t total = ch_cluster_count(s->cl);
        for (size_t i = 0; i < total; i++) {
            const char *e = ch_cluster_event(s->cl, i);
            int changed = i >= first_new || !before[i] || strcmp(before[i], e);
            if (!changed) continue;
            sqlite3_reset(upd);
            bind_text(upd, 1, e);
            bind_text(upd, 2, ch_cluster_id(s->cl, i));
            if (sqlite3_step(upd) != SQLITE_DONE) { rc = fail_db(s, err, "cannot update events"); goto fail; }
            const char *ev2[2] = {e, i < n0 ? before[i] : NULL};
            for (int k = 0; k < 2; k++) {
                if (!ev2[k]) continue;
                if (n_touched == cap_touched) {
                    cap_touched = cap_touched ? cap_touched * 2 : 64;
                    char **nt = ch_realloc(touched, cap_touched * sizeof *nt);
                    if (!nt) { rc = CH_FAIL(err, CH_ENOMEM, "out of memory"); goto fail; }
                    touched = nt;
                }
                touched[n_touched++] = ch_strndup(ev2[k], strlen(ev2[k]));
            }
        }
        ch_qsort(touched, n_touched, sizeof *touched, cmp_str);
        size_t u = 0;
        for (size_t i = 0; i < n_touched; i++) {
            if (u && !strcmp(touched[i], touched[u - 1])) { ch_free(touched[i]); continue; }
            touched[u++] = touched[i];
        }
        n_touched = u;
        for (size_t i = 0; i < n_touched; i++)
            if ((rc = refresh_event(s, touched[i], err)) < 0) goto fail;
        stats->events = n_touched;
        if ((rc = save_cluster(s, err)) < 0) goto fail;
    }
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) { rc = fail_db(s, err, "cannot commit"); goto fail; }
    rc = CH_OK;
    goto done;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    /* the in-memory clustering may hold this batch: reload it */
    ch_cluster_free(s->cl);
    s->cl = NULL;
    stats->added = 0;
done:
    sqlite3_finalize(dup);
    sqlite3_finalize(ins);
    sqlite3_finalize(upd);
    for (size_t i = 0; before && i < n0; i++) ch_free(before[i]);
    ch_free(before);
    for (size_t i = 0; i < n_touched; i++) ch_free(touched[i]);
    ch_free(touched);
    ch_free(added);
    return rc;
}

/* ===== queries ===== */

static char *detach_json(cJSON *o)
{
    char *js = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    if (!js) return NULL;
    char *r = ch_strndup(js, strlen(js));
    cJSON_free(js);
    return r;
}

char *ch_store_events_json(ch_store *s, const ch_event_query *q, ch_err *err)
{
    ch_buf sql = CH_BUF_INIT;
    ch_buf_printf(&sql, "SELECT id, title, date, place, outlets, languages, articles, first_date, last_date,"
                        " count(*) OVER () FROM events WHERE 1");
    if (q->since) ch_buf_printf(&sql, " AND date >= ?1");
    if (q->until) ch_buf_printf(&sql, " AND date <= ?2");
    if (q->lang) ch_buf_printf(&sql, " AND languages LIKE '%%\"' || ?3 || '\"%%'");
    if (q->min_outlets) ch_buf_printf(&sql, " AND outlets >= ?4");
    if (q->q) ch_buf_printf(&sql, " AND id IN (SELECT a.event FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                                  " WHERE articles_fts MATCH ?5)");
    ch_buf_printf(&sql, " ORDER BY date IS NULL, date DESC, articles DESC, id LIMIT ?6 OFFSET ?7");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        ch_buf_release(&sql);
        fail_db(s, err, "cannot list events");
        return NULL;
    }
    ch_buf_release(&sql);
    bind_text(st, 1, q->since);
    bind_text(st, 2, q->until);
    bind_text(st, 3, q->lang);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)q->min_outlets);
    bind_text(st, 5, q->q);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)(q->limit ? q->limit : 50));
    sqlite3_bind_int64(st, 7, (sqlite3_int64)q->offset);
    cJSON *o = cJSON_CreateObject(), *arr = cJSON_AddArrayToObject(o, "events");
    sqlite3_int64 total = 0;
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "id", col(st, 0));
        cJSON_AddItemToObject(e, "title", col(st, 1) ? cJSON_CreateString(col(st, 1)) : cJSON_CreateNull());
        cJSON_AddItemToObject(e, "date", col(st, 2) ? cJSON_CreateString(col(st, 2)) : cJSON_CreateNull());
        cJSON_AddItemToObject(e, "place", col(st, 3) ? cJSON_CreateString(col(st, 3)) : cJSON_CreateNull());
        cJSON_AddNumberToObject(e, "outlets", sqlite3_column_int(st, 4));
        cJSON *lg = cJSON_Parse(col(st, 5) ? col(st, 5) : "[]");
        cJSON_AddItemToObject(e, "languages", lg ? lg : cJSON_CreateArray());
        cJSON_AddNumberToObject(e, "articles", sqlite3_column_int(st, 6));
        cJSON_AddItemToObject(e, "first_date", col(st, 7) ? cJSON_CreateString(col(st, 7)) : cJSON_CreateNull());
        cJSON_AddItemToObject(e, "last_date", col(st, 8) ? cJSON_CreateString(col(st, 8)) : cJSON_CreateNull());
        total = sqlite3_column_int64(st, 9);
        cJSON_AddItemToArray(arr, e);
    }
    if (r != SQLITE_DONE) {
        int parse = q->q && strstr(sqlite3_errmsg(s->db), "fts5");
        CH_FAIL(err, parse ? CH_EPARSE : CH_EDB, "%s", sqlite3_errmsg(s->db));
        sqlite3_finalize(st);
        cJSON_Delete(o);
        return NULL;
    }
    sqlite3_finalize(st);
    cJSON_AddNumberToObject(o, "total", (double)total);
    return detach_json(o);
}

char *ch_store_brief_json(ch_store *s, const char *event, ch_err *err)
{
    /* the data version moves with every commit to the file, by anyone */
    unsigned v = 0;
    if (sqlite3_file_control(s->db, "main", SQLITE_FCNTL_DATA_VERSION, &v) != SQLITE_OK || v != s->cache_version) {
        cache_clear(s);
        s->cache_version = v;
    }
    for (int i = 0; i < BRIEF_CACHE; i++)
        if (s->cache[i].id && !strcmp(s->cache[i].id, event)) return ch_strndup(s->cache[i].json, strlen(s->cache[i].json));
    if (!s->brief_stmt && sqlite3_prepare_v2(s->db, "SELECT brief FROM events WHERE id = ?", -1, &s->brief_stmt, NULL) != SQLITE_OK) {
        fail_db(s, err, "cannot read events");
        return NULL;
    }
    sqlite3_stmt *st = s->brief_stmt;
    sqlite3_reset(st);
    bind_text(st, 1, event);
    char *res = NULL;
    if (sqlite3_step(st) == SQLITE_ROW && col(st, 0)) {
        res = ch_strndup(col(st, 0), strlen(col(st, 0)));
        unsigned k = s->cache_next++ % BRIEF_CACHE;
        ch_free(s->cache[k].id);
        ch_free(s->cache[k].json);
        s->cache[k].id = ch_strndup(event, strlen(event));
        s->cache[k].json = res ? ch_strndup(res, strlen(res)) : NULL;
        if (!s->cache[k].id || !s->cache[k].json) {
            ch_free(s->cache[k].id);
            ch_free(s->cache[k].json);
            s->cache[k].id = s->cache[k].json = NULL;
        }
    } else {
        CH_FAIL(err, CH_ENOTFOUND, "no event '%s'", event);
    }
    sqlite3_reset(st);
    return res;
}

int ch_store_brief_write(ch_store *s, const char *event, int format, ch_buf *out, ch_err *err)
{
    ch_article **arts;
    size_t n = load_event(s, event, &arts);
    if (!n) return CH_FAIL(err, CH_ENOTFOUND, "no event '%s'", event);
    ch_brief *b = ch_brief_build(arts, n, event, NULL, err);
    int rc = b ? ch_brief_write(b, format, out) : CH_ENOMEM;
    ch_brief_free(b);
    free_articles(arts, n);
    return rc;
}

char *ch_store_article_json(ch_store *s, const char *id, ch_err *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT " ARTICLE_COLS ", extract FROM articles WHERE id = ?", -1, &st, NULL) != SQLITE_OK) {
        fail_db(s, err, "cannot read articles");
        return NULL;
    }
    bind_text(st, 1, id);
    char *res = NULL;
    if (sqlite3_step(st) == SQLITE_ROW) {
        static const char *const names[] = {"id", "url", "source", "title", "date", "lang", "place", "agency", "byline", "text"};
        cJSON *o = cJSON_CreateObject();
        for (int i = 0; i < 10; i++)
            cJSON_AddItemToObject(o, names[i], col(st, i) ? cJSON_CreateString(col(st, i)) : cJSON_CreateNull());
        cJSON_AddItemToObject(o, "event", col(st, 11) ? cJSON_CreateString(col(st, 11)) : cJSON_CreateNull());
        cJSON *sj = cJSON_Parse(col(st, 10) ? col(st, 10) : "[]");
        cJSON_AddItemToObject(o, "sentences", sj ? sj : cJSON_CreateArray());
        cJSON *xj = cJSON_Parse(col(st, 12) ? col(st, 12) : "{}");
        cJSON *k;
        cJSON_ArrayForEach(k, xj) { (void)k; }
        if (xj) {
            cJSON *item = xj->child;
            while (item) {
                cJSON *next = item->next;
                cJSON_DetachItemViaPointer(xj, item);
                cJSON_AddItemToObject(o, item->string, item);
                item = next;
            }
            cJSON_Delete(xj);
        }
        res = detach_json(o);
    } else {
        CH_FAIL(err, CH_ENOTFOUND, "no article '%s'", id);
    }
    sqlite3_finalize(st);
    return res;
}

/* snippet markers \x01 \x02 -> <mark></mark>, everything else escaped */
static char *html_snippet(const char *s)
{
    ch_buf b = CH_BUF_INIT;
    for (; s && *s; s++) {
        switch (*s) {
        case '\x01': ch_buf_append(&b, "<mark>", 6); break;
        case '\x02': ch_buf_append(&b, "</mark>", 7); break;
        case '<': ch_buf_append(&b, "&lt;", 4); break;
        case '>': ch_buf_append(&b, "&gt;", 4); break;
        case '&': ch_buf_append(&b, "&amp;", 5); break;
        case '"': ch_buf_append(&b, "&quot;", 6); break;
        default: ch_buf_putc(&b, *s);
        }
    }
    return ch_buf_detach(&b, NULL);
}

char *ch_store_search_json(ch_store *s, const char *q, size_t limit, ch_err *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT a.id, a.title, a.event, e.title,"
                           " snippet(articles_fts, 1, char(1), char(2), '…', 16), bm25(articles_fts) AS rank"
                           " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                           " LEFT JOIN events e ON e.id = a.event"
                           " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                           -1, &st, NULL) != SQLITE_OK) {
        fail_db(s, err, "cannot search");
        return NULL;
    }
    bind_text(st, 1, q);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)(limit ? limit : 50));
    cJSON *o = cJSON_CreateObject(), *res = cJSON_AddArrayToObject(o, "results");
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        const char *ev = col(st, 2) ? col(st, 2) : "";
        cJSON *group = NULL, *g;
        cJSON_ArrayForEach(g, res)
            if (!strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(g, "event")), ev)) group = g;
        if (!group) {
            group = cJSON_CreateObject();
            cJSON_AddStringToObject(group, "event", ev);
            cJSON_AddItemToObject(group, "title", col(st, 3) ? cJSON_CreateString(col(st, 3)) : cJSON_CreateNull());
            cJSON_AddArrayToObject(group, "articles");
            cJSON_AddItemToArray(res, group);
        }
        cJSON *a = cJSON_CreateObject();
        cJSON_AddStringToObject(a, "id", col(st, 0));
        cJSON_AddItemToObject(a, "title", col(st, 1) ? cJSON_CreateString(col(st, 1)) : cJSON_CreateNull());
        char *sn = html_snippet(col(st, 4));
        cJSON_AddStringToObject(a, "snippet", sn ? sn : "");
        ch_free(sn);
        cJSON_AddNumberToObject(a, "rank", sqlite3_column_double(st, 5));
        cJSON_AddItemToArray(cJSON_GetObjectItem(group, "articles"), a);
    }
    if (r != SQLITE_DONE) {
        CH_FAIL(err, CH_EPARSE, "bad search query: %s", sqlite3_errmsg(s->db));
        sqlite3_finalize(st);
        cJSON_Delete(o);
        return NULL;
    }
    sqlite3_finalize(st);
    return detach_json(o);
}

int ch_store_counts(ch_store *s, size_t *articles, size_t *events)
{
    sqlite3_stmt *st;
    *articles = *events = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)", -1, &st, NULL) != SQLITE_OK)
        return CH_EDB;
    if (sqlite3_step(st) == SQLITE_ROW) {
        *articles = (size_t)sqlite3_column_int64(st, 0);
        *events = (size_t)sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return CH_OK;
}
