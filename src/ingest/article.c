/* article.c - the article record: one arena per article. */
#include "chorus/article.h"

ch_article *ch_article_new(void)
{
    ch_article *a = ch_calloc(1, sizeof *a);
    if (a) ch_arena_init(&a->arena);
    return a;
}

void ch_article_free(ch_article *a)
{
    if (!a) return;
    ch_arena_release(&a->arena);
    ch_free(a);
}

const char *ch_article_strdup(ch_article *a, const char *s, size_t n)
{
    return ch_arena_strndup(&a->arena, s, n);
}
