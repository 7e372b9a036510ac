/* serve.h - the JSON API and the web page, on libmicrohttpd.
 *
 * Routes: GET /api/events, /api/events/{id}, /api/articles/{id},
 * /api/search?q=, /healthz; POST /api/articles (a JSONL body, stored as one
 * batch: all of it or nothing); GET / and the page's assets (compiled in).
 * Errors are JSON {"error": "..."} with a 4xx/5xx code. A thread pool serves
 * requests; each worker thread opens its own database connection.
 */
#ifndef CHORUS_SERVE_H
#define CHORUS_SERVE_H

#include <stddef.h>

#include "chorus/err.h"

typedef struct ch_server_opts {
    const char *db;          /* database path */
    const char *host;        /* address to bind; NULL = 127.0.0.1 */
    unsigned port;           /* 0 = 8080 */
    unsigned threads;        /* worker threads; 0 = 4 */
    size_t max_body;         /* POST body limit in bytes; 0 = 16 MiB */
    unsigned timeout;        /* idle connection timeout, seconds; 0 = 30 */
    unsigned max_connections;/* 0 = 512 */
} ch_server_opts;

typedef struct ch_server ch_server;

/* Start serving in background threads. NULL with err set (bad address,
 * port in use, database that cannot be opened). */
ch_server *ch_server_start(const ch_server_opts *opts, ch_err *err);
void ch_server_stop(ch_server *s);

#endif
