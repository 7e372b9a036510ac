/* extract_int.h - helpers shared by the extract stage's files. */
#ifndef CHORUS_EXTRACT_INT_H
#define CHORUS_EXTRACT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "chorus/extract.h"
#include "chorus/text.h"

/* word list for lang ("titles/en"), falling back to English */
const ch_wordlist *ch__list_for(const char *kind, const char *lang);

/* 1 if the token is a word starting with an uppercase letter */
int ch__tok_upper(const ch_token *t);
/* a weekday or month name (en, es, de): "Thursday", "Jueves", "März" */
int ch__is_calendar_word(const char *s, size_t n);
/* an adverb of time ("Today") or a word that opens sentences and names no
 * one ("Various", "Like", "Among") */
int ch__opener_word(const char *s, size_t n);

/* index of the sentence holding byte offset pos (sentences sorted) */
size_t ch__sentence_of(const ch_article *a, size_t pos);

/* is the n bytes at w one of the NULL-terminated list l (ci: ignoring
 * ASCII case)? */
int ch__in_list(const char *const *l, const char *w, size_t n, int ci);

/* a definite article ("the", "el", "la", "der", "le", "il"...), any case */
int ch__is_definite(const char *s, size_t n);
/* does the word [w, w+n) end in a possessive 's or ’s ("Iran's")? */
int ch__possessive(const char *w, size_t n);
int ch__given_gender(const char *s, size_t n, int ci);

/* bytes of a site's domain at s[i] (".com", ".org", ".net", ".co.uk",
 * ".info", ".tv", followed by no letter or digit: "Rajanews.com"), 0 if none */
size_t ch__domain_suffix(const char *s, size_t i, size_t n);

/* a generational suffix that ends a name ("Jr", "Sr.", "II", "III", "IV") */
int ch__generational(const char *s, size_t n);
/* surname of a name: its last word (pointer into name, length) */
const char *ch__surname(const char *name, size_t *len);
int ch__edit1(const char *a, size_t na, const char *b, size_t nb);

/* bytes of an elided article or preposition glued to a capitalized name
 * ("l'UAW", "dell'Onu", "l\u2019Union"; a capital "L'" too unless the whole
 * is a known name: "L'Aquila"), 0 if none; articles_only: l', un', qu' */
size_t ch__elided_prefix(const char *s, size_t n, int articles_only);

#endif
