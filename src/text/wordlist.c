/* wordlist.c - lookup in the word lists compiled from data/ (see
 * tools/gen_wordlists.sh): binary search over bytewise-sorted arrays. */
#include "chorus/text.h"

#include <string.h>

struct ch__wordlist {
    const char *name;
    const char *const *items;
    size_t n;
};
extern const struct ch__wordlist ch__wordlists[];

static const struct ch__wordlist *find_list(const char *name)
{
    for (const struct ch__wordlist *l = ch__wordlists; l->name; l++)
        if (!strcmp(l->name, name)) return l;
    return NULL;
}

static int cmp(const char *w, size_t n, const char *item)
{
    size_t m = strlen(item);
    int c = memcmp(w, item, n < m ? n : m);
    if (c) return c;
    return n < m ? -1 : n > m;
}

int ch_wordlist_has(const char *list, const char *w, size_t n)
{
    const struct ch__wordlist *l = find_list(list);
    if (!l) return 0;
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp(w, n, l->items[mid]);
        if (!c) return 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

size_t ch_wordlist_size(const char *list)
{
    const struct ch__wordlist *l = find_list(list);
    return l ? l->n : 0;
}

const char *ch_wordlist_get(const char *list, size_t i)
{
    const struct ch__wordlist *l = find_list(list);
    return (l && i < l->n) ? l->items[i] : NULL;
}
