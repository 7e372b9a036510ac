/* cmd_store.c - chorus ingest | events | show | search: the stored
 * newsroom. */
#define _XOPEN_SOURCE 700
#include "cli.h"
#include "chorus/brief.h"
#include "chorus/store.h"

#include <cJSON.h>
#include <ftw.h>
#include <sys/stat.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

const char *ch_cli_db_path(const char *opt)
{
    if (opt) return opt;
    const char *e = getenv("CHORUS_DB");
    return e && *e ? e : "chorus.db";
}

static ch_store *open_store(ch_cli *cli, const char *path)
{
    ch_err err = {0};
    ch_store *s = ch_store_open(path, &err);
    if (!s) fprintf(stderr, "chorus %s: error: %s\n", cli->cmd, err.msg);
    return s;
}

/* ===== ingest ===== */

static size_t du_total;
static int du_add(const char *p, const struct stat *sb, int type, struct FTW *f)
{
    (void)p;
    (void)f;
    if (type == FTW_F) du_total += (size_t)sb->st_size;
    return 0;
}

static size_t du(const char *path)
{
    du_total = 0;
    if (!strcmp(path, "-")) return 0;
    nftw(path, du_add, 16, FTW_PHYS);
    return du_total;
}

typedef struct {
    ch_store *s;
    ch_cli *cli;
    ch_article **batch;
    size_t n, cap;
    ch_store_stats total;
    int failed;
    int tty;
    size_t seen;
    size_t total_bytes; /* of the inputs, for the ETA (gzip counts its compressed size) */
    struct timespec t0;
} ingest_ctx;

