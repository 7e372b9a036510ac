/* extract.h - who, where, what was said, which numbers, when.
 *
 * Rule-based and data-driven (no Debian package ships an NER or quote model
 * for C): capitalized-sequence chunking with title cues (data/titles), a
 * gazetteer of countries, capitals, cities, regions and organisations
 * (data/gazetteer.tsv), reporting verbs per language (data/cues), quote-mark
 * pairing, number grammars for money, counts, percentages and ratios, and a
 * date parser for absolute and relative dates. Every result carries byte
 * offsets into the article's cleaned text. Results live in a caller-given
 * arena. Reentrant.
 */
#ifndef CHORUS_EXTRACT_H
#define CHORUS_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "chorus/article.h"

/* ===== Gazetteer ===== */

typedef struct ch_gaz_entry {
    const char *name;       /* as listed: "Bruselas" */
    const char *type;       /* country, capital, city, region, org, demonym */
    const char *canonical;  /* English canonical name: "Brussels" */
    const char *extra;      /* ISO country code, acronym or "" */
} ch_gaz_entry;

/* Exact lookup, ignoring case except for all-caps names of up to 4 letters
 * ("US", "WHO" must match in capitals). NULL if absent. Thread-safe. */
const ch_gaz_entry *ch_gazetteer_lookup(const char *s, size_t n);

/* ===== Entities ===== */

enum { CH_ENT_PERSON = 1, CH_ENT_ORG, CH_ENT_PLACE, CH_ENT_OTHER };

typedef struct ch_entity {
    const char *name;       /* canonical in the article: the fullest form ("Antony Blinken") */
    int type;               /* CH_ENT_* */
    const char *role;       /* title seen with a person ("US Secretary of State") or NULL */
    uint32_t mentions;      /* times mentioned, all forms */
    const char **aliases;   /* other forms seen ("Blinken", "DPRK") */
    size_t n_aliases;
    ch_span first;          /* first mention */
} ch_entity;

/* Entities of an article, most mentioned first. CH_OK or CH_ENOMEM. */
int ch_extract_entities(const ch_article *a, ch_arena *arena, ch_entity **out, size_t *n);
/* The same over tokens the caller already has: ch_text_tokenize(a->text,
 * a->text_len) (the brief tokenizes each article once for every stage). */
int ch_extract_entities_tok(const ch_article *a, const ch_token *t, long nt, ch_arena *arena, ch_entity **out,
                            size_t *n);

const char *ch_entity_type_name(int type);  /* "person", "org", "place", "other" */

/* ===== Quotes ===== */

enum { CH_QUOTE_DIRECT = 1, CH_QUOTE_PARTIAL, CH_QUOTE_MIXED };

typedef struct ch_quote {
    const char *speaker;    /* canonical speaker or NULL when unknown */
    const char *role;       /* speaker's title when the text gives one, or NULL */
    const char *text;       /* the quoted words, parts of an interrupted quote joined; the comma
                             * an attribution takes ends a sentence-opening quote with a stop
                             * ('"We are done," he said' -> "We are done.") and is dropped from a
                             * fragment */
    size_t start, end;      /* span from the first opening mark to the last closing mark */
    int kind;               /* CH_QUOTE_* */
    const char *cue;        /* reporting verb or phrase ("said", "according to"), or NULL */
} ch_quote;

int ch_extract_quotes(const ch_article *a, const ch_entity *ents, size_t n_ents, ch_arena *arena,
                      ch_quote **out, size_t *n);

const char *ch_quote_kind_name(int kind);   /* "direct", "partial", "mixed" */

/* Do two speaker names denote the same person across articles? Same
 * surname (accents and case ignored, a glued lowercase tail such as
 * "Blinkenafter" tolerated) and compatible first names (equal, one an
 * initial or a prefix of the other, or within edit distance 2: "Anthony" /
 * "Antony"). */
int ch_speaker_same(const char *a, const char *b);

/* ===== Figures ===== */

enum { CH_FIG_MONEY = 1, CH_FIG_COUNT, CH_FIG_PERCENT, CH_FIG_RATIO };

typedef struct ch_figure {
    const char *text;       /* as written: "$9.2 billion", "23 out of 32 members" */
    int kind;               /* CH_FIG_* */
    double value;           /* normalized: 9.2e9; a ratio's numerator */
    double total;           /* a ratio's denominator, else 0 */
    const char *unit;       /* currency code (USD, EUR...), "%", or the counted noun */
    const char *subject;    /* the noun phrase measured ("troops", "remaining aid") or NULL */
    size_t start, end;
} ch_figure;

int ch_extract_figures(const ch_article *a, ch_arena *arena, ch_figure **out, size_t *n);
/* The same over the article's tokens (see ch_extract_entities_tok). */
int ch_extract_figures_tok(const ch_article *a, const ch_token *t, long nt, ch_arena *arena, ch_figure **out,
                           size_t *n);

const char *ch_figure_kind_name(int kind);  /* "money", "count", "percent", "ratio" */

/* Parse a number as written in `lang` ("3,200", "3.200" in es/de, "9,2"),
 * with an optional multiplier word after it handled by the caller. Returns
 * 1 and sets *v, or 0. */
int ch_parse_number(const char *s, size_t n, const char *lang, double *v);

/* ===== Dates ===== */

typedef struct ch_date_ref {
    size_t start, end;      /* span in the text */
    char date[11];          /* resolved "YYYY-MM-DD" ("" when it cannot be resolved) */
    int relative;           /* 1 for "yesterday", "on Wednesday", "last week" */
} ch_date_ref;

/* Absolute ("Nov 13", "November 13, 2024", "13 November", "2024-11-13",
 * "13 de noviembre") and relative ("on Wednesday", "yesterday", "last week",
 * "ayer", "gestern") dates, resolved against the article's date (a missing
 * year is taken from it; weekdays go back to the last such day on or before
 * it). */
int ch_extract_dates(const ch_article *a, ch_arena *arena, ch_date_ref **out, size_t *n);

#endif
