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
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)w[i], b = (unsigned char)item[i];
        if (!b) return 1;          /* item is a prefix of w: w is greater */
        if (a != b) return a < b ? -1 : 1;
    }
    return item[n] ? -1 : 0;
}

const ch_wordlist *ch_wordlist_find(const char *list) { return find_list(list); }

int ch_wordlist_has(const char *list, const char *w, size_t n)
{
    return ch_wordlist_contains(find_list(list), w, n);
}

int ch_wordlist_contains(const ch_wordlist *l, const char *w, size_t n)
{
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
