/* brief.c - building the brief of one event.
 *
 * Summary: sentences are tf-idf vectors over stemmed content words (idf over
 * the event's articles). A sentence scores by its cosine to the event
 * centroid, times (1 + the share of other articles that carry it: a sentence
 * with a counterpart of cosine >= SUPPORT_SIM), plus a lead bonus. Selection
 * is MMR (score - lambda * max cosine to what is already chosen), then the
 * chosen sentences are ordered as the articles tell them (relative position,
 * then date). A sentence's sources are every article holding a counterpart.
 * Quotes: merged when the speakers are the same person and the wordings
 * overlap in stems (Jaccard >= 0.3, or the shorter one inside the longer);
 * wordings alike enough (>= 0.6) merge across speakers and are flagged.
 * Figures: grouped by kind, unit and the stems around them (the same sum in
 * the same currency needs no stems: languages differ); a group of one
 * value carried by two articles agrees, a group of several values
 * contradicts.
 */
#include "chorus/brief.h"
#include "chorus/extract.h"
#include "chorus/sketch.h"
#include "chorus/text.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#define SUPPORT_SIM 0.35
#define COPY_SIM 0.8      /* a sentence copied (nearly) word for word */
#define MAX_SENT_WORDS 70
#define SENT_ANCHORS 16  /* names and numbers kept per sentence */

typedef struct {
    uint32_t *h;
    float *w;
    uint32_t n;
} vec;

typedef struct {
    size_t art, idx;       /* article, sentence index */
    size_t start, end;     /* span in the article text */
    vec v;
    uint32_t words;
    double score;
    size_t support;        /* articles with a counterpart */
    int pronoun_start;
    uint32_t an[SENT_ANCHORS]; /* names and numbers (sorted), for other languages */
    uint32_t n_an;
} sent;

typedef struct {
    ch_brief *b;
    ch_stemmer *stem[8];
    char stem_lang[8][8];
    int n_stem;
    sent *s;
    size_t ns;
    size_t *art_first;     /* first sentence of each article */
    unsigned char *counterpart; /* [sentence * n_articles + article]: 1 a counterpart there, 2 a copy */
    ch_entity **ents;
    size_t *n_ents;
    ch_quote **quotes;
    size_t *n_quotes;
    ch_figure **figs;
    size_t *n_figs;
    ch_token **tok;        /* tokens of each article's text, one tokenization for all stages */
    long *n_tok;
    ch_arena tok_arena;
} ctx;

static ch_stemmer *stemmer(ctx *c, const char *lang)
{
    for (int i = 0; i < c->n_stem; i++)
        if (!strcmp(c->stem_lang[i], lang)) return c->stem[i];
    if (c->n_stem == 8) return NULL;
    snprintf(c->stem_lang[c->n_stem], 8, "%s", lang);
    c->stem[c->n_stem] = ch_stemmer_new(lang);
    return c->stem[c->n_stem++];
}

/* stems of the content words among tokens t[from, to) of article a (token
 * offsets are absolute in a->text), as sorted hashes */
static int stems_tokens(ctx *c, const ch_article *a, const ch_token *t, long from, long to, uint32_t **out,
                        uint32_t *n, uint32_t *words)
{
    *out = NULL;
    *n = 0;
    *words = 0;
    uint32_t *h = ch_malloc(((size_t)(to > from ? to - from : 0) + 1) * sizeof *h);
    if (!h) return CH_ENOMEM;
    char list[32];
    snprintf(list, sizeof list, "stopwords/%s", a->lang && ch_text_lang_supported(a->lang) ? a->lang : "en");
    const ch_wordlist *stop = ch_wordlist_find(list);
    ch_stemmer *st = stemmer(c, a->lang ? a->lang : "en");
    char small[64];
    ch_buf tmp = CH_BUF_INIT;
    uint32_t k = 0;
    for (long i = from; i < to; i++) {
        if (t[i].kind != CH_TOK_WORD && t[i].kind != CH_TOK_NUM) continue;
        (*words)++;
        const char *w = a->text + t[i].start;
        size_t wl = t[i].end - t[i].start;
        const char *f;
        size_t fl;
        int ascii = wl < sizeof small;
        for (size_t x = 0; ascii && x < wl; x++) ascii = (unsigned char)w[x] < 0x80;
        if (ascii) { /* fast path: lowercase, possessive off */
            for (size_t x = 0; x < wl; x++) small[x] = (w[x] >= 'A' && w[x] <= 'Z') ? (char)(w[x] + 32) : w[x];
            fl = wl;
            if (fl > 2 && small[fl - 2] == '\'' && small[fl - 1] == 's') fl -= 2;
            else if (fl > 1 && small[fl - 1] == '\'') fl -= 1;
            f = small;
        } else {
            ch_buf_reset(&tmp);
            if (ch_text_norm_word(w, wl, &tmp) < 0 || !tmp.data) continue;
            f = tmp.data;
            fl = tmp.len;
        }
        if (t[i].kind == CH_TOK_WORD && (fl < 2 || ch_wordlist_contains(stop, f, fl))) continue;
        size_t sl = fl;
        const char *stem = st && t[i].kind == CH_TOK_WORD ? ch_stemmer_stem(st, f, fl, &sl) : f;
        h[k++] = (uint32_t)XXH3_64bits(stem, sl) | 1u;
    }
    ch_buf_release(&tmp);
    ch_sort_u32key(h, k, sizeof *h); /* insertion sort for short sentences, radix above */
    *out = h;
    *n = k;
    return CH_OK;
}

typedef struct {
    uint32_t h;
    uint32_t sent;
    float w;
} posting;

/* What survives translation in a sentence: its numbers (digit strings of
 * two or more digits: "3,200" and "3.200" alike; odd hashes) and its names
 * (capitalized words of 3+ letters that do not open it, accents stripped,
 * cut to 5 letters so that "Lisboa"/"Lisbon" and inflections meet; even
 * hashes). Sorted, unique, at most SENT_ANCHORS. */
static void sent_anchors(const ch_article *a, const ch_token *t, long from, long to, sent *s)
{
    uint32_t n = 0;
    for (long i = from; i < to && n < SENT_ANCHORS; i++) {
        const char *w = a->text + t[i].start;
        size_t wl = t[i].end - t[i].start;
        uint32_t h = 0;
        if (t[i].kind == CH_TOK_NUM) {
            char dg[24];
            size_t dn = 0;
            for (size_t x = 0; x < wl && dn < sizeof dg; x++)
                if (w[x] >= '0' && w[x] <= '9') dg[dn++] = w[x];
            if (dn < 2) continue;
            h = (uint32_t)XXH3_64bits_withSeed(dg, dn, 3) | 1u;
        } else if (t[i].kind == CH_TOK_WORD && t[i].upper && i > from && wl >= 3) {
            utf8proc_uint8_t *dst = NULL;
            utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)wl, &dst,
                                              UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                  UTF8PROC_CASEFOLD);
            if (r >= 3) {
                size_t m = (size_t)r < 5 ? (size_t)r : 5;
                h = (uint32_t)XXH3_64bits_withSeed(dst, m, 5) & ~1u;
            }
            free(dst);
            if (!h) continue;
        } else {
            continue;
        }
        uint32_t x = n;
        while (x > 0 && s->an[x - 1] > h) x--;
        if (x > 0 && s->an[x - 1] == h) continue;
        memmove(s->an + x + 1, s->an + x, (n - x) * sizeof *s->an);
        s->an[x] = h;
        n++;
    }
    s->n_an = n;
}

