/* cluster.c - features, candidate graph and average-link events.
 *
 * Why average link over a sparse graph: single link chains sibling events
 * together through one shared name; complete link splits big events whose
 * late reports drift. Average link with a threshold is the standard
 * compromise, and over a candidate graph (top features, capped postings) it
 * costs O(edges log edges) instead of O(n^2).
 */
#include "chorus/cluster.h"
#include "chorus/clean.h"
#include "chorus/text.h"

#include <math.h>
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#define TOP_TERMS 16
#define TOP_ANCHORS 12
#define POSTING_CAP 2000
#define MAX_CAND 400
#define DATE_NONE INT32_MIN
#define REFINE_MIN 6
#define SPLIT_MIN 3 /* articles on each side of a kept split */

typedef struct {
    uint32_t *h;  /* sorted feature hashes */
    float *tf;    /* raw counts */
    float *w;     /* weights (tf-idf, L2-normalized), computed at run */
    float *xw;    /* anchors only: weights over the features seen in 2+ languages */
    uint32_t n;
} svec;

typedef struct {
    char *id;
    char lang[8];
    int32_t date;      /* days since 1970-01-01, DATE_NONE if unknown */
    int16_t doy;       /* day of year (0..365) of its date, -1 if none */
    int8_t has_year;   /* date is a full date */
    int8_t meta_date;  /* date came from the article's metadata, not its text */
    svec t, a;         /* terms, anchors */
    uint32_t cl;       /* cluster (event) slot */
    int fresh;         /* added since the last run */
} doc;

/* open-addressing map u32 -> u32 (key 0 reserved: hashes are made odd) */
typedef struct {
    uint32_t *k, *v;
    size_t cap, n;
} u32map;

static uint32_t *map_slot(u32map *m, uint32_t key, int insert)
{
    if (insert && (m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 1024;
        uint32_t *k = ch_calloc(cap, sizeof *k), *v = ch_calloc(cap, sizeof *v);
        if (!k || !v) { ch_free(k); ch_free(v); return NULL; }
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->k[i]) continue;
            size_t j = (m->k[i] * 2654435761u) & (cap - 1);
            while (k[j]) j = (j + 1) & (cap - 1);
            k[j] = m->k[i];
            v[j] = m->v[i];
        }
        ch_free(m->k);
        ch_free(m->v);
        m->k = k;
        m->v = v;
        m->cap = cap;
    }
    if (!m->cap) return NULL;
    size_t j = (key * 2654435761u) & (m->cap - 1);
    while (m->k[j] && m->k[j] != key) j = (j + 1) & (m->cap - 1);
    if (!m->k[j]) {
        if (!insert) return NULL;
        m->k[j] = key;
        m->v[j] = 0;
        m->n++;
    }
    return &m->v[j];
}

typedef struct {
    char lang[8];
    ch_stemmer *st;
} stem_slot;

struct ch_cluster {
    ch_cluster_opts o;
    doc *d;
    size_t n, cap;
    u32map df;            /* feature -> document frequency */
    u32map vocab;         /* feature -> offset+1 in names */
    u32map langs;         /* anchor -> bit mask of the languages it occurs in */
    char lang_names[31][8];
    int n_langs;
    ch_buf names;         /* NUL-separated display strings */
    stem_slot stems[12];
    int n_stems;
    /* events */
    char (*ev_id)[16];    /* per cluster slot */
    size_t n_slots;
    size_t *ev_index;     /* per article: dense event number */
    size_t n_events;
    uint32_t next_slot;
};

ch_cluster *ch_cluster_new(const ch_cluster_opts *opts)
{
    ch_cluster *c = ch_calloc(1, sizeof *c);
    if (!c) return NULL;
    if (opts) c->o = *opts;
    if (c->o.threshold <= 0) c->o.threshold = 0.16;
    if (c->o.w_terms <= 0) c->o.w_terms = 0.5;
    if (c->o.date_scale <= 0) c->o.date_scale = 4.0;
    if (c->o.neighbors <= 0) c->o.neighbors = 30;
    if (c->o.refine <= 0) c->o.refine = 0.2;
    if (c->o.cross <= 0) c->o.cross = 0.8;
    if (c->o.prior <= 0) c->o.prior = 30;
    if (c->o.attach <= 0) c->o.attach = 0.15;
    return c;
}

static void svec_free(svec *v)
{
    ch_free(v->h);
    ch_free(v->tf);
    ch_free(v->w);
    ch_free(v->xw);
}

void ch_cluster_free(ch_cluster *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) {
        ch_free(c->d[i].id);
        svec_free(&c->d[i].t);
        svec_free(&c->d[i].a);
    }
    ch_free(c->d);
    ch_free(c->df.k);
    ch_free(c->df.v);
    ch_free(c->vocab.k);
    ch_free(c->vocab.v);
    ch_free(c->langs.k);
    ch_free(c->langs.v);
    ch_buf_release(&c->names);
    for (int i = 0; i < c->n_stems; i++) ch_stemmer_free(c->stems[i].st);
    ch_free(c->ev_id);
    ch_free(c->ev_index);
    ch_free(c);
}

static ch_stemmer *stemmer_for(ch_cluster *c, const char *lang)
{
    for (int i = 0; i < c->n_stems; i++)
        if (!strcmp(c->stems[i].lang, lang)) return c->stems[i].st;
    if (c->n_stems == 12) return NULL;
    stem_slot *s = &c->stems[c->n_stems++];
    snprintf(s->lang, sizeof s->lang, "%s", lang);
    s->st = ch_stemmer_new(lang);
    return s->st;
}

/* ===== features ===== */

typedef struct {
    uint32_t h;
    float tf;
} feat;

typedef struct {
    feat *v;
    size_t n, cap;
} fvec;

static int fpush(fvec *f, uint32_t h, float tf)
{
    if (f->n == f->cap) {
        feat *nv = ch_grow(f->v, &f->cap, sizeof *nv, 128);
        if (!nv) return CH_ENOMEM;
        f->v = nv;
    }
    f->v[f->n++] = (feat){h, tf};
    return CH_OK;
}

/* sort, sum duplicates, move into an svec */
static int to_svec(fvec *f, svec *out)
{
    ch_sort_u32key(f->v, f->n, sizeof *f->v); /* by h, stable: the tf sums keep their order */
    size_t k = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (k && f->v[k - 1].h == f->v[i].h) f->v[k - 1].tf += f->v[i].tf;
        else f->v[k++] = f->v[i];
    }
    out->n = (uint32_t)k;
    out->h = ch_malloc((k ? k : 1) * sizeof *out->h);
    out->tf = ch_malloc((k ? k : 1) * sizeof *out->tf);
    out->w = ch_malloc((k ? k : 1) * sizeof *out->w);
    if (!out->h || !out->tf || !out->w) return CH_ENOMEM;
    for (size_t i = 0; i < k; i++) {
        out->h[i] = f->v[i].h;
        out->tf[i] = f->v[i].tf;
    }
    return CH_OK;
}

static void remember(ch_cluster *c, uint32_t h, const char *s, size_t n)
{
    uint32_t *slot = map_slot(&c->vocab, h, 0);
    if (slot) return;
    slot = map_slot(&c->vocab, h, 1);
    if (!slot) return;
    *slot = (uint32_t)c->names.len + 1;
    ch_buf_append(&c->names, s, n);
    ch_buf_putc(&c->names, '\0');
}

static int32_t days_of(const char *ymd)
{
    if (!ymd || strlen(ymd) < 10) return DATE_NONE;
    int y = atoi(ymd), m = atoi(ymd + 5), d = atoi(ymd + 8);
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31) return DATE_NONE;
    /* days from civil (Howard Hinnant) */
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + (int)doe - 719468);
}

static void ymd_of(int32_t z, char out[11])
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = (int)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    if (y < 0 || y > 9999 || m > 12 || d > 31) { out[0] = '\0'; return; }
    snprintf(out, 11, "%04d-%02d-%02d", y % 10000, (int)(m % 100), (int)(d % 100));
}

/* The first date written in the first part of the text: a full date gives
 * days since the epoch; a month and day without a year gives only the day
 * of the year (*doy), which still tells "Sept. 18" from "Dec. 18". */
static int32_t text_date(const ch_article *a, int16_t *doy)
{
    size_t n = a->text_len < 1500 ? a->text_len : 1500;
    *doy = -1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)a->text[i];
        if (i && (unsigned char)a->text[i - 1] != ' ' && a->text[i - 1] != '\n' && a->text[i - 1] != '(') continue;
        if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z'))) continue;
        char d[11];
        if (ch_clean_parse_date(a->text + i, a->text_len - i, 0, d)) {
            int y = atoi(d);
            if (y >= 1990 && y <= 2100) return days_of(d);
        } else if (*doy < 0 && ch_clean_parse_date(a->text + i, a->text_len - i, 2001, d)) {
            int32_t z = days_of(d);
            if (z != DATE_NONE) *doy = (int16_t)(z - days_of("2001-01-01"));
        }
    }
    return DATE_NONE;
}

