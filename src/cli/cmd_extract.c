/* cmd_extract.c - chorus quotes | entities | figures | dates: one JSON
 * object per extraction, with byte offsets into the article's cleaned text
 * (as printed by chorus parse). */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <cJSON.h>
#include <getopt.h>
#include <string.h>

enum { X_QUOTES, X_ENTITIES, X_FIGURES, X_DATES };

static const char *const usages[] = {
    "usage: chorus quotes [-q] INPUT...\n\n"
    "One JSON object per quotation:\n"
    "  {\"article\",\"speaker\",\"role\",\"text\",\"start\",\"end\",\"kind\",\"cue\"}\n"
    "kind: direct (a full quoted sentence), partial (a quoted fragment inside reported\n"
    "speech) or mixed; cue: the reporting verb or phrase; start/end: byte offsets of the\n"
    "quote marks in the article's cleaned text. Speakers are the fullest name the article\n"
    "gives; pronouns are resolved to the most recent speaker.\n",
    "usage: chorus entities [-q] INPUT...\n\n"
    "One JSON object per person, organisation or place:\n"
    "  {\"article\",\"name\",\"type\",\"mentions\",\"aliases\",\"role\"}\n"
    "type: person, org, place or other.\n",
    "usage: chorus figures [-q] INPUT...\n\n"
    "One JSON object per figure:\n"
    "  {\"article\",\"text\",\"kind\",\"value\",\"unit\",\"subject\",\"start\",\"end\"}\n"
    "kind: money (unit = currency code), count (unit = the counted noun), percent,\n"
    "ratio (value of \"total\"); value is normalized (\"$9.2 billion\" -> 9200000000).\n",
    "usage: chorus dates [-q] INPUT...\n\n"
    "One JSON object per date written in the text:\n"
    "  {\"article\",\"text\",\"date\",\"relative\",\"start\",\"end\"}\n"
    "Relative dates (\"on Wednesday\", \"yesterday\") are resolved against the article's date.\n"};

typedef struct {
    int what;
} xctx;

static cJSON *str_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static int on_article(ch_article *a, void *vc)
{
    xctx *x = vc;
    ch_arena ar;
    ch_arena_init(&ar);
    int rc = CH_OK;
    ch_entity *ents = NULL;
    size_t ne = 0;
    if (x->what == X_QUOTES || x->what == X_ENTITIES) rc = ch_extract_entities(a, &ar, &ents, &ne);
    if (rc == CH_OK && x->what == X_ENTITIES) {
        for (size_t i = 0; i < ne; i++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "article", a->id);
            cJSON_AddStringToObject(o, "name", ents[i].name);
            cJSON_AddStringToObject(o, "type", ch_entity_type_name(ents[i].type));
            cJSON_AddNumberToObject(o, "mentions", ents[i].mentions);
            cJSON *al = cJSON_AddArrayToObject(o, "aliases");
            for (size_t k = 0; k < ents[i].n_aliases; k++) cJSON_AddItemToArray(al, cJSON_CreateString(ents[i].aliases[k]));
            cJSON_AddItemToObject(o, "role", str_or_null(ents[i].role));
            ch_cli_print_json(o);
        }
    } else if (rc == CH_OK && x->what == X_QUOTES) {
        ch_quote *q;
        size_t nq;
        rc = ch_extract_quotes(a, ents, ne, &ar, &q, &nq);
        for (size_t i = 0; rc == CH_OK && i < nq; i++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "article", a->id);
            cJSON_AddItemToObject(o, "speaker", str_or_null(q[i].speaker));
            cJSON_AddItemToObject(o, "role", str_or_null(q[i].role));
            cJSON_AddStringToObject(o, "text", q[i].text);
            cJSON_AddNumberToObject(o, "start", (double)q[i].start);
            cJSON_AddNumberToObject(o, "end", (double)q[i].end);
            cJSON_AddStringToObject(o, "kind", ch_quote_kind_name(q[i].kind));
            cJSON_AddItemToObject(o, "cue", str_or_null(q[i].cue));
            ch_cli_print_json(o);
        }
    } else if (x->what == X_FIGURES) {
        ch_figure *f;
        size_t nf;
        rc = ch_extract_figures(a, &ar, &f, &nf);
        for (size_t i = 0; rc == CH_OK && i < nf; i++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "article", a->id);
            cJSON_AddStringToObject(o, "text", f[i].text);
            cJSON_AddStringToObject(o, "kind", ch_figure_kind_name(f[i].kind));
            cJSON_AddNumberToObject(o, "value", f[i].value);
            if (f[i].kind == CH_FIG_RATIO) cJSON_AddNumberToObject(o, "total", f[i].total);
            cJSON_AddItemToObject(o, "unit", str_or_null(f[i].unit));
            cJSON_AddItemToObject(o, "subject", str_or_null(f[i].subject));
            cJSON_AddNumberToObject(o, "start", (double)f[i].start);
            cJSON_AddNumberToObject(o, "end", (double)f[i].end);
            ch_cli_print_json(o);
        }
    } else if (x->what == X_DATES) {
        ch_date_ref *d;
        size_t nd;
        rc = ch_extract_dates(a, &ar, &d, &nd);
        for (size_t i = 0; rc == CH_OK && i < nd; i++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "article", a->id);
            char *tx = ch_arena_strndup(&ar, a->text + d[i].start, d[i].end - d[i].start);
            cJSON_AddStringToObject(o, "text", tx ? tx : "");
            cJSON_AddItemToObject(o, "date", d[i].date[0] ? cJSON_CreateString(d[i].date) : cJSON_CreateNull());
            cJSON_AddBoolToObject(o, "relative", d[i].relative);
            cJSON_AddNumberToObject(o, "start", (double)d[i].start);
            cJSON_AddNumberToObject(o, "end", (double)d[i].end);
            ch_cli_print_json(o);
        }
    }
    ch_arena_release(&ar);
    ch_article_free(a);
    return rc;
}

static int run(int argc, char **argv, ch_cli *cli, int what)
{
    static const struct option opts[] = {{"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        switch (c) {
        case 'q': cli->quiet = 1; break;
        case 'h': fputs(usages[what], stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return ch_cli_usage_error(cli, "no input given");
    xctx x = {what};
    ch_ingest_stats st;
    int rc = ch_cli_ingest(cli, argc - optind, argv + optind, 0, on_article, &x, &st);
    fflush(stdout);
    return rc;
}

int cmd_quotes(int argc, char **argv, ch_cli *cli) { return run(argc, argv, cli, X_QUOTES); }
int cmd_entities(int argc, char **argv, ch_cli *cli) { return run(argc, argv, cli, X_ENTITIES); }
int cmd_figures(int argc, char **argv, ch_cli *cli) { return run(argc, argv, cli, X_FIGURES); }
int cmd_dates(int argc, char **argv, ch_cli *cli) { return run(argc, argv, cli, X_DATES); }
