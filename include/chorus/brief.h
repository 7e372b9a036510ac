/* brief.h - one cited page per event.
 *
 * Given the articles of one event, build what a careful editor would write:
 * a card (headline, date, place, actors, outlets, languages), an extractive
 * summary whose every sentence lists all the articles that carry its
 * content, each quotation merged across articles with its variant wordings,
 * each figure grouped by what it measures with agreement and contradiction,
 * and per article what it alone adds. Nothing is generated: every string is
 * copied from an article. The brief owns an arena holding all of it.
 */
#ifndef CHORUS_BRIEF_H
#define CHORUS_BRIEF_H

#include <stddef.h>

#include "chorus/article.h"
#include "chorus/err.h"

typedef struct ch_brief_opts {
    size_t sentences;      /* summary sentences; 0 = 5 */
    size_t words;          /* cap on summary words; 0 = none */
    double lambda;         /* MMR redundancy weight; 0 = default */
    int method;            /* CH_SUM_* (baselines for evaluation); 0 = CH_SUM_CHORUS */
} ch_brief_opts;

enum {
    CH_SUM_CHORUS = 0,     /* centroid x outlet support + lead, MMR, source order */
    CH_SUM_CENTROID,       /* baseline: centroid similarity alone, no redundancy removal */
    CH_SUM_LEAD            /* baseline: the first sentences of the newest article */
};

typedef struct ch_brief_sentence {
    const char *text;
    size_t article;        /* index of the article it was taken from */
    size_t *sources;       /* indexes of every article carrying it (includes `article`) */
    size_t n_sources;
} ch_brief_sentence;

typedef struct ch_brief_variant {
    size_t article;
    const char *text;
    const char *speaker;   /* as that article gives it */
} ch_brief_variant;

typedef struct ch_brief_quote {
    const char *speaker;   /* canonical speaker (most outlets' fullest form) or NULL */
    const char *role;
    const char *text;      /* canonical wording */
    ch_brief_variant *variants;
    size_t n_variants;
    int speaker_disputed;  /* outlets attribute it to different people */
} ch_brief_quote;

typedef struct ch_brief_value {
    double value;
    const char *unit;
    const char *text;      /* as first written */
    size_t *articles;
    size_t n_articles;
} ch_brief_value;

typedef struct ch_brief_figure {
    const char *subject;   /* what it measures */
    int kind;              /* CH_FIG_* */
    ch_brief_value *values;
    size_t n_values;
    int agree;             /* one value, carried by two or more articles */
} ch_brief_figure;

typedef struct ch_brief_coverage {
    size_t article;
    size_t words;
    long near_duplicate_of;   /* article index or -1 */
    const char **unique;      /* sentences no other article carries */
    size_t n_unique;
} ch_brief_coverage;

typedef struct ch_brief {
    const char *event;
    /* card */
    const char *title;
    char date[11];            /* consensus event date or "" */
    char first_date[11], last_date[11]; /* span of reporting */
    const char *place;
    const char **actors;
    size_t n_actors;
    size_t n_outlets;
    const char **languages;
    size_t n_languages;
    /* body */
    ch_brief_sentence *summary;
    size_t n_summary;
    ch_brief_quote *quotes;
    size_t n_quotes;
    ch_brief_figure *figures;
    size_t n_figures;
    ch_brief_coverage *coverage;
    size_t n_coverage;
    /* the articles (borrowed: they must outlive the brief) */
    ch_article **articles;
    size_t n_articles;
    ch_arena arena;
} ch_brief;

/* Build the brief of one event from its n articles (borrowed, not freed).
 * `event` is copied. NULL on OOM (err). */
ch_brief *ch_brief_build(ch_article **articles, size_t n, const char *event, const ch_brief_opts *opts,
                         ch_err *err);
void ch_brief_free(ch_brief *b);

enum { CH_BRIEF_JSON = 1, CH_BRIEF_MD, CH_BRIEF_HTML };

/* Append the brief in a format to out. For HTML, ch_brief_html_open/close
 * wrap one or more briefs into a self-contained page. */
int ch_brief_write(const ch_brief *b, int format, ch_buf *out);
int ch_brief_html_open(ch_buf *out, const char *title);
int ch_brief_html_close(ch_buf *out);

#endif
