/* dedup.c - exact and near-duplicate pairs without all-pairs comparison.
 *
 * Candidates come from three indexes, each a sorted array of (key, article):
 * the folded-text hash (exact copies), paragraph hashes (a copy that keeps
 * whole paragraphs: syndication with a new headline, excerpts, truncated
 * crawls) and MinHash-LSH bands (edited copies). A bucket with more than
 * BUCKET_CAP articles is boilerplate and is not paired. Each candidate is
 * then verified on the exact shingle sets: a near-duplicate needs shingle
 * containment >= threshold and at least min_shared shared shingles; a
 * rewritten copy needs sentence coverage >= coverage. Translations (when
 * asked) are mutual best matches across languages on anchors (numbers and
 * names), weighted by inverse document frequency.
 */
#include "chorus/sketch.h"
#include "chorus/err.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* short keys: inlined, no call through the PLT */
#include <xxhash.h>

#define BUCKET_CAP 256

struct ch_dedup {
    ch_dedup_opts o;
    ch_sketch *sk;
    char **ids;
    char **langs;
    size_t n, cap;
    ch_dup_pair *pairs;
    size_t n_pairs, cap_pairs;
    size_t *leader;
    ch_dedup_stats st;
};

/* (key, article) records, always built in article order, so a stable sort
 * by key (ch_sort_u64key) orders them by (key, article) */
typedef struct {
    uint64_t key;
    uint32_t idx;
} entry;

static int cmp_pair_b(const void *x, const void *y)
{
    const ch_dup_pair *p = *(const ch_dup_pair *const *)x, *q = *(const ch_dup_pair *const *)y;
    if (p->b != q->b) return p->b < q->b ? -1 : 1;
    return p < q ? -1 : p > q;
}

static int cmp_pair(const void *a, const void *b)
{
    const ch_dup_pair *x = a, *y = b;
    if (x->a != y->a) return x->a < y->a ? -1 : 1;
    return x->b < y->b ? -1 : x->b > y->b;
}

ch_dedup *ch_dedup_new(const ch_dedup_opts *opts)
{
    ch_dedup *d = ch_calloc(1, sizeof *d);
    if (!d) return NULL;
    if (opts) d->o = *opts;
    if (d->o.threshold <= 0) d->o.threshold = 0.3;
    if (d->o.coverage <= 0) d->o.coverage = 0.5;
    if (d->o.min_shared <= 0) d->o.min_shared = 15;
    if (d->o.trans_threshold <= 0) d->o.trans_threshold = 0.25;
    return d;
}

void ch_dedup_free(ch_dedup *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->n; i++) {
        ch_sketch_release(&d->sk[i]);
        ch_free(d->ids[i]);
        ch_free(d->langs[i]);
    }
    ch_free(d->sk);
    ch_free(d->ids);
    ch_free(d->langs);
    ch_free(d->pairs);
    ch_free(d->leader);
    ch_free(d);
}

long ch_dedup_add(ch_dedup *d, const ch_article *a)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 256;
        ch_sketch *sk = ch_realloc(d->sk, cap * sizeof *sk);
        if (!sk) return CH_ENOMEM;
        d->sk = sk;
        char **ids = ch_realloc(d->ids, cap * sizeof *ids);
        if (!ids) return CH_ENOMEM;
        d->ids = ids;
        char **langs = ch_realloc(d->langs, cap * sizeof *langs);
        if (!langs) return CH_ENOMEM;
        d->langs = langs;
        d->cap = cap;
    }
    if (ch_sketch_compute2(a, &d->sk[d->n], !d->o.exhaustive) < 0) return CH_ENOMEM;
    const char *id = a->id ? a->id : "";
    d->ids[d->n] = ch_strndup(id, strlen(id));
    const char *lang = a->lang ? a->lang : "und";
    d->langs[d->n] = ch_strndup(lang, strlen(lang));
    if (!d->ids[d->n] || !d->langs[d->n]) {
        ch_sketch_release(&d->sk[d->n]);
        ch_free(d->ids[d->n]);
        ch_free(d->langs[d->n]);
        return CH_ENOMEM;
    }
    return (long)d->n++;
}