static int add_text(ch_cluster *c, const char *text, size_t len, const char *lang, float weight,
                    const ch_span *sents, size_t n_sents, fvec *terms, fvec *anchors, ch_buf *tmp,
                    ch_arena *ar)
{
    ch_token *t;
    long nt = ch_text_tokenize(text, len, ar, &t);
    if (nt < 0) return CH_ENOMEM;
    char list[32];
    snprintf(list, sizeof list, "stopwords/%s", ch_text_lang_supported(lang) ? lang : "en");
    const ch_wordlist *stop = ch_wordlist_find(list);
    ch_stemmer *st = stemmer_for(c, lang);
    size_t si = 0;
    uint32_t prev_name = 0;
    long prev_tok = -2;
    for (long i = 0; i < nt; i++) {
        const ch_token *k = &t[i];
        while (sents && si + 1 < n_sents && k->start >= sents[si].end) si++;
        int first = sents ? (si < n_sents && k->start <= sents[si].start + 3) : (i == 0);
        if (k->kind == CH_TOK_NUM) {
            char dg[24];
            size_t dn = 0;
            for (uint32_t x = k->start; x < k->end && dn < sizeof dg - 1; x++)
                if (text[x] >= '0' && text[x] <= '9') dg[dn++] = text[x];
            if (dn < 2) continue;
            uint32_t h = (uint32_t)XXH3_64bits_withSeed(dg, dn, 7) | 1u;
            CH_TRY(fpush(anchors, h, weight));
            remember(c, h, text + k->start, k->end - k->start);
            continue;
        }
        if (k->kind != CH_TOK_WORD) continue;
        ch_buf_reset(tmp);
        CH_TRY(ch_text_norm_word(text + k->start, k->end - k->start, tmp));
        if (tmp->len < 2 || ch_wordlist_contains(stop, tmp->data, tmp->len)) continue;
        size_t sl;
        const char *stem = st ? ch_stemmer_stem(st, tmp->data, tmp->len, &sl) : tmp->data;
        if (!st) sl = tmp->len;
        uint32_t th = (uint32_t)XXH3_64bits(stem, sl) & ~1u;
        if (!th) th = 2;
        CH_TRY(fpush(terms, th, weight));
        remember(c, th, tmp->data, tmp->len);
        /* a name: capitalized, not opening its sentence, 3+ letters, or a
         * two-letter acronym ("US", "EU", "UN") */
        int acr2 = tmp->len == 2 && k->end - k->start == 2 && isupper((unsigned char)text[k->start + 1]);
        if (k->upper && !first && (tmp->len >= 3 || acr2)) {
            utf8proc_uint8_t *dst = NULL;
            utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)tmp->data, (utf8proc_ssize_t)tmp->len,
                                              &dst, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
            const char *base = r > 0 ? (const char *)dst : tmp->data;
            size_t m = r > 0 ? (size_t)r : tmp->len;
            if (m > 6) m = 6;
            uint32_t ah = (uint32_t)XXH3_64bits_withSeed(base, m, 11) | 1u;
            free(dst);
            CH_TRY(fpush(anchors, ah, weight));
            remember(c, ah, text + k->start, k->end - k->start);
            /* a two-word name ("Lindsay Lohan"): more specific than either word */
            if (prev_name && i == prev_tok + 1) {
                uint32_t bh = (uint32_t)XXH3_64bits_withSeed(&prev_name, 4, ah) | 1u;
                CH_TRY(fpush(anchors, bh, weight));
            }
            prev_name = ah;
            prev_tok = i;
            continue;
        }
        prev_name = 0;
    }
    return CH_OK;
}

static int lang_bit(ch_cluster *c, const char *lang)
{
    for (int i = 0; i < c->n_langs; i++)
        if (!strcmp(c->lang_names[i], lang)) return i;
    if (c->n_langs == 31) return -1;
    snprintf(c->lang_names[c->n_langs], 8, "%s", lang);
    return c->n_langs++;
}

long ch_cluster_add(ch_cluster *c, const ch_article *a)
{
    if (c->n == c->cap) {
        doc *d = ch_grow(c->d, &c->cap, sizeof *d, 256);
        if (!d) return CH_ENOMEM;
        c->d = d;
    }
    doc *d = &c->d[c->n];
    memset(d, 0, sizeof *d);
    const char *id = a->id ? a->id : "";
    d->id = ch_strndup(id, strlen(id));
    snprintf(d->lang, sizeof d->lang, "%s", a->lang ? a->lang : "und");
    d->date = days_of(a->date);
    int16_t doy = -1;
    d->meta_date = d->date != DATE_NONE;
    if (d->date == DATE_NONE) d->date = text_date(a, &doy);
    d->doy = doy;
    if (d->date != DATE_NONE) { /* day of year of a full date, to compare with yearless ones */
        char ymd[11];
        ymd_of(d->date, ymd);
        char jan1[11];
        snprintf(jan1, sizeof jan1, "%.4s-01-01", ymd);
        d->doy = (int16_t)(d->date - days_of(jan1));
        d->has_year = 1;
        (void)d->has_year;
    }
    d->fresh = 1;
    fvec terms = {0}, anchors = {0};
    ch_buf tmp = CH_BUF_INIT;
    ch_arena ar;
    ch_arena_init(&ar);
    int rc = d->id ? CH_OK : CH_ENOMEM;
    if (rc == CH_OK && a->title)
        rc = add_text(c, a->title, strlen(a->title), d->lang, 2.0f, NULL, 0, &terms, &anchors, &tmp, &ar);
    if (rc == CH_OK)
        rc = add_text(c, a->text, a->text_len, d->lang, 1.0f, a->sentences, a->n_sentences, &terms, &anchors,
                      &tmp, &ar);
    if (rc == CH_OK) rc = to_svec(&terms, &d->t);
    if (rc == CH_OK) rc = to_svec(&anchors, &d->a);
    ch_free(terms.v);
    ch_free(anchors.v);
    ch_buf_release(&tmp);
    ch_arena_release(&ar);
    if (rc == CH_OK) {
        for (uint32_t i = 0; i < d->t.n; i++) {
            uint32_t *s = map_slot(&c->df, d->t.h[i], 1);
            if (!s) { rc = CH_ENOMEM; break; }
            (*s)++;
        }
        int li = lang_bit(c, d->lang);
        for (uint32_t i = 0; i < d->a.n && rc == CH_OK; i++) {
            uint32_t *s = map_slot(&c->df, d->a.h[i], 1);
            if (!s) { rc = CH_ENOMEM; break; }
            (*s)++;
            uint32_t *m = map_slot(&c->langs, d->a.h[i], 1);
            if (!m) { rc = CH_ENOMEM; break; }
            if (li >= 0) *m |= 1u << li;
        }
    }
    if (rc != CH_OK) {
        ch_free(d->id);
        svec_free(&d->t);
        svec_free(&d->a);
        return rc;
    }
    return (long)c->n++;
}

/* ===== similarity ===== */

static void weigh(ch_cluster *c, svec *v)
{
    double norm = 0, n = (double)c->n;
    for (uint32_t i = 0; i < v->n; i++) {
        uint32_t *df = map_slot(&c->df, v->h[i], 0);
        double idf = log((n + c->o.prior) / ((df ? *df : 1) + 0.5));
        if (idf < 0) idf = 0;
        double w = (1 + log(v->tf[i])) * idf;
        v->w[i] = (float)w;
        norm += w * w;
    }
    norm = sqrt(norm);
    for (uint32_t i = 0; i < v->n; i++) v->w[i] = norm > 0 ? (float)(v->w[i] / norm) : 0;
}

/* anchor weights restricted to features seen in two or more languages: the
 * names and numbers that can match across languages (German capitalizes
 * every noun; those nouns would only dilute a cross-language cosine) */
static int weigh_cross(ch_cluster *c, svec *v)
{
    if (!v->xw) {
        v->xw = ch_malloc((v->n ? v->n : 1) * sizeof *v->xw);
        if (!v->xw) return CH_ENOMEM;
    }
    double norm = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        uint32_t *m = map_slot(&c->langs, v->h[i], 0);
        int multi = m && (*m & (*m - 1));
        v->xw[i] = multi ? v->w[i] : 0;
        norm += (double)v->xw[i] * v->xw[i];
    }
    norm = sqrt(norm);
    for (uint32_t i = 0; i < v->n; i++) v->xw[i] = norm > 0 ? (float)(v->xw[i] / norm) : 0;
    return CH_OK;
}

/* sum over shared features of xw[x's index] * yw[y's index] (both sorted) */
static double wdot(const svec *x, const float *xw, const svec *y, const float *yw)
{
    uint32_t i = 0, j = 0;
    double s = 0;
    while (i < x->n && j < y->n) {
        if (x->h[i] < y->h[j]) i++;
        else if (x->h[i] > y->h[j]) j++;
        else s += (double)xw[i++] * yw[j++];
    }
    return s;
}

static double dot(const svec *x, const svec *y) { return wdot(x, x->w, y, y->w); }

/* across languages: the weights over features seen in 2+ languages */
static double xdot(const svec *x, const svec *y) { return x->xw && y->xw ? wdot(x, x->xw, y, y->xw) : 0; }

/* lang is NUL-padded to its 8 bytes (memset at add, padded at load): one compare */
static int same_lang(const doc *x, const doc *y)
{
    return !memcmp(x->lang, y->lang, sizeof x->lang);
}

