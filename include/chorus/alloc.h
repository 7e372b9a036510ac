/* alloc.h - the one door to the heap, an arena, and a growable buffer.
 *
 * Every heap allocation in libchorus goes through ch_malloc/ch_realloc/
 * ch_free, so tests can inject out-of-memory (ch_alloc_fail_after) and a
 * program can count what the library holds. Each article owns one ch_arena:
 * its strings, sentences and tokens live there and are released together.
 * ch_buf is a growable byte string, always NUL-terminated for convenience,
 * though chorus never relies on the NUL (text travels as pointer + length).
 */
#ifndef CHORUS_ALLOC_H
#define CHORUS_ALLOC_H

#include <stddef.h>

void *ch_malloc(size_t n);
void *ch_calloc(size_t n, size_t size);
void *ch_realloc(void *p, size_t n);
void ch_free(void *p);                 /* ch_free(NULL) is a no-op */
char *ch_strndup(const char *s, size_t n); /* Caller owns; ch_free it */

/* Test hook: the n-th allocation from now (1-based) and all after it fail;
 * n = 0 turns failure injection off. Not thread-safe. */
void ch_alloc_fail_after(long n);

/* Growth of a vector of elem-byte items: realloc v to twice *cap items (or to
 * `first` items when *cap is 0) and set *cap. Returns the new block, or NULL
 * (v and *cap untouched) when out of memory. */
void *ch_grow(void *v, size_t *cap, size_t elem, size_t first);
/* qsort that accepts an empty (possibly NULL) array. */
void ch_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
/* Stable sort of n records of `size` bytes (a multiple of 4) by the uint32_t
 * each starts with, ascending: a radix sort, for hashes and ids. */
void ch_sort_u32key(void *base, size_t n, size_t size);
/* The same by the uint64_t each record starts with (size a multiple of 8). */
void ch_sort_u64key(void *base, size_t n, size_t size);
/* Ascending comparators for ch_qsort/bsearch over uint32_t and uint64_t arrays. */
int ch_cmp_u32(const void *a, const void *b);
int ch_cmp_u64(const void *a, const void *b);

/* ===== Arena ===== */
typedef struct ch_arena_block ch_arena_block;
typedef struct ch_arena {
    ch_arena_block *head;  /* newest block */
    size_t total;          /* bytes handed out */
} ch_arena;

void ch_arena_init(ch_arena *a);                /* does not allocate */
void *ch_arena_alloc(ch_arena *a, size_t n);    /* 16-aligned, NULL on OOM */
void *ch_arena_calloc(ch_arena *a, size_t n);
char *ch_arena_strndup(ch_arena *a, const char *s, size_t n);
void ch_arena_release(ch_arena *a);             /* frees all; zeroed arena ok */

/* ===== Growable buffer ===== */
typedef struct ch_buf {
    char *data;   /* NUL-terminated when non-NULL */
    size_t len;   /* bytes used, excluding the NUL */
    size_t cap;   /* bytes allocated */
} ch_buf;

#define CH_BUF_INIT {NULL, 0, 0}
int ch_buf_reserve(ch_buf *b, size_t extra);   /* CH_OK or CH_ENOMEM */
int ch_buf_append(ch_buf *b, const char *s, size_t n);
int ch_buf_putc(ch_buf *b, char c);
int ch_buf_printf(ch_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void ch_buf_reset(ch_buf *b);                  /* len = 0, keeps memory */
void ch_buf_release(ch_buf *b);                /* frees; zeroed buf ok */
/* Detach the string; Caller owns it (ch_free). Buffer becomes empty. */
char *ch_buf_detach(ch_buf *b, size_t *len);

#endif
