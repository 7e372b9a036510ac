/* wordlist.c - lookup in the word lists compiled from data/ (see
 * tools/gen_wordlists.sh): binary search over bytewise-sorted arrays. */
#define _POSIX_C_SOURCE 200809L
#include "chorus/text.h"

#include <pthread.h>
#include <stdlib.h>
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

/* ===== case-insensitive lookup =====
 * Lists keep their natural case ("Secretary of State", "according to"); for
 * matching words as they appear in text, a folded, sorted copy of every list
 * is built once, at the first case-insensitive lookup. */

typedef struct {
    const struct ch__wordlist *l;
    char **folded;
    size_t n;
} ci_list;

static ci_list *ci_lists;
static size_t n_ci;
static pthread_once_t ci_once = PTHREAD_ONCE_INIT;

static int cmp_pstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void ci_build(void)
{
    size_t nl = 0;
    while (ch__wordlists[nl].name) nl++;
    ci_lists = calloc(nl ? nl : 1, sizeof *ci_lists);
    if (!ci_lists) return;
    ch_buf b = CH_BUF_INIT;
    for (size_t i = 0; i < nl; i++) {
        const struct ch__wordlist *l = &ch__wordlists[i];
        ci_lists[i].l = l;
        ci_lists[i].folded = calloc(l->n ? l->n : 1, sizeof(char *));
        if (!ci_lists[i].folded) continue;
        size_t k = 0;
        for (size_t j = 0; j < l->n; j++) {
            ch_buf_reset(&b);
            if (ch_text_fold(l->items[j], strlen(l->items[j]), &b) < 0 || !b.data) continue;
            ci_lists[i].folded[k] = strdup(b.data);
            if (ci_lists[i].folded[k]) k++;
        }
        qsort(ci_lists[i].folded, k, sizeof(char *), cmp_pstr);
        ci_lists[i].n = k;
    }
    ch_buf_release(&b);
    n_ci = nl;
}

int ch_wordlist_contains_ci(const ch_wordlist *l, const char *w, size_t n)
{
    if (!l) return 0;
    pthread_once(&ci_once, ci_build);
    const ci_list *c = NULL;
    for (size_t i = 0; i < n_ci; i++)
        if (ci_lists[i].l == l) c = &ci_lists[i];
    if (!c) return 0;
    char stackbuf[128];
    ch_buf b = CH_BUF_INIT;
    const char *key;
    size_t kn;
    int ascii = n < sizeof stackbuf;
    for (size_t i = 0; ascii && i < n; i++) ascii = (unsigned char)w[i] < 0x80;
    if (ascii) {
        for (size_t i = 0; i < n; i++) stackbuf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
        key = stackbuf;
        kn = n;
    } else {
        if (ch_text_fold(w, n, &b) < 0 || !b.data) { ch_buf_release(&b); return 0; }
        key = b.data;
        kn = b.len;
    }
    size_t lo = 0, hi = c->n;
    int found = 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = cmp(key, kn, c->folded[mid]);
        if (!r) { found = 1; break; }
        if (r < 0) hi = mid;
        else lo = mid + 1;
    }
    ch_buf_release(&b);
    return found;
}
