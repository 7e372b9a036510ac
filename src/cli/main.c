/* main.c - the chorus command: dispatch to subcommands (commands.def). */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <cJSON.h>
#include <stdarg.h>
#include <string.h>

static const struct {
    const char *name;
    int (*fn)(int, char **, ch_cli *);
    const char *summary;
} commands[] = {
#define CH_CMD(name, summary) {#name, cmd_##name, summary},
#include "commands.def"
#undef CH_CMD
    {NULL, NULL, NULL}};

static void help(FILE *f)
{
    fprintf(f,
            "usage: chorus [--version] [--help] COMMAND [ARGS]\n"
            "\n"
            "chorus turns a pile of news articles (text, JSONL, HTML, WARC) into events.\n"
            "\n"
            "commands:\n");
    for (int i = 0; commands[i].name; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(f,
            "\n"
            "Inputs are files or directories (read recursively); '-' reads JSONL on stdin.\n"
            "Exit status: 0 all read, 3 done but records were skipped, 1 nothing usable,\n"
            "2 usage error. 'chorus COMMAND --help' shows a command's options.\n");
}

void ch_cli_warn(const ch_err *e, int skipped, void *ctx)
{
    ch_cli *cli = ctx;
    if (cli->quiet) return;
    fprintf(stderr, "chorus %s: warning: %s", cli->cmd, e->msg);
    if (e->input) {
        if (e->record) fprintf(stderr, " (%s:%zu)", e->input, e->record);
        else fprintf(stderr, " (%s)", e->input);
    }
    fputs(skipped ? " [skipped]\n" : "\n", stderr);
}

void ch_cli_print_json(cJSON *o)
{
    char *js = cJSON_PrintUnformatted(o);
    if (js) {
        fputs(js, stdout);
        fputc('\n', stdout);
        cJSON_free(js);
    }
    cJSON_Delete(o);
}

int ch_cli_usage_error(ch_cli *cli, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "chorus %s: error: ", cli->cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'chorus %s --help'.\n", cli->cmd);
    va_end(ap);
    return CH_EXIT_USAGE;
}

int ch_cli_ingest(ch_cli *cli, int n_inputs, char **inputs, int no_clean,
                  ch_article_fn on_article, void *ctx, ch_ingest_stats *stats)
{
    ch_ingest_opts o = {0};
    o.on_article = on_article;
    o.on_warn = ch_cli_warn;
    o.ctx = ctx;
    o.warn_ctx = cli;
    o.no_clean = no_clean;
    ch_err err = {0};
    ch_ingest *ing = ch_ingest_new(&o, &err);
    if (!ing) {
        fprintf(stderr, "chorus %s: error: %s\n", cli->cmd, err.msg);
        return CH_EXIT_FAIL;
    }
    cli->ing = ing;
    for (int i = 0; i < n_inputs; i++) {
        int rc = ch_ingest_path(ing, inputs[i]);
        if (rc < 0 && rc != CH_ENOTFOUND && rc != CH_EIO) break; /* stopped */
    }
    ch_ingest_get_stats(ing, stats);
    cli->ing = NULL;
    ch_ingest_free(ing);
    if (!stats->articles) return CH_EXIT_FAIL;
    return stats->skipped ? CH_EXIT_SKIPPED : CH_EXIT_OK;
}

int main(int argc, char **argv)
{
    ch_cli cli = {"", 0, NULL};
    if (argc < 2) {
        help(stderr);
        return CH_EXIT_USAGE;
    }
    const char *a = argv[1];
    if (!strcmp(a, "--help") || !strcmp(a, "-h") || !strcmp(a, "help")) {
        help(stdout);
        return CH_EXIT_OK;
    }
    if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
        printf("chorus %s\n", ch_version());
        return CH_EXIT_OK;
    }
    for (int i = 0; commands[i].name; i++) {
        if (strcmp(a, commands[i].name)) continue;
        cli.cmd = commands[i].name;
        return commands[i].fn(argc - 1, argv + 1, &cli);
    }
    fprintf(stderr, "chorus: error: unknown command '%s'\n", a);
    help(stderr);
    return CH_EXIT_USAGE;
}