/* the date damping of a similarity */
static double damp(const ch_cluster *c, const doc *x, const doc *y, double s)
{
    int32_t d = -1;
    if (x->date != DATE_NONE && y->date != DATE_NONE) {
        d = x->date > y->date ? x->date - y->date : y->date - x->date;
    } else if (x->doy >= 0 && y->doy >= 0) { /* circular day-of-year distance */
        d = x->doy > y->doy ? x->doy - y->doy : y->doy - x->doy;
        if (d > 183) d = 366 - d;
    }
    if (d > 1) s /= 1.0 + (d - 1) / c->o.date_scale;
    return s;
}

static double sim(const ch_cluster *c, const doc *x, const doc *y)
{
    double s;
    if (same_lang(x, y)) s = c->o.w_terms * dot(&x->t, &y->t) + (1 - c->o.w_terms) * dot(&x->a, &y->a);
    else s = c->o.cross * xdot(&x->a, &y->a);
    return damp(c, x, y, s);
}

/* ===== one article against many: its features in a hash table =====
 * build_graph compares each article with hundreds of candidates. Instead of
 * a sorted merge per pair (n_x + n_y steps, a mispredicted branch each), the
 * article's features go once into an open-addressing table behind a 4096-bit
 * filter, and each candidate's features are looked up: most miss at the
 * filter. Matches are met in the candidate's (ascending) feature order, the
 * order of the merge, so the sums are bit for bit those of dot(). */

typedef struct {
    uint64_t bits[64];
    uint32_t *key, *idx;   /* idx: feature index + 1, 0 = empty */
    uint32_t mask, cap;
} fmap;

static int fmap_set(fmap *m, const svec *v)
{
    uint32_t cap = 16;
    while (cap < 2 * v->n) cap *= 2;
    if (cap > m->cap) {
        uint32_t *k = ch_realloc(m->key, cap * sizeof *k), *ix;
        if (!k) return CH_ENOMEM;
        m->key = k;
        ix = ch_realloc(m->idx, cap * sizeof *ix);
        if (!ix) return CH_ENOMEM;
        m->idx = ix;
        m->cap = cap;
    }
    m->mask = cap - 1;
    memset(m->idx, 0, cap * sizeof *m->idx);
    memset(m->bits, 0, sizeof m->bits);
    for (uint32_t i = 0; i < v->n; i++) {
        uint32_t h = v->h[i], b = (h >> 20) & 4095;
        m->bits[b >> 6] |= 1ull << (b & 63);
        uint32_t s = (h >> 1) & m->mask;
        while (m->idx[s]) s = (s + 1) & m->mask;
        m->key[s] = h;
        m->idx[s] = i + 1;
    }
    return CH_OK;
}

static void fmap_free(fmap *m)
{
    ch_free(m->key);
    ch_free(m->idx);
}

/* sum over shared features of xw[x's index] * yw[y's index] */
static double fmap_dot(const fmap *m, const float *xw, const svec *y, const float *yw)
{
    double s = 0;
    for (uint32_t j = 0; j < y->n; j++) {
        uint32_t h = y->h[j], b = (h >> 20) & 4095;
        if (!(m->bits[b >> 6] >> (b & 63) & 1)) continue;
        for (uint32_t t = (h >> 1) & m->mask; m->idx[t]; t = (t + 1) & m->mask)
            if (m->key[t] == h) { s += (double)xw[m->idx[t] - 1] * yw[j]; break; }
    }
    return s;
}

/* sim(c, x, y) with x's features in mt (terms) and ma (anchors) */
static double sim_map(const ch_cluster *c, const doc *x, const fmap *mt, const fmap *ma, const doc *y)
{
    double s;
    if (same_lang(x, y)) {
        s = c->o.w_terms * fmap_dot(mt, x->t.w, &y->t, y->t.w) + (1 - c->o.w_terms) * fmap_dot(ma, x->a.w, &y->a, y->a.w);
    } else {
        s = x->a.xw && y->a.xw ? c->o.cross * fmap_dot(ma, x->a.xw, &y->a, y->a.xw) : 0;
    }
    return damp(c, x, y, s);
}

double ch_cluster_similarity(const ch_cluster *c, size_t a, size_t b)
{
    if (a >= c->n || b >= c->n) return 0;
    return sim(c, &c->d[a], &c->d[b]);
}

void ch_cluster_components(const ch_cluster *c, size_t a, size_t b, double *terms, double *anchors,
                           int *days)
{
    const doc *x = &c->d[a], *y = &c->d[b];
    *terms = same_lang(x, y) ? dot(&x->t, &y->t) : 0;
    *anchors = same_lang(x, y) ? dot(&x->a, &y->a) : xdot(&x->a, &y->a);
    *days = x->date == DATE_NONE || y->date == DATE_NONE ? -1
            : (x->date > y->date ? x->date - y->date : y->date - x->date);
}

/* ===== candidate graph ===== */

typedef struct {
    uint64_t key;   /* feature << 32 | doc */
} post;

typedef struct {
    uint32_t a, b;
    float s;
} edge;

static int cmp_edge(const void *a, const void *b)
{
    const edge *x = a, *y = b;
    if (x->a != y->a) return x->a < y->a ? -1 : 1;
    return x->b < y->b ? -1 : x->b > y->b;
}

/* the k heaviest features, heaviest first, ties in feature order (the
 * order a stable sort by weight gives): an insertion into k slots */
static size_t top_feats(const svec *v, size_t k, feat *out)
{
    size_t m = 0;
    for (uint32_t i = 0; i < v->n && k; i++) {
        float w = v->w[i];
        if (m == k && !(w > out[m - 1].tf)) continue;
        size_t j = m < k ? m++ : k - 1;
        while (j > 0 && out[j - 1].tf < w) { out[j] = out[j - 1]; j--; }
        out[j] = (feat){v->h[i], w};
    }
    return m;
}

typedef struct {
    edge *v;
    size_t n, cap;
} edges;

static int epush(edges *e, uint32_t a, uint32_t b, float s)
{
    if (e->n == e->cap) {
        edge *nv = ch_grow(e->v, &e->cap, sizeof *nv, 4096);
        if (!nv) return CH_ENOMEM;
        e->v = nv;
    }
    e->v[e->n++] = (edge){a < b ? a : b, a < b ? b : a, s};
    return CH_OK;
}

typedef struct {
    uint32_t h;      /* feature */
    int32_t date;    /* the article's date (DATE_NONE first) */
    uint32_t doc;
} gpost;

/* first posting in [a, b) (one feature's run, sorted by date) dated >= date */
static size_t date_lower(const gpost *p, size_t a, size_t b, int32_t date)
{
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (p[m].date < date) a = m + 1;
        else b = m;
    }
    return a;
}

/* feature -> its run [start, start + len) in the sorted postings: one hash
 * probe per feature instead of binary searches over all postings (features
 * are never 0: terms are even and nonzero, anchors odd) */
typedef struct {
    uint32_t *key, *start, *len;
    size_t mask;
} runmap;

static int runs_build(runmap *m, const gpost *p, size_t np)
{
    size_t nd = 0;
    for (size_t i = 0; i < np; i++) nd += !i || p[i].h != p[i - 1].h;
    size_t cap = 16;
    while (cap < 2 * nd) cap *= 2;
    m->mask = cap - 1;
    m->key = ch_calloc(cap, sizeof *m->key);
    m->start = ch_malloc(cap * sizeof *m->start);
    m->len = ch_malloc(cap * sizeof *m->len);
    if (!m->key || !m->start || !m->len) return CH_ENOMEM;
    for (size_t i = 0; i < np;) {
        size_t j = i;
        while (j < np && p[j].h == p[i].h) j++;
        size_t x = (p[i].h >> 1) & m->mask;
        while (m->key[x]) x = (x + 1) & m->mask;
        m->key[x] = p[i].h;
        m->start[x] = (uint32_t)i;
        m->len[x] = (uint32_t)(j - i);
        i = j;
    }
    return CH_OK;
}

static void runs_find(const runmap *m, uint32_t h, size_t *a, size_t *b)
{
    for (size_t x = (h >> 1) & m->mask; m->key[x]; x = (x + 1) & m->mask)
        if (m->key[x] == h) {
            *a = m->start[x];
            *b = *a + m->len[x];
            return;
        }
    *a = *b = 0;
}

static void runs_free(runmap *m)
{
    ch_free(m->key);
    ch_free(m->start);
    ch_free(m->len);
}

/* Dated articles are only compared with articles dated within DATE_WINDOW
 * days (and with undated ones): the date damping makes farther pairs weak
 * anyway, and the window keeps candidate generation linear in a stream that
 * spans years. */
#define DATE_WINDOW 30

/* The candidate pass, shared read-only by the workers. */
typedef struct {
    const ch_cluster *c;
    const gpost *p;
    const runmap *rm;
    size_t maxf;
    size_t chunk, n_chunks;
    edges *out;            /* one edge list per chunk, concatenated in chunk order */
    size_t next;           /* next chunk to take */
    pthread_mutex_t lock;
    int rc;
} gjob;

/* add to cand the articles posted under features f[0..k) (the date window
 * of article i, and the undated ones) */
