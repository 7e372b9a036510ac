/* sketch.h - per-article sketches and near-duplicate detection.
 *
 * A sketch is what dedup keeps of an article instead of its text (memory per
 * article is bounded by the sketch): a hash of the folded word sequence
 * (exact copies), hashes of its paragraphs (exact paragraph copies), the
 * sorted set of its word 3-gram shingle hashes (32 bit, all-stop-word
 * shingles dropped, at most CH_SKETCH_MAX_SHINGLES) and their MinHash
 * signature, per-sentence content-word hashes (paraphrase check), the
 * figures as written (to say which figures differ) and language-independent
 * anchors (numbers and names, for translated copies).
 *
 * Dedup (ch_dedup) finds candidate pairs without comparing all pairs: equal
 * text hashes, shared paragraph hashes, and MinHash-LSH banding
 * (CH_SKETCH_BANDS x CH_SKETCH_ROWS); every candidate is verified on the
 * exact shingle sets before it is reported, and groups are formed by
 * leaders (a copy joins an earlier article it is itself similar to), never
 * by the transitive closure of candidate edges. docs/dedup.md explains the
 * parameters.
 */
#ifndef CHORUS_SKETCH_H
#define CHORUS_SKETCH_H

#include <stddef.h>
#include <stdint.h>

#include "chorus/article.h"

#define CH_SKETCH_K 128            /* MinHash permutations */
#define CH_SKETCH_BANDS 64         /* LSH bands ... */
#define CH_SKETCH_ROWS 2           /* ... of 2 rows: candidate threshold ~0.125 */
#define CH_SKETCH_SHINGLE 3        /* words per shingle */
#define CH_SKETCH_MAX_SHINGLES 4096

typedef struct ch_sketch {
    uint64_t text_hash;      /* hash of the folded word sequence; 0 = no words */
    uint32_t n_words;        /* word and number tokens */
    uint32_t *shingles;      /* sorted unique shingle hashes */
    uint32_t n_shingles;
    uint32_t minhash[CH_SKETCH_K];
    uint64_t *paras;         /* sorted unique hashes of paragraphs >= 80 bytes */
    uint32_t n_paras;
    uint32_t *sent_words;    /* content-word hashes, sentence by sentence, each sorted */
    uint32_t *sent_start;    /* n_sents + 1 offsets into sent_words */
    uint32_t n_sents;
    char **figures;          /* number tokens as written ("3,200", "$4.2", "12%") */
    uint32_t *fig_left;      /* hash of the two words before each figure */
    uint32_t *fig_right;     /* hash of the two words after each figure */
    uint32_t n_figures;
    uint32_t *anchors;       /* sorted unique hashes of numbers and names */
    uint32_t n_anchors;
} ch_sketch;

/* Sketch an article. Memory is the sketch's own (ch_sketch_release).
 * CH_OK or CH_ENOMEM. Thread-safe. */
int ch_sketch_compute(const ch_article *a, ch_sketch *out);
/* The same; minhash = 0 leaves the signature out (for exhaustive dedup of a few articles). */
int ch_sketch_compute2(const ch_article *a, ch_sketch *out, int minhash);
void ch_sketch_release(ch_sketch *s);   /* zeroed sketch ok */

/* Similarities on two sketches, in [0, 1]. */
double ch_sketch_jaccard(const ch_sketch *a, const ch_sketch *b);
/* |A n B| / min(|A|, |B|) over shingles: 1 when one is an excerpt of the other. */
double ch_sketch_containment(const ch_sketch *a, const ch_sketch *b, uint32_t *shared);
/* Share of the shorter article's sentences (4+ content words) that have a
 * counterpart in the other with content-word Jaccard >= 0.5: high for a
 * rewritten ("spun") copy that keeps the sentences in its own words. */
double ch_sketch_coverage(const ch_sketch *a, const ch_sketch *b);
/* The same, but it may stop early once the share cannot reach `min`: the
 * value is exact when >= min, and some value below min otherwise. */
double ch_sketch_coverage_min(const ch_sketch *a, const ch_sketch *b, double min);
/* MinHash estimate of the Jaccard similarity. */
double ch_sketch_minhash_estimate(const ch_sketch *a, const ch_sketch *b);

/* ===== Dedup ===== */

enum { CH_DUP_EXACT = 1, CH_DUP_NEAR, CH_DUP_PARAPHRASE, CH_DUP_TRANSLATION };

typedef struct ch_dedup_opts {
    double threshold;      /* shingle containment for a near-duplicate; 0 = 0.3 */
    double coverage;       /* sentence coverage for a rewritten copy; 0 = 0.5 */
    int min_shared;        /* shared shingles needed besides; 0 = 15 */
    int translations;      /* 1: also find translated copies (different languages) */
    double trans_threshold;/* anchor similarity for a translation; 0 = 0.25 */
    int exhaustive;        /* 1: verify every pair, no LSH (for a few hundred articles) */
} ch_dedup_opts;

typedef struct ch_dup_pair {
    uint32_t a, b;         /* article indexes, a < b (a was added first) */
    float similarity;      /* the score that decided: containment, coverage or anchors */
    float jaccard;         /* shingle Jaccard */
    int kind;              /* CH_DUP_* */
} ch_dup_pair;

typedef struct ch_figure_diff {
    const char *a;         /* figure only in article a, or NULL */
    const char *b;         /* figure only in article b, or NULL */
} ch_figure_diff;

typedef struct ch_dedup ch_dedup;

ch_dedup *ch_dedup_new(const ch_dedup_opts *opts);   /* NULL on OOM; opts may be NULL */
void ch_dedup_free(ch_dedup *d);

/* Sketch and keep one article (its id and language are copied; the article
 * may be freed afterwards). Returns its index (>= 0) or CH_ENOMEM. */
long ch_dedup_add(ch_dedup *d, const ch_article *a);

/* Find and verify all pairs, then form groups. CH_OK or CH_ENOMEM. */
int ch_dedup_run(ch_dedup *d);

size_t ch_dedup_count(const ch_dedup *d);                 /* articles added */
const char *ch_dedup_id(const ch_dedup *d, size_t i);     /* valid while d lives */
/* Verified pairs, sorted by (a, b). Valid while d lives. */
const ch_dup_pair *ch_dedup_pairs(const ch_dedup *d, size_t *n);
/* The group of article i: the index of its leader (i itself for a leader).
 * Translations do not join groups. */
size_t ch_dedup_group(const ch_dedup *d, size_t i);
/* Figures that differ between the two articles of a pair: a figure of a and
 * a figure of b with the same two words before them or the same two words
 * after them, but different values ("3,200 workers" / "3,400 workers").
 * Writes up to cap entries; returns the count. Strings are valid while d
 * lives. */
size_t ch_dedup_differs(const ch_dedup *d, const ch_dup_pair *p, ch_figure_diff *out, size_t cap);
/* Stats of the last run. */
typedef struct ch_dedup_stats {
    size_t candidates;     /* distinct candidate pairs verified */
    size_t big_buckets;    /* LSH/paragraph buckets too large to pair (skipped) */
} ch_dedup_stats;
void ch_dedup_get_stats(const ch_dedup *d, ch_dedup_stats *st);

#endif
