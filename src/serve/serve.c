/* serve.c - HTTP API and web page on libmicrohttpd. */
#define _GNU_SOURCE
#include "chorus/serve.h"
#include "chorus/ingest.h"
#include "chorus/store.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ch__asset {
    const char *path, *type;
    const unsigned char *data;
    size_t len;
};
extern const struct ch__asset ch__assets[];

struct ch_server {
    struct MHD_Daemon *d;
    ch_server_opts o;
    char db[1024];
    pthread_mutex_t write_lock;  /* one POST ingest at a time */
    pthread_key_t key;           /* per-thread ch_store */
};

static void close_store(void *p) { ch_store_close(p); }

static ch_store *thread_store(struct ch_server *s, ch_err *err)
{
    ch_store *st = pthread_getspecific(s->key);
    if (!st) {
        st = ch_store_open(s->db, err);
        if (st) pthread_setspecific(s->key, st);
    }
    return st;
}

static enum MHD_Result send_buf(struct MHD_Connection *c, unsigned code, const char *type, const void *data,
                                size_t len, enum MHD_ResponseMemoryMode mode)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(len, (void *)data, mode);
    if (!r) return MHD_NO;
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    enum MHD_Result ret = MHD_queue_response(c, code, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result send_json(struct MHD_Connection *c, unsigned code, char *owned)
{
    size_t n = strlen(owned);
    char *copy = malloc(n + 1); /* MHD frees with free() */
    if (!copy) { ch_free(owned); return MHD_NO; }
    memcpy(copy, owned, n + 1);
    ch_free(owned);
    return send_buf(c, code, "application/json; charset=utf-8", copy, n, MHD_RESPMEM_MUST_FREE);
}

static enum MHD_Result send_error(struct MHD_Connection *c, unsigned code, const char *msg)
{
    ch_buf b = CH_BUF_INIT;
    ch_buf_printf(&b, "{\"error\":\"");
    for (const char *p = msg; *p; p++) {
        if (*p == '"' || *p == '\\') ch_buf_putc(&b, '\\');
        if ((unsigned char)*p < 0x20) continue;
        ch_buf_putc(&b, *p);
    }
    ch_buf_printf(&b, "\"}");
    return send_json(c, code, ch_buf_detach(&b, NULL));
}

static unsigned code_of(int err)
{
    switch (err) {
    case CH_ENOTFOUND: return MHD_HTTP_NOT_FOUND;
    case CH_EPARSE:
    case CH_EINVAL: return MHD_HTTP_BAD_REQUEST;
    default: return MHD_HTTP_INTERNAL_SERVER_ERROR;
    }
}

static int valid_date(const char *s)
{
    if (!s) return 1;
    if (strlen(s) != 10) return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i])) return 0;
    return 1;
}

static int parse_uint(const char *s, size_t *out, size_t max)
{
    if (!s) return 1;
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 0 || (size_t)v > max) return 0;
    *out = (size_t)v;
    return 1;
}

/* ===== POST /api/articles ===== */

typedef struct {
    int is_post;
    ch_buf body;
    int too_big;
} req_ctx;

typedef struct {
    ch_article **v;
    size_t n, cap;
    char first_warning[300];
    size_t warnings;
} post_batch;

static int post_article(ch_article *a, void *ctx)
{
    post_batch *b = ctx;
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        ch_article **nv = ch_realloc(b->v, cap * sizeof *nv);
        if (!nv) { ch_article_free(a); return CH_ENOMEM; }
        b->v = nv;
        b->cap = cap;
    }
    b->v[b->n++] = a;
    return CH_OK;
}

static void post_warn(const ch_err *e, int skipped, void *ctx)
{
    post_batch *b = ctx;
    if (!skipped && e->code == CH_EUTF8) return; /* repaired, kept */
    if (!b->warnings++) snprintf(b->first_warning, sizeof b->first_warning, "line %zu: %s", e->record, e->msg);
}