static int add_pair(ch_dedup *d, uint32_t a, uint32_t b, double sim, double jac, int kind)
{
    if (d->n_pairs == d->cap_pairs) {
        size_t cap = d->cap_pairs ? d->cap_pairs * 2 : 64;
        ch_dup_pair *p = ch_realloc(d->pairs, cap * sizeof *p);
        if (!p) return CH_ENOMEM;
        d->pairs = p;
        d->cap_pairs = cap;
    }
    d->pairs[d->n_pairs++] = (ch_dup_pair){a < b ? a : b, a < b ? b : a, (float)sim, (float)jac, kind};
    return CH_OK;
}

typedef struct {
    uint64_t *v;
    size_t n, cap;
} vec64;

static int push64(vec64 *v, uint64_t x)
{
    if (v->n == v->cap) {
        uint64_t *nv = ch_grow(v->v, &v->cap, sizeof *nv, 1024);
        if (!nv) return CH_ENOMEM;
        v->v = nv;
    }
    v->v[v->n++] = x;
    return CH_OK;
}

/* pair up the runs of equal keys */
static int runs_to_pairs(ch_dedup *d, entry *e, size_t n, vec64 *cand)
{
    ch_sort_u64key(e, n, sizeof *e); /* entries come in article order: stable by key = by (key, idx) */
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1;
        while (j < n && e[j].key == e[i].key) j++;
        if (j - i > BUCKET_CAP) {
            d->st.big_buckets++;
        } else {
            for (size_t x = i; x < j; x++)
                for (size_t y = x + 1; y < j; y++)
                    if (e[x].idx != e[y].idx)
                        CH_TRY(push64(cand, ((uint64_t)e[x].idx << 32) | e[y].idx));
        }
        i = j;
    }
    return CH_OK;
}

static int find_translations(ch_dedup *d)
{
    size_t n = d->n, total = 0;
    for (size_t i = 0; i < n; i++) total += d->sk[i].n_anchors;
    entry *e = ch_malloc((total ? total : 1) * sizeof *e);
    if (!e) return CH_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t a = 0; a < d->sk[i].n_anchors; a++)
            e[k++] = (entry){d->sk[i].anchors[a], (uint32_t)i};
    ch_sort_u64key(e, k, sizeof *e);
    /* postings: [start, end) per anchor run; idf per anchor */
    size_t df_cap = n / 20 > 50 ? n / 20 : 50;
    double *score = ch_calloc(n, sizeof *score);
    uint32_t *touched = ch_malloc((n ? n : 1) * sizeof *touched);
    int32_t *best = ch_malloc((n ? n : 1) * 8 * sizeof *best);     /* best match per (i, lang slot) */
    double *bests = ch_malloc((n ? n : 1) * 8 * sizeof *bests);
    double *wsum = ch_calloc(n, sizeof *wsum);
    int rc = CH_ENOMEM;
    if (!score || !touched || !best || !bests || !wsum) goto out;
    /* weight of every anchor occurrence, and each article's total weight */
    typedef struct { size_t s, e; double w; } run;
    size_t nruns = 0;
    run *runs = ch_malloc((k ? k : 1) * sizeof *runs);
    if (!runs) goto out;
    for (size_t i = 0; i < k;) {
        size_t j = i + 1;
        while (j < k && e[j].key == e[i].key) j++;
        double w = log((double)(n + 1) / (double)(j - i));
        runs[nruns++] = (run){i, j, w};
        for (size_t x = i; x < j; x++) wsum[e[x].idx] += w;
        i = j;
    }
    /* languages to slots */
    char langs[8][8];
    int nl = 0;
    int *slot = ch_malloc((n ? n : 1) * sizeof *slot);
    if (!slot) { ch_free(runs); goto out; }
    for (size_t i = 0; i < n; i++) {
        int s = -1;
        for (int l = 0; l < nl; l++) if (!strcmp(langs[l], d->langs[i])) s = l;
        if (s < 0 && nl < 8) { snprintf(langs[nl], 8, "%s", d->langs[i]); s = nl++; }
        slot[i] = s;
    }
    for (size_t i = 0; i < n * 8; i++) { best[i] = -1; bests[i] = 0; }
    /* article -> its anchor runs: walk runs by article via a second index */
    entry *byart = ch_malloc((k ? k : 1) * sizeof *byart);
    if (!byart) { ch_free(runs); ch_free(slot); goto out; }
    for (size_t r = 0; r < nruns; r++)
        for (size_t x = runs[r].s; x < runs[r].e; x++) byart[x] = (entry){((uint64_t)e[x].idx << 32) | r, e[x].idx};
    ch_sort_u64key(byart, k, sizeof *byart);
    size_t p = 0;
    for (size_t i = 0; i < n; i++) {
        size_t nt = 0;
        while (p < k && byart[p].idx == i) {
            run *r = &runs[byart[p].key & 0xffffffffu];
            if (r->e - r->s <= df_cap) {
                for (size_t x = r->s; x < r->e; x++) {
                    uint32_t j = e[x].idx;
                    if (j == i || slot[j] == slot[i] || slot[j] < 0) continue;
                    if (score[j] == 0) touched[nt++] = j;
                    score[j] += r->w;
                }
            }
            p++;
        }
        for (size_t t = 0; t < nt; t++) {
            uint32_t j = touched[t];
            double inter = score[j];
            double uni = wsum[i] + wsum[j] - inter;
            double sim = uni > 0 ? inter / uni : 0;
            score[j] = 0;
            int s = slot[j];
            if (s >= 0 && sim > bests[i * 8 + (size_t)s]) { bests[i * 8 + (size_t)s] = sim; best[i * 8 + (size_t)s] = (int32_t)j; }
        }
    }
    rc = CH_OK;
    for (size_t i = 0; i < n && rc == CH_OK; i++) {
        for (int s = 0; s < nl; s++) {
            int32_t j = best[i * 8 + (size_t)s];
            if (j < 0 || (size_t)j <= i) continue;
            if (best[(size_t)j * 8 + (size_t)slot[i]] != (int32_t)i) continue; /* mutual best */
            double sim = bests[i * 8 + (size_t)s];
            if (sim >= d->o.trans_threshold) rc = add_pair(d, (uint32_t)i, (uint32_t)j, sim, 0, CH_DUP_TRANSLATION);
        }
    }
    ch_free(runs);
    ch_free(slot);
    ch_free(byart);
