/* cmd_brief.c - chorus brief: cluster the input (or take its events) and
 * write one brief per event. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "chorus/brief.h"
#include "chorus/cluster.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: chorus brief [options] INPUT...\n"
    "\n"
    "Cluster the articles into events and write one brief per event of two or more\n"
    "articles: a card (title, date, place, actors, outlets, languages), a summary whose\n"
    "sentences cite every article carrying them, quotes merged across outlets with their\n"
    "variants, figures with agreement and contradiction, and per-outlet coverage.\n"
    "\n"
    "options:\n"
    "  --format F        md (default), json (one object per event per line), html (one page)\n"
    "  --event ID        only this event\n"
    "  --all             also events of a single article\n"
    "  --sentences N     summary sentences (default 5)\n"
    "  --words N         cap the summary at N words\n"
    "  --given-events    take events from the input's \"event\" field instead of clustering\n"
    "  --summarizer S    chorus (default), or a baseline for evaluation: centroid (no\n"
    "                    redundancy removal), lead (first sentences of the newest article)\n"
    "  -q, --quiet       no warnings\n"
    "  -h, --help        this help\n"
    "The JSON schema is docs/brief.schema.json.\n";

typedef struct {
    ch_article **v;
    size_t n, cap;
} arts;

static int on_article(ch_article *a, void *ctx)
{
    arts *x = ctx;
    if (x->n == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 256;
        ch_article **nv = realloc(x->v, cap * sizeof *nv);
        if (!nv) { ch_article_free(a); return CH_ENOMEM; }
        x->v = nv;
        x->cap = cap;
    }
    x->v[x->n++] = a;
    return CH_OK;
}

int cmd_brief(int argc, char **argv, ch_cli *cli)
{
    static const struct option opts[] = {{"format", required_argument, 0, 'f'},
                                         {"event", required_argument, 0, 'e'},
                                         {"all", no_argument, 0, 'a'},
                                         {"sentences", required_argument, 0, 's'},
                                         {"words", required_argument, 0, 'w'},
                                         {"given-events", no_argument, 0, 'g'},
                                         {"summarizer", required_argument, 0, 'm'},
                                         {"quiet", no_argument, 0, 'q'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    int format = CH_BRIEF_MD, all = 0, given = 0, c;
    const char *only = NULL;
    ch_brief_opts bo = {0};
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        char *end;
        long v;
        switch (c) {
        case 'f':
            if (!strcmp(optarg, "md")) format = CH_BRIEF_MD;
            else if (!strcmp(optarg, "json")) format = CH_BRIEF_JSON;
            else if (!strcmp(optarg, "html")) format = CH_BRIEF_HTML;
            else return ch_cli_usage_error(cli, "--format takes md, json or html, not '%s'", optarg);
            break;
        case 'e': only = optarg; break;
        case 'a': all = 1; break;
        case 's':
        case 'w':
            v = strtol(optarg, &end, 10);
            if (*end || v <= 0 || v > 100000)
                return ch_cli_usage_error(cli, "--%s takes a positive number, not '%s'", c == 's' ? "sentences" : "words", optarg);
            if (c == 's') bo.sentences = (size_t)v; else bo.words = (size_t)v;
            break;
        case 'g': given = 1; break;
        case 'm':
            if (!strcmp(optarg, "chorus")) bo.method = CH_SUM_CHORUS;
            else if (!strcmp(optarg, "centroid")) bo.method = CH_SUM_CENTROID;
            else if (!strcmp(optarg, "lead")) bo.method = CH_SUM_LEAD;
            else return ch_cli_usage_error(cli, "--summarizer takes chorus, centroid or lead, not '%s'", optarg);
            break;
        case 'q': cli->quiet = 1; break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return ch_cli_usage_error(cli, "no input given");
    if (bo.words && !bo.sentences) bo.sentences = 50; /* the word cap decides */
    arts A = {0};
    ch_ingest_stats st;
    int rc = ch_cli_ingest(cli, argc - optind, argv + optind, 0, on_article, &A, &st);
    if (rc == CH_EXIT_FAIL) { free(A.v); return rc; }
    /* events: labels per article */
    const char **ev = calloc(A.n ? A.n : 1, sizeof *ev);
    ch_cluster *cl = NULL;
    if (given) {
        size_t labelled = 0;
        for (size_t i = 0; i < A.n; i++) {
            ev[i] = A.v[i]->event ? A.v[i]->event : A.v[i]->id;
            labelled += A.v[i]->event != NULL;
        }
        if (A.n && !labelled && !cli->quiet)
            fprintf(stderr, "chorus brief: warning: --given-events, but no article has an \"event\" field: "
                            "every article is its own event (use --all to see them, or drop --given-events to cluster)\n");
    } else {
        cl = ch_cluster_new(NULL);
        for (size_t i = 0; cl && i < A.n; i++) ch_cluster_add(cl, A.v[i]);
        if (!cl || ch_cluster_run(cl) < 0) { fprintf(stderr, "chorus brief: error: out of memory\n"); rc = CH_EXIT_FAIL; goto out; }
        for (size_t i = 0; i < A.n; i++) ev[i] = ch_cluster_event(cl, i);
    }
    ch_buf out = CH_BUF_INIT;
    if (format == CH_BRIEF_HTML) ch_brief_html_open(&out, "chorus briefs");
    ch_article **members = malloc((A.n ? A.n : 1) * sizeof *members);
    unsigned char *done = calloc(A.n ? A.n : 1, 1);
    size_t written = 0;
    for (size_t i = 0; i < A.n && members && done; i++) {
        if (done[i]) continue;
        size_t m = 0;
        for (size_t j = i; j < A.n; j++)
            if (!done[j] && !strcmp(ev[j], ev[i])) { members[m++] = A.v[j]; done[j] = 1; }
        if (only && strcmp(only, ev[i])) continue;
        if (m < 2 && !all && !only) continue;
        ch_err err = {0};
        ch_brief *b = ch_brief_build(members, m, ev[i], &bo, &err);
        if (!b) { fprintf(stderr, "chorus brief: error: %s\n", err.msg); rc = CH_EXIT_FAIL; break; }
        ch_brief_write(b, format, &out);
        ch_brief_free(b);
        written++;
        fwrite(out.data ? out.data : "", 1, out.len, stdout);
        ch_buf_reset(&out);
    }
    if (format == CH_BRIEF_HTML) ch_brief_html_close(&out);
    fwrite(out.data ? out.data : "", 1, out.len, stdout);
    ch_buf_release(&out);
    free(members);
    free(done);
    if (only && !written) {
        fprintf(stderr, "chorus brief: error: no event '%s' in the input\n", only);
        rc = CH_EXIT_FAIL;
    }
out:
    fflush(stdout);
    ch_cluster_free(cl);
    free(ev);
    for (size_t i = 0; i < A.n; i++) ch_article_free(A.v[i]);
    free(A.v);
    return rc;
}
