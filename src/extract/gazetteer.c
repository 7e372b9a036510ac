/* gazetteer.c - lookup in data/gazetteer.tsv (compiled in): a folded,
 * sorted index is built once, with a hash table from each folded key to
 * the first row of its run (entity extraction looks up every capitalized
 * run; a hash probe costs one string compare, a binary search a dozen). */
#define _POSIX_C_SOURCE 200809L
#include "chorus/extract.h"
#include "chorus/text.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

struct ch__gaz_row {
    const char *name, *type, *canonical, *extra;
};
extern const struct ch__gaz_row ch__gazetteer[];

typedef struct {
    char *key;              /* folded name */
    const struct ch__gaz_row *row;
} gkey;

static gkey *idx;
static size_t n_idx;
static uint32_t *slots;  /* 1 + index of a run's first row; 0 = empty */
static size_t mask;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int cmp_gkey(const void *a, const void *b)
{
    return strcmp(((const gkey *)a)->key, ((const gkey *)b)->key);
}

static void build(void)
{
    size_t n = 0;
    while (ch__gazetteer[n].name) n++;
    idx = calloc(n ? n : 1, sizeof *idx);
    if (!idx) return;
    ch_buf b = CH_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        ch_buf_reset(&b);
        if (ch_text_fold(ch__gazetteer[i].name, strlen(ch__gazetteer[i].name), &b) < 0 || !b.data) continue;
        idx[n_idx].key = strdup(b.data);
        idx[n_idx].row = &ch__gazetteer[i];
        if (idx[n_idx].key) n_idx++;
    }
    ch_buf_release(&b);
    qsort(idx, n_idx, sizeof *idx, cmp_gkey);
    size_t cap = 16;
    while (cap < 2 * n_idx) cap *= 2;
    slots = calloc(cap, sizeof *slots);
    if (!slots) return;
    mask = cap - 1;
    for (size_t i = 0; i < n_idx; i++) {
        if (i && !strcmp(idx[i].key, idx[i - 1].key)) continue;
        size_t h = (size_t)XXH3_64bits(idx[i].key, strlen(idx[i].key)) & mask;
        while (slots[h]) h = (h + 1) & mask;
        slots[h] = (uint32_t)i + 1;
    }
}

/* the first row whose key is key, or NULL */
static gkey *find(const char *key, size_t n)
{
    if (!slots) {
        gkey k = {(char *)key, NULL};
        gkey *hit = bsearch(&k, idx, n_idx, sizeof *idx, cmp_gkey);
        while (hit && hit > idx && !strcmp((hit - 1)->key, key)) hit--;
        return hit;
    }
    for (size_t h = (size_t)XXH3_64bits(key, n) & mask; slots[h]; h = (h + 1) & mask)
        if (!strcmp(idx[slots[h] - 1].key, key)) return &idx[slots[h] - 1];
    return NULL;
}

static int short_caps(const char *s)
{
    size_t n = strlen(s);
    if (n > 4) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z') return 0;
    return 1;
}

const ch_gaz_entry *ch_gazetteer_lookup(const char *s, size_t n)
{
    pthread_once(&once, build);
    if (!n || n > 120) return NULL;
    ch_buf b = CH_BUF_INIT;
    char small[128];
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++) ascii = (unsigned char)s[i] < 0x80;
    if (ascii) { /* fast path: no allocation */
        for (size_t i = 0; i < n; i++) small[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
        small[n] = '\0';
        b.data = small;
        b.len = n;
    } else if (ch_text_fold(s, n, &b) < 0 || !b.data) {
        ch_buf_release(&b);
        return NULL;
    }
    gkey *hit = find(b.data, b.len);
    const ch_gaz_entry *res = NULL;
    if (hit) {
        /* several rows may share a folded key: prefer an exact-case match */
        gkey *lo = hit, *hi = hit;
        while (hi + 1 < idx + n_idx && !strcmp((hi + 1)->key, b.data)) hi++;
        for (gkey *g = lo; g <= hi; g++) {
            const struct ch__gaz_row *r = g->row;
            int exact = strlen(r->name) == n && !memcmp(r->name, s, n);
            if (short_caps(r->name) && !exact) continue;
            res = (const ch_gaz_entry *)r;
            if (exact) break;
        }
    }
    if (b.data != small) ch_buf_release(&b);
    return res;
}