static void gather(const gjob *g, size_t i, const feat *f, size_t k, uint32_t *stamp, uint32_t *cand, uint8_t *hits,
                   size_t *ncp)
{
    const gpost *p = g->p;
    const doc *di = &g->c->d[i];
    size_t nc = *ncp;
    for (size_t x = 0; x < k; x++) {
        uint32_t h = f[x].h;
        /* ranges: the undated articles, then the date window (or all when undated) */
        size_t r[2][2], rs, re;
        runs_find(g->rm, h, &rs, &re);
        if (di->date == DATE_NONE) {
            r[0][0] = rs;
            r[0][1] = re;
            r[1][0] = r[1][1] = 0;
        } else {
            size_t undated_end = date_lower(p, rs, re, DATE_NONE + 1);
            r[0][0] = rs;
            r[0][1] = undated_end;
            r[1][0] = date_lower(p, undated_end, re, di->date - DATE_WINDOW);
            r[1][1] = date_lower(p, r[1][0], re, di->date + DATE_WINDOW + 1);
        }
        for (int q = 0; q < 2; q++) {
            if (r[q][1] - r[q][0] > POSTING_CAP) continue; /* too common here */
            for (size_t y = r[q][0]; y < r[q][1]; y++) {
                uint32_t j = p[y].doc;
                if (j == i) continue;
                if (stamp[j] != i) {
                    stamp[j] = (uint32_t)i;
                    hits[j] = 0;
                    cand[nc++] = j;
                }
                if (hits[j] < 255) hits[j]++;
            }
        }
    }
    *ncp = nc;
}

/* the K most similar candidates of every fresh article in [lo, hi) */
static int graph_range(gjob *g, size_t lo, size_t hi, edges *out, uint32_t *stamp, uint32_t *cand, uint8_t *hits,
                       edge *best, feat *tmp, fmap *mt, fmap *ma)
{
    const ch_cluster *c = g->c;
    size_t K = (size_t)c->o.neighbors;
    for (size_t i = lo; i < hi; i++) {
        const doc *di = &c->d[i];
        if (!di->fresh) continue; /* old pairs are settled; new-old pairs are found from the new side */
        size_t nc = 0;
        for (int field = 0; field < 2; field++) {
            size_t k = top_feats(field ? &di->a : &di->t, field ? TOP_ANCHORS : TOP_TERMS, tmp);
            gather(g, i, tmp, k, stamp, cand, hits, &nc);
        }
        /* an article whose own top features find nothing in the other
         * languages' reports (a Turkish report: its top anchors are Turkish
         * words) asks again with its heaviest names and numbers that other
         * languages share */
        if (!nc && di->a.xw) {
            svec xv = di->a;
            xv.w = di->a.xw;
            size_t k = top_feats(&xv, TOP_ANCHORS, tmp);
            gather(g, i, tmp, k, stamp, cand, hits, &nc);
        }
        /* too many candidates (a big stream): keep those sharing the most top
         * features, so the similarity work per article stays bounded */
        if (nc > MAX_CAND) {
            unsigned hist[256] = {0};
            for (size_t x = 0; x < nc; x++) hist[hits[cand[x]]]++;
            unsigned need = 255;
            size_t kept = 0;
            while (need > 1 && kept + hist[need] <= MAX_CAND) kept += hist[need--];
            need++;
            size_t m = 0;
            for (size_t x = 0; x < nc; x++)
                if (hits[cand[x]] >= need) cand[m++] = cand[x];
            nc = m;
        }
        size_t nb = 0;
        if (nc && (fmap_set(mt, &di->t) < 0 || fmap_set(ma, &di->a) < 0)) return CH_ENOMEM;
        for (size_t x = 0; x < nc; x++) {
            double s = sim_map(c, di, mt, ma, &c->d[cand[x]]);
            if (s < 0.02) continue;
            best[nb++] = (edge){(uint32_t)i, cand[x], (float)s};
        }
        /* keep the K most similar */
        if (nb > K) {
            /* partial selection by sorting: candidates are few */
            for (size_t x = 0; x < K; x++) {
                size_t m = x;
                for (size_t y = x + 1; y < nb; y++)
                    if (best[y].s > best[m].s) m = y;
                edge t = best[x];
                best[x] = best[m];
                best[m] = t;
            }
            nb = K;
        }
        for (size_t x = 0; x < nb; x++)
            if (epush(out, best[x].a, best[x].b, best[x].s) < 0) return CH_ENOMEM;
    }
    return CH_OK;
}

/* a worker: takes chunks in turn until none is left */
static void *graph_worker(void *arg)
{
    gjob *g = arg;
    size_t n = g->c->n;
    uint32_t *stamp = ch_malloc((n ? n : 1) * sizeof *stamp);
    uint32_t *cand = ch_malloc((n ? n : 1) * sizeof *cand);
    edge *best = ch_malloc((n ? n : 1) * sizeof *best);
    uint8_t *hits = ch_malloc(n ? n : 1);
    feat *tmp = ch_malloc((g->maxf ? g->maxf : 1) * sizeof *tmp);
    fmap mt = {0}, ma = {0};
    int rc = stamp && cand && best && hits && tmp ? CH_OK : CH_ENOMEM;
    if (rc == CH_OK)
        for (size_t i = 0; i < n; i++) stamp[i] = UINT32_MAX;
    while (rc == CH_OK) {
        pthread_mutex_lock(&g->lock);
        size_t k = g->rc == CH_OK ? g->next++ : g->n_chunks;
        pthread_mutex_unlock(&g->lock);
        if (k >= g->n_chunks) break;
        size_t lo = k * g->chunk, hi = lo + g->chunk < n ? lo + g->chunk : n;
        rc = graph_range(g, lo, hi, &g->out[k], stamp, cand, hits, best, tmp, &mt, &ma);
    }
    if (rc != CH_OK) {
        pthread_mutex_lock(&g->lock);
        g->rc = rc;
        pthread_mutex_unlock(&g->lock);
    }
    fmap_free(&mt);
    fmap_free(&ma);
    ch_free(stamp);
    ch_free(cand);
    ch_free(best);
    ch_free(hits);
    ch_free(tmp);
    return NULL;
}

static int n_threads(const ch_cluster *c, size_t n)
{
    if (n < 4096 && c->o.threads <= 0) return 1; /* not worth a thread, unless asked */
    long t = c->o.threads > 0 ? c->o.threads : sysconf(_SC_NPROCESSORS_ONLN);
    if (t < 1) t = 1;
    if (t > 16) t = 16;
    return (int)t;
}

static int build_graph(ch_cluster *c, edges *out)
{
    size_t n = c->n;
    size_t maxf = 0;
    for (size_t i = 0; i < n; i++) {
        if (c->d[i].t.n > maxf) maxf = c->d[i].t.n;
        if (c->d[i].a.n > maxf) maxf = c->d[i].a.n;
    }
    feat *tmp = ch_malloc((maxf ? maxf : 1) * sizeof *tmp);
    gpost *p = ch_malloc((n * (TOP_TERMS + TOP_ANCHORS) + 1) * sizeof *p);
    runmap rm = {0};
    gjob g = {0};
    int rc = CH_ENOMEM;
    if (!tmp || !p) goto out;
    /* postings sorted by (feature, date, doc): docs taken in (date, doc)
     * order, then a stable radix sort by feature */
    if (n * (TOP_TERMS + TOP_ANCHORS) >= UINT32_MAX) goto out; /* run offsets are 32-bit */
    size_t np = 0;
    {
        typedef struct { uint32_t dkey, doc; } dord;
        dord *ord = ch_malloc((n ? n : 1) * sizeof *ord);
        if (!ord) goto out;
        for (size_t i = 0; i < n; i++) ord[i] = (dord){(uint32_t)c->d[i].date ^ 0x80000000u, (uint32_t)i};
        ch_sort_u32key(ord, n, sizeof *ord);
        for (size_t o = 0; o < n; o++) {
            size_t i = ord[o].doc;
            size_t k = top_feats(&c->d[i].t, TOP_TERMS, tmp);
            for (size_t j = 0; j < k; j++) p[np++] = (gpost){tmp[j].h, c->d[i].date, (uint32_t)i};
            k = top_feats(&c->d[i].a, TOP_ANCHORS, tmp);
            for (size_t j = 0; j < k; j++) p[np++] = (gpost){tmp[j].h, c->d[i].date, (uint32_t)i};
        }
        ch_free(ord);
    }
    ch_sort_u32key(p, np, sizeof *p);
    if (runs_build(&rm, p, np) < 0) goto out;
    /* candidates and similarities: chunks of articles, each with its own
     * edge list, taken by the workers in turn; the lists are joined in chunk
     * order, so the result is that of one thread */
    int nt = n_threads(c, n);
    g.c = c;
    g.p = p;
    g.rm = &rm;
    g.maxf = maxf;
    g.chunk = n / ((size_t)nt * 16); /* ~16 chunks a thread, 16..1024 articles each */
    if (g.chunk < 16) g.chunk = 16;
    if (g.chunk > 1024) g.chunk = 1024;
    g.n_chunks = (n + g.chunk - 1) / g.chunk;
    g.out = ch_calloc(g.n_chunks ? g.n_chunks : 1, sizeof *g.out);
    if (!g.out) goto out;
    if (pthread_mutex_init(&g.lock, NULL)) goto out;
    pthread_t th[16];
    int started = 0;
    for (int t = 1; t < nt; t++) {
        if (pthread_create(&th[started], NULL, graph_worker, &g)) break; /* fewer threads: still right */
        started++;
    }
    graph_worker(&g);
    for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
    pthread_mutex_destroy(&g.lock);
    if (g.rc != CH_OK) goto out;
    size_t total = out->n;
    for (size_t k = 0; k < g.n_chunks; k++) total += g.out[k].n;
    if (total > out->cap) {
        edge *nv = ch_realloc(out->v, (total ? total : 1) * sizeof *nv);
        if (!nv) goto out;
        out->v = nv;
        out->cap = total;
    }
    for (size_t k = 0; k < g.n_chunks; k++) {
        if (g.out[k].n) memcpy(out->v + out->n, g.out[k].v, g.out[k].n * sizeof *out->v);
        out->n += g.out[k].n;
    }
    ch_qsort(out->v, out->n, sizeof *out->v, cmp_edge);
    size_t u = 0;
    for (size_t i = 0; i < out->n; i++)
        if (!u || out->v[i].a != out->v[u - 1].a || out->v[i].b != out->v[u - 1].b) out->v[u++] = out->v[i];
    out->n = u;
    rc = CH_OK;
out:
    if (g.out)
        for (size_t k = 0; k < g.n_chunks; k++) ch_free(g.out[k].v);
    ch_free(g.out);
    runs_free(&rm);
    ch_free(tmp);
    ch_free(p);
    return rc;
}

