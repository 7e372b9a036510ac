/* cmd_parse.c - chorus parse: read, clean, print one JSON object per
 * article. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <cJSON.h>
#include <getopt.h>
#include <string.h>

static const char usage[] =
    "usage: chorus parse [options] INPUT...\n"
    "\n"
    "Read articles from files, directories (recursively) or '-' (JSONL on stdin),\n"
    "clean them and print one JSON object per article:\n"
    "  {\"id\",\"url\",\"source\",\"title\",\"date\",\"lang\",\"place\",\"agency\",\"byline\",\n"
    "   \"text\",\"removed\":[{\"line\",\"rule\"}],\"sentences\":[[start,end],...]}\n"
    "Sentence offsets are byte offsets into \"text\".\n"
    "\n"
    "options:\n"
    "  --no-clean     keep the text as read (no cleaning rules)\n"
    "  --tokens       add \"tokens\":[[start,end,kind],...] (kind: word num punct sym)\n"
    "  -q, --quiet    no warnings on stderr\n"
    "  -h, --help     this help\n";

typedef struct {
    int tokens;
    ch_buf line;
} parse_ctx;

static cJSON *str_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static int on_article(ch_article *a, void *vctx)
{
    parse_ctx *pc = vctx;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "id", str_or_null(a->id));
    cJSON_AddItemToObject(o, "url", str_or_null(a->url));
    cJSON_AddItemToObject(o, "source", str_or_null(a->source));
    cJSON_AddItemToObject(o, "title", str_or_null(a->title));
    cJSON_AddItemToObject(o, "date", str_or_null(a->date));
    cJSON_AddItemToObject(o, "lang", str_or_null(a->lang));
    cJSON_AddItemToObject(o, "place", str_or_null(a->place));
    cJSON_AddItemToObject(o, "agency", str_or_null(a->agency));
    cJSON_AddItemToObject(o, "byline", str_or_null(a->byline));
    cJSON_AddItemToObject(o, "text", cJSON_CreateString(a->text));
    cJSON *rem = cJSON_AddArrayToObject(o, "removed");
    for (size_t i = 0; i < a->n_removed; i++) {
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "line", a->removed[i].line);
        cJSON_AddStringToObject(r, "rule", a->removed[i].rule);
        cJSON_AddItemToArray(rem, r);
    }
    cJSON *sen = cJSON_AddArrayToObject(o, "sentences");
    for (size_t i = 0; i < a->n_sentences; i++) {
        cJSON *p = cJSON_CreateArray();
        cJSON_AddItemToArray(p, cJSON_CreateNumber((double)a->sentences[i].start));
        cJSON_AddItemToArray(p, cJSON_CreateNumber((double)a->sentences[i].end));
        cJSON_AddItemToArray(sen, p);
    }
    if (pc->tokens) {
        static const char *const kinds[] = {"?", "word", "num", "punct", "sym"};
        ch_token *t;
        long nt = ch_text_tokenize(a->text, a->text_len, &a->arena, &t);
        cJSON *tk = cJSON_AddArrayToObject(o, "tokens");
        for (long i = 0; i < nt; i++) {
            cJSON *p = cJSON_CreateArray();
            cJSON_AddItemToArray(p, cJSON_CreateNumber(t[i].start));
            cJSON_AddItemToArray(p, cJSON_CreateNumber(t[i].end));
            cJSON_AddItemToArray(p, cJSON_CreateString(kinds[t[i].kind < 5 ? t[i].kind : 0]));
            cJSON_AddItemToArray(tk, p);
        }
    }
    char *js = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    ch_article_free(a);
    if (!js) return CH_ENOMEM;
    fputs(js, stdout);
    fputc('\n', stdout);
    cJSON_free(js);
    return CH_OK;
}

int cmd_parse(int argc, char **argv, ch_cli *cli)
{
    static const struct option opts[] = {{"no-clean", no_argument, 0, 'n'},
                                         {"tokens", no_argument, 0, 't'},
                                         {"quiet", no_argument, 0, 'q'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    int no_clean = 0, c;
    parse_ctx pc = {0, CH_BUF_INIT};
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        switch (c) {
        case 'n': no_clean = 1; break;
        case 't': pc.tokens = 1; break;
        case 'q': cli->quiet = 1; break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return ch_cli_usage_error(cli, "no input given");
    ch_ingest_stats st;
    int rc = ch_cli_ingest(cli, argc - optind, argv + optind, no_clean, on_article, &pc, &st);
    fflush(stdout);
    return rc;
}
