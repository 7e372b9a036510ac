/* sketch.c - what dedup keeps of an article: hashes, shingles, MinHash.
 *
 * Shingles are word 3-grams over the folded word/number sequence, hashed to
 * 32 bits; a shingle made only of stop words ("of the said") is dropped, as
 * it says nothing about copying. Digits are kept (datatrove normalizes them
 * away; we need them to tell copies that differ in a figure). MinHash uses
 * K multiply-shift permutations of the shingle hash.
 */
#include "chorus/sketch.h"
#include "chorus/err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#define XXH_INLINE_ALL /* short keys: inlined, no call through the PLT */
#include <xxhash.h>

static uint32_t uniq32(uint32_t *v, uint32_t n)
{
    if (!n) return 0;
    if (n <= 32) { /* a sentence's words: insertion sort in place */
        for (uint32_t i = 1; i < n; i++) {
            uint32_t x = v[i], j = i;
            while (j > 0 && v[j - 1] > x) { v[j] = v[j - 1]; j--; }
            v[j] = x;
        }
    } else {
        ch_sort_u32key(v, n, sizeof *v);
    }
    uint32_t k = 1;
    for (uint32_t i = 1; i < n; i++)
        if (v[i] != v[k - 1]) v[k++] = v[i];
    return k;
}

static uint32_t uniq64(uint64_t *v, uint32_t n)
{
    if (!n) return 0;
    ch_qsort(v, n, sizeof *v, ch_cmp_u64);
    uint32_t k = 1;
    for (uint32_t i = 1; i < n; i++)
        if (v[i] != v[k - 1]) v[k++] = v[i];
    return k;
}

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* fold a token into buf (ASCII fast path); returns its length */
static size_t fold_token(const char *s, size_t n, ch_buf *tmp, const char **out)
{
    ch_buf_reset(tmp);
    if (ch_text_norm_word(s, n, tmp) < 0 || !tmp->data) {
        *out = s;
        return n;
    }
    *out = tmp->data;
    return tmp->len;
}

/* digits only: "3,200" and "3.200" -> "3200", "$4.2bn" -> "42" */
static size_t digits_of(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++)
        if (s[i] >= '0' && s[i] <= '9') out[k++] = s[i];
    out[k] = '\0';
    return k;
}

typedef struct {
    uint32_t *v;
    uint32_t n, cap;
} vec32;

static int push32(vec32 *v, uint32_t x)
{
    if (v->n == v->cap) {
        uint32_t cap = v->cap ? v->cap * 2 : 64;
        uint32_t *nv = ch_realloc(v->v, cap * sizeof *nv);
        if (!nv) return CH_ENOMEM;
        v->v = nv;
        v->cap = cap;
    }
    v->v[v->n++] = x;
    return CH_OK;
}

/* The MinHash inner loop: K multiply-shift permutations of every shingle.
 * On x86-64 a second copy is compiled for AVX2 and picked at load time
 * (target_clones): the compiler vectorizes the 64-bit multiplies four at a
 * time, 2-3x faster, with the same values (integer arithmetic). */
#if defined(__SANITIZE_THREAD__) /* an ifunc resolver runs before TSan is set up */
#define CH_NO_CLONES 1
#endif
#if defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define CH_NO_CLONES 1
#endif
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(CH_NO_CLONES)
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#endif
static void minhash_update(uint32_t *restrict mh, const uint64_t *restrict ma, const uint64_t *restrict mb,
                           const uint32_t *sh, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        uint64_t x = (uint64_t)sh[i] * 0x9E3779B97F4A7C15ULL;
        for (int k = 0; k < CH_SKETCH_K; k++) {
            uint32_t v = (uint32_t)((ma[k] * x + mb[k]) >> 32);
            mh[k] = v < mh[k] ? v : mh[k];
        }
    }
}

int ch_sketch_compute(const ch_article *a, ch_sketch *out) { return ch_sketch_compute2(a, out, 1); }