out:
    ch_free(e);
    ch_free(score);
    ch_free(touched);
    ch_free(best);
    ch_free(bests);
    ch_free(wsum);
    return rc;
}

int ch_dedup_run(ch_dedup *d)
{
    size_t n = d->n;
    d->n_pairs = 0;
    memset(&d->st, 0, sizeof d->st);
    vec64 cand = {0};
    entry *e = NULL;
    int rc = CH_ENOMEM;
    /* exact copies */
    e = ch_malloc((n ? n : 1) * sizeof *e);
    if (!e) goto out;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (d->sk[i].text_hash) e[k++] = (entry){d->sk[i].text_hash, (uint32_t)i};
    ch_sort_u64key(e, k, sizeof *e);
    for (size_t i = 0; i < k;) {
        size_t j = i + 1;
        while (j < k && e[j].key == e[i].key) j++;
        for (size_t x = i; x < j; x++)
            for (size_t y = x + 1; y < j && (x == i || j - i <= 100); y++)
                if (add_pair(d, e[x].idx, e[y].idx, 1.0, 1.0, CH_DUP_EXACT) < 0) goto out;
        i = j;
    }
    ch_free(e);
    e = NULL;
    if (d->o.exhaustive) { /* a few articles: every pair is a candidate */
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                if (push64(&cand, ((uint64_t)i << 32) | j) < 0) goto out;
        goto verify;
    }
    /* paragraphs and LSH bands */
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += d->sk[i].n_paras + (d->sk[i].n_shingles ? CH_SKETCH_BANDS : 0);
    e = ch_malloc((total ? total : 1) * sizeof *e);
    if (!e) goto out;
    k = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t p = 0; p < d->sk[i].n_paras; p++) e[k++] = (entry){d->sk[i].paras[p], (uint32_t)i};
    if (runs_to_pairs(d, e, k, &cand) < 0) goto out;
    k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!d->sk[i].n_shingles) continue;
        for (int b = 0; b < CH_SKETCH_BANDS; b++) {
            uint64_t key = XXH3_64bits_withSeed(&d->sk[i].minhash[b * CH_SKETCH_ROWS],
                                                CH_SKETCH_ROWS * sizeof(uint32_t), (uint64_t)b);
            e[k++] = (entry){key, (uint32_t)i};
        }
    }
    if (runs_to_pairs(d, e, k, &cand) < 0) goto out;
    ch_free(e);
    e = NULL;
