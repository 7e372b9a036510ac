/* eval.h - clustering and duplicate-pair metrics.
 *
 * BCubed precision/recall/F1 (Bagga & Baldwin; per item, averaged), the
 * pairwise ("standard") precision/recall/F1 of Miranda et al., and pair
 * precision/recall/F1 for duplicate detection. Items are dense indexes
 * 0..n-1; labels are small integers (equal label = same cluster).
 */
#ifndef CHORUS_EVAL_H
#define CHORUS_EVAL_H

#include <stddef.h>
#include <stdint.h>

typedef struct ch_prf {
    double precision, recall, f1;
} ch_prf;

typedef struct ch_cluster_scores {
    ch_prf bcubed;
    ch_prf pairwise;
    size_t n_items, n_gold, n_pred;  /* items, gold clusters, predicted clusters */
} ch_cluster_scores;

/* Score predicted labels against gold labels for n items. CH_OK or
 * CH_ENOMEM. */
int ch_eval_clusters(const uint32_t *gold, const uint32_t *pred, size_t n, ch_cluster_scores *out);

/* Pair scores: gold and predicted pairs as (a << 32 | b) with a < b; the
 * arrays are sorted and deduplicated in place. */
ch_prf ch_eval_pairs(uint64_t *gold, size_t n_gold, uint64_t *pred, size_t n_pred);

#endif
