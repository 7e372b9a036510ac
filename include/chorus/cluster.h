/* cluster.h - event clustering: one event per occurrence, across outlets
 * and languages, siblings kept apart.
 *
 * Each article becomes two sparse vectors: stemmed content terms (tf-idf,
 * language-specific) and anchors (names and numbers, language-independent:
 * capitalized words de-accented and cut to a 6-character prefix, digit
 * strings). Two articles' similarity mixes the cosines of both (anchors only
 * across languages) and is damped by the distance between their dates.
 * Candidates come from an inverted index over each article's most weighted
 * features (no all-pairs comparison); events are formed by average-link
 * agglomeration over the sparse candidate graph with a threshold (a missing
 * edge counts as similarity 0). Adding articles to a clustered set keeps the
 * existing events and lets the new articles join them or form new ones
 * (incremental mode; the state can be saved to a file). docs/cluster.md
 * explains the choices and the measured scores.
 */
#ifndef CHORUS_CLUSTER_H
#define CHORUS_CLUSTER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "chorus/article.h"
#include "chorus/err.h"

typedef struct ch_cluster_opts {
    double threshold;      /* average-link merge threshold; 0 = default */
    double w_terms;        /* weight of the term cosine (same language); 0 = default */
    double date_scale;     /* days over which similarity halves past 1 day; 0 = default */
    int neighbors;         /* candidate edges kept per article; 0 = default */
    double prior;          /* background documents added to N in idf (small inputs); 0 = default */
    double cross;          /* factor on the anchor cosine across languages; 0 = default */
    double attach;         /* a lone new article joins its nearest neighbour's event at this similarity; 0 = default, >= 1 = off */
    double refine;         /* threshold of the split pass inside clusters; 0 = default, >= 1 = off */
    int threads;           /* threads for the candidate pass; 0 = one per online CPU (results do not depend on it) */
} ch_cluster_opts;

typedef struct ch_cluster ch_cluster;

ch_cluster *ch_cluster_new(const ch_cluster_opts *opts);   /* NULL on OOM */
void ch_cluster_free(ch_cluster *c);

/* Extract an article's features and keep them (id, date, language are
 * copied). Returns its index or a negative code. */
long ch_cluster_add(ch_cluster *c, const ch_article *a);

/* Cluster every article added since the last run into the existing events.
 * CH_OK or CH_ENOMEM. */
int ch_cluster_run(ch_cluster *c);

size_t ch_cluster_count(const ch_cluster *c);
const char *ch_cluster_id(const ch_cluster *c, size_t i);
/* Event id of article i ("ev-" + 12 hex digits), stable for the same input
 * and kept across incremental runs. Valid until the next run. */
const char *ch_cluster_event(const ch_cluster *c, size_t i);
/* Dense event number of article i (0..n_events-1), events in order of their
 * first article. */
size_t ch_cluster_event_index(const ch_cluster *c, size_t i);
size_t ch_cluster_n_events(const ch_cluster *c);

/* What an event is about: up to n top terms and names (strings valid while
 * c lives), and its date span ("YYYY-MM-DD" or "" when undated). */
typedef struct ch_event_info {
    const char *terms[8];
    size_t n_terms;
    const char *names[8];
    size_t n_names;
    char first_date[11], last_date[11];
    size_t n_articles;
} ch_event_info;
int ch_cluster_explain(const ch_cluster *c, size_t event, ch_event_info *out);

/* Similarity of two added articles as the clusterer sees it (for tests and
 * tuning). */
double ch_cluster_similarity(const ch_cluster *c, size_t a, size_t b);

/* The parts of that similarity: term cosine (0 across languages), anchor
 * cosine, and days between the two dates (-1 when either is unknown). */
void ch_cluster_components(const ch_cluster *c, size_t a, size_t b, double *terms, double *anchors,
                           int *days);

/* Save the state (features, document frequencies, events) to `path`, and
 * load it back. Incremental use: load, add new articles, run, save. */
int ch_cluster_save(const ch_cluster *c, const char *path, ch_err *err);
ch_cluster *ch_cluster_load(const char *path, const ch_cluster_opts *opts, ch_err *err);

/* The same on an open stream (a memory stream for a database blob). Save:
 * CH_OK or CH_EIO; load: NULL when the stream is not a valid state. */
int ch_cluster_save_fp(const ch_cluster *c, FILE *f);
ch_cluster *ch_cluster_load_fp(FILE *f, const ch_cluster_opts *opts);

#endif