static double elapsed(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

static int flush_batch(ingest_ctx *x)
{
    if (!x->n) return CH_OK;
    ch_store_stats st;
    ch_err err = {0};
    int rc = ch_store_ingest(x->s, x->batch, x->n, &st, &err);
    for (size_t i = 0; i < x->n; i++) ch_article_free(x->batch[i]);
    x->n = 0;
    if (rc < 0) {
        fprintf(stderr, "\nchorus ingest: error: %s (the batch was not stored)\n", err.msg);
        x->failed = 1;
        return rc;
    }
    x->total.added += st.added;
    x->total.duplicates += st.duplicates;
    x->total.events += st.events;
    if (x->tty) {
        double t = elapsed(&x->t0);
        ch_ingest_stats is = {0};
        if (x->cli->ing) ch_ingest_get_stats(x->cli->ing, &is);
        fprintf(stderr, "\r  %zu articles, %zu new, %.0f articles/s", x->seen, x->total.added, t > 0 ? (double)x->seen / t : 0);
        if (x->total_bytes && is.bytes && is.bytes < x->total_bytes && t > 0.5) {
            double eta = t * (double)(x->total_bytes - is.bytes) / (double)is.bytes;
            fprintf(stderr, ", %3.0f%%, ETA %.0f s   ", 100.0 * (double)is.bytes / (double)x->total_bytes, eta);
        } else {
            fputs("   ", stderr);
        }
    }
    return CH_OK;
}

static int on_ingest(ch_article *a, void *vc)
{
    ingest_ctx *x = vc;
    x->batch[x->n++] = a;
    x->seen++;
    if (x->n == x->cap) return flush_batch(x);
    return CH_OK;
}

int cmd_ingest(int argc, char **argv, ch_cli *cli)
{
    static const char usage[] =
        "usage: chorus ingest [--db PATH] [--batch N] [-q] INPUT...\n\n"
        "Store articles in the database (default ./chorus.db or $CHORUS_DB): cleaned text,\n"
        "sentences, extractions; join them to stored events or start new ones (incremental\n"
        "clustering) and rebuild the briefs of the events they touch. Articles already stored\n"
        "(same id, url or normalized text) are counted as duplicates and skipped. Each batch\n"
        "(default 200 articles) is one transaction: an interrupted run keeps whole batches.\n";
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"batch", required_argument, 0, 'b'},
                                         {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = NULL;
    long batch = 200;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'd': db = optarg; break;
        case 'b':
            batch = strtol(optarg, &end, 10);
            if (*end || batch < 1 || batch > 100000) return ch_cli_usage_error(cli, "--batch takes 1..100000, not '%s'", optarg);
            break;
        case 'q': cli->quiet = 1; break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return ch_cli_usage_error(cli, "no input given");
    ingest_ctx x = {0};
    x.cli = cli;
    x.s = open_store(cli, ch_cli_db_path(db));
    if (!x.s) return CH_EXIT_FAIL;
    x.cap = (size_t)batch;
    x.batch = malloc(x.cap * sizeof *x.batch);
    x.tty = isatty(2) && !cli->quiet;
    for (int i = optind; x.tty && i < argc; i++) x.total_bytes += du(argv[i]);
    clock_gettime(CLOCK_MONOTONIC, &x.t0);
    ch_ingest_stats st;
    int rc = ch_cli_ingest(cli, argc - optind, argv + optind, 0, on_ingest, &x, &st);
    if (!x.failed) flush_batch(&x);
    for (size_t i = 0; i < x.n; i++) ch_article_free(x.batch[i]);
    free(x.batch);
    if (x.tty) fputc('\n', stderr);
    size_t na, ne;
    ch_store_counts(x.s, &na, &ne);
    fprintf(stderr, "chorus ingest: %zu new, %zu duplicates, %zu skipped; %s holds %zu articles in %zu events (%.1f s)\n",
            x.total.added, x.total.duplicates, st.skipped, ch_cli_db_path(db), na, ne, elapsed(&x.t0));
    ch_store_close(x.s);
    if (x.failed) return CH_EXIT_FAIL;
    return rc;
}

/* ===== events ===== */

int cmd_events(int argc, char **argv, ch_cli *cli)
{
    static const char usage[] =
        "usage: chorus events [--db PATH] [--since DATE] [--until DATE] [--lang L]\n"
        "                     [--min-outlets N] [--limit N] [--json]\n\n"
        "List stored events, newest first: date, outlets, languages, place, title.\n";
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"since", required_argument, 0, 's'},
                                         {"until", required_argument, 0, 'u'}, {"lang", required_argument, 0, 'l'},
                                         {"min-outlets", required_argument, 0, 'm'}, {"limit", required_argument, 0, 'n'},
                                         {"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = NULL;
    ch_event_query q = {0};
    int json = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 's': q.since = optarg; break;
        case 'u': q.until = optarg; break;
        case 'l': q.lang = optarg; break;
        case 'm': q.min_outlets = (size_t)atol(optarg); break;
        case 'n': q.limit = (size_t)atol(optarg); break;
        case 'j': json = 1; break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return ch_cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
    ch_store *s = open_store(cli, ch_cli_db_path(db));
    if (!s) return CH_EXIT_FAIL;
    if (!q.limit) q.limit = 1000;
    ch_err err = {0};
    char *js = ch_store_events_json(s, &q, &err);
    ch_store_close(s);
    if (!js) { fprintf(stderr, "chorus events: error: %s\n", err.msg); return CH_EXIT_FAIL; }
    cJSON *o = cJSON_Parse(js);
    cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(o, "events"))
    {
        if (json) {
            char *line = cJSON_PrintUnformatted(e);
            puts(line);
            cJSON_free(line);
            continue;
        }
        const char *date = cJSON_GetStringValue(cJSON_GetObjectItem(e, "date"));
        const char *place = cJSON_GetStringValue(cJSON_GetObjectItem(e, "place"));
        const char *title = cJSON_GetStringValue(cJSON_GetObjectItem(e, "title"));
        char langs[64] = "";
        cJSON *l;
        cJSON_ArrayForEach(l, cJSON_GetObjectItem(e, "languages"))
        {
            if (strlen(langs) + 4 < sizeof langs) {
                if (langs[0]) strcat(langs, ",");
                strcat(langs, cJSON_GetStringValue(l));
            }
        }
        printf("%s  %-10s  %2d outlets  %-8s  %-14.14s  %s\n", cJSON_GetStringValue(cJSON_GetObjectItem(e, "id")),
               date ? date : "-", (int)cJSON_GetNumberValue(cJSON_GetObjectItem(e, "outlets")), langs,
               place ? place : "-", title ? title : "");
    }
    cJSON_Delete(o);
    ch_free(js);
    return CH_EXIT_OK;
}

/* ===== show ===== */

