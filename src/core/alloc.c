/* alloc.c - heap door with failure injection, arena, growable buffer. */
#include "chorus/alloc.h"
#include "chorus/err.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long fail_after; /* 0 = off; else allocations left before failing */

void ch_alloc_fail_after(long n) { fail_after = n; }

static int should_fail(void)
{
    if (fail_after <= 0) return 0;
    if (fail_after == 1) return 1; /* stays at 1: every later call fails */
    fail_after--;
    return 0;
}

void *ch_malloc(size_t n)
{
    if (should_fail()) return NULL;
    return malloc(n ? n : 1);
}

void *ch_calloc(size_t n, size_t size)
{
    if (should_fail()) return NULL;
    return calloc(n ? n : 1, size ? size : 1);
}

void *ch_realloc(void *p, size_t n)
{
    if (should_fail()) return NULL;
    return realloc(p, n ? n : 1);
}

void ch_free(void *p) { free(p); }

char *ch_strndup(const char *s, size_t n)
{
    char *d = ch_malloc(n + 1);
    if (!d) return NULL;
    if (n) memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void *ch_grow(void *v, size_t *cap, size_t elem, size_t first)
{
    if (*cap > SIZE_MAX / 2) return NULL;
    size_t c = *cap ? *cap * 2 : (first ? first : 1);
    if (elem && c > SIZE_MAX / elem) return NULL;
    void *nv = ch_realloc(v, c * elem);
    if (nv) *cap = c;
    return nv;
}

void ch_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1 && base) qsort(base, n, size, cmp);
}

/* LSD radix sort, 8 bits a pass; a pass whose byte is the same in every key
 * is skipped (hashes rarely allow it, small ids often do). */
static uint64_t load_key(const unsigned char *p, int kb)
{
    if (kb == 8) {
        uint64_t k;
        memcpy(&k, p, 8);
        return k;
    }
    uint32_t k;
    memcpy(&k, p, 4);
    return k;
}

/* Stable sort of n records of `size` bytes by the unsigned key of kb bytes
 * (4 or 8) each starts with: insertion sort when short, else an LSD radix
 * sort by bytes, skipping the bytes every key shares. */
static void sort_by_key(void *base, size_t n, size_t size, int kb)
{
    int (*cmp)(const void *, const void *) = kb == 8 ? ch_cmp_u64 : ch_cmp_u32;
    if (n < 2 || !base) return;
    unsigned char *a = base;
    if (n <= 32) { /* insertion sort: stable, no setup */
        unsigned char t[64];
        if (size > sizeof t) { qsort(base, n, size, cmp); return; }
        for (size_t i = 1; i < n; i++) {
            uint64_t k = load_key(a + i * size, kb);
            size_t j = i;
            while (j > 0 && load_key(a + (j - 1) * size, kb) > k) j--;
            if (j == i) continue;
            memcpy(t, a + i * size, size);
            memmove(a + (j + 1) * size, a + j * size, (i - j) * size);
            memcpy(a + j * size, t, size);
        }
        return;
    }
    unsigned char *tmp = malloc(n * size);
    size_t (*cnt)[256] = calloc((size_t)kb, sizeof *cnt);
    if (!tmp || !cnt) { free(tmp); free(cnt); qsort(base, n, size, cmp); return; } /* out of memory: not stable */
    for (size_t i = 0; i < n; i++) {
        uint64_t k = load_key(a + i * size, kb);
        for (int d = 0; d < kb; d++) cnt[d][(k >> (8 * d)) & 255]++;
    }
    unsigned char *src = a, *dst = tmp;
    for (int pass = 0; pass < kb; pass++) {
        size_t *c = cnt[pass];
        int skip = 0;
        for (int d = 0; d < 256; d++) if (c[d] == n) skip = 1;
        if (skip) continue; /* every key has this byte */
        size_t sum = 0;
        for (int d = 0; d < 256; d++) { size_t x = c[d]; c[d] = sum; sum += x; }
        int sh = pass * 8;
        if (size == 4 && kb == 4) {
            const uint32_t *s32 = (const uint32_t *)(void *)src;
            uint32_t *d32 = (uint32_t *)(void *)dst;
            for (size_t i = 0; i < n; i++) d32[c[(s32[i] >> sh) & 255]++] = s32[i];
        } else if (size == 8 && kb == 8) {
            const uint64_t *s64 = (const uint64_t *)(void *)src;
            uint64_t *d64 = (uint64_t *)(void *)dst;
            for (size_t i = 0; i < n; i++) d64[c[(s64[i] >> sh) & 255]++] = s64[i];
        } else {
            for (size_t i = 0; i < n; i++) {
                uint64_t k = load_key(src + i * size, kb);
                memcpy(dst + c[(k >> sh) & 255]++ * size, src + i * size, size);
            }
        }
        unsigned char *t = src; src = dst; dst = t;
    }
    if (src != a) memcpy(a, src, n * size);
    free(cnt);
    free(tmp);
}

void ch_sort_u32key(void *base, size_t n, size_t size) { sort_by_key(base, n, size, 4); }
void ch_sort_u64key(void *base, size_t n, size_t size) { sort_by_key(base, n, size, 8); }

int ch_cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int ch_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* ===== Arena: a chain of blocks, each at least 16 KiB ===== */
struct ch_arena_block {
    ch_arena_block *next;
    size_t used, cap;
    _Alignas(16) unsigned char mem[];
};

void ch_arena_init(ch_arena *a) { a->head = NULL; a->total = 0; }

void *ch_arena_alloc(ch_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!n) n = 16;
    ch_arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = 16384;
        if (b && b->cap < (1u << 20)) cap = b->cap * 2;
        if (cap < n) cap = n;
        ch_arena_block *nb = ch_malloc(sizeof *nb + cap);
        if (!nb) return NULL;
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        a->head = b = nb;
    }
    void *p = b->mem + b->used;
    b->used += n;
    a->total += n;
    return p;
}

void *ch_arena_calloc(ch_arena *a, size_t n)
{
    void *p = ch_arena_alloc(a, n);
    if (p) memset(p, 0, n);
    return p;
}

char *ch_arena_strndup(ch_arena *a, const char *s, size_t n)
{
    char *d = ch_arena_alloc(a, n + 1);
    if (!d) return NULL;
    if (n) memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void ch_arena_release(ch_arena *a)
{
    ch_arena_block *b = a->head;
    while (b) {
        ch_arena_block *next = b->next;
        ch_free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

/* ===== Buffer ===== */
int ch_buf_reserve(ch_buf *b, size_t extra)
{
    if (b->cap - b->len > extra) return CH_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap - b->len <= extra) {
        if (cap > ((size_t)-1) / 2) return CH_ENOMEM;
        cap *= 2;
    }
    char *d = ch_realloc(b->data, cap);
    if (!d) return CH_ENOMEM;
    b->data = d;
    b->cap = cap;
    return CH_OK;
}

int ch_buf_append(ch_buf *b, const char *s, size_t n)
{
    CH_TRY(ch_buf_reserve(b, n));
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return CH_OK;
}

int ch_buf_putc(ch_buf *b, char c) { return ch_buf_append(b, &c, 1); }

int ch_buf_printf(ch_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return CH_EINVAL;
    CH_TRY(ch_buf_reserve(b, (size_t)n));
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return CH_OK;
}

void ch_buf_reset(ch_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

void ch_buf_release(ch_buf *b)
{
    ch_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

char *ch_buf_detach(ch_buf *b, size_t *len)
{
    char *d = b->data;
    if (len) *len = b->len;
    if (!d) d = ch_strndup("", 0);
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}
