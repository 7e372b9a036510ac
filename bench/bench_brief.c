/* bench_brief.c - time ch_brief_build on one event read from a JSONL file
 * (all its articles, parsed first and not timed): median of R runs.
 * Build: see bench/bench_brief.sh. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "chorus/chorus.h"

static ch_article *arts[4096];
static size_t n;

static int on_article(ch_article *a, void *ctx)
{
    (void)ctx;
    if (n < 4096) arts[n++] = a;
    else ch_article_free(a);
    return 0;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: bench_brief FILE.jsonl [runs]\n"); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 21;
    ch_ingest_opts o = {0};
    o.on_article = on_article;
    ch_ingest *ing = ch_ingest_new(&o, NULL);
    ch_ingest_path(ing, argv[1]);
    ch_ingest_free(ing);
    double t[101];
    if (runs > 101) runs = 101;
    for (int r = 0; r < runs; r++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        ch_brief *br = ch_brief_build(arts, n, "bench", NULL, NULL);
        clock_gettime(CLOCK_MONOTONIC, &b);
        t[r] = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
        ch_brief_free(br);
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_d);
    printf("%zu articles: brief in %.2f ms (median of %d; min %.2f, max %.2f)\n", n, t[runs / 2], runs, t[0], t[runs - 1]);
    for (size_t i = 0; i < n; i++) ch_article_free(arts[i]);
    return 0;
}
