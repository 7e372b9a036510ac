/* clean.h - article cleaning: crawl junk out, metadata in.
 *
 * Cleaning works on lines, by general rules (no lists of one site's
 * strings). Every removed line (or removed part of a line) is reported with
 * the rule that removed it. Rules, in the order they run:
 *   feed-header     a syndication feed prefix: "date 2024-11-13 (FEED- Agency (AG))"
 *   dateline        "Brussels, Nov 13 (EFE).-", "BRUSSELS, Nov 13 (KUNA) --",
 *                   "LISBON (MWR) —": cut from the first line, parsed for
 *                   place, date and agency
 *   outlet-name     a short line at the top naming the outlet or a domain,
 *                   a title-case masthead line above a longer headline, or
 *                   any line that is just the outlet's name
 *   date-line       in the header block, a line that is only a date and time
 *                   ("May 15, 2025 5:20 PM"); gives the date
 *   ui-residue      (header block) breadcrumbs: "Markets | Central banks"
 *   title           a .txt article's first line when it reads as a headline
 *                   (moved to `title`, only when no title is known)
 *   duplicate-headline  a line repeating the title or an earlier line
 *   ui-residue      a short line made only of interface words and numbers:
 *                   "Published by", "Share 12", "A- A+", "Font size"
 *   caption         a photo caption with a glued credit ("...Brussels.AFP"),
 *                   or a "Photo:"/"Foto:" line
 *   read-more       "Keep reading:", "Read more", "Related", "Lee también",
 *                   "Mehr zum Thema"... with the headline lines that follow
 *   byline          "By Jane Doe" / "Por ..." / "Von ..." (kept in `byline`)
 *   tracking-id     a lone token with a long run of digits (feed/tracking ids)
 *   agency-signoff  trailing agency codes and desk codes: "EFE", "(end)",
 *                   "rja-ssk", "arn", a lone lowercase word after the text,
 *                   and an agency code glued after the last sentence
 * Body text is never lost: when one rule would remove more than
 * CH_CLEAN_MAX_SHARE of the article's bytes, that rule does not fire.
 */
#ifndef CHORUS_CLEAN_H
#define CHORUS_CLEAN_H

#include <stddef.h>

#include "chorus/article.h"

#define CH_CLEAN_MAX_SHARE 0.30

/* What is known before cleaning (all optional). */
typedef struct ch_clean_hint {
    const char *title;   /* known headline */
    const char *source;  /* outlet name */
    const char *date;    /* "YYYY-MM-DD" known date (gives the year) */
    int first_line_may_be_title; /* 1 for plain-text input */
} ch_clean_hint;

typedef struct ch_clean_result {
    const char *text;    /* cleaned text (arena) */
    size_t text_len;
    ch_removed *removed; /* arena */
    size_t n_removed;
    const char *title;   /* from the text, or NULL */
    const char *place;   /* dateline place */
    const char *agency;  /* dateline or sign-off agency */
    const char *byline;
    const char *source;  /* masthead line, e.g. "Harbor Times" */
    const char *date;    /* "YYYY-MM-DD" found in feed header/dateline */
} ch_clean_result;

/* Clean valid, NFC UTF-8 `s`. All results are allocated in `arena`.
 * CH_OK or CH_ENOMEM. */
int ch_clean_text(const char *s, size_t n, const ch_clean_hint *hint,
                  ch_arena *arena, ch_clean_result *out);

/* Parse a date written in text: "2024-11-13", "Nov 13, 2024", "13 November
 * 2024", "November 13", "13 de noviembre de 2024", "13. November 2024"
 * (en, es, de, fr, it, pt month names). A missing year is taken from
 * `default_year` (0: fail). Writes "YYYY-MM-DD" to out (11 bytes) and
 * returns the number of bytes of `s` consumed, or 0 if `s` does not start
 * with a date. */
size_t ch_clean_parse_date(const char *s, size_t n, int default_year,
                           char out[11]);

/* Month number (1-12) of a month name or abbreviation in any of the six
 * languages, case-insensitive, optional trailing period; 0 if none. */
int ch_clean_month(const char *w, size_t n);

#endif
