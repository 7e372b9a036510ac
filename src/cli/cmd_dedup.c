/* cmd_dedup.c - chorus dedup: exact, near-duplicate, rewritten and
 * translated copies. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "chorus/sketch.h"

#include <cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: chorus dedup [options] INPUT...\n"
    "\n"
    "Find copies among the input articles. Prints one JSON object per pair:\n"
    "  {\"a\",\"b\",\"similarity\",\"kind\",\"jaccard\",\"differs\":[{\"a\",\"b\"}]}\n"
    "kind: exact | near (shingle containment >= threshold) | paraphrase (a rewritten\n"
    "copy: most sentences have a counterpart) | translation (another language, same\n"
    "numbers and names). \"differs\" lists the figures that differ between the two.\n"
    "\n"
    "options:\n"
    "  --threshold T       shingle containment for a near-duplicate (default 0.3)\n"
    "  --coverage C        sentence coverage for a rewritten copy (default 0.5)\n"
    "  --groups            print {\"id\",\"group\"} for every article instead of pairs\n"
    "  --no-translations   do not look for translated copies\n"
    "  -q, --quiet         no warnings\n"
    "  -h, --help          this help\n";

static int on_article(ch_article *a, void *ctx)
{
    long rc = ch_dedup_add(ctx, a);
    ch_article_free(a);
    return rc < 0 ? (int)rc : 0;
}

static const char *kind_name(int k)
{
    switch (k) {
    case CH_DUP_EXACT: return "exact";
    case CH_DUP_NEAR: return "near";
    case CH_DUP_PARAPHRASE: return "paraphrase";
    case CH_DUP_TRANSLATION: return "translation";
    default: return "?";
    }
}

static double round4(double x) { return (double)(long)(x * 10000 + 0.5) / 10000; }

int cmd_dedup(int argc, char **argv, ch_cli *cli)
{
    static const struct option opts[] = {{"threshold", required_argument, 0, 't'},
                                         {"coverage", required_argument, 0, 'c'},
                                         {"groups", no_argument, 0, 'g'},
                                         {"no-translations", no_argument, 0, 'T'},
                                         {"quiet", no_argument, 0, 'q'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    ch_dedup_opts o = {0};
    o.translations = 1;
    int groups = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 't':
            o.threshold = strtod(optarg, &end);
            if (*end || o.threshold <= 0 || o.threshold > 1)
                return ch_cli_usage_error(cli, "--threshold takes a number in (0, 1], not '%s'", optarg);
            break;
        case 'c':
            o.coverage = strtod(optarg, &end);
            if (*end || o.coverage <= 0 || o.coverage > 1)
                return ch_cli_usage_error(cli, "--coverage takes a number in (0, 1], not '%s'", optarg);
            break;
        case 'g': groups = 1; break;
        case 'T': o.translations = 0; break;
        case 'q': cli->quiet = 1; break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return ch_cli_usage_error(cli, "no input given");
    ch_dedup *d = ch_dedup_new(&o);
    if (!d) return CH_EXIT_FAIL;
    ch_ingest_stats st;
    int rc = ch_cli_ingest(cli, argc - optind, argv + optind, 0, on_article, d, &st);
    if (rc == CH_EXIT_FAIL) {
        ch_dedup_free(d);
        return rc;
    }
    if (ch_dedup_run(d) < 0) {
        fprintf(stderr, "chorus dedup: error: out of memory\n");
        ch_dedup_free(d);
        return CH_EXIT_FAIL;
    }
    if (groups) {
        for (size_t i = 0; i < ch_dedup_count(d); i++) {
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "id", ch_dedup_id(d, i));
            cJSON_AddStringToObject(j, "group", ch_dedup_id(d, ch_dedup_group(d, i)));
            ch_cli_print_json(j);
        }
    } else {
        size_t n;
        const ch_dup_pair *p = ch_dedup_pairs(d, &n);
        for (size_t i = 0; i < n; i++) {
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "a", ch_dedup_id(d, p[i].a));
            cJSON_AddStringToObject(j, "b", ch_dedup_id(d, p[i].b));
            cJSON_AddNumberToObject(j, "similarity", round4(p[i].similarity));
            cJSON_AddStringToObject(j, "kind", kind_name(p[i].kind));
            if (p[i].kind != CH_DUP_TRANSLATION) {
                cJSON_AddNumberToObject(j, "jaccard", round4(p[i].jaccard));
                ch_figure_diff diff[32];
                size_t nd = ch_dedup_differs(d, &p[i], diff, 32);
                cJSON *arr = cJSON_AddArrayToObject(j, "differs");
                for (size_t k = 0; k < nd; k++) {
                    cJSON *x = cJSON_CreateObject();
                    cJSON_AddItemToObject(x, "a", diff[k].a ? cJSON_CreateString(diff[k].a) : cJSON_CreateNull());
                    cJSON_AddItemToObject(x, "b", diff[k].b ? cJSON_CreateString(diff[k].b) : cJSON_CreateNull());
                    cJSON_AddItemToArray(arr, x);
                }
            }
            ch_cli_print_json(j);
        }
    }
    fflush(stdout);
    ch_dedup_free(d);
    return rc;
}