/* Counterparts in other languages: a sentence carries what a sentence of
 * an article in another language says when they share two or more of
 * their names and numbers, one of them a number or three in all, and the
 * shared ones are 60% of the shorter list ("La Comisión aportará 150
 * millones y Portugal 60" / "the Commission gives EUR 150 million and
 * Portugal EUR 60 million"). Shared words cannot tell, stems are
 * per language. */
static int support_cross(ctx *c, size_t k, size_t n)
{
    const ch_brief *b = c->b;
    size_t np = 0;
    for (size_t i = 0; i < k; i++) np += c->s[i].n_an;
    posting *p = ch_malloc((np ? np : 1) * sizeof *p);
    uint16_t *shared = ch_calloc(k ? k : 1, sizeof *shared), *nums = ch_calloc(k ? k : 1, sizeof *nums);
    uint32_t *touched = ch_malloc((k ? k : 1) * sizeof *touched);
    if (!p || !shared || !nums || !touched) {
        ch_free(p); ch_free(shared); ch_free(nums); ch_free(touched);
        return CH_ENOMEM;
    }
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
        for (uint32_t a = 0; a < c->s[i].n_an; a++) p[m++] = (posting){c->s[i].an[a], (uint32_t)i, 0};
    ch_sort_u32key(p, m, sizeof *p);
    for (size_t i = 0; i < k; i++) {
        sent *x = &c->s[i];
        if (x->n_an < 2) continue;
        const char *lx = b->articles[x->art]->lang ? b->articles[x->art]->lang : "";
        size_t nt = 0;
        for (uint32_t a = 0; a < x->n_an; a++) {
            size_t lo = 0, hi = m;
            while (lo < hi) { size_t md = (lo + hi) / 2; if (p[md].h < x->an[a]) lo = md + 1; else hi = md; }
            for (size_t q = lo; q < m && p[q].h == x->an[a]; q++) {
                uint32_t j = p[q].sent;
                if (c->s[j].art == x->art) continue;
                if (!shared[j]) touched[nt++] = j;
                shared[j]++;
                nums[j] += x->an[a] & 1u;
            }
        }
        for (size_t q = 0; q < nt; q++) {
            uint32_t j = touched[q];
            const sent *y = &c->s[j];
            uint32_t sh = shared[j], num = nums[j];
            shared[j] = nums[j] = 0;
            unsigned char *cp = &c->counterpart[i * n + y->art];
            if (*cp || y->n_an < 2) continue;
            const char *ly = b->articles[y->art]->lang ? b->articles[y->art]->lang : "";
            if (!strcmp(lx, ly)) continue;
            uint32_t mn = x->n_an < y->n_an ? x->n_an : y->n_an;
            if (sh >= 2 && (num || sh >= 3) && sh * 5 >= mn * 3) {
                *cp = 1;
                x->support++;
            }
        }
    }
    ch_free(p); ch_free(shared); ch_free(nums); ch_free(touched);
    return CH_OK;
}

/* stems of the content words of [s, e) */
static int stems_of(ctx *c, const ch_article *a, size_t s, size_t e, uint32_t **out, uint32_t *n, uint32_t *words)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_token *t;
    long nt = ch_text_tokenize(a->text + s, e - s, &ar, &t);
    if (nt < 0) { ch_arena_release(&ar); return CH_ENOMEM; }
    for (long i = 0; i < nt; i++) { t[i].start += (uint32_t)s; t[i].end += (uint32_t)s; }
    int rc = stems_tokens(c, a, t, 0, nt, out, n, words);
    ch_arena_release(&ar);
    return rc;
}

/* x short, y long (the centroid): binary search each of x's terms */
static double dot_big(const vec *x, const vec *y)
{
    double s = 0;
    uint32_t lo = 0;
    for (uint32_t i = 0; i < x->n; i++) {
        uint32_t a = lo, b = y->n;
        while (a < b) {
            uint32_t m = a + (b - a) / 2;
            if (y->h[m] < x->h[i]) a = m + 1;
            else b = m;
        }
        if (a < y->n && y->h[a] == x->h[i]) s += (double)x->w[i] * y->w[a];
        lo = a; /* x is sorted: the next term lies further on */
    }
    return s;
}

static double dot(const vec *x, const vec *y)
{
    uint32_t i = 0, j = 0;
    double s = 0;
    while (i < x->n && j < y->n) {
        if (x->h[i] < y->h[j]) i++;
        else if (x->h[i] > y->h[j]) j++;
        else s += (double)x->w[i++] * y->w[j++];
    }
    return s;
}

/* ===== df over the event's articles ===== */

typedef struct {
    uint32_t *h;
    uint32_t *df;
    size_t n;
} dftab;

static uint32_t df_of(const dftab *d, uint32_t h)
{
    size_t lo = 0, hi = d->n;
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if (d->h[m] < h) lo = m + 1;
        else hi = m;
    }
    return lo < d->n && d->h[lo] == h ? d->df[lo] : 0;
}

static int build_vec(const dftab *d, size_t n_docs, const uint32_t *h, uint32_t n, vec *v)
{
    v->h = ch_malloc((n ? n : 1) * sizeof *v->h);
    v->w = ch_malloc((n ? n : 1) * sizeof *v->w);
    v->n = 0;
    if (!v->h || !v->w) return CH_ENOMEM;
    double norm = 0;
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        while (j < n && h[j] == h[i]) j++;
        double tf = 1 + log((double)(j - i));
        double idf = log((double)(n_docs + 10) / (df_of(d, h[i]) + 0.5));
        double w = tf * idf;
        v->h[v->n] = h[i];
        v->w[v->n++] = (float)w;
        norm += w * w;
        i = j;
    }
    norm = sqrt(norm);
    for (uint32_t i = 0; i < v->n; i++) v->w[i] = norm > 0 ? (float)(v->w[i] / norm) : 0;
    return CH_OK;
}

static int is_pronoun_start(const char *s)
{
    static const char *const p[] = {"He ", "She ", "They ", "It ", "This ", "These ", "His ", "Her ", "Él ", "Ella ",
                                    "Er ", "Sie ", "But ", "However,", "Also ", "And ", NULL};
    for (int i = 0; p[i]; i++)
        if (!strncmp(s, p[i], strlen(p[i]))) return 1;
    return 0;
}

/* ===== summary ===== */