/* ===== average link over the graph ===== */

typedef struct {
    uint32_t nb;
    double sum;
} adj_ent;

typedef struct {
    adj_ent *v;
    uint32_t n, cap;
    uint32_t size;     /* articles in the cluster */
    double date_sum;   /* sum of the known dates (days) */
    uint32_t n_dated;  /* members with a full date */
    double doy_sum;    /* sum of the known days of year */
    uint32_t n_doy;
    uint32_t ver;
    int dead;
} cnode;

typedef struct {
    double s;
    uint32_t a, b, va, vb;
} hent;

typedef struct {
    hent *v;
    size_t n, cap;
} heap;

static int hpush(heap *h, hent e)
{
    if (h->n == h->cap) {
        hent *nv = ch_grow(h->v, &h->cap, sizeof *nv, 1024);
        if (!nv) return CH_ENOMEM;
        h->v = nv;
    }
    size_t i = h->n++;
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (h->v[p].s >= e.s) break;
        h->v[i] = h->v[p];
        i = p;
    }
    h->v[i] = e;
    return CH_OK;
}

static hent hpop(heap *h)
{
    hent top = h->v[0], last = h->v[--h->n];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        double ms = last.s;
        if (l < h->n && h->v[l].s > ms) { m = l; ms = h->v[l].s; }
        if (r < h->n && h->v[r].s > ms) m = r;
        if (m == i) break;
        h->v[i] = h->v[m];
        i = m;
    }
    if (h->n) h->v[i] = last;
    return top;
}

static adj_ent *adj_find(cnode *x, uint32_t nb)
{
    uint32_t lo = 0, hi = x->n;
    while (lo < hi) {
        uint32_t m = (lo + hi) / 2;
        if (x->v[m].nb < nb) lo = m + 1;
        else hi = m;
    }
    return lo < x->n && x->v[lo].nb == nb ? &x->v[lo] : NULL;
}

static int adj_add(cnode *x, uint32_t nb, double s)
{
    uint32_t lo = 0, hi = x->n;
    while (lo < hi) {
        uint32_t m = (lo + hi) / 2;
        if (x->v[m].nb < nb) lo = m + 1;
        else hi = m;
    }
    if (lo < x->n && x->v[lo].nb == nb) {
        x->v[lo].sum += s;
        return CH_OK;
    }
    if (x->n == x->cap) {
        uint32_t cap = x->cap ? x->cap * 2 : 8;
        adj_ent *nv = ch_realloc(x->v, cap * sizeof *nv);
        if (!nv) return CH_ENOMEM;
        x->v = nv;
        x->cap = cap;
    }
    memmove(&x->v[lo + 1], &x->v[lo], (x->n - lo) * sizeof *x->v);
    x->v[lo] = (adj_ent){nb, s};
    x->n++;
    return CH_OK;
}

static void adj_del(cnode *x, uint32_t nb)
{
    adj_ent *e = adj_find(x, nb);
    if (!e) return;
    size_t i = (size_t)(e - x->v);
    memmove(&x->v[i], &x->v[i + 1], (x->n - i - 1) * sizeof *x->v);
    x->n--;
}

/* Average link, damped by the distance between the two clusters' mean
 * dates: pairwise damping alone lets undated reports bridge two occurrences
 * weeks apart; comparing the clusters' dates stops the bridge. */
static double link_score(const ch_cluster *c, const cnode *x, const cnode *y, double sum)
{
    double s = sum / ((double)x->size * y->size);
    double d = -1;
    if (x->n_dated && y->n_dated) {
        d = fabs(x->date_sum / x->n_dated - y->date_sum / y->n_dated);
    }
    if (d > 1) s /= 1.0 + (d - 1) / c->o.date_scale;
    return s;
}

static int agglomerate(ch_cluster *c, const edges *E, uint32_t *cl, size_t ncl)
{
    cnode *nd = ch_calloc(ncl ? ncl : 1, sizeof *nd);
    heap h = {0};
    int rc = CH_ENOMEM;
    if (!nd) return rc;
    for (size_t i = 0; i < c->n; i++) {
        cnode *x = &nd[cl[i]];
        x->size++;
        if (c->d[i].date != DATE_NONE && c->d[i].meta_date) { x->date_sum += c->d[i].date; x->n_dated++; }
        if (c->d[i].doy >= 0) { x->doy_sum += c->d[i].doy; x->n_doy++; }
    }
    for (size_t i = 0; i < E->n; i++) {
        uint32_t x = cl[E->v[i].a], y = cl[E->v[i].b];
        if (x == y) continue;
        if (adj_add(&nd[x], y, E->v[i].s) < 0 || adj_add(&nd[y], x, E->v[i].s) < 0) goto out;
    }
    for (uint32_t x = 0; x < ncl; x++)
        for (uint32_t k = 0; k < nd[x].n; k++) {
            uint32_t y = nd[x].v[k].nb;
            if (y < x) continue;
            double s = link_score(c, &nd[x], &nd[y], nd[x].v[k].sum);
            if (s >= c->o.threshold && hpush(&h, (hent){s, x, y, 0, 0}) < 0) goto out;
        }
    uint32_t *parent = ch_malloc((ncl ? ncl : 1) * sizeof *parent);
    if (!parent) goto out;
    for (uint32_t x = 0; x < ncl; x++) parent[x] = x;
    while (h.n) {
        hent e = hpop(&h);
        cnode *A = &nd[e.a], *B = &nd[e.b];
        if (A->dead || B->dead || A->ver != e.va || B->ver != e.vb) continue;
        if (e.s < c->o.threshold) break;
        /* merge the smaller into the larger */
        uint32_t ia = e.a, ib = e.b;
        if (nd[ia].size < nd[ib].size) { uint32_t t = ia; ia = ib; ib = t; }
        A = &nd[ia];
        B = &nd[ib];
        adj_del(A, ib);
        for (uint32_t k = 0; k < B->n; k++) {
            uint32_t y = B->v[k].nb;
            if (y == ia) continue;
            if (adj_add(A, y, B->v[k].sum) < 0) { ch_free(parent); goto out; }
            adj_del(&nd[y], ib);
            if (adj_add(&nd[y], ia, B->v[k].sum) < 0) { ch_free(parent); goto out; }
        }
        A->size += B->size;
        A->date_sum += B->date_sum;
        A->n_dated += B->n_dated;
        A->doy_sum += B->doy_sum;
        A->n_doy += B->n_doy;
        A->ver++;
        B->dead = 1;
        ch_free(B->v);
        B->v = NULL;
        B->n = B->cap = 0;
        parent[ib] = ia;
        for (uint32_t k = 0; k < A->n; k++) {
            uint32_t y = A->v[k].nb;
            double s = link_score(c, A, &nd[y], A->v[k].sum);
            if (s < c->o.threshold) continue;
            uint32_t lo = ia < y ? ia : y, hi = ia < y ? y : ia;
            if (hpush(&h, (hent){s, lo, hi, nd[lo].ver, nd[hi].ver}) < 0) { ch_free(parent); goto out; }
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        uint32_t x = cl[i];
        while (parent[x] != x) x = parent[x];
        cl[i] = x;
    }
    ch_free(parent);
    rc = CH_OK;
out:
    for (size_t x = 0; x < ncl; x++) ch_free(nd[x].v);
    ch_free(nd);
    ch_free(h.v);
    return rc;
}


/* ===== refinement: split sibling events inside a coarse cluster =====
 * Sibling events (the same team's next match, the same minister's next
 * meeting) share the topic's vocabulary, so over the whole collection they
 * look alike. Inside one coarse cluster, the features every member carries
 * say nothing about which occurrence an article reports; weighting each
 * feature by its local rarity (log((m+1)/ldf) / log(m+1)) leaves the names,
 * numbers and details that tell the occurrences apart. Average link over the
 * reweighted cosines (dense: clusters are small) then splits the cluster
 * where it holds two occurrences, and keeps it whole where it holds one. */

typedef struct {
    uint32_t h;
    uint32_t n;
} hcount;

static int local_weights(const ch_cluster *c, const uint32_t *mem, size_t m, int anchors, svec *out)
{
    size_t total = 0;
    for (size_t i = 0; i < m; i++) total += anchors ? c->d[mem[i]].a.n : c->d[mem[i]].t.n;
    uint32_t *all = ch_malloc((total ? total : 1) * sizeof *all);
    if (!all) return CH_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < m; i++) {
        const svec *v = anchors ? &c->d[mem[i]].a : &c->d[mem[i]].t;
        memcpy(all + k, v->h, v->n * sizeof *all);
        k += v->n;
    }
    ch_sort_u32key(all, k, sizeof *all);
    double lm = log((double)m + 1);
    for (size_t i = 0; i < m; i++) {
        const svec *v = anchors ? &c->d[mem[i]].a : &c->d[mem[i]].t;
        svec *o = &out[i];
        o->n = v->n;
        o->h = v->h; /* shared, not owned */
        o->w = ch_malloc((v->n ? v->n : 1) * sizeof *o->w);
        if (!o->w) { ch_free(all); return CH_ENOMEM; }
        double norm = 0;
        for (uint32_t j = 0; j < v->n; j++) {
            /* local df by binary search of the run */
            size_t lo = 0, hi = k;
            while (lo < hi) { size_t md = (lo + hi) / 2; if (all[md] < v->h[j]) lo = md + 1; else hi = md; }
            size_t e = lo;
            while (e < k && all[e] == v->h[j]) e++;
            double ldf = (double)(e - lo);
            double g = log(((double)m + 1) / ldf) / lm;
            double w = v->w[j] * g;
            o->w[j] = (float)w;
            norm += w * w;
        }
        norm = sqrt(norm);
        for (uint32_t j = 0; j < v->n; j++) o->w[j] = norm > 0 ? (float)(o->w[j] / norm) : 0;
    }
    ch_free(all);
    return CH_OK;
}

