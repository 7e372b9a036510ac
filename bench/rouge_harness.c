/* rouge_harness.c - drive chorus's own ROUGE code (ch_rouge_n from
 * build/libchorus.a, unchanged) on pairs given on stdin, for the js-rouge
 * cross-check in bench/rouge_check.mjs. Not part of the library or the CLI;
 * built into /tmp by bench/bench_summary.sh:
 *
 *   cc -O2 -Iinclude $(pkg-config --cflags libxxhash) bench/rouge_harness.c build/libchorus.a \
 *      $(pkg-config --libs libutf8proc libxml-2.0 libcjson libxxhash zlib libexttextcat) \
 *      -lstemmer -lm -lpthread -Wl,--wrap=ch_stemmer_new,--wrap=ch_stemmer_stem -o /tmp/chorus-rouge-harness
 *
 * Modes:
 *   rouge_harness [--nostem | --stem-min K] [--words N]
 *                                          stdin: ID\tSUMMARY\tREF1[\tREF2...] per line
 *                                          stdout: ID\tR1_RECALL\tR2_RECALL (%.6f)
 *   rouge_harness --stems                  stdin: one word per line
 *                                          stdout: WORD\tSTEM (Snowball "porter", as chorus uses)
 *
 * --nostem: the linker wraps ch_stemmer_new (-Wl,--wrap); with --nostem the
 * wrapper returns NULL, and ch_rouge_n then hashes the unstemmed lowercased
 * token (its `st ? ch_stemmer_stem(...) : w` branch). Everything else (tokens,
 * truncation, clipping, averaging) is chorus's code as shipped.
 * --stem-min K: simulate a proposed fix: ch_stemmer_stem (also wrapped,
 * -Wl,--wrap=ch_stemmer_stem) leaves words shorter than K bytes unstemmed;
 * K = 4 is ROUGE-1.5.5's rule (-m stems only tokens longer than 3 chars). */
#define _POSIX_C_SOURCE 200809L
#include "chorus/rouge.h"
#include "chorus/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int nostem;
static size_t stem_min;

const char *__real_ch_stemmer_stem(ch_stemmer *st, const char *w, size_t n, size_t *out_len);
const char *__wrap_ch_stemmer_stem(ch_stemmer *st, const char *w, size_t n, size_t *out_len);
const char *__wrap_ch_stemmer_stem(ch_stemmer *st, const char *w, size_t n, size_t *out_len)
{
    if (n < stem_min) {
        *out_len = n;
        return w;
    }
    return __real_ch_stemmer_stem(st, w, n, out_len);
}

ch_stemmer *__real_ch_stemmer_new(const char *lang);
ch_stemmer *__wrap_ch_stemmer_new(const char *lang);
ch_stemmer *__wrap_ch_stemmer_new(const char *lang)
{
    return nostem ? NULL : __real_ch_stemmer_new(lang);
}

int main(int argc, char **argv)
{
    size_t words = 100;
    int stems = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--nostem")) nostem = 1;
        else if (!strcmp(argv[i], "--stems")) stems = 1;
        else if (!strcmp(argv[i], "--stem-min") && i + 1 < argc) stem_min = (size_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--words") && i + 1 < argc) words = (size_t)strtoul(argv[++i], NULL, 10);
        else { fprintf(stderr, "usage: rouge_harness [--nostem | --stem-min K] [--words N] | --stems\n"); return 2; }
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    ch_stemmer *st = stems ? ch_stemmer_new("porter") : NULL;
    while ((len = getline(&line, &cap, stdin)) > 0) {
        if (line[len - 1] == '\n') line[--len] = 0;
        if (stems) {
            size_t sl;
            const char *s = ch_stemmer_stem(st, line, (size_t)len, &sl);
            printf("%s\t%.*s\n", line, (int)sl, s);
            continue;
        }
        char *f[64];
        int nf = 0;
        for (char *p = line, *tab; nf < 64; p = tab + 1) {
            f[nf++] = p;
            if (!(tab = strchr(p, '\t'))) break;
            *tab = 0;
        }
        if (nf < 3) continue;
        ch_rouge a, b;
        ch_rouge_n(f[1], (const char *const *)(f + 2), (size_t)(nf - 2), 1, words, &a);
        ch_rouge_n(f[1], (const char *const *)(f + 2), (size_t)(nf - 2), 2, words, &b);
        printf("%s\t%.6f\t%.6f\n", f[0], a.recall, b.recall);
    }
    ch_stemmer_free(st);
    free(line);
    return 0;
}