int ch_sketch_compute2(const ch_article *a, ch_sketch *out, int minhash)
{
    memset(out, 0, sizeof *out);
    for (int k = 0; k < CH_SKETCH_K; k++) out->minhash[k] = UINT32_MAX;
    ch_arena ar;
    ch_arena_init(&ar);
    ch_buf tmp = CH_BUF_INIT;
    vec32 sh = {0}, sw = {0}, anc = {0};
    uint64_t *paras = NULL;
    uint32_t n_paras = 0;
    int rc = CH_ENOMEM;
    ch_token *t;
    long nt = ch_text_tokenize(a->text, a->text_len, &ar, &t);
    if (nt < 0) goto done;
    char list[32];
    snprintf(list, sizeof list, "stopwords/%s", a->lang && ch_text_lang_supported(a->lang) ? a->lang : "en");
    const ch_wordlist *stop = ch_wordlist_find(list);

    uint64_t *wh = ch_malloc(((size_t)nt + 1) * sizeof *wh);
    uint8_t *isstop = ch_malloc((size_t)nt + 1);
    uint32_t *tok_idx = ch_malloc(((size_t)nt + 1) * sizeof *tok_idx);
    out->sent_start = ch_malloc(((size_t)a->n_sentences + 1) * sizeof *out->sent_start);
    paras = ch_malloc(((size_t)a->n_sentences + 64) * sizeof *paras);
    if (!wh || !isstop || !tok_idx || !out->sent_start || !paras) {
        ch_free(wh); ch_free(isstop); ch_free(tok_idx);
        goto done;
    }
    size_t para_cap = a->n_sentences + 64;
    /* words: hashes, stop flags; paragraphs; sentences; figures; anchors */
    uint32_t nw = 0;
    uint64_t text_h = 0x84222325CBF29CE4ULL, para_h = 0;
    size_t para_start = 0, para_words = 0;
    size_t si = 0;
    out->sent_start[0] = 0;
    uint32_t sent_first = 0;
    char **figs = NULL;
    uint32_t n_figs = 0, fig_pos[256];
    for (long i = 0; i <= nt; i++) {
        size_t pos = i < nt ? t[i].start : a->text_len;
        /* paragraph boundary: a newline between the previous token and this */
        int nl = 0;
        if (i > 0) {
            for (size_t k = t[i - 1].end; k < pos; k++)
                if (a->text[k] == '\n') { nl = 1; break; }
        }
        if ((nl || i == nt) && para_words) {
            size_t pend = i > 0 ? t[i - 1].end : 0;
            if (pend - para_start >= 80 && n_paras < para_cap) paras[n_paras++] = para_h;
            para_h = 0;
            para_words = 0;
        }
        /* sentence boundaries */
        while (si < a->n_sentences && pos >= a->sentences[si].end) {
            uint32_t cnt = sw.n - sent_first;
            if (cnt) {
                uint32_t u = uniq32(sw.v + sent_first, cnt);
                sw.n = sent_first + u;
            }
            si++;
            out->sent_start[si] = sw.n;
            sent_first = sw.n;
        }
        if (i == nt) break;
        const ch_token *tk = &t[i];
        if (tk->kind != CH_TOK_WORD && tk->kind != CH_TOK_NUM) continue;
        const char *w;
        size_t wl = fold_token(a->text + tk->start, tk->end - tk->start, &tmp, &w);
        uint64_t h = XXH3_64bits(w, wl);
        if (!para_words) para_start = tk->start;
        para_h = para_h * 0x100000001B3ULL + h + 1;
        para_words++;
        text_h = (text_h ^ h) * 0x100000001B3ULL;
        isstop[nw] = tk->kind == CH_TOK_WORD && ch_wordlist_contains(stop, w, wl);
        tok_idx[nw] = (uint32_t)i;
        wh[nw++] = h;
        if (tk->kind == CH_TOK_WORD && !isstop[nw - 1] && wl >= 2 && si < a->n_sentences) {
            if (push32(&sw, (uint32_t)h) < 0) goto fail_words;
        }
        if (tk->kind == CH_TOK_NUM) {
            if (n_figs < 256) {
                if (!figs) figs = ch_calloc(256, sizeof *figs);
                if (!figs) goto fail_words;
                figs[n_figs] = ch_strndup(a->text + tk->start, tk->end - tk->start);
                if (!figs[n_figs]) goto fail_words;
                fig_pos[n_figs] = nw - 1;
                n_figs++;
            }
            char dg[40];
            size_t dn = digits_of(a->text + tk->start, tk->end - tk->start, dg, sizeof dg);
            if (dn >= 2 && push32(&anc, (uint32_t)XXH3_64bits(dg, dn) | 1u) < 0) goto fail_words;
        } else if (tk->upper && !isstop[nw - 1] && wl >= 3) {
            /* a name: capitalized, not the first word of its sentence */
            int first = si < a->n_sentences && tk->start <= a->sentences[si].start + 3;
            if (!first) {
                /* strip accents (Müller = Muller); ASCII has none to strip */
                int ascii = 1;
                for (size_t q = 0; q < wl; q++) ascii &= (unsigned char)w[q] < 0x80;
                utf8proc_uint8_t *dst = NULL;
                utf8proc_ssize_t r = ascii ? -1 : utf8proc_map((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)wl, &dst,
                                                  UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
                size_t m = r > 0 ? (size_t)r : wl;
                const char *base = r > 0 ? (const char *)dst : w;
                if (m > 6) m = 6; /* a stem-like prefix survives inflection: Obama/Obamas */
                uint32_t ah = (uint32_t)XXH3_64bits(base, m) & ~1u;
                free(dst);
                if (push32(&anc, ah) < 0) goto fail_words;
            }
        }
    }
    while (si < a->n_sentences) out->sent_start[++si] = sw.n;
    out->n_sents = (uint32_t)a->n_sentences;
    out->text_hash = nw ? (text_h | 1) : 0;
    out->n_words = nw;
    /* shingles */
    for (uint32_t i = 0; i + CH_SKETCH_SHINGLE <= nw && sh.n < CH_SKETCH_MAX_SHINGLES; i++) {
        if (isstop[i] && isstop[i + 1] && isstop[i + 2]) continue;
        uint64_t tri[3] = {wh[i], wh[i + 1], wh[i + 2]};
        if (push32(&sh, (uint32_t)XXH3_64bits(tri, sizeof tri)) < 0) goto fail_words;
    }
    if (nw > 0 && nw < CH_SKETCH_SHINGLE) { /* very short: one shingle of all */
        if (push32(&sh, (uint32_t)XXH3_64bits(wh, nw * sizeof *wh)) < 0) goto fail_words;
    }
    sh.n = uniq32(sh.v, sh.n);
    /* MinHash: K multiply-shift permutations */
    if (minhash) {
        uint64_t seed = 0x5EED, ma[CH_SKETCH_K], mb[CH_SKETCH_K];
        for (int k = 0; k < CH_SKETCH_K; k++) {
            ma[k] = splitmix64(&seed) | 1;
            mb[k] = splitmix64(&seed);
        }
        minhash_update(out->minhash, ma, mb, sh.v, sh.n);
    }
    out->shingles = sh.v;
    out->n_shingles = sh.n;
    sh.v = NULL;
    out->paras = paras;
    out->n_paras = uniq64(paras, n_paras);
    paras = NULL;
    out->sent_words = sw.v;
    sw.v = NULL;
    if (n_figs) {
        out->fig_left = ch_malloc(n_figs * sizeof *out->fig_left);
        out->fig_right = ch_malloc(n_figs * sizeof *out->fig_right);
        if (!out->fig_left || !out->fig_right) goto fail_words;
        for (uint32_t f = 0; f < n_figs; f++) {
            uint32_t p = fig_pos[f];
            uint64_t l[2] = {p >= 2 ? wh[p - 2] : 0, p >= 1 ? wh[p - 1] : 0};
            uint64_t r[2] = {p + 1 < nw ? wh[p + 1] : 0, p + 2 < nw ? wh[p + 2] : 0};
            out->fig_left[f] = (uint32_t)XXH3_64bits(l, sizeof l);
            out->fig_right[f] = (uint32_t)XXH3_64bits(r, sizeof r);
        }
    }
    out->figures = figs;
    out->n_figures = n_figs;
    figs = NULL;
    anc.n = uniq32(anc.v, anc.n);
    out->anchors = anc.v;
    out->n_anchors = anc.n;
    anc.v = NULL;
    rc = CH_OK;
fail_words:
    if (figs) {
        for (uint32_t i = 0; i < n_figs; i++) ch_free(figs[i]);
        ch_free(figs);
    }
    ch_free(wh);
    ch_free(isstop);
    ch_free(tok_idx);
done:
    ch_free(sh.v);
    ch_free(sw.v);
    ch_free(anc.v);
    ch_free(paras);
    ch_buf_release(&tmp);
    ch_arena_release(&ar);
    if (rc != CH_OK) ch_sketch_release(out);
    return rc;
}

void ch_sketch_release(ch_sketch *s)
{
    if (!s) return;
    ch_free(s->shingles);
    ch_free(s->paras);
    ch_free(s->sent_words);
    ch_free(s->sent_start);
    for (uint32_t i = 0; i < s->n_figures; i++) ch_free(s->figures[i]);
    ch_free(s->figures);
    ch_free(s->fig_left);
    ch_free(s->fig_right);
    ch_free(s->anchors);
    memset(s, 0, sizeof *s);
}

static uint32_t inter32(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb)
{
    uint32_t i = 0, j = 0, k = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j]) i++;
        else if (a[i] > b[j]) j++;
        else { k++; i++; j++; }
    }
    return k;
}