int cmd_show(int argc, char **argv, ch_cli *cli)
{
    static const char usage[] = "usage: chorus show EVENT [--db PATH] [--format md|json|html]\n\nPrint a stored event's brief.\n";
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"format", required_argument, 0, 'f'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = NULL;
    int format = CH_BRIEF_MD, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'f':
            if (!strcmp(optarg, "md")) format = CH_BRIEF_MD;
            else if (!strcmp(optarg, "json")) format = CH_BRIEF_JSON;
            else if (!strcmp(optarg, "html")) format = CH_BRIEF_HTML;
            else return ch_cli_usage_error(cli, "--format takes md, json or html, not '%s'", optarg);
            break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1) return ch_cli_usage_error(cli, "expected one EVENT id");
    ch_store *s = open_store(cli, ch_cli_db_path(db));
    if (!s) return CH_EXIT_FAIL;
    ch_err err = {0};
    int rc = CH_EXIT_OK;
    if (format == CH_BRIEF_JSON) {
        char *js = ch_store_brief_json(s, argv[optind], &err);
        if (js) { puts(js); ch_free(js); }
        else rc = CH_EXIT_FAIL;
    } else {
        ch_buf out = CH_BUF_INIT;
        if (format == CH_BRIEF_HTML) ch_brief_html_open(&out, argv[optind]);
        if (ch_store_brief_write(s, argv[optind], format, &out, &err) < 0) rc = CH_EXIT_FAIL;
        if (format == CH_BRIEF_HTML) ch_brief_html_close(&out);
        if (rc == CH_EXIT_OK) fwrite(out.data, 1, out.len, stdout);
        ch_buf_release(&out);
    }
    if (rc != CH_EXIT_OK) fprintf(stderr, "chorus show: error: %s\n", err.msg);
    ch_store_close(s);
    return rc;
}

/* ===== search ===== */

int cmd_search(int argc, char **argv, ch_cli *cli)
{
    static const char usage[] =
        "usage: chorus search QUERY [--db PATH] [--limit N] [--json]\n\n"
        "Full-text search (SQLite FTS5) over titles and texts, best first (bm25), grouped\n"
        "by event, with the matches marked. QUERY takes FTS5 syntax: words, \"a phrase\",\n"
        "prefix*, AND / OR / NOT.\n";
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"limit", required_argument, 0, 'n'},
                                         {"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = NULL;
    int json = 0, c;
    size_t limit = 50;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db = optarg; break;
        case 'n': limit = (size_t)atol(optarg); break;
        case 'j': json = 1; break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1) return ch_cli_usage_error(cli, "expected one QUERY");
    ch_store *s = open_store(cli, ch_cli_db_path(db));
    if (!s) return CH_EXIT_FAIL;
    ch_err err = {0};
    char *js = ch_store_search_json(s, argv[optind], limit, &err);
    ch_store_close(s);
    if (!js) {
        fprintf(stderr, "chorus search: error: %s\n", err.msg);
        return err.code == CH_EPARSE ? CH_EXIT_USAGE : CH_EXIT_FAIL;
    }
    if (json) {
        puts(js);
    } else {
        cJSON *o = cJSON_Parse(js), *g;
        cJSON_ArrayForEach(g, cJSON_GetObjectItem(o, "results"))
        {
            const char *t = cJSON_GetStringValue(cJSON_GetObjectItem(g, "title"));
            printf("%s  %s\n", cJSON_GetStringValue(cJSON_GetObjectItem(g, "event")), t ? t : "");
            cJSON *a;
            cJSON_ArrayForEach(a, cJSON_GetObjectItem(g, "articles"))
            {
                /* terminal highlight: <mark> -> bold */
                const char *sn = cJSON_GetStringValue(cJSON_GetObjectItem(a, "snippet"));
                printf("  %s: ", cJSON_GetStringValue(cJSON_GetObjectItem(a, "id")));
                for (const char *p = sn; p && *p; p++) {
                    if (!strncmp(p, "<mark>", 6)) { fputs(isatty(1) ? "\033[1m" : "[", stdout); p += 5; }
                    else if (!strncmp(p, "</mark>", 7)) { fputs(isatty(1) ? "\033[0m" : "]", stdout); p += 6; }
                    else if (!strncmp(p, "&lt;", 4)) { putchar('<'); p += 3; }
                    else if (!strncmp(p, "&gt;", 4)) { putchar('>'); p += 3; }
                    else if (!strncmp(p, "&amp;", 5)) { putchar('&'); p += 4; }
                    else if (!strncmp(p, "&quot;", 6)) { putchar('"'); p += 5; }
                    else putchar(*p);
                }
                putchar('\n');
            }
        }
        cJSON_Delete(o);
    }
    ch_free(js);
    return CH_EXIT_OK;
}
