/* cmd_serve.c - chorus serve: the JSON API and the web page. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "chorus/serve.h"

#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static void on_signal(int sig) { (void)sig; stop = 1; }

int cmd_serve(int argc, char **argv, ch_cli *cli)
{
    static const char usage[] =
        "usage: chorus serve [--db PATH] [--host 127.0.0.1] [--port 8080] [--threads N]\n\n"
        "Serve the stored newsroom: the web page at / and the JSON API:\n"
        "  GET  /api/events?since=&until=&q=&lang=&limit=&offset=\n"
        "  GET  /api/events/{id}        the event's brief\n"
        "  GET  /api/articles/{id}      an article, its sentences and extractions\n"
        "  GET  /api/search?q=          full-text search, grouped by event\n"
        "  POST /api/articles           JSON lines: stored as one batch, or nothing\n"
        "  GET  /healthz\n"
        "Binds to 127.0.0.1 unless told otherwise. Stops on SIGINT/SIGTERM.\n";
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"host", required_argument, 0, 'H'},
                                         {"port", required_argument, 0, 'p'}, {"threads", required_argument, 0, 't'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    ch_server_opts o = {0};
    const char *db = NULL;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        char *end;
        long v;
        switch (c) {
        case 'd': db = optarg; break;
        case 'H': o.host = optarg; break;
        case 'p':
            v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 65535) return ch_cli_usage_error(cli, "--port takes 1..65535, not '%s'", optarg);
            o.port = (unsigned)v;
            break;
        case 't':
            v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 256) return ch_cli_usage_error(cli, "--threads takes 1..256, not '%s'", optarg);
            o.threads = (unsigned)v;
            break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return ch_cli_usage_error(cli, "unexpected argument '%s'", argv[optind]);
    o.db = ch_cli_db_path(db);
    ch_err err = {0};
    ch_server *s = ch_server_start(&o, &err);
    if (!s) {
        fprintf(stderr, "chorus serve: error: %s\n", err.msg);
        return CH_EXIT_FAIL;
    }
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    fprintf(stderr, "chorus serve: http://%s:%u/ (database %s)\n", o.host ? o.host : "127.0.0.1", o.port ? o.port : 8080, o.db);
    while (!stop) pause();
    ch_server_stop(s);
    fprintf(stderr, "chorus serve: stopped\n");
    return CH_EXIT_OK;
}