static int support_all(ctx *c, size_t k, size_t n)
{
    size_t np = 0;
    for (size_t i = 0; i < k; i++) np += c->s[i].v.n;
    posting *p = ch_malloc((np ? np : 1) * sizeof *p);
    float *acc = ch_calloc(k ? k : 1, sizeof *acc);
    uint32_t *touched = ch_malloc((k ? k : 1) * sizeof *touched);
    c->counterpart = ch_calloc(k * n + 1, 1);
    if (!p || !acc || !touched || !c->counterpart) { ch_free(p); ch_free(acc); ch_free(touched); return CH_ENOMEM; }
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
        for (uint32_t j = 0; j < c->s[i].v.n; j++) p[m++] = (posting){c->s[i].v.h[j], (uint32_t)i, c->s[i].v.w[j]};
    ch_sort_u32key(p, m, sizeof *p); /* stable: (h, sent) order */
    for (size_t i = 0; i < k; i++) {
        sent *s = &c->s[i];
        size_t nt = 0;
        for (uint32_t t = 0; t < s->v.n; t++) {
            size_t lo = 0, hi = m;
            while (lo < hi) { size_t md = (lo + hi) / 2; if (p[md].h < s->v.h[t]) lo = md + 1; else hi = md; }
            for (size_t q = lo; q < m && p[q].h == s->v.h[t]; q++) {
                uint32_t j = p[q].sent;
                if (c->s[j].art == s->art) continue;
                if (acc[j] == 0) touched[nt++] = j;
                acc[j] += s->v.w[t] * p[q].w;
            }
        }
        size_t sup = 0;
        for (size_t q = 0; q < nt; q++) {
            uint32_t j = touched[q];
            if (acc[j] >= SUPPORT_SIM) {
                unsigned char *cp = &c->counterpart[i * n + c->s[j].art];
                if (!*cp) sup++;
                if (acc[j] >= COPY_SIM) *cp = 2;
                else if (!*cp) *cp = 1;
            }
            acc[j] = 0;
        }
        s->support = sup;
    }
    ch_free(p);
    ch_free(acc);
    ch_free(touched);
    return CH_OK;
}