/* cosine of two (locally weighted) anchor vectors over the features seen in
 * two or more languages only: what reports in every language can share */
static double multi_cos(ch_cluster *c, const svec *x, const svec *y)
{
    double dot_ = 0, nx = 0, ny = 0;
    uint32_t i = 0, j = 0;
    while (i < x->n || j < y->n) {
        uint32_t h = i < x->n && (j >= y->n || x->h[i] <= y->h[j]) ? x->h[i] : y->h[j];
        uint32_t *mk = map_slot(&c->langs, h, 0);
        int multi = mk && (*mk & (*mk - 1));
        double a = i < x->n && x->h[i] == h ? x->w[i] : 0, b = j < y->n && y->h[j] == h ? y->w[j] : 0;
        if (multi) { dot_ += a * b; nx += a * a; ny += b * b; }
        if (i < x->n && x->h[i] == h) i++;
        if (j < y->n && y->h[j] == h) j++;
    }
    return nx > 0 && ny > 0 ? dot_ / sqrt(nx * ny) : 0;
}

/* Split mem[0..m) in two by average link on locally reweighted cosines; keep
 * the split when the two halves are far apart relative to their cohesion
 * (between < refine * within), and try each half again (depth <= 2). */
static int refine_cluster(ch_cluster *c, uint32_t *mem, size_t m, uint32_t *cl, uint32_t *next, int depth)
{
    svec *T = ch_calloc(m, sizeof *T), *A = ch_calloc(m, sizeof *A);
    double *S = ch_malloc(m * m * sizeof *S), *S0 = ch_malloc(m * m * sizeof *S0);
    uint32_t *grp = ch_malloc(m * sizeof *grp), *size = ch_malloc(m * sizeof *size);
    int rc = CH_ENOMEM;
    if (!T || !A || !S || !S0 || !grp || !size) goto out;
    if (local_weights(c, mem, m, 0, T) < 0 || local_weights(c, mem, m, 1, A) < 0) goto out;
    /* pass 0 on the full similarity; when its best cut follows the
     * language, pass 1 tries again on names and numbers alone (what reports
     * in every language share), so the cut can follow the occurrence */
    uint32_t r1 = 0;
    int found = 0;
    for (int pass = 0; pass < 2 && !found; pass++) {
        for (size_t i = 0; i < m; i++) {
            grp[i] = (uint32_t)i;
            size[i] = 1;
            S[i * m + i] = S0[i * m + i] = 0;
            for (size_t j = i + 1; j < m; j++) {
                doc x = c->d[mem[i]], y = c->d[mem[j]];
                double v;
                if (pass == 0) {
                    x.t = T[i]; x.a = A[i];
                    y.t = T[j]; y.a = A[j];
                    v = sim(c, &x, &y);
                } else {
                    v = damp(c, &x, &y, multi_cos(c, &A[i], &A[j]));
                }
                S[i * m + j] = S[j * m + i] = S0[i * m + j] = S0[j * m + i] = v;
            }
        }
        size_t groups = m;
        while (groups > 2) {
            double best = -1;
            size_t bi = 0, bj = 0;
            for (size_t i = 0; i < m; i++) {
                if (grp[i] != i) continue;
                for (size_t j = i + 1; j < m; j++) {
                    if (grp[j] != j) continue;
                    double avg = S[i * m + j] / ((double)size[i] * size[j]);
                    if (avg > best) { best = avg; bi = i; bj = j; }
                }
            }
            for (size_t k = 0; k < m; k++) {
                if (grp[k] != k || k == bi || k == bj) continue;
                S[bi * m + k] += S[bj * m + k];
                S[k * m + bi] = S[bi * m + k];
            }
            size[bi] += size[bj];
            grp[bj] = (uint32_t)bi;
            for (size_t k = 0; k < m; k++)
                if (grp[k] == bj) grp[k] = (uint32_t)bi;
            groups--;
        }
        r1 = grp[0];
        uint32_t r2 = UINT32_MAX;
        for (size_t i = 0; i < m; i++)
            if (grp[i] != r1) { r2 = grp[i]; break; }
        if (r2 == UINT32_MAX || size[r1] < 2 || size[r2] < 2) break;
        /* a cut whose halves share no language follows the language (names
         * and numbers are all two reports in different languages share),
         * not the occurrence: the {en} / {de} halves of one event, or
         * {en, fr} / {es, pt} */
        int shared = 0;
        for (size_t i = 0; i < m && !shared; i++)
            for (size_t j2 = 0; j2 < m && !shared; j2++)
                if (grp[i] == r1 && grp[j2] != r1 && same_lang(&c->d[mem[i]], &c->d[mem[j2]])) shared = 1;
        found = shared;
    }
    rc = CH_OK;
    if (!found) goto out;
    double win = 0, bet = 0;
    size_t nw = 0, nb = 0;
    for (size_t i = 0; i < m; i++)
        for (size_t j = i + 1; j < m; j++) {
            if (grp[i] == grp[j]) { win += S0[i * m + j]; nw++; }
            else { bet += S0[i * m + j]; nb++; }
        }
    win = nw ? win / nw : 0;
    bet = nb ? bet / nb : 0;
    if (!(bet < c->o.refine * win)) goto out;
    /* an occurrence apart needs three reports on each side: a cut that
     * leaves one or two articles alone peels outliers (a short report, an
     * off-topic one) off the event (ECB+ 0.889 -> 0.893, dev unchanged) */
    {
        size_t h1 = 0;
        for (size_t i = 0; i < m; i++) h1 += grp[i] == r1;
        if (h1 < SPLIT_MIN || m - h1 < SPLIT_MIN) goto out;
    }
    /* split: the group without mem[0] gets a new slot */
    uint32_t slot = (*next)++;
    size_t k1 = 0, k2 = 0;
    uint32_t *half = ch_malloc(m * sizeof *half);
    if (!half) { rc = CH_ENOMEM; goto out; }
    for (size_t i = 0; i < m; i++) if (grp[i] == r1) half[k1++] = mem[i];
    for (size_t i = 0; i < m; i++) if (grp[i] != r1) { half[k1 + k2++] = mem[i]; cl[mem[i]] = slot; }
    memcpy(mem, half, m * sizeof *mem);
    ch_free(half);
    if (depth < 2) {
        if (k1 >= REFINE_MIN) rc = refine_cluster(c, mem, k1, cl, next, depth + 1);
        if (rc == CH_OK && k2 >= REFINE_MIN) rc = refine_cluster(c, mem + k1, k2, cl, next, depth + 1);
    }
out:
    for (size_t i = 0; T && A && i < m; i++) { ch_free(T[i].w); ch_free(A[i].w); }
    ch_free(T); ch_free(A); ch_free(S); ch_free(S0); ch_free(grp); ch_free(size);
    return rc;
}