double ch_sketch_jaccard(const ch_sketch *a, const ch_sketch *b)
{
    uint32_t k = inter32(a->shingles, a->n_shingles, b->shingles, b->n_shingles);
    uint32_t u = a->n_shingles + b->n_shingles - k;
    return u ? (double)k / u : 0.0;
}

double ch_sketch_containment(const ch_sketch *a, const ch_sketch *b, uint32_t *shared)
{
    uint32_t k = inter32(a->shingles, a->n_shingles, b->shingles, b->n_shingles);
    if (shared) *shared = k;
    uint32_t m = a->n_shingles < b->n_shingles ? a->n_shingles : b->n_shingles;
    return m ? (double)k / m : 0.0;
}

double ch_sketch_minhash_estimate(const ch_sketch *a, const ch_sketch *b)
{
    int eq = 0;
    for (int k = 0; k < CH_SKETCH_K; k++) eq += a->minhash[k] == b->minhash[k];
    return (double)eq / CH_SKETCH_K;
}

double ch_sketch_coverage(const ch_sketch *a, const ch_sketch *b) { return ch_sketch_coverage_min(a, b, 0.0); }

double ch_sketch_coverage_min(const ch_sketch *a, const ch_sketch *b, double min)
{
    const ch_sketch *s = a, *l = b;
    /* the shorter article by content words */
    uint32_t na = a->n_sents ? a->sent_start[a->n_sents] : 0;
    uint32_t nb = b->n_sents ? b->sent_start[b->n_sents] : 0;
    if (na > nb) { s = b; l = a; }
    /* sentences that count (4+ content words): the denominator, known first */
    int total = 0;
    for (uint32_t i = 0; i < s->n_sents; i++) total += s->sent_start[i + 1] - s->sent_start[i] >= 4;
    if (!total) return 0.0;
    int hit = 0, left = total;
    for (uint32_t i = 0; i < s->n_sents; i++) {
        const uint32_t *x = s->sent_words + s->sent_start[i];
        uint32_t nx = s->sent_start[i + 1] - s->sent_start[i];
        if (nx < 4) continue;
        /* even if every sentence left matched, the share stays below min */
        if ((double)(hit + left) / total < min) return (double)(hit + left) / total;
        left--;
        for (uint32_t j = 0; j < l->n_sents; j++) {
            const uint32_t *y = l->sent_words + l->sent_start[j];
            uint32_t ny = l->sent_start[j + 1] - l->sent_start[j];
            if (ny < 2 || ny * 3 < nx || nx * 3 < ny) continue;
            uint32_t k = inter32(x, nx, y, ny);
            if (2 * k >= nx + ny - k) { hit++; break; } /* Jaccard >= 0.5 */
        }
    }
    return (double)hit / total;
}
