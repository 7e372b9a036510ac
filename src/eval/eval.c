/* eval.c - BCubed, pairwise and pair metrics over a contingency table. */
#include "chorus/eval.h"
#include "chorus/alloc.h"
#include "chorus/err.h"

#include <stdlib.h>

static ch_prf prf(double p, double r)
{
    ch_prf x = {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
    return x;
}

static size_t count_distinct(const uint32_t *v, size_t n, uint32_t max, size_t *sizes)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!sizes[v[i]]) k++;
        sizes[v[i]]++;
    }
    (void)max;
    return k;
}

int ch_eval_clusters(const uint32_t *gold, const uint32_t *pred, size_t n, ch_cluster_scores *out)
{
    uint32_t mg = 0, mp = 0;
    for (size_t i = 0; i < n; i++) {
        if (gold[i] > mg) mg = gold[i];
        if (pred[i] > mp) mp = pred[i];
    }
    size_t *gs = ch_calloc((size_t)mg + 1, sizeof *gs), *ps = ch_calloc((size_t)mp + 1, sizeof *ps);
    uint64_t *cell = ch_malloc((n ? n : 1) * sizeof *cell);
    if (!gs || !ps || !cell) {
        ch_free(gs); ch_free(ps); ch_free(cell);
        return CH_ENOMEM;
    }
    out->n_items = n;
    out->n_gold = count_distinct(gold, n, mg, gs);
    out->n_pred = count_distinct(pred, n, mp, ps);
    for (size_t i = 0; i < n; i++) cell[i] = ((uint64_t)pred[i] << 32) | gold[i];
    ch_qsort(cell, n, sizeof *cell, ch_cmp_u64);
    double bp = 0, br = 0, tp = 0, pp = 0, gp = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && cell[j] == cell[i]) j++;
        double c = (double)(j - i);
        uint32_t p = (uint32_t)(cell[i] >> 32), g = (uint32_t)cell[i];
        bp += c * c / (double)ps[p];
        br += c * c / (double)gs[g];
        tp += c * (c - 1) / 2;
        i = j;
    }
    for (uint32_t p = 0; p <= mp; p++) pp += (double)ps[p] * ((double)ps[p] - 1) / 2;
    for (uint32_t g = 0; g <= mg; g++) gp += (double)gs[g] * ((double)gs[g] - 1) / 2;
    out->bcubed = prf(n ? bp / (double)n : 0, n ? br / (double)n : 0);
    out->pairwise = prf(pp > 0 ? tp / pp : (gp > 0 ? 0 : 1), gp > 0 ? tp / gp : 1);
    ch_free(gs);
    ch_free(ps);
    ch_free(cell);
    return CH_OK;
}

static size_t uniq(uint64_t *v, size_t n)
{
    if (!n) return 0;
    ch_qsort(v, n, sizeof *v, ch_cmp_u64);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[k - 1]) v[k++] = v[i];
    return k;
}

ch_prf ch_eval_pairs(uint64_t *gold, size_t n_gold, uint64_t *pred, size_t n_pred)
{
    n_gold = uniq(gold, n_gold);
    n_pred = uniq(pred, n_pred);
    size_t i = 0, j = 0, tp = 0;
    while (i < n_gold && j < n_pred) {
        if (gold[i] < pred[j]) i++;
        else if (gold[i] > pred[j]) j++;
        else { tp++; i++; j++; }
    }
    return prf(n_pred ? (double)tp / (double)n_pred : (n_gold ? 0 : 1),
               n_gold ? (double)tp / (double)n_gold : 1);
}
