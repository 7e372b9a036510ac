/* cli.h - what the subcommands share: exit codes, warnings, input loop. */
#ifndef CHORUS_CLI_H
#define CHORUS_CLI_H

#include <stdio.h>

#include "chorus/chorus.h"

/* Exit codes (named, as jq does). */
enum {
    CH_EXIT_OK = 0,       /* all input read */
    CH_EXIT_FAIL = 1,     /* nothing usable */
    CH_EXIT_USAGE = 2,    /* bad command line */
    CH_EXIT_SKIPPED = 3   /* done, but some records were skipped */
};

typedef struct ch_cli {
    const char *cmd;  /* subcommand name, for messages */
    int quiet;        /* -q: no warnings */
    ch_ingest *ing;   /* the running reader (for progress), or NULL */
} ch_cli;

#define CH_CMD(name, summary) int cmd_##name(int argc, char **argv, ch_cli *cli);
#include "commands.def"
#undef CH_CMD

/* Prints "chorus CMD: warning: MSG (INPUT:RECORD)" unless quiet. */
void ch_cli_warn(const ch_err *e, int skipped, void *cli);

/* Read every input (files, dirs, "-") into on_article; returns the exit
 * code from the ingest counters. */
int ch_cli_ingest(ch_cli *cli, int n_inputs, char **inputs, int no_clean,
                  ch_article_fn on_article, void *ctx, ch_ingest_stats *stats);

/* --db, else $CHORUS_DB, else ./chorus.db */
const char *ch_cli_db_path(const char *opt);

/* Print o as one line of JSON on stdout, then free it. */
struct cJSON;
void ch_cli_print_json(struct cJSON *o);

/* Print "usage" lines and return CH_EXIT_USAGE. */
int ch_cli_usage_error(ch_cli *cli, const char *fmt, ...);

#endif