static int summarize(ctx *c, const ch_brief_opts *o)
{
    ch_brief *b = c->b;
    size_t n = b->n_articles;
    /* sentences and df */
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += b->articles[i]->n_sentences;
    c->s = ch_calloc(total ? total : 1, sizeof *c->s);
    c->art_first = ch_calloc(n + 1, sizeof *c->art_first);
    uint32_t **hs = ch_calloc(total ? total : 1, sizeof *hs);
    uint32_t *nh = ch_calloc(total ? total : 1, sizeof *nh);
    if (!c->s || !c->art_first || !hs || !nh) { ch_free(hs); ch_free(nh); return CH_ENOMEM; }
    size_t k = 0;
    int multilingual = 0; /* two or more languages: counterparts by names and numbers too */
    for (size_t i = 1; i < n && !multilingual; i++)
        multilingual = strcmp(b->articles[i]->lang ? b->articles[i]->lang : "",
                              b->articles[0]->lang ? b->articles[0]->lang : "") != 0;
    uint32_t *all = NULL;
    size_t nall = 0, capall = 0;
    for (size_t i = 0; i < n; i++) {
        const ch_article *a = b->articles[i];
        c->art_first[i] = k;
        size_t art_start = nall;
        const ch_token *tk = c->tok[i];
        long ntk = c->n_tok[i];
        long ti = 0;
        for (size_t j = 0; j < a->n_sentences; j++) {
            sent *s = &c->s[k];
            s->art = i;
            s->idx = j;
            s->start = a->sentences[j].start;
            s->end = a->sentences[j].end;
            while (ti < ntk && tk[ti].start < s->start) ti++;
            long te = ti;
            while (te < ntk && tk[te].end <= s->end) te++;
            if (stems_tokens(c, a, tk, ti, te, &hs[k], &nh[k], &s->words) < 0) goto oom;
            if (multilingual) sent_anchors(a, tk, ti, te, s);
            ti = te;
            s->pronoun_start = is_pronoun_start(a->text + s->start);
            if (nall + nh[k] > capall) {
                capall = (nall + nh[k]) * 2 + 64;
                uint32_t *na = ch_realloc(all, capall * sizeof *na);
                if (!na) goto oom;
                all = na;
            }
            memcpy(all + nall, hs[k], nh[k] * sizeof *all);
            nall += nh[k];
            k++;
        }
        /* one count per article */
        ch_sort_u32key(all + art_start, nall - art_start, sizeof *all);
        size_t u = art_start;
        for (size_t x = art_start; x < nall; x++)
            if (x == art_start || all[x] != all[u - 1]) all[u++] = all[x];
        nall = u;
    }
    c->art_first[n] = k;
    c->ns = k;
    ch_sort_u32key(all, nall, sizeof *all);
    dftab d = {0};
    d.h = ch_malloc((nall ? nall : 1) * sizeof *d.h);
    d.df = ch_malloc((nall ? nall : 1) * sizeof *d.df);
    if (!d.h || !d.df) { ch_free(d.h); ch_free(d.df); goto oom; }
    for (size_t x = 0; x < nall;) {
        size_t y = x;
        while (y < nall && all[y] == all[x]) y++;
        d.h[d.n] = all[x];
        d.df[d.n++] = (uint32_t)(y - x);
        x = y;
    }
    for (size_t i = 0; i < k; i++) {
        if (build_vec(&d, n, hs[i], nh[i], &c->s[i].v) < 0) { ch_free(d.h); ch_free(d.df); goto oom; }
    }
    ch_free(d.h);
    ch_free(d.df);
    /* centroid: mean of sentence vectors, as a dense map over hashes */
    {
        size_t cn = 0;
        for (size_t i = 0; i < k; i++) cn += c->s[i].v.n;
        vec cen = {ch_malloc((cn ? cn : 1) * 4), ch_malloc((cn ? cn : 1) * 4), 0};
        if (!cen.h || !cen.w) { ch_free(cen.h); ch_free(cen.w); goto oom; }
        typedef struct { uint32_t h; float w; } hw;
        hw *tmp = ch_malloc((cn ? cn : 1) * sizeof *tmp);
        if (!tmp) { ch_free(cen.h); ch_free(cen.w); goto oom; }
        size_t m = 0;
        for (size_t i = 0; i < k; i++)
            for (uint32_t j = 0; j < c->s[i].v.n; j++) tmp[m++] = (hw){c->s[i].v.h[j], c->s[i].v.w[j]};
        ch_sort_u32key(tmp, m, sizeof *tmp); /* sorts by h: first member */
        double norm = 0;
        for (size_t x = 0; x < m;) {
            size_t y = x;
            double w = 0;
            while (y < m && tmp[y].h == tmp[x].h) w += tmp[y++].w;
            cen.h[cen.n] = tmp[x].h;
            cen.w[cen.n++] = (float)w;
            norm += w * w;
            x = y;
        }
        norm = sqrt(norm);
        for (uint32_t x = 0; x < cen.n; x++) cen.w[x] = norm > 0 ? (float)(cen.w[x] / norm) : 0;
        ch_free(tmp);
        /* support: other articles with a counterpart sentence. Dot products
         * are accumulated through an inverted index over the stems, so only
         * sentences sharing a word are ever compared. */
        if (support_all(c, k, n) < 0) { ch_free(cen.h); ch_free(cen.w); goto oom; }
        if (multilingual && support_cross(c, k, n) < 0) { ch_free(cen.h); ch_free(cen.w); goto oom; }
        for (size_t i = 0; i < k; i++) {
            sent *s = &c->s[i];
            size_t sup = s->support;
            double pos = (double)s->idx;
            double lead = 1.0 / (1.0 + pos);
            double cs = dot_big(&s->v, &cen);
            int method = o ? o->method : CH_SUM_CHORUS;
            if (method == CH_SUM_CENTROID) {
                s->score = cs;
            } else {
                s->score = cs * (1.0 + (n > 1 ? (double)sup / (double)(n - 1) : 0)) + 0.15 * lead;
                if (s->words < 8 || s->words > MAX_SENT_WORDS) s->score *= 0.3;
                if (s->pronoun_start) s->score *= 0.6;
            }
        }
        ch_free(cen.h);
        ch_free(cen.w);
    }
    /* MMR selection */
    size_t want = o && o->sentences ? o->sentences : 5;
    double lambda = o && o->lambda > 0 ? o->lambda : 0.7;
    int method = o ? o->method : CH_SUM_CHORUS;
    if (method == CH_SUM_CENTROID) lambda = 0;
    if (method == CH_SUM_LEAD) { /* the newest article's first sentences */
        size_t newest = n - 1;
        for (size_t i = 0; i < n; i++)
            if (b->articles[i]->date && (!b->articles[newest]->date || strcmp(b->articles[i]->date, b->articles[newest]->date) > 0))
                newest = i;
        for (size_t i = 0; i < k; i++)
            c->s[i].score = c->s[i].art == newest ? 1000.0 - (double)c->s[i].idx : -1000.0;
        lambda = 0;
    }
    size_t *chosen = ch_malloc((want ? want : 1) * sizeof *chosen);
    if (!chosen) goto oom;
    size_t nc = 0, words = 0;
    while (nc < want) {
        double best = -1e9;
        size_t bi = (size_t)-1;
        for (size_t i = 0; i < k; i++) {
            int used = 0;
            double red = 0;
            for (size_t x = 0; x < nc; x++) {
                if (chosen[x] == i) used = 1;
                double sim = dot(&c->s[i].v, &c->s[chosen[x]].v);
                if (sim > red) red = sim;
            }
            if (used || c->s[i].v.n < 3) continue;
            double mmr = c->s[i].score - lambda * red;
            if (mmr > best) { best = mmr; bi = i; }
        }
        if (bi == (size_t)-1) break;
        chosen[nc++] = bi;
        words += c->s[bi].words;
        if (o && o->words && words >= o->words) break;
    }
    /* order: relative position in its article, then article date */
    for (size_t x = 1; x < nc; x++) {
        size_t v = chosen[x], y = x;
        double pv = (double)c->s[v].idx / (double)(b->articles[c->s[v].art]->n_sentences + 1);
        while (y > 0) {
            size_t u = chosen[y - 1];
            double pu = (double)c->s[u].idx / (double)(b->articles[c->s[u].art]->n_sentences + 1);
            if (pu <= pv) break;
            chosen[y] = u;
            y--;
        }
        chosen[y] = v;
    }
    b->summary = ch_arena_calloc(&b->arena, (nc ? nc : 1) * sizeof *b->summary);
    if (!b->summary) { ch_free(chosen); goto oom; }
    size_t left = o && o->words ? o->words : (size_t)-1;
    for (size_t x = 0; x < nc && left; x++) {
        sent *s = &c->s[chosen[x]];
        const ch_article *a = b->articles[s->art];
        ch_brief_sentence *bs = &b->summary[b->n_summary++];
        size_t end = s->end;
        if (s->words > left) { /* cut at the word cap */
            size_t w = 0, i = s->start;
            int in = 0;
            for (; i < s->end; i++) {
                int alnum = isalnum((unsigned char)a->text[i]) || (unsigned char)a->text[i] >= 0x80;
                if (alnum && !in) { if (w == left) break; w++; }
                in = alnum;
            }
            end = i;
            while (end > s->start && a->text[end - 1] == ' ') end--;
            left = 0;
        } else if (left != (size_t)-1) {
            left -= s->words;
        }
        bs->text = ch_arena_strndup(&b->arena, a->text + s->start, end - s->start);
        bs->article = s->art;
        bs->sources = ch_arena_alloc(&b->arena, n * sizeof *bs->sources);
        if (!bs->text || !bs->sources) { ch_free(chosen); goto oom; }
        bs->sources[bs->n_sources++] = s->art;
        for (size_t a2 = 0; a2 < n; a2++)
            if (a2 != s->art && c->counterpart[chosen[x] * n + a2]) bs->sources[bs->n_sources++] = a2;
    }
    ch_free(chosen);
    for (size_t i = 0; i < k; i++) ch_free(hs[i]);
    ch_free(hs);
    ch_free(nh);
    ch_free(all);
    return CH_OK;
oom:
    for (size_t i = 0; i < total; i++) ch_free(hs[i]);
    ch_free(hs);
    ch_free(nh);
    ch_free(all);
    return CH_ENOMEM;
}

/* ===== quotes ===== */

typedef struct {
    size_t art;
    const ch_quote *q;
    uint32_t *h;
    uint32_t n;
    int group;
} qitem;

static double stem_sim(const qitem *x, const qitem *y, double *contain)
{
    uint32_t i = 0, j = 0, k = 0;
    while (i < x->n && j < y->n) {
        if (x->h[i] < y->h[j]) i++;
        else if (x->h[i] > y->h[j]) j++;
        else { k++; i++; j++; }
    }
    uint32_t u = x->n + y->n - k, m = x->n < y->n ? x->n : y->n;
    *contain = m ? (double)k / m : 0;
    return u ? (double)k / u : 0;
}

static void uniq32(uint32_t *h, uint32_t *n)
{
    uint32_t k = 0;
    for (uint32_t i = 0; i < *n; i++)
        if (!k || h[i] != h[k - 1]) h[k++] = h[i];
    *n = k;
}

/* cheap test before ch_speaker_same: surnames start with the same letter */
static int surname_initial_eq(const char *a, const char *b)
{
    const char *x = strrchr(a, ' '), *y = strrchr(b, ' ');
    x = x ? x + 1 : a;
    y = y ? y + 1 : b;
    return tolower((unsigned char)*x) == tolower((unsigned char)*y);
}