static enum MHD_Result handle_post(struct ch_server *s, struct MHD_Connection *c, req_ctx *rq)
{
    if (rq->too_big) return send_error(c, MHD_HTTP_CONTENT_TOO_LARGE, "request body too large");
    if (!rq->body.len) return send_error(c, MHD_HTTP_BAD_REQUEST, "empty body: send JSON lines");
    char path[] = "/tmp/chorus-post-XXXXXX.jsonl";
    int fd = mkstemps(path, 6);
    if (fd < 0) return send_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot buffer the request");
    ssize_t w = write(fd, rq->body.data, rq->body.len);
    close(fd);
    if (w != (ssize_t)rq->body.len) { unlink(path); return send_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot buffer the request"); }
    post_batch b = {0};
    ch_ingest_opts io = {0};
    io.on_article = post_article;
    io.on_warn = post_warn;
    io.ctx = &b;
    io.max_record = s->o.max_body ? s->o.max_body : (16u << 20);
    ch_ingest *ing = ch_ingest_new(&io, NULL);
    if (ing) {
        ch_ingest_path(ing, path);
        ch_ingest_free(ing);
    }
    unlink(path);
    enum MHD_Result ret;
    if (!ing) {
        ret = send_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "cannot read the request");
    } else if (b.warnings) {
        char msg[400];
        snprintf(msg, sizeof msg, "nothing stored: %s", b.first_warning);
        ret = send_error(c, MHD_HTTP_BAD_REQUEST, msg);
    } else if (!b.n) {
        ret = send_error(c, MHD_HTTP_BAD_REQUEST, "no articles in the body");
    } else {
        ch_err err = {0};
        ch_store *st = thread_store(s, &err);
        ch_store_stats stats = {0};
        pthread_mutex_lock(&s->write_lock);
        int rc = st ? ch_store_ingest(st, b.v, b.n, &stats, &err) : CH_EDB;
        pthread_mutex_unlock(&s->write_lock);
        if (rc < 0) {
            ret = send_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, err.msg);
        } else {
            ch_buf o = CH_BUF_INIT;
            ch_buf_printf(&o, "{\"added\":%zu,\"duplicates\":%zu,\"skipped\":0,\"events\":%zu}", stats.added,
                          stats.duplicates, stats.events);
            ret = send_json(c, MHD_HTTP_OK, ch_buf_detach(&o, NULL));
        }
    }
    for (size_t i = 0; i < b.n; i++) ch_article_free(b.v[i]);
    ch_free(b.v);
    return ret;
}

/* ===== routing ===== */

