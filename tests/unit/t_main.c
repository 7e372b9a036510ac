/* t_main.c - the unit test runner: helpers and the suite list. */
#define _POSIX_C_SOURCE 200809L
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int on_article(ch_article *a, void *ctx)
{
    collected *c = ctx;
    if (c->n < sizeof c->a / sizeof c->a[0]) c->a[c->n++] = a;
    else ch_article_free(a);
    return 0;
}

static void on_warn(const ch_err *e, int skipped, void *ctx)
{
    collected *c = ctx;
    if (c->n_warn < 64) {
        snprintf(c->warn[c->n_warn], sizeof c->warn[0], "%s (%s:%zu)", e->msg,
                 e->input ? e->input : "", e->record);
        c->warn_skipped[c->n_warn] = skipped;
        c->n_warn++;
    }
}

void collect_path(collected *c, const char *path, int no_clean)
{
    memset(c, 0, sizeof *c);
    ch_ingest_opts o = {0};
    o.on_article = on_article;
    o.on_warn = on_warn;
    o.ctx = c;
    o.no_clean = no_clean;
    o.max_record = 1 << 20;
    ch_err err = {0};
    ch_ingest *ing = ch_ingest_new(&o, &err);
    ck_assert_ptr_nonnull(ing);
    c->rc = ch_ingest_path(ing, path);
    ch_ingest_get_stats(ing, &c->st);
    ch_ingest_free(ing);
}

void collected_free(collected *c)
{
    for (size_t i = 0; i < c->n; i++) ch_article_free(c->a[i]);
    c->n = 0;
}

ch_article *find_article(collected *c, const char *id)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->a[i]->id && !strcmp(c->a[i]->id, id)) return c->a[i];
    return NULL;
}

int has_warning(const collected *c, const char *needle)
{
    for (size_t i = 0; i < c->n_warn; i++)
        if (strstr(c->warn[i], needle)) return 1;
    return 0;
}

int removed_has(const ch_article *a, const char *needle, const char *rule)
{
    for (size_t i = 0; i < a->n_removed; i++)
        if (strstr(a->removed[i].line, needle) && (!rule || !strcmp(rule, a->removed[i].rule)))
            return 1;
    return 0;
}

int text_has(const ch_article *a, const char *needle) { return strstr(a->text, needle) != NULL; }

const char *shared_dir(void)
{
    static char buf[4096];
    const char *e = getenv("CHORUS_SHARED");
    snprintf(buf, sizeof buf, "%s", e && *e ? e : "../../shared");
    struct stat sb;
    char probe[4200];
    snprintf(probe, sizeof probe, "%s/seeds", buf);
    if (stat(probe, &sb) < 0) return NULL;
    return buf;
}

static char tmpd[256];

const char *tmp_dir(void)
{
    if (!tmpd[0]) {
        snprintf(tmpd, sizeof tmpd, "/tmp/chorus-test-XXXXXX");
        if (!mkdtemp(tmpd)) abort();
    }
    return tmpd;
}

void tmp_cleanup(void)
{
    if (!tmpd[0]) return;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpd);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", tmpd);
    tmpd[0] = '\0';
}

const char *tmp_write(const char *name, const void *data, size_t n)
{
    static char ring[8][512];
    static int k;
    char *p = ring[k++ % 8];
    snprintf(p, 512, "%s/%s", tmp_dir(), name);
    /* create parent dirs */
    for (char *s = p + strlen(tmp_dir()) + 1; *s; s++) {
        if (*s == '/') {
            *s = '\0';
            mkdir(p, 0700);
            *s = '/';
        }
    }
    FILE *f = fopen(p, "wb");
    ck_assert_ptr_nonnull(f);
    if (n) ck_assert_uint_eq(fwrite(data, 1, n, f), n);
    fclose(f);
    return p;
}

ch_article *make_article(const char *id, const char *lang, const char *date, const char *text)
{
    ch_article *a = ch_article_new();
    ck_assert_ptr_nonnull(a);
    a->id = ch_article_strdup(a, id, strlen(id));
    a->lang = ch_article_strdup(a, lang, strlen(lang));
    a->date = date ? ch_article_strdup(a, date, strlen(date)) : NULL;
    a->text = ch_article_strdup(a, text, strlen(text));
    a->text_len = strlen(text);
    ch_span *sp;
    long n = ch_text_split_sentences(a->text, a->text_len, lang, &a->arena, &sp);
    ck_assert_int_ge(n, 0);
    a->sentences = sp;
    a->n_sentences = (size_t)n;
    return a;
}

void clean_str(const char *s, int first_line_title, ch_arena *arena, ch_clean_result *out)
{
    ch_clean_hint h = {0};
    h.first_line_may_be_title = first_line_title;
    ck_assert_int_eq(ch_clean_text(s, strlen(s), &h, arena, out), CH_OK);
}

int main(void)
{
    SRunner *sr = srunner_create(suite_text());
    srunner_add_suite(sr, suite_clean());
    srunner_add_suite(sr, suite_ingest());
    srunner_add_suite(sr, suite_seeds());
    srunner_add_suite(sr, suite_sketch());
    srunner_add_suite(sr, suite_cluster());
    srunner_add_suite(sr, suite_extract());
    srunner_add_suite(sr, suite_brief());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    tmp_cleanup();
    return failed ? 1 : 0;
}