static int merge_quotes(ctx *c)
{
    ch_brief *b = c->b;
    size_t total = 0;
    for (size_t i = 0; i < b->n_articles; i++) total += c->n_quotes[i];
    qitem *q = ch_calloc(total ? total : 1, sizeof *q);
    if (!q) return CH_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < b->n_articles; i++)
        for (size_t j = 0; j < c->n_quotes[i]; j++) {
            q[k].art = i;
            q[k].q = &c->quotes[i][j];
            uint32_t words;
            const ch_article *a = b->articles[i];
            if (stems_of(c, a, c->quotes[i][j].start, c->quotes[i][j].end, &q[k].h, &q[k].n, &words) < 0) {
                for (size_t x = 0; x < k; x++) ch_free(q[x].h);
                ch_free(q);
                return CH_ENOMEM;
            }
            uniq32(q[k].h, &q[k].n);
            q[k].group = (int)k;
            k++;
        }
    /* union: same speaker and overlapping wording, or near-identical wording */
    for (size_t x = 0; x < k; x++)
        for (size_t y = x + 1; y < k; y++) {
            if (q[x].art == q[y].art) continue;
            int minlen = (q[x].n < q[y].n ? q[x].n : q[y].n) >= 2;
            if (!minlen) continue;
            double cont, jac = stem_sim(&q[x], &q[y], &cont);
            if (jac < 0.3 && cont < 0.7) continue;
            /* the speakers decide only below near-identical wording */
            int same = jac >= 0.6 || (q[x].q->speaker && q[y].q->speaker &&
                                      surname_initial_eq(q[x].q->speaker, q[y].q->speaker) &&
                                      ch_speaker_same(q[x].q->speaker, q[y].q->speaker));
            if (!same) continue;
            int gx = q[x].group, gy = q[y].group;
            while (q[gx].group != gx) gx = q[gx].group;
            while (q[gy].group != gy) gy = q[gy].group;
            if (gx != gy) q[gy].group = gx;
        }
    for (size_t x = 0; x < k; x++) {
        int g = q[x].group;
        while (q[g].group != g) g = q[g].group;
        q[x].group = g;
    }
    /* groups with two or more articles first, by number of articles */
    size_t ng = 0;
    for (size_t x = 0; x < k; x++) ng += q[x].group == (int)x;
    b->quotes = ch_arena_calloc(&b->arena, (ng ? ng : 1) * sizeof *b->quotes);
    if (!b->quotes) goto oom;
    for (size_t x = 0; x < k; x++) {
        if (q[x].group != (int)x) continue;
        ch_brief_quote *bq = &b->quotes[b->n_quotes++];
        size_t m = 0;
        for (size_t y = 0; y < k; y++) m += q[y].group == (int)x;
        bq->variants = ch_arena_alloc(&b->arena, m * sizeof *bq->variants);
        if (!bq->variants) goto oom;
        /* canonical: the member most like the others (longest on ties) */
        double best = -1;
        size_t bi = x;
        for (size_t y = 0; y < k; y++) {
            if (q[y].group != (int)x) continue;
            bq->variants[bq->n_variants++] = (ch_brief_variant){q[y].art, q[y].q->text, q[y].q->speaker};
            double sum = 0, cont;
            for (size_t z = 0; z < k; z++)
                if (z != y && q[z].group == (int)x) sum += stem_sim(&q[y], &q[z], &cont);
            sum += 0.001 * q[y].n;
            if (q[y].n >= 5) sum += 10; /* a full wording beats a fragment of it */
            if (sum > best) { best = sum; bi = y; }
        }
        bq->text = q[bi].q->text;
        /* speaker: the fullest form of the most common person */
        const char *spk = NULL, *role = NULL;
        size_t best_count = 0;
        for (size_t y = 0; y < k; y++) {
            if (q[y].group != (int)x || !q[y].q->speaker) continue;
            size_t cnt = 0;
            for (size_t z = 0; z < k; z++)
                if (q[z].group == (int)x && q[z].q->speaker && ch_speaker_same(q[y].q->speaker, q[z].q->speaker))
                    cnt += 2 + !strcmp(q[y].q->speaker, q[z].q->speaker); /* same person; exact form counts more */
            if (cnt > best_count || (cnt == best_count && spk && strlen(q[y].q->speaker) > strlen(spk))) {
                best_count = cnt;
                spk = q[y].q->speaker;
                role = q[y].q->role;
            }
        }
        bq->speaker = spk;
        bq->role = role;
        for (size_t y = 0; y < k; y++)
            if (q[y].group == (int)x && q[y].q->speaker && spk && !ch_speaker_same(q[y].q->speaker, spk))
                bq->speaker_disputed = 1;
    }
    /* order: most articles first */
    for (size_t x = 1; x < b->n_quotes; x++) {
        ch_brief_quote t = b->quotes[x];
        size_t y = x;
        while (y > 0 && b->quotes[y - 1].n_variants < t.n_variants) { b->quotes[y] = b->quotes[y - 1]; y--; }
        b->quotes[y] = t;
    }
    for (size_t x = 0; x < k; x++) ch_free(q[x].h);
    ch_free(q);
    return CH_OK;
oom:
    for (size_t x = 0; x < k; x++) ch_free(q[x].h);
    ch_free(q);
    return CH_ENOMEM;
}

/* ===== figures ===== */

typedef struct {
    size_t art;
    const ch_figure *f;
    uint32_t *ctx;     /* stems around the figure */
    uint32_t n;
    int group;
} fitem;

static int close_values(double a, double b)
{
    double m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    return m == 0 || fabs(a - b) <= 0.02 * m;
}

/* would joining groups gx and gy (member lists through nx[], from their
 * roots) put two different values of one article in one measure? An
 * article that gives "EUR 150 million from the Commission and EUR 60
 * million from Portugal" speaks of two measures, so neither joins the other
 * through a third article's wording. */
static int same_article_apart(const fitem *f, const int *nx, int gx, int gy)
{
    for (int x = gx; x >= 0; x = nx[x])
        for (int y = gy; y >= 0; y = nx[y])
            if (f[y].art == f[x].art && !close_values(f[x].f->value, f[y].f->value)) return 1;
    return 0;
}