static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                               const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
    (void)version;
    struct ch_server *s = cls;
    if (!*con_cls) {
        req_ctx *rq = ch_calloc(1, sizeof *rq);
        if (!rq) return MHD_NO;
        rq->is_post = !strcmp(method, "POST");
        *con_cls = rq;
        return MHD_YES;
    }
    req_ctx *rq = *con_cls;
    if (rq->is_post && *upload_size) {
        size_t max = s->o.max_body ? s->o.max_body : (16u << 20);
        if (rq->body.len + *upload_size > max) rq->too_big = 1;
        else ch_buf_append(&rq->body, upload, *upload_size);
        *upload_size = 0;
        return MHD_YES;
    }
    /* static paths never hold ".." or "//"; ids under /api/ may ("https://...") */
    if (strncmp(url, "/api/", 5) && (strstr(url, "..") || strstr(url, "//")))
        return send_error(c, MHD_HTTP_BAD_REQUEST, "bad path");
    int get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    if (!strcmp(url, "/api/articles") && rq->is_post) return handle_post(s, c, rq);
    if (!get) return send_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, "method not allowed");
    for (const struct ch__asset *a = ch__assets; a->path; a++)
        if (!strcmp(url, a->path)) return send_buf(c, MHD_HTTP_OK, a->type, a->data, a->len, MHD_RESPMEM_PERSISTENT);
    ch_err err = {0};
    if (!strcmp(url, "/healthz")) {
        ch_store *st = thread_store(s, &err);
        size_t na = 0, ne = 0;
        if (!st || ch_store_counts(st, &na, &ne) < 0) return send_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "database unavailable");
        ch_buf o = CH_BUF_INIT;
        ch_buf_printf(&o, "{\"ok\":true,\"articles\":%zu,\"events\":%zu}", na, ne);
        return send_json(c, MHD_HTTP_OK, ch_buf_detach(&o, NULL));
    }
    if (strncmp(url, "/api/", 5)) return send_error(c, MHD_HTTP_NOT_FOUND, "not found");
    ch_store *st = thread_store(s, &err);
    if (!st) return send_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, err.msg);
    char *js = NULL;
    if (!strcmp(url, "/api/events")) {
        ch_event_query q = {0};
        q.since = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "since");
        q.until = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "until");
        q.lang = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang");
        q.q = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "q");
        if (q.since && !*q.since) q.since = NULL;
        if (q.until && !*q.until) q.until = NULL;
        if (q.lang && !*q.lang) q.lang = NULL;
        if (q.q && !*q.q) q.q = NULL;
        if (!valid_date(q.since) || !valid_date(q.until)) return send_error(c, MHD_HTTP_BAD_REQUEST, "dates are YYYY-MM-DD");
        if (q.lang && (strlen(q.lang) > 8 || strchr(q.lang, '"') || strchr(q.lang, '%')))
            return send_error(c, MHD_HTTP_BAD_REQUEST, "bad lang");
        q.limit = 50;
        if (!parse_uint(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "limit"), &q.limit, 1000) ||
            !parse_uint(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "offset"), &q.offset, 100000000) ||
            !parse_uint(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "min_outlets"), &q.min_outlets, 100000))
            return send_error(c, MHD_HTTP_BAD_REQUEST, "limit, offset and min_outlets are whole numbers (limit <= 1000)");
        if (!q.limit) q.limit = 50;
        js = ch_store_events_json(st, &q, &err);
    } else if (!strncmp(url, "/api/events/", 12) && url[12]) {
        js = ch_store_brief_json(st, url + 12, &err);
    } else if (!strncmp(url, "/api/articles/", 14) && url[14]) {
        js = ch_store_article_json(st, url + 14, &err);
    } else if (!strcmp(url, "/api/search")) {
        const char *q = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "q");
        if (!q || !*q) return send_error(c, MHD_HTTP_BAD_REQUEST, "missing q");
        size_t limit = 50;
        if (!parse_uint(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "limit"), &limit, 1000))
            return send_error(c, MHD_HTTP_BAD_REQUEST, "bad limit");
        js = ch_store_search_json(st, q, limit, &err);
    } else {
        return send_error(c, MHD_HTTP_NOT_FOUND, "not found");
    }
    if (!js) return send_error(c, code_of(err.code), err.msg);
    return send_json(c, MHD_HTTP_OK, js);
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)c;
    (void)toe;
    req_ctx *rq = *con_cls;
    if (!rq) return;
    ch_buf_release(&rq->body);
    ch_free(rq);
    *con_cls = NULL;
}

ch_server *ch_server_start(const ch_server_opts *opts, ch_err *err)
{
    struct ch_server *s = ch_calloc(1, sizeof *s);
    if (!s) { CH_FAIL(err, CH_ENOMEM, "out of memory"); return NULL; }
    s->o = *opts;
    snprintf(s->db, sizeof s->db, "%s", opts->db);
    pthread_mutex_init(&s->write_lock, NULL);
    pthread_key_create(&s->key, close_store);
    /* the database must open (and migrate) before we listen */
    ch_store *probe = ch_store_open(s->db, err);
    if (!probe) { ch_server_stop(s); return NULL; }
    ch_store_close(probe);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)(opts->port ? opts->port : 8080));
    const char *host = opts->host ? opts->host : "127.0.0.1";
    if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
        CH_FAIL(err, CH_EINVAL, "bad host address '%s' (an IPv4 address)", host);
        ch_server_stop(s);
        return NULL;
    }
    s->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG, 0, NULL, NULL,
                            handler, s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                            MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(opts->threads ? opts->threads : 4),
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)(opts->max_connections ? opts->max_connections : 512),
                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(opts->timeout ? opts->timeout : 30),
                            MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
                            MHD_OPTION_NOTIFY_COMPLETED, completed, s, MHD_OPTION_END);
    if (!s->d) {
        CH_FAIL(err, CH_EIO, "cannot listen on %s:%u (in use?)", host, opts->port ? opts->port : 8080);
        ch_server_stop(s);
        return NULL;
    }
    return s;
}

void ch_server_stop(ch_server *s)
{
    if (!s) return;
    if (s->d) MHD_stop_daemon(s->d);
    pthread_key_delete(s->key);
    pthread_mutex_destroy(&s->write_lock);
    ch_free(s);
}
