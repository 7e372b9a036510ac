/* rouge.c - ROUGE-N recall/precision with Porter stemming. */
#include "chorus/rouge.h"
#include "chorus/alloc.h"
#include "chorus/err.h"
#include "chorus/text.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* token hashes (stemmed), at most `cap_words` of them (0 = all) */
static size_t tokens(const char *s, ch_stemmer *st, size_t cap_words, uint64_t **out)
{
    size_t n = 0, cap = 64;
    uint64_t *v = ch_malloc(cap * sizeof *v);
    if (!v) { *out = NULL; return (size_t)-1; }
    char w[128];
    while (*s) {
        while (*s && !isalnum((unsigned char)*s)) s++;
        size_t k = 0;
        while (*s && isalnum((unsigned char)*s)) {
            if (k < sizeof w - 1) w[k++] = (char)tolower((unsigned char)*s);
            s++;
        }
        if (!k) break;
        if (cap_words && n == cap_words) break;
        size_t sl = k;
        /* like ROUGE-1.5.5, only words longer than 3 letters are stemmed
         * (Snowball's porter would make "as" an "a") */
        const char *stem = st && k > 3 ? ch_stemmer_stem(st, w, k, &sl) : w;
        if (n == cap) {
            cap *= 2;
            uint64_t *nv = ch_realloc(v, cap * sizeof *nv);
            if (!nv) { ch_free(v); *out = NULL; return (size_t)-1; }
            v = nv;
        }
        v[n++] = XXH3_64bits(stem, sl);
    }
    *out = v;
    return n;
}

/* sorted n-gram hashes of a token list */
static size_t grams(const uint64_t *t, size_t n, int g, uint64_t **out)
{
    if (n < (size_t)g) { *out = ch_malloc(8); return 0; }
    size_t m = n - (size_t)g + 1;
    uint64_t *v = ch_malloc(m * sizeof *v);
    if (!v) { *out = NULL; return 0; }
    for (size_t i = 0; i < m; i++) v[i] = g == 1 ? t[i] : XXH3_64bits(t + i, (size_t)g * sizeof *t);
    ch_qsort(v, m, sizeof *v, ch_cmp_u64);
    *out = v;
    return m;
}

/* clipped matches between two sorted multisets */
static size_t matches(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j]) i++;
        else if (a[i] > b[j]) j++;
        else { k++; i++; j++; }
    }
    return k;
}

int ch_rouge_n(const char *summary, const char *const *refs, size_t n_refs, int n, size_t words, ch_rouge *out)
{
    out->recall = out->precision = out->f1 = 0;
    ch_stemmer *st = ch_stemmer_new("porter");
    uint64_t *ts, *gs;
    size_t nt = tokens(summary, st, words, &ts);
    if (nt == (size_t)-1) { ch_stemmer_free(st); return CH_ENOMEM; }
    size_t ng = grams(ts, nt, n, &gs);
    double rsum = 0, psum = 0;
    int rc = CH_OK;
    for (size_t r = 0; r < n_refs; r++) {
        uint64_t *tr, *gr;
        size_t ntr = tokens(refs[r], st, 0, &tr);
        if (ntr == (size_t)-1) { rc = CH_ENOMEM; break; }
        size_t ngr = grams(tr, ntr, n, &gr);
        size_t m = matches(gs, ng, gr, ngr);
        rsum += ngr ? (double)m / (double)ngr : 0;
        psum += ng ? (double)m / (double)ng : 0;
        ch_free(tr);
        ch_free(gr);
    }
    ch_free(ts);
    ch_free(gs);
    ch_stemmer_free(st);
    if (n_refs) {
        out->recall = rsum / (double)n_refs;
        out->precision = psum / (double)n_refs;
        double s = out->recall + out->precision;
        out->f1 = s > 0 ? 2 * out->recall * out->precision / s : 0;
    }
    return rc;
}