static int group_figures(ctx *c)
{
    ch_brief *b = c->b;
    size_t total = 0;
    for (size_t i = 0; i < b->n_articles; i++) total += c->n_figs[i];
    fitem *f = ch_calloc(total ? total : 1, sizeof *f);
    if (!f) return CH_ENOMEM;
    size_t k = 0;
    int rc = CH_OK;
    for (size_t i = 0; i < b->n_articles && rc == CH_OK; i++)
        for (size_t j = 0; j < c->n_figs[i]; j++) {
            const ch_article *a = b->articles[i];
            const ch_figure *fg = &c->figs[i][j];
            /* context: the words next to the figure (what it measures sits
             * there: "USD 6 billion in remaining aid", "9.2 billion dollars
             * remain"), within its sentence, the figure itself left out */
            size_t si = 0;
            while (si < a->n_sentences && a->sentences[si].end <= fg->start) si++;
            size_t ss = si < a->n_sentences ? a->sentences[si].start : fg->start;
            size_t se = si < a->n_sentences ? a->sentences[si].end : fg->end;
            size_t s = fg->start, e = fg->end;
            for (int w = 0; w < 4 && s > ss;) { s--; if (a->text[s] == ' ' && s > ss && a->text[s - 1] != ' ') w++; }
            for (int w = 0; w < 4 && e < se;) { if (a->text[e] == ' ') w++; if (w < 4) e++; }
            uint32_t *h1, *h2, n1, n2, words;
            if (stems_of(c, a, s, fg->start, &h1, &n1, &words) < 0) { rc = CH_ENOMEM; break; }
            if (stems_of(c, a, fg->end, e, &h2, &n2, &words) < 0) { ch_free(h1); rc = CH_ENOMEM; break; }
            f[k].ctx = ch_malloc((n1 + n2 + 1) * sizeof *f[k].ctx);
            if (!f[k].ctx) { ch_free(h1); ch_free(h2); rc = CH_ENOMEM; break; }
            memcpy(f[k].ctx, h1, n1 * sizeof *h1);
            memcpy(f[k].ctx + n1, h2, n2 * sizeof *h2);
            f[k].n = n1 + n2;
            ch_free(h1);
            ch_free(h2);
            ch_sort_u32key(f[k].ctx, f[k].n, sizeof *f[k].ctx);
            uniq32(f[k].ctx, &f[k].n);
            f[k].art = i;
            f[k].f = fg;
            f[k].group = (int)k;
            k++;
        }
    int *nx = rc == CH_OK ? ch_malloc((k ? k : 1) * sizeof *nx) : NULL; /* next member of a group */
    if (!nx) rc = CH_ENOMEM;
    for (size_t x = 0; x < k && rc == CH_OK; x++) nx[x] = -1;
    for (size_t x = 0; x < k && rc == CH_OK; x++)
        for (size_t y = x + 1; y < k; y++) {
            const ch_figure *p = f[x].f, *r = f[y].f;
            if (p->kind != r->kind) continue;
            if ((p->unit && r->unit && strcmp(p->unit, r->unit) && p->kind != CH_FIG_COUNT)) continue;
            if (p->kind == CH_FIG_RATIO && !close_values(p->total, r->total)) continue;
            /* same value in the same kind across articles, or shared context */
            uint32_t i = 0, j = 0, sh = 0;
            while (i < f[x].n && j < f[y].n) {
                if (f[x].ctx[i] < f[y].ctx[j]) i++;
                else if (f[x].ctx[i] > f[y].ctx[j]) j++;
                else { sh++; i++; j++; }
            }
            uint32_t m = f[x].n < f[y].n ? f[x].n : f[y].n;
            double ctxsim = m ? (double)sh / m : 0;
            int subj = p->subject && r->subject && !strcmp(p->subject, r->subject);
            int same_val = close_values(p->value, r->value);
            /* the same sum of money in the same currency needs no shared words:
             * "350 millions d'euros" and "€350 million" are one claim across
             * languages, whose context words differ */
            int same_money = p->kind == CH_FIG_MONEY && same_val && p->unit && r->unit && !strcmp(p->unit, r->unit) &&
                             fabs(p->value) >= 1000;
            int link = same_money || (same_val && (ctxsim >= 0.2 || subj || p->kind == CH_FIG_RATIO)) ||
                       (!same_val && sh >= 1 && (ctxsim >= 0.25 || subj));
            if (p->kind == CH_FIG_COUNT && !subj && !same_val) link = 0;
            if (f[x].art == f[y].art && !same_val) link = 0;
            if (!link) continue;
            int gx = f[x].group, gy = f[y].group;
            while (f[gx].group != gx) gx = f[gx].group;
            while (f[gy].group != gy) gy = f[gy].group;
            if (gx == gy || same_article_apart(f, nx, gx, gy)) continue;
            f[gy].group = gx;
            int t = gx; /* append gy's members to gx's list */
            while (nx[t] >= 0) t = nx[t];
            nx[t] = gy;
        }
    ch_free(nx);
    for (size_t x = 0; x < k; x++) {
        int g = f[x].group;
        while (f[g].group != g) g = f[g].group;
        f[x].group = g;
    }
    size_t ng = 0;
    for (size_t x = 0; x < k; x++) ng += f[x].group == (int)x;
    b->figures = ch_arena_calloc(&b->arena, (ng ? ng : 1) * sizeof *b->figures);
    if (!b->figures) rc = CH_ENOMEM;
    for (size_t x = 0; x < k && rc == CH_OK; x++) {
        if (f[x].group != (int)x) continue;
        size_t m = 0, arts = 0;
        for (size_t y = 0; y < k; y++) m += f[y].group == (int)x;
        ch_brief_figure *bf = &b->figures[b->n_figures];
        memset(bf, 0, sizeof *bf); /* the slot of a dropped group is reused */
        bf->kind = f[x].f->kind;
        bf->values = ch_arena_calloc(&b->arena, m * sizeof *bf->values);
        if (!bf->values) { rc = CH_ENOMEM; break; }
        for (size_t y = 0; y < k; y++) {
            if (f[y].group != (int)x) continue;
            if (!bf->subject && f[y].f->subject) bf->subject = f[y].f->subject;
            ch_brief_value *v = NULL;
            for (size_t z = 0; z < bf->n_values; z++)
                if (close_values(bf->values[z].value, f[y].f->value)) v = &bf->values[z];
            if (!v) {
                v = &bf->values[bf->n_values++];
                v->value = f[y].f->value;
                v->unit = f[y].f->unit;
                v->text = f[y].f->text;
                v->articles = ch_arena_alloc(&b->arena, m * sizeof *v->articles);
                if (!v->articles) { rc = CH_ENOMEM; break; }
            }
            int dup = 0;
            for (size_t z = 0; z < v->n_articles; z++) dup |= v->articles[z] == f[y].art;
            if (!dup) { v->articles[v->n_articles++] = f[y].art; arts++; }
        }
        if (!bf->subject) bf->subject = f[x].f->text;
        bf->agree = bf->n_values == 1 && bf->values[0].n_articles >= 2;
        /* keep groups two or more articles speak of */
        if (arts >= 2) b->n_figures++;
    }
    for (size_t x = 0; x < k; x++) ch_free(f[x].ctx);
    ch_free(f);
    return rc;
}

/* ===== card and coverage ===== */

static const char *ch__surname_of(const char *name, size_t *len)
{
    const char *sp = strrchr(name, ' ');
    const char *s = sp ? sp + 1 : name;
    *len = strlen(s);
    return s;
}

static int cmp_pstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }


static size_t form_count(const char **forms, size_t n, const char *name)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t m = (lo + hi) / 2; if (strcmp(forms[m], name) < 0) lo = m + 1; else hi = m; }
    size_t k = 0;
    while (lo + k < n && !strcmp(forms[lo + k], name)) k++;
    return k;
}

