/* test.h - shared helpers for the unit tests (Check framework). */
#ifndef CHORUS_TEST_H
#define CHORUS_TEST_H

#include <check.h>
#include <stddef.h>

#include "chorus/chorus.h"

/* Articles and warnings collected from one ingest run. */
typedef struct {
    ch_article *a[256];
    size_t n;
    char warn[64][320];
    int warn_skipped[64];
    size_t n_warn;
    ch_ingest_stats st;
    int rc;
} collected;

/* Ingest `path` (file, dir or "-") into c. */
void collect_path(collected *c, const char *path, int no_clean);
/* Free what collect_path gathered. */
void collected_free(collected *c);
/* The article whose id is `id`, or NULL. */
ch_article *find_article(collected *c, const char *id);
/* 1 if some warning contains `needle`. */
int has_warning(const collected *c, const char *needle);
/* 1 if the article's removed list has a line containing `needle` with
 * rule `rule` (rule NULL = any). */
int removed_has(const ch_article *a, const char *needle, const char *rule);
/* 1 if text contains needle. */
int text_has(const ch_article *a, const char *needle);

/* Path to ../shared (CHORUS_SHARED or "../../shared"); NULL if absent. */
const char *shared_dir(void);
/* A fresh temporary directory (removed by tmp_cleanup). */
const char *tmp_dir(void);
void tmp_cleanup(void);
/* Write a file under the temp dir; returns its full path (static buffer
 * ring of 8). */
const char *tmp_write(const char *name, const void *data, size_t n);

/* An article made from a string (id, lang and date copied; date may be
 * NULL), split into sentences as the ingest does. */
ch_article *make_article(const char *id, const char *lang, const char *date, const char *text);

/* Clean a string with default hints; result strings live in *arena. */
void clean_str(const char *s, int first_line_title, ch_arena *arena, ch_clean_result *out);

Suite *suite_text(void);
Suite *suite_clean(void);
Suite *suite_ingest(void);
Suite *suite_seeds(void);
Suite *suite_sketch(void);
Suite *suite_cluster(void);
Suite *suite_extract(void);
Suite *suite_brief(void);

#endif