/* refine every coarse cluster of 4..400 articles that holds a new article */
static int refine_all(ch_cluster *c, uint32_t *cl, uint32_t *ncl)
{
    size_t n = c->n;
    uint64_t *order = ch_malloc((n ? n : 1) * sizeof *order);
    uint32_t *mem = ch_malloc((n ? n : 1) * sizeof *mem);
    if (!order || !mem) { ch_free(order); ch_free(mem); return CH_ENOMEM; }
    for (size_t i = 0; i < n; i++) order[i] = ((uint64_t)cl[i] << 32) | i;
    ch_qsort(order, n, sizeof *order, ch_cmp_u64);
    uint32_t next = *ncl;
    int rc = CH_OK;
    for (size_t i = 0; i < n && rc == CH_OK;) {
        size_t j = i;
        int fresh = 0;
        while (j < n && (order[j] >> 32) == (order[i] >> 32)) {
            mem[j - i] = (uint32_t)order[j];
            fresh |= c->d[mem[j - i]].fresh;
            j++;
        }
        size_t m = j - i;
        if (fresh && m >= REFINE_MIN && m <= 400) rc = refine_cluster(c, mem, m, cl, &next, 0);
        i = j;
    }
    *ncl = next;
    ch_free(order);
    ch_free(mem);
    return rc;
}

/* A new article left alone (often a short report) joins the event of its
 * most similar neighbour when that similarity is at least `attach`: average
 * link keeps it out of a big event whose average it cannot reach even when
 * one member is plainly the same story. */
/* the similarity of lone article i to the event of its neighbour j: their
 * pair similarity, unless i's metadata date lies more than the candidate
 * window (DATE_WINDOW days) from the event's mean metadata date. Pairs that
 * far apart are no candidates, and an event is held to the same rule: an
 * undated neighbour must not carry a report of September 18 into an event
 * whose dated reports are of December 18 and 19 (a sibling). */
static double attach_score(const ch_cluster *c, const uint32_t *cl, const double *dsum, const uint32_t *dn,
                           size_t n, uint32_t i, uint32_t j, double s)
{
    const doc *x = &c->d[i];
    if (x->meta_date && x->date != DATE_NONE && cl[j] <= 2 * n && dn[cl[j]]) {
        double d = fabs(dsum[cl[j]] / dn[cl[j]] - x->date);
        if (d > DATE_WINDOW) s = 0;
    }
    return s;
}

static void attach_singletons(ch_cluster *c, const edges *E, uint32_t *cl)
{
    size_t n = c->n;
    uint32_t *size = ch_calloc(2 * n + 1, sizeof *size);
    float *bs = ch_calloc(n ? n : 1, sizeof *bs);
    uint32_t *bj = ch_malloc((n ? n : 1) * sizeof *bj);
    double *dsum = ch_calloc(2 * n + 1, sizeof *dsum);
    uint32_t *dn = ch_calloc(2 * n + 1, sizeof *dn);
    if (!size || !bs || !bj || !dsum || !dn) goto out;
    for (size_t i = 0; i < n; i++) if (cl[i] <= 2 * n) size[cl[i]]++;
    for (size_t i = 0; i < n; i++)
        if (cl[i] <= 2 * n && c->d[i].date != DATE_NONE && c->d[i].meta_date) { dsum[cl[i]] += c->d[i].date; dn[cl[i]]++; }
    for (size_t i = 0; i < n; i++) bj[i] = UINT32_MAX;
    for (size_t k = 0; k < E->n; k++) {
        const edge *e = &E->v[k];
        float sa = (float)attach_score(c, cl, dsum, dn, n, e->a, e->b, e->s);
        float sb = (float)attach_score(c, cl, dsum, dn, n, e->b, e->a, e->s);
        if (sa > bs[e->a]) { bs[e->a] = sa; bj[e->a] = e->b; }
        if (sb > bs[e->b]) { bs[e->b] = sb; bj[e->b] = e->a; }
    }
    for (size_t i = 0; i < n; i++) {
        if (!c->d[i].fresh || cl[i] > 2 * n || size[cl[i]] != 1 || bj[i] == UINT32_MAX) continue;
        if (bs[i] < c->o.attach) continue;
        uint32_t j = bj[i];
        if (cl[j] <= 2 * n && size[cl[j]] == 1 && j > i) continue; /* two singletons: the later moves */
        cl[i] = cl[j];
    }
out:
    ch_free(size);
    ch_free(bs);
    ch_free(bj);
    ch_free(dsum);
    ch_free(dn);
}

int ch_cluster_run(ch_cluster *c)
{
    size_t n = c->n;
    for (size_t i = 0; i < n; i++) {
        weigh(c, &c->d[i].t);
        weigh(c, &c->d[i].a);
        if (c->n_langs > 1 && weigh_cross(c, &c->d[i].a) < 0) return CH_ENOMEM;
    }
    edges E = {0};
    uint32_t *cl = ch_malloc((n ? n : 1) * sizeof *cl);
    int rc = CH_ENOMEM;
    if (!cl) goto out;
    /* starting partition: existing events, new articles alone */
    uint32_t *slotmap = ch_malloc((c->n_slots + 1) * sizeof *slotmap);
    if (!slotmap) goto out;
    for (size_t s = 0; s <= c->n_slots; s++) slotmap[s] = UINT32_MAX;
    uint32_t ncl = 0;
    for (size_t i = 0; i < n; i++) {
        if (!c->d[i].fresh && c->d[i].cl < c->n_slots) {
            if (slotmap[c->d[i].cl] == UINT32_MAX) slotmap[c->d[i].cl] = ncl++;
            cl[i] = slotmap[c->d[i].cl];
        } else {
            cl[i] = ncl++;
        }
    }
    if (build_graph(c, &E) < 0) { ch_free(slotmap); goto out; }
    if (agglomerate(c, &E, cl, ncl) < 0) { ch_free(slotmap); goto out; }
    if (c->o.refine < 1 && refine_all(c, cl, &ncl) < 0) { ch_free(slotmap); goto out; }
    if (c->o.attach < 1) attach_singletons(c, &E, cl);
    /* event ids: an event that holds old articles keeps the id of the old
     * event with most of them; a new one is named after its smallest id */
    char (*ids)[16] = ch_calloc(ncl ? ncl : 1, sizeof *ids);
    uint32_t *best_old = ch_malloc((ncl ? ncl : 1) * sizeof *best_old);
    const char **minid = ch_calloc(ncl ? ncl : 1, sizeof *minid);
    if (!ids || !best_old || !minid) { ch_free(ids); ch_free(best_old); ch_free(minid); ch_free(slotmap); goto out; }
    for (uint32_t x = 0; x < ncl; x++) best_old[x] = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = cl[i];
        if (!c->d[i].fresh && c->d[i].cl < c->n_slots && best_old[x] == UINT32_MAX) best_old[x] = c->d[i].cl;
        if (!minid[x] || strcmp(c->d[i].id, minid[x]) < 0) minid[x] = c->d[i].id;
    }
    for (uint32_t x = 0; x < ncl; x++) {
        if (best_old[x] != UINT32_MAX) memcpy(ids[x], c->ev_id[best_old[x]], 16);
        else if (minid[x]) snprintf(ids[x], 16, "ev-%012llx",
                                    (unsigned long long)(XXH3_64bits(minid[x], strlen(minid[x])) & 0xffffffffffffULL));
    }
    ch_free(c->ev_id);
    c->ev_id = ids;
    c->n_slots = ncl;
    ch_free(best_old);
    ch_free(minid);
    ch_free(slotmap);
    /* dense event numbers in order of first article */
    ch_free(c->ev_index);
    c->ev_index = ch_malloc((n ? n : 1) * sizeof *c->ev_index);
    uint32_t *dense = ch_malloc((ncl ? ncl : 1) * sizeof *dense);
    if (!c->ev_index || !dense) { ch_free(dense); goto out; }
    for (uint32_t x = 0; x < ncl; x++) dense[x] = UINT32_MAX;
    c->n_events = 0;
    for (size_t i = 0; i < n; i++) {
        c->d[i].cl = cl[i];
        c->d[i].fresh = 0;
        if (dense[cl[i]] == UINT32_MAX) dense[cl[i]] = (uint32_t)c->n_events++;
        c->ev_index[i] = dense[cl[i]];
    }
    ch_free(dense);
    rc = CH_OK;
out:
    ch_free(E.v);
    ch_free(cl);
    return rc;
}

size_t ch_cluster_count(const ch_cluster *c) { return c->n; }
const char *ch_cluster_id(const ch_cluster *c, size_t i) { return i < c->n ? c->d[i].id : NULL; }

const char *ch_cluster_event(const ch_cluster *c, size_t i)
{
    if (i >= c->n || !c->ev_id || c->d[i].cl >= c->n_slots) return NULL;
    return c->ev_id[c->d[i].cl];
}

size_t ch_cluster_event_index(const ch_cluster *c, size_t i)
{
    return c->ev_index && i < c->n ? c->ev_index[i] : i;
}

size_t ch_cluster_n_events(const ch_cluster *c) { return c->n_events; }

/* ===== explain ===== */

typedef struct {
    uint32_t h;
    double w;
} hw;

static int cmp_hw(const void *a, const void *b)
{
    const hw *x = a, *y = b;
    if (x->h != y->h) return x->h < y->h ? -1 : 1;
    return 0;
}

static int cmp_hw_w(const void *a, const void *b)
{
    const hw *x = a, *y = b;
    return x->w > y->w ? -1 : x->w < y->w;
}

