/* text.h - the text pipeline every later stage uses: UTF-8 repair and
 * normalization, sentence splitting, tokenization, case folding, stop words
 * and Snowball stemming.
 *
 * Key idea: text is never copied into tokens. A sentence or token is a byte
 * span [start, end) into the text it came from, so every later stage (quotes,
 * figures, brief citations) can point back into the article. Functions that
 * produce arrays put them in a caller-given ch_arena.
 *
 * Stop words and sentence-splitter abbreviations are data (data/stopwords,
 * data/abbrev), compiled into the library at build time.
 *
 * Thread-safety: every function here is reentrant except that a ch_stemmer
 * must not be used from two threads at once (libstemmer keeps state).
 */
#ifndef CHORUS_TEXT_H
#define CHORUS_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "chorus/alloc.h"

/* A byte span [start, end) into some text. */
typedef struct ch_span {
    size_t start;
    size_t end;
} ch_span;

/* ===== UTF-8 ===== */

/* Copy `s` into `out` (appending), replacing each invalid UTF-8 sequence by
 * U+FFFD and dropping NUL bytes. Returns the number of replacements (>= 0)
 * or CH_ENOMEM. If `first_bad` is not NULL it receives the byte offset of the
 * first invalid sequence (unchanged when there is none). */
long ch_utf8_repair(const char *s, size_t n, ch_buf *out, size_t *first_bad);

/* 1 if `s` is valid UTF-8 (no NUL bytes), else 0. */
int ch_utf8_valid(const char *s, size_t n);

/* Decode one code point at s[0..n); returns its byte length (>= 1) and stores
 * it in *cp; on invalid input stores -1 and returns 1. n must be > 0. */
int ch_utf8_decode(const char *s, size_t n, int32_t *cp);

/* Append the Unicode NFC form of valid UTF-8 `s` to `out`. CH_OK, CH_ENOMEM
 * or CH_EUTF8. ASCII input takes a copy-only fast path. */
int ch_text_nfc(const char *s, size_t n, ch_buf *out);

/* Append the case-folded (NFKC_Casefold) form of valid UTF-8 `s` to `out`.
 * Curly apostrophes become ASCII. CH_OK, CH_ENOMEM or CH_EUTF8. */
int ch_text_fold(const char *s, size_t n, ch_buf *out);

/* ===== Sentences ===== */

/* Split `s` into sentences. A line break always ends a sentence; inside a
 * line, a sentence ends after . ! ? or an ellipsis (with any closing quotes
 * or brackets) followed by white space and a non-lowercase character, except
 * after a known abbreviation for `lang` ("Nov.", "Gen.", "Mr."), an initial
 * ("J."), a dotted acronym ("U.S."), or inside a quotation that is still
 * open on that line. Leading and trailing white space is not part of a span.
 * `lang` may be NULL (English abbreviations then). Spans go to *out,
 * allocated in `arena`; returns the count (>= 0) or CH_ENOMEM. */
long ch_text_split_sentences(const char *s, size_t n, const char *lang,
                             ch_arena *arena, ch_span **out);

/* ===== Tokens ===== */

enum {
    CH_TOK_WORD = 1, /* letters, with inner ' - and dotted acronyms: Kursk's, Euro-Atlantic, U.S. */
    CH_TOK_NUM,      /* number, with currency sign, separators, %, short suffix: $7.1 2% 50,000 €3m 2024-11-13 */
    CH_TOK_PUNCT,    /* one punctuation character */
    CH_TOK_SYM       /* one other symbol (a lone $, emoji, ...) */
};

typedef struct ch_token {
    uint32_t start;  /* byte offset into the tokenized text */
    uint32_t end;    /* one past the last byte */
    uint8_t kind;    /* CH_TOK_* */
    uint8_t upper;   /* 1 if the first letter is uppercase */
} ch_token;

/* Tokenize `s` (valid UTF-8, at most 4 GiB). Tokens go to *out, allocated in
 * `arena`; returns the count or CH_ENOMEM. White space is not a token. */
long ch_text_tokenize(const char *s, size_t n, ch_arena *arena,
                      ch_token **out);

/* Normalize a word token for matching: case-folded, curly apostrophes made
 * straight, possessive 's removed ("Kursk's" -> "kursk"), a trailing period
 * of a dotted acronym kept ("U.S." -> "u.s."). Appends to `out`. */
int ch_text_norm_word(const char *s, size_t n, ch_buf *out);

/* ===== Stop words and stemming ===== */

/* 1 if the case-folded word `w` is a stop word of `lang` ("en", "es", "de",
 * "fr", "it", "pt", "nl"); 0 otherwise or for an unknown language. */
int ch_text_is_stopword(const char *lang, const char *w, size_t n);

/* 1 if `lang` has stop words and a stemmer in chorus. */
int ch_text_lang_supported(const char *lang);

typedef struct ch_stemmer ch_stemmer;

/* A Snowball stemmer for `lang` (ISO 639-1 code, e.g. "en"; "porter" for the
 * original Porter stemmer). NULL if the language has no stemmer or on OOM.
 * Free with ch_stemmer_free. Not thread-safe: one per thread. */
ch_stemmer *ch_stemmer_new(const char *lang);
void ch_stemmer_free(ch_stemmer *st);

/* Stem a case-folded word. The result is owned by the stemmer and valid
 * until its next call; its length goes to *out_len. On OOM returns the input. */
const char *ch_stemmer_stem(ch_stemmer *st, const char *w, size_t n,
                            size_t *out_len);

/* ===== Compiled-in word lists ===== */

/* Lookup in a compiled list such as "stopwords/en" or "abbrev/en". Returns 1
 * if (w, n) is in it. Unknown lists contain nothing. */
int ch_wordlist_has(const char *list, const char *w, size_t n);

/* A compiled list resolved once, for hot loops: NULL if unknown. */
typedef struct ch__wordlist ch_wordlist;
const ch_wordlist *ch_wordlist_find(const char *list);
/* 1 if (w, n) is in `l` (NULL: 0). */
int ch_wordlist_contains(const ch_wordlist *l, const char *w, size_t n);

/* The same, ignoring case (Unicode case folding of both sides). The first
 * call builds a folded index of all lists (thread-safe, once). */
int ch_wordlist_contains_ci(const ch_wordlist *l, const char *w, size_t n);

/* Number of entries in a compiled list (0 if unknown). */
size_t ch_wordlist_size(const char *list);

/* The i-th entry of a list (sorted bytewise), or NULL past the end. */
const char *ch_wordlist_get(const char *list, size_t i);

#endif
