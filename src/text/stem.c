/* stem.c - stop words and Snowball stemming (libstemmer). */
#include "chorus/text.h"

#include <libstemmer.h>
#include <stdio.h>
#include <string.h>

struct ch_stemmer {
    struct sb_stemmer *sb;
};

static const struct { const char *iso, *snowball; } langs[] = {
    {"en", "english"}, {"es", "spanish"}, {"de", "german"},
    {"fr", "french"},  {"it", "italian"}, {"pt", "portuguese"},
    {"nl", "dutch"},   {"porter", "porter"}, {NULL, NULL}};

static const char *snowball_name(const char *lang)
{
    if (!lang) return NULL;
    for (int i = 0; langs[i].iso; i++)
        if (!strcmp(langs[i].iso, lang)) return langs[i].snowball;
    return NULL;
}

int ch_text_lang_supported(const char *lang)
{
    return snowball_name(lang) != NULL && strcmp(lang, "porter") != 0;
}

int ch_text_is_stopword(const char *lang, const char *w, size_t n)
{
    if (!lang || strlen(lang) > 8) return 0;
    char list[32];
    snprintf(list, sizeof list, "stopwords/%s", lang);
    return ch_wordlist_has(list, w, n);
}

ch_stemmer *ch_stemmer_new(const char *lang)
{
    const char *name = snowball_name(lang);
    if (!name) return NULL;
    ch_stemmer *st = ch_malloc(sizeof *st);
    if (!st) return NULL;
    st->sb = sb_stemmer_new(name, "UTF_8");
    if (!st->sb) {
        ch_free(st);
        return NULL;
    }
    return st;
}

void ch_stemmer_free(ch_stemmer *st)
{
    if (!st) return;
    sb_stemmer_delete(st->sb);
    ch_free(st);
}

const char *ch_stemmer_stem(ch_stemmer *st, const char *w, size_t n,
                            size_t *out_len)
{
    const sb_symbol *r = sb_stemmer_stem(st->sb, (const sb_symbol *)w, (int)n);
    if (!r) {
        *out_len = n;
        return w;
    }
    *out_len = (size_t)sb_stemmer_length(st->sb);
    return (const char *)r;
}