static int card(ctx *c)
{
    ch_brief *b = c->b;
    size_t n = b->n_articles;
    /* outlets and languages */
    const char **seen = ch_arena_calloc(&b->arena, (n ? n : 1) * sizeof *seen);
    b->languages = ch_arena_calloc(&b->arena, (n ? n : 1) * sizeof *b->languages);
    if (!seen || !b->languages) return CH_ENOMEM;
    size_t ns = 0;
    for (size_t i = 0; i < n; i++) {
        const ch_article *a = b->articles[i];
        const char *src = a->source ? a->source : a->id;
        int dup = 0;
        for (size_t k = 0; k < ns; k++) dup |= !strcmp(seen[k], src);
        if (!dup) seen[ns++] = src;
        const char *l = a->lang ? a->lang : "und";
        dup = 0;
        for (size_t k = 0; k < b->n_languages; k++) dup |= !strcmp(b->languages[k], l);
        if (!dup) b->languages[b->n_languages++] = l;
    }
    b->n_outlets = ns;
    /* dates: span of the articles' dates; the event date is the most common
     * date written in the articles' first sentences, else the earliest */
    char best[11] = "";
    size_t best_n = 0;
    ch_arena tmp;
    ch_arena_init(&tmp);
    char (*cands)[11] = ch_arena_alloc(&tmp, (n * 4 + 1) * sizeof *cands);
    size_t nc = 0;
    for (size_t i = 0; i < n && cands; i++) {
        const ch_article *a = b->articles[i];
        if (a->date) {
            if (!b->first_date[0] || strcmp(a->date, b->first_date) < 0) snprintf(b->first_date, 11, "%s", a->date);
            if (!b->last_date[0] || strcmp(a->date, b->last_date) > 0) snprintf(b->last_date, 11, "%s", a->date);
        }
        ch_date_ref *d;
        size_t nd;
        size_t lim = a->n_sentences > 2 ? a->sentences[2].end : a->text_len;
        ch_article head = *a; /* only the first sentences are read */
        head.text_len = lim;
        if (ch_extract_dates(&head, &tmp, &d, &nd) < 0) continue;
        size_t took = 0;
        for (size_t k = 0; k < nd && took < 2; k++)
            if (d[k].start < lim && d[k].date[0]) { memcpy(cands[nc++], d[k].date, 11); took++; }
        if (!took && a->date) memcpy(cands[nc++], a->date, 11);
    }
    for (size_t x = 0; x < nc; x++) {
        size_t cnt = 0;
        for (size_t y = 0; y < nc; y++) cnt += !strcmp(cands[x], cands[y]);
        if (cnt > best_n || (cnt == best_n && strcmp(cands[x], best) < 0)) { best_n = cnt; memcpy(best, cands[x], 11); }
    }
    ch_arena_release(&tmp);
    snprintf(b->date, 11, "%s", best);
    /* place: the most common dateline place, else the most reported place */
    size_t pbest = 0;
    for (size_t i = 0; i < n; i++) {
        const char *p = b->articles[i]->place;
        if (!p) continue;
        size_t cnt = 0;
        for (size_t k = 0; k < n; k++) cnt += b->articles[k]->place && !strcmp(b->articles[k]->place, p);
        if (cnt > pbest) { pbest = cnt; b->place = p; }
    }
    /* actors: people and organisations by the number of articles naming them */
    typedef struct { const char *name; int type; size_t arts; size_t first_art; } actor;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += c->n_ents[i];
    actor *ac = ch_calloc(total ? total : 1, sizeof *ac);
    const char **forms = ch_malloc((total ? total : 1) * sizeof *forms);
    if (!ac || !forms) { ch_free(ac); ch_free(forms); return CH_ENOMEM; }
    size_t nforms = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < c->n_ents[i]; k++) forms[nforms++] = c->ents[i][k].name;
    ch_qsort(forms, nforms, sizeof *forms, cmp_pstr);
    size_t na = 0;
    const char *place_best = NULL;
    size_t place_arts = 0;
    /* lookup: people by a scan of the people (a name matches the same
     * person written otherwise, the last match wins); organisations and
     * places by exact name, through a hash table (their names are unique) */
    size_t *people = ch_malloc((total ? total : 1) * sizeof *people), np = 0;
    size_t hcap = 16;
    while (hcap < 2 * total) hcap *= 2;
    size_t *htab = ch_malloc(hcap * sizeof *htab);
    if (!people || !htab) { ch_free(people); ch_free(htab); ch_free(ac); ch_free(forms); return CH_ENOMEM; }
    for (size_t x = 0; x < hcap; x++) htab[x] = (size_t)-1;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < c->n_ents[i]; k++) {
            const ch_entity *e = &c->ents[i][k];
            if (e->type == CH_ENT_OTHER) continue;
            size_t f = na;
            size_t slot = 0;
            if (e->type == CH_ENT_PERSON) {
                for (size_t y = 0; y < np; y++) {
                    size_t x = people[y];
                    if (!strcmp(ac[x].name, e->name) ||
                        (surname_initial_eq(ac[x].name, e->name) && ch_speaker_same(ac[x].name, e->name)))
                        f = x;
                }
            } else {
                slot = (size_t)(XXH3_64bits_withSeed(e->name, strlen(e->name), (XXH64_hash_t)e->type) & (hcap - 1));
                for (; htab[slot] != (size_t)-1; slot = (slot + 1) & (hcap - 1))
                    if (ac[htab[slot]].type == e->type && !strcmp(ac[htab[slot]].name, e->name)) { f = htab[slot]; break; }
            }
            if (f == na) {
                if (e->type == CH_ENT_PERSON) people[np++] = na;
                else htab[slot] = na;
                ac[na++] = (actor){e->name, e->type, 0, i};
            }
            if (ac[f].first_art != i || ac[f].arts == 0) { ac[f].arts++; ac[f].first_art = i; }
            /* the form most articles write */
            if (e->type == CH_ENT_PERSON && strcmp(e->name, ac[f].name)) {
                size_t cur = form_count(forms, nforms, ac[f].name), cand = form_count(forms, nforms, e->name);
                if (cand > cur || (cand == cur && strlen(e->name) > strlen(ac[f].name))) ac[f].name = e->name;
            }
        }
    for (size_t x = 0; x < na; x++) {
        if (ac[x].type != CH_ENT_PLACE || ac[x].arts <= place_arts) continue;
        /* a place that is also a person's surname here ("Valeria Montenegro") is the person */
        int surname = 0;
        for (size_t y = 0; y < na; y++) {
            if (ac[y].type != CH_ENT_PERSON) continue;
            size_t sl;
            const char *sn = ch__surname_of(ac[y].name, &sl);
            surname |= strlen(ac[x].name) == sl && !memcmp(sn, ac[x].name, sl);
        }
        if (surname) continue;
        place_arts = ac[x].arts;
        place_best = ac[x].name;
    }
    if (!b->place) b->place = place_best;
    ch_free(forms);
    ch_free(people);
    ch_free(htab);
    b->actors = ch_arena_calloc(&b->arena, 8 * sizeof *b->actors);
    if (!b->actors) { ch_free(ac); return CH_ENOMEM; }
    for (int pass = 0; pass < 2; pass++) { /* people first, then organisations */
        for (size_t take = 0; take < 8 && b->n_actors < 8; take++) {
            size_t bi = (size_t)-1, bn = 0;
            for (size_t x = 0; x < na; x++) {
                if (ac[x].type != (pass ? CH_ENT_ORG : CH_ENT_PERSON) || !ac[x].arts) continue;
                if (ac[x].arts > bn) { bn = ac[x].arts; bi = x; }
            }
            if (bi == (size_t)-1 || (bn < 2 && n > 2) || (pass && b->n_actors >= 6) || (!pass && take >= 5)) break;
            b->actors[b->n_actors++] = ac[bi].name;
            ac[bi].arts = 0;
        }
    }
    ch_free(ac);
    /* title: the headline of the article closest to the summary, else its lead */
    b->title = NULL;
    if (b->n_summary) {
        size_t a0 = b->summary[0].article;
        if (b->articles[a0]->title) b->title = b->articles[a0]->title;
        for (size_t i = 0; !b->title && i < n; i++)
            if (b->articles[i]->title) b->title = b->articles[i]->title;
        if (!b->title) b->title = b->summary[0].text;
    }
    return CH_OK;
}