static size_t top_of(const ch_cluster *c, size_t event, int anchors, const char **out, size_t cap)
{
    size_t total = 0;
    for (size_t i = 0; i < c->n; i++)
        if (c->ev_index[i] == event) total += anchors ? c->d[i].a.n : c->d[i].t.n;
    hw *v = ch_malloc((total ? total : 1) * sizeof *v);
    if (!v) return 0;
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (c->ev_index[i] != event) continue;
        const svec *s = anchors ? &c->d[i].a : &c->d[i].t;
        for (uint32_t j = 0; j < s->n; j++) v[k++] = (hw){s->h[j], s->w[j]};
    }
    ch_qsort(v, k, sizeof *v, cmp_hw);
    size_t u = 0;
    for (size_t i = 0; i < k; i++) {
        if (u && v[u - 1].h == v[i].h) v[u - 1].w += v[i].w;
        else v[u++] = v[i];
    }
    ch_qsort(v, u, sizeof *v, cmp_hw_w);
    size_t m = 0;
    for (size_t i = 0; i < u && m < cap; i++) {
        uint32_t *off = map_slot((u32map *)&c->vocab, v[i].h, 0);
        if (!off || !*off) continue;
        const char *s = c->names.data + *off - 1;
        /* numbers are anchors too; names are what --explain lists */
        if (anchors && s[0] >= '0' && s[0] <= '9') continue;
        out[m++] = s;
    }
    ch_free(v);
    return m;
}

int ch_cluster_explain(const ch_cluster *c, size_t event, ch_event_info *out)
{
    memset(out, 0, sizeof *out);
    if (!c->ev_index || event >= c->n_events) return CH_EINVAL;
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (size_t i = 0; i < c->n; i++) {
        if (c->ev_index[i] != event) continue;
        out->n_articles++;
        if (c->d[i].date == DATE_NONE) continue;
        if (c->d[i].date < lo) lo = c->d[i].date;
        if (c->d[i].date > hi) hi = c->d[i].date;
    }
    if (lo != INT32_MAX) {
        ymd_of(lo, out->first_date);
        ymd_of(hi, out->last_date);
    }
    out->n_terms = top_of(c, event, 0, out->terms, 8);
    out->n_names = top_of(c, event, 1, out->names, 8);
    return CH_OK;
}

/* ===== state file =====
 * Binary, little-endian as the machine writes it; a magic line and version:
 * "chorus-cluster 1\n", counts, df table, vocab strings, then per article id,
 * lang, date, event slot, and both feature vectors (hash, tf). */

#define STATE_MAGIC "chorus-cluster 3\n"

static int wr(FILE *f, const void *p, size_t n) { return fwrite(p, 1, n, f) == n ? 0 : -1; }
static int rd(FILE *f, void *p, size_t n) { return fread(p, 1, n, f) == n ? 0 : -1; }

static int wr_str(FILE *f, const char *s)
{
    uint32_t n = (uint32_t)strlen(s);
    return wr(f, &n, 4) || wr(f, s, n);
}

static char *rd_str(FILE *f)
{
    uint32_t n;
    if (rd(f, &n, 4) || n > (1u << 20)) return NULL;
    char *s = ch_malloc(n + 1);
    if (!s) return NULL;
    if (rd(f, s, n)) { ch_free(s); return NULL; }
    s[n] = '\0';
    return s;
}

static int wr_svec(FILE *f, const svec *v)
{
    return wr(f, &v->n, 4) || wr(f, v->h, v->n * 4u) || wr(f, v->tf, v->n * 4u);
}

static int rd_svec(FILE *f, svec *v)
{
    if (rd(f, &v->n, 4) || v->n > (1u << 24)) return -1;
    v->h = ch_malloc((v->n ? v->n : 1) * 4u);
    v->tf = ch_malloc((v->n ? v->n : 1) * 4u);
    v->w = ch_calloc(v->n ? v->n : 1, 4u);
    if (!v->h || !v->tf || !v->w) return -1;
    return rd(f, v->h, v->n * 4u) || rd(f, v->tf, v->n * 4u);
}

int ch_cluster_save_fp(const ch_cluster *c, FILE *f)
{
    int bad = wr(f, STATE_MAGIC, strlen(STATE_MAGIC));
    uint64_t n = c->n, slots = c->n_slots, nl = c->names.len;
    bad |= wr(f, &n, 8) | wr(f, &slots, 8);
    for (size_t s = 0; s < c->n_slots && !bad; s++) bad |= wr(f, c->ev_id[s], 16);
    bad |= wr(f, &nl, 8);
    if (nl) bad |= wr(f, c->names.data, nl);
    uint64_t vc = c->vocab.cap;
    bad |= wr(f, &vc, 8);
    if (vc) bad |= wr(f, c->vocab.k, vc * 4) | wr(f, c->vocab.v, vc * 4);
    for (size_t i = 0; i < c->n && !bad; i++) {
        const doc *d = &c->d[i];
        bad |= wr_str(f, d->id) | wr(f, d->lang, 8) | wr(f, &d->date, 4) | wr(f, &d->doy, 2) | wr(f, &d->meta_date, 1) | wr(f, &d->cl, 4);
        bad |= wr_svec(f, &d->t) | wr_svec(f, &d->a);
    }
    return bad ? CH_EIO : CH_OK;
}

int ch_cluster_save(const ch_cluster *c, const char *path, ch_err *err)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f) return CH_FAIL(err, CH_EIO, "cannot write '%s'", tmp);
    int bad = ch_cluster_save_fp(c, f) < 0;
    if (fclose(f) != 0) bad = 1;
    if (bad || rename(tmp, path) != 0) {
        remove(tmp);
        return CH_FAIL(err, CH_EIO, "cannot write '%s'", path);
    }
    return CH_OK;
}

ch_cluster *ch_cluster_load(const char *path, const ch_cluster_opts *opts, ch_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        CH_FAIL(err, CH_ENOTFOUND, "cannot open '%s'", path);
        return NULL;
    }
    ch_cluster *c = ch_cluster_load_fp(f, opts);
    fclose(f);
    if (!c) CH_FAIL(err, CH_EPARSE, "'%s' is not a chorus cluster state file, or it is damaged", path);
    return c;
}

ch_cluster *ch_cluster_load_fp(FILE *f, const ch_cluster_opts *opts)
{
    ch_cluster *c = ch_cluster_new(opts);
    char magic[sizeof STATE_MAGIC] = {0};
    uint64_t n, slots, nl, vc;
    if (!c || rd(f, magic, strlen(STATE_MAGIC)) || strcmp(magic, STATE_MAGIC) || rd(f, &n, 8) ||
        rd(f, &slots, 8) || slots > 2 * n + 1)
        goto bad;
    c->ev_id = ch_calloc(slots ? slots : 1, 16);
    if (!c->ev_id) goto bad;
    c->n_slots = slots;
    for (size_t s = 0; s < slots; s++)
        if (rd(f, c->ev_id[s], 16)) goto bad;
    if (rd(f, &nl, 8) || nl > (1ull << 32)) goto bad;
    if (ch_buf_reserve(&c->names, nl) < 0) goto bad;
    if (nl && rd(f, c->names.data, nl)) goto bad;
    c->names.len = nl;
    if (rd(f, &vc, 8) || (vc & (vc - 1)) || vc > (1ull << 30)) goto bad;
    if (vc) {
        c->vocab.k = ch_malloc(vc * 4);
        c->vocab.v = ch_malloc(vc * 4);
        if (!c->vocab.k || !c->vocab.v || rd(f, c->vocab.k, vc * 4) || rd(f, c->vocab.v, vc * 4)) goto bad;
        c->vocab.cap = vc;
        for (size_t i = 0; i < vc; i++) c->vocab.n += c->vocab.k[i] != 0;
    }
    for (uint64_t i = 0; i < n; i++) {
        if (c->n == c->cap) {
            size_t cap = c->cap ? c->cap * 2 : 256;
            doc *d = ch_realloc(c->d, cap * sizeof *d);
            if (!d) goto bad;
            c->d = d;
            c->cap = cap;
        }
        doc *d = &c->d[c->n];
        memset(d, 0, sizeof *d);
        c->n++;
        d->id = rd_str(f);
        if (!d->id || rd(f, d->lang, 8) || rd(f, &d->date, 4) || rd(f, &d->doy, 2) || rd(f, &d->meta_date, 1) || rd(f, &d->cl, 4) || rd_svec(f, &d->t) ||
            rd_svec(f, &d->a) || d->cl >= slots)
            goto bad;
        d->lang[7] = '\0';
        for (size_t k = strlen(d->lang); k < sizeof d->lang; k++) d->lang[k] = '\0'; /* same_lang */
        for (uint32_t k = 0; k < d->t.n; k++) { uint32_t *s = map_slot(&c->df, d->t.h[k], 1); if (!s) goto bad; (*s)++; }
        int li = lang_bit(c, d->lang);
        for (uint32_t k = 0; k < d->a.n; k++) {
            uint32_t *s = map_slot(&c->df, d->a.h[k], 1);
            if (!s) goto bad;
            (*s)++;
            uint32_t *lm = map_slot(&c->langs, d->a.h[k], 1);
            if (!lm) goto bad;
            if (li >= 0) *lm |= 1u << li;
        }
    }
    return c;
bad:
    ch_cluster_free(c);
    return NULL;
}
