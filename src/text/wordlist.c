/* wordlist.c - lookup in the word lists compiled from data/ (see
 * tools/gen_wordlists.sh): hash sets built once over the compiled arrays. */
#define _POSIX_C_SOURCE 200809L
#include "chorus/text.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* short keys: inlined, no call through the PLT */
#include <xxhash.h>

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


const ch_wordlist *ch_wordlist_find(const char *list) { return find_list(list); }

int ch_wordlist_has(const char *list, const char *w, size_t n)
{
    return ch_wordlist_contains(find_list(list), w, n);
}

/* exact lookup: a hash set per list, built once for all lists (see below) */
static int set_has(const struct ch__wordlist *l, int folded, const char *w, size_t n);

int ch_wordlist_contains(const ch_wordlist *l, const char *w, size_t n)
{
    if (!l) return 0;
    return set_has(l, 0, w, n);
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

/* ===== hash sets =====
 * Lookups are hot (every token of every article asks the stop-word list), so
 * each list gets an open-addressing set of its items, once, at the first
 * lookup: exact bytes for ch_wordlist_contains, and a folded copy for
 * ch_wordlist_contains_ci. Lists keep their natural case ("Secretary of
 * State", "according to"); the folded set matches words as text writes them.
 * The sets live as long as the process (static data, like the lists). */

typedef struct {
    const char **str;  /* items (folded copies for the ci set) */
    uint32_t *len;
    uint64_t *hash;    /* per slot; 0 = empty */
    uint32_t *idx;     /* per slot: item index */
    size_t mask;
} hset;

static hset *sets;     /* [2 * list index + folded] */
static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

static uint64_t key_hash(const char *w, size_t n)
{
    uint64_t h = XXH3_64bits(w, n);
    return h ? h : 1;
}

static void set_fill(hset *s, const char **items, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    s->str = items;
    s->len = calloc(n ? n : 1, sizeof *s->len);
    s->hash = calloc(cap, sizeof *s->hash);
    s->idx = calloc(cap, sizeof *s->idx);
    if (!s->len || !s->hash || !s->idx) { free(s->len); free(s->hash); free(s->idx); s->hash = NULL; return; }
    s->mask = cap - 1;
    for (size_t j = 0; j < n; j++) {
        if (!items[j]) continue;
        s->len[j] = (uint32_t)strlen(items[j]);
        uint64_t h = key_hash(items[j], s->len[j]);
        size_t i = h & s->mask;
        while (s->hash[i]) i = (i + 1) & s->mask;
        s->hash[i] = h;
        s->idx[i] = (uint32_t)j;
    }
}

static void sets_build(void)
{
    size_t nl = 0;
    while (ch__wordlists[nl].name) nl++;
    sets = calloc(2 * (nl ? nl : 1), sizeof *sets);
    if (!sets) return;
    ch_buf b = CH_BUF_INIT;
    for (size_t i = 0; i < nl; i++) {
        const struct ch__wordlist *l = &ch__wordlists[i];
        set_fill(&sets[2 * i], (const char **)l->items, l->n);
        const char **folded = calloc(l->n ? l->n : 1, sizeof *folded);
        if (!folded) continue;
        for (size_t j = 0; j < l->n; j++) {
            ch_buf_reset(&b);
            if (ch_text_fold(l->items[j], strlen(l->items[j]), &b) < 0 || !b.data) continue;
            folded[j] = strdup(b.data);
        }
        set_fill(&sets[2 * i + 1], folded, l->n);
    }
    ch_buf_release(&b);
}

static int set_has(const struct ch__wordlist *l, int folded, const char *w, size_t n)
{
    pthread_once(&sets_once, sets_build);
    if (!sets) return 0;
    const hset *s = &sets[2 * (size_t)(l - ch__wordlists) + (folded ? 1 : 0)];
    if (!s->hash) return 0;
    uint64_t h = key_hash(w, n);
    for (size_t i = h & s->mask; s->hash[i]; i = (i + 1) & s->mask) {
        if (s->hash[i] != h) continue;
        uint32_t j = s->idx[i];
        if (s->len[j] == n && !memcmp(s->str[j], w, n)) return 1;
    }
    return 0;
}

int ch_wordlist_contains_ci(const ch_wordlist *l, const char *w, size_t n)
{
    if (!l) return 0;
    char stackbuf[128];
    int ascii = n < sizeof stackbuf;
    for (size_t i = 0; ascii && i < n; i++) ascii = (unsigned char)w[i] < 0x80;
    if (ascii) {
        for (size_t i = 0; i < n; i++) stackbuf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
        return set_has(l, 1, stackbuf, n);
    }
    ch_buf b = CH_BUF_INIT;
    int found = 0;
    if (ch_text_fold(w, n, &b) >= 0 && b.data) found = set_has(l, 1, b.data, b.len);
    ch_buf_release(&b);
    return found;
}