static int coverage(ctx *c)
{
    ch_brief *b = c->b;
    size_t n = b->n_articles;
    b->coverage = ch_arena_calloc(&b->arena, (n ? n : 1) * sizeof *b->coverage);
    if (!b->coverage) return CH_ENOMEM;
    /* near-duplicates inside the event: an article most of whose sentences
     * (70%) are copied in one earlier article is a copy of it; the
     * counterpart table of the summary already holds the sentence matches */
    for (size_t i = 0; i < n; i++) {
        ch_brief_coverage *cv = &b->coverage[b->n_coverage++];
        cv->article = i;
        cv->near_duplicate_of = -1;
        size_t counted = 0;
        for (size_t j = c->art_first[i]; j < c->art_first[i + 1]; j++) counted += c->s[j].words >= 5;
        for (size_t o = 0; o < n && counted >= 2; o++) {
            if (o == i) continue;
            size_t copied = 0;
            for (size_t j = c->art_first[i]; j < c->art_first[i + 1]; j++)
                copied += c->s[j].words >= 5 && c->counterpart[j * n + o] == 2;
            if (copied * 10 < counted * 7) continue;
            /* the leader is the earlier article, unless it is itself a copy */
            if (o < i && b->coverage[o].near_duplicate_of < 0) { cv->near_duplicate_of = (long)o; break; }
        }
        size_t w = 0;
        for (size_t j = c->art_first[i]; j < c->art_first[i + 1]; j++) w += c->s[j].words;
        cv->words = w;
        cv->unique = ch_arena_calloc(&b->arena, 3 * sizeof *cv->unique);
        if (!cv->unique) return CH_ENOMEM;
        if (n < 2 || cv->near_duplicate_of >= 0) continue;
        /* its best sentences no other article carries */
        for (int take = 0; take < 3; take++) {
            double best = 0.05;
            size_t bj = (size_t)-1;
            for (size_t j = c->art_first[i]; j < c->art_first[i + 1]; j++) {
                sent *s = &c->s[j];
                if (s->support || s->words < 8 || s->words > MAX_SENT_WORDS || s->pronoun_start) continue;
                int used = 0;
                for (size_t u = 0; u < cv->n_unique; u++)
                    used |= !strncmp(cv->unique[u], b->articles[i]->text + s->start, s->end - s->start);
                if (!used && s->score > best) { best = s->score; bj = j; }
            }
            if (bj == (size_t)-1) break;
            const ch_article *a = b->articles[i];
            cv->unique[cv->n_unique] = ch_arena_strndup(&b->arena, a->text + c->s[bj].start, c->s[bj].end - c->s[bj].start);
            if (!cv->unique[cv->n_unique]) return CH_ENOMEM;
            cv->n_unique++;
        }
    }
    return CH_OK;
}

ch_brief *ch_brief_build(ch_article **articles, size_t n, const char *event, const ch_brief_opts *opts,
                         ch_err *err)
{
    ch_brief *b = ch_calloc(1, sizeof *b);
    if (!b) { CH_FAIL(err, CH_ENOMEM, "out of memory"); return NULL; }
    ch_arena_init(&b->arena);
    b->articles = articles;
    b->n_articles = n;
    b->event = event ? ch_arena_strndup(&b->arena, event, strlen(event)) : NULL;
    ctx c = {0};
    c.b = b;
    c.ents = ch_calloc(n ? n : 1, sizeof *c.ents);
    c.n_ents = ch_calloc(n ? n : 1, sizeof *c.n_ents);
    c.quotes = ch_calloc(n ? n : 1, sizeof *c.quotes);
    c.n_quotes = ch_calloc(n ? n : 1, sizeof *c.n_quotes);
    c.figs = ch_calloc(n ? n : 1, sizeof *c.figs);
    c.n_figs = ch_calloc(n ? n : 1, sizeof *c.n_figs);
    c.tok = ch_calloc(n ? n : 1, sizeof *c.tok);
    c.n_tok = ch_calloc(n ? n : 1, sizeof *c.n_tok);
    ch_arena_init(&c.tok_arena);
    int rc = c.ents && c.n_ents && c.quotes && c.n_quotes && c.figs && c.n_figs && c.tok && c.n_tok ? CH_OK : CH_ENOMEM;
    for (size_t i = 0; i < n && rc == CH_OK; i++) {
        c.n_tok[i] = ch_text_tokenize(articles[i]->text, articles[i]->text_len, &c.tok_arena, &c.tok[i]);
        if (c.n_tok[i] < 0) { rc = CH_ENOMEM; break; }
        rc = ch_extract_entities_tok(articles[i], c.tok[i], c.n_tok[i], &b->arena, &c.ents[i], &c.n_ents[i]);
        if (rc == CH_OK) rc = ch_extract_quotes(articles[i], c.ents[i], c.n_ents[i], &b->arena, &c.quotes[i], &c.n_quotes[i]);
        if (rc == CH_OK) rc = ch_extract_figures_tok(articles[i], c.tok[i], c.n_tok[i], &b->arena, &c.figs[i], &c.n_figs[i]);
    }
    if (rc == CH_OK) rc = summarize(&c, opts);
    if (rc == CH_OK) rc = merge_quotes(&c);
    if (rc == CH_OK) rc = group_figures(&c);
    if (rc == CH_OK) rc = card(&c);
    if (rc == CH_OK) rc = coverage(&c);
    for (size_t i = 0; i < c.ns; i++) {
        ch_free(c.s[i].v.h);
        ch_free(c.s[i].v.w);
    }
    ch_free(c.s);
    ch_free(c.art_first);
    ch_free(c.counterpart);
    ch_free(c.ents);
    ch_free(c.n_ents);
    ch_free(c.quotes);
    ch_free(c.n_quotes);
    ch_free(c.figs);
    ch_free(c.n_figs);
    ch_free(c.tok);
    ch_free(c.n_tok);
    ch_arena_release(&c.tok_arena);
    for (int i = 0; i < c.n_stem; i++) ch_stemmer_free(c.stem[i]);
    if (rc != CH_OK) {
        CH_FAIL(err, rc, "out of memory");
        ch_brief_free(b);
        return NULL;
    }
    return b;
}

void ch_brief_free(ch_brief *b)
{
    if (!b) return;
    ch_arena_release(&b->arena);
    ch_free(b);
}