verify:
    ch_sort_u64key(cand.v, cand.n, sizeof *cand.v);
    size_t u = 0;
    for (size_t i = 0; i < cand.n; i++)
        if (!u || cand.v[i] != cand.v[u - 1]) cand.v[u++] = cand.v[i];
    d->st.candidates = u;
    /* verify */
    for (size_t i = 0; i < u; i++) {
        uint32_t a = (uint32_t)(cand.v[i] >> 32), b = (uint32_t)cand.v[i];
        const ch_sketch *x = &d->sk[a], *y = &d->sk[b];
        if (x->text_hash && x->text_hash == y->text_hash) continue; /* exact, done */
        uint32_t shared;
        double c = ch_sketch_containment(x, y, &shared);
        uint32_t uni = x->n_shingles + y->n_shingles - shared;
        double j = uni ? (double)shared / uni : 0.0; /* the same intersection */
        if (c >= d->o.threshold && (int)shared >= d->o.min_shared) {
            if (add_pair(d, a, b, c, j, CH_DUP_NEAR) < 0) goto out;
        } else if (c >= 0.08) {
            double cov = ch_sketch_coverage_min(x, y, d->o.coverage);
            if (cov >= d->o.coverage && add_pair(d, a, b, cov, j, CH_DUP_PARAPHRASE) < 0) goto out;
        }
    }
    if (d->o.translations && find_translations(d) < 0) goto out;
    ch_qsort(d->pairs, d->n_pairs, sizeof *d->pairs, cmp_pair);
    /* leaders: an article joins the most similar earlier leader it is itself
     * a copy of; never the closure of pair edges */
    ch_free(d->leader);
    d->leader = ch_malloc((n ? n : 1) * sizeof *d->leader);
    if (!d->leader) goto out;
    for (size_t i = 0; i < n; i++) d->leader[i] = i;
    {
        /* pairs are sorted by a; index them by b */
        ch_dup_pair **byb = ch_malloc((d->n_pairs ? d->n_pairs : 1) * sizeof *byb);
        if (!byb) goto out;
        for (size_t i = 0; i < d->n_pairs; i++) byb[i] = &d->pairs[i];
        /* by b, then by position in pairs (a stable order): one story syndicated
         * 500 times is 125k pairs, so no insertion sort here */
        ch_qsort(byb, d->n_pairs, sizeof *byb, cmp_pair_b);
        for (size_t i = 0; i < d->n_pairs;) {
            size_t j = i;
            uint32_t b = byb[i]->b;
            double bs = -1;
            size_t bl = b;
            while (j < d->n_pairs && byb[j]->b == b) {
                const ch_dup_pair *p = byb[j];
                if (p->kind != CH_DUP_TRANSLATION && d->leader[p->a] == p->a && p->similarity > bs) {
                    bs = p->similarity;
                    bl = p->a;
                }
                j++;
            }
            d->leader[b] = bl;
            i = j;
        }
        ch_free(byb);
    }
    rc = CH_OK;
out:
    ch_free(e);
    ch_free(cand.v);
    return rc;
}

size_t ch_dedup_count(const ch_dedup *d) { return d->n; }
const char *ch_dedup_id(const ch_dedup *d, size_t i) { return i < d->n ? d->ids[i] : NULL; }

const ch_dup_pair *ch_dedup_pairs(const ch_dedup *d, size_t *n)
{
    *n = d->n_pairs;
    return d->pairs;
}

size_t ch_dedup_group(const ch_dedup *d, size_t i)
{
    return d->leader && i < d->n ? d->leader[i] : i;
}

void ch_dedup_get_stats(const ch_dedup *d, ch_dedup_stats *st) { *st = d->st; }

size_t ch_dedup_differs(const ch_dedup *d, const ch_dup_pair *p, ch_figure_diff *out, size_t cap)
{
    if (p->kind == CH_DUP_TRANSLATION) return 0;
    const ch_sketch *x = &d->sk[p->a], *y = &d->sk[p->b];
    size_t k = 0;
    for (uint32_t i = 0; i < x->n_figures && k < cap; i++) {
        int same = 0, other = -1;
        for (uint32_t j = 0; j < y->n_figures; j++) {
            if (x->fig_left[i] != y->fig_left[j] && x->fig_right[i] != y->fig_right[j]) continue;
            if (!strcmp(x->figures[i], y->figures[j])) { same = 1; break; }
            if (other < 0) other = (int)j;
        }
        if (same || other < 0) continue;
        int dup = 0; /* report each (a, b) once */
        for (size_t q = 0; q < k; q++)
            if (!strcmp(out[q].a, x->figures[i]) && !strcmp(out[q].b, y->figures[other])) dup = 1;
        if (!dup) out[k++] = (ch_figure_diff){x->figures[i], y->figures[other]};
    }
    return k;
}
