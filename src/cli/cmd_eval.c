/* cmd_eval.c - chorus eval cluster|dedup GOLD PRED: score predictions
 * against gold labels. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "chorus/eval.h"

#include <cJSON.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: chorus eval cluster GOLD.jsonl PRED.jsonl [--json]\n"
    "       chorus eval quotes GOLD.jsonl PRED.jsonl [--json]\n"
    "       chorus eval rouge REFS.jsonl PRED.jsonl [--words N] [--json]\n"
    "       chorus eval dedup GOLD.jsonl PRED.jsonl [--json]\n"
    "\n"
    "cluster: GOLD and PRED hold {\"id\",\"event\"} lines (other fields ignored);\n"
    "  prints BCubed and pairwise precision/recall/F1. Gold articles missing from\n"
    "  PRED count as singletons; PRED ids not in GOLD are ignored.\n"
    "dedup: GOLD holds {\"id\",\"near_dup_of\"} lines (a copy links to its original;\n"
    "  every pair inside a linked group is a gold pair), or {\"id\",\"doc\",\"lang\"}\n"
    "  lines (the same doc in two languages is a translation pair; then only PRED\n"
    "  pairs of kind \"translation\" count, and scores are given per language pair).\n"
    "  PRED holds {\"a\",\"b\"} pair lines or {\"id\",\"group\"} lines.\n"
    "quotes: GOLD and PRED hold {\"article\",\"speaker\",\"text\"} lines. A predicted quote\n"
    "  matches a gold one (one to one) in the same article when their words overlap by\n"
    "  >= 70% in both directions (|G n P| / |G| and |G n P| / |P|, lowercase words) and the\n"
    "  speakers have the same surname (a gold speaker \"\" accepts any). Prints precision,\n"
    "  recall, F1, and speaker accuracy over the quotes matched by text alone whose gold\n"
    "  speaker is named.\n"
    "rouge: REFS holds {\"event\",\"text\"} lines (several per event: one per reference\n"
    "  summary; text a string or an array of sentences); PRED holds {\"event\",\"summary\"}\n"
    "  lines (summary a string, an array of strings, or chorus brief's [{\"text\"}]).\n"
    "  Prints ROUGE-1 and ROUGE-2 recall (Porter stems, stop words kept, summary cut to\n"
    "  --words, default 100; recall averaged over references, then over events).\n";

typedef struct {
    char **id;
    cJSON **obj;
    size_t n, cap;
} jfile;

static void jfile_free(jfile *f)
{
    for (size_t i = 0; i < f->n; i++) cJSON_Delete(f->obj[i]);
    ch_free(f->obj);
    ch_free(f->id);
}

static int load(ch_cli *cli, const char *path, jfile *f)
{
    memset(f, 0, sizeof *f);
    FILE *fp = fopen(path, "r");
    if (!fp) {
        fprintf(stderr, "chorus eval: error: cannot open '%s'\n", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        cJSON *o = cJSON_ParseWithLength(line, (size_t)len);
        if (!o || !cJSON_IsObject(o)) {
            if (!cli->quiet && len > 1)
                fprintf(stderr, "chorus eval: warning: malformed json, skipped (%s:%zu)\n", path, lineno);
            cJSON_Delete(o);
            continue;
        }
        if (f->n == f->cap) {
            f->cap = f->cap ? f->cap * 2 : 256;
            f->obj = ch_realloc(f->obj, f->cap * sizeof *f->obj);
            if (!f->obj) abort();
        }
        f->obj[f->n++] = o;
    }
    free(line);
    fclose(fp);
    return 0;
}

static const char *sfield(cJSON *o, const char *k)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* string -> dense index */
typedef struct {
    const char **s;
    size_t n, cap;
} strtab;

static int cmp_pstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void tab_add(strtab *t, const char *s)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->s = ch_realloc(t->s, t->cap * sizeof *t->s);
        if (!t->s) abort();
    }
    t->s[t->n++] = s;
}

static void tab_seal(strtab *t)
{
    ch_qsort(t->s, t->n, sizeof *t->s, cmp_pstr);
    size_t k = 0;
    for (size_t i = 0; i < t->n; i++)
        if (!k || strcmp(t->s[i], t->s[k - 1])) t->s[k++] = t->s[i];
    t->n = k;
}

static long tab_find(const strtab *t, const char *s)
{
    if (!s) return -1;
    const char **p = bsearch(&s, t->s, t->n, sizeof *t->s, cmp_pstr);
    return p ? (long)(p - t->s) : -1;
}

static void print_prf(const char *name, ch_prf p)
{
    printf("%s_precision %.4f\n%s_recall %.4f\n%s_f1 %.4f\n", name, p.precision, name, p.recall, name, p.f1);
}

static int eval_cluster(ch_cli *cli, jfile *g, jfile *p, int json)
{
    strtab ids = {0}, gl = {0}, pl = {0};
    for (size_t i = 0; i < g->n; i++) {
        const char *id = sfield(g->obj[i], "id"), *ev = sfield(g->obj[i], "event");
        if (id && ev) { tab_add(&ids, id); tab_add(&gl, ev); }
    }
    for (size_t i = 0; i < p->n; i++) {
        const char *ev = sfield(p->obj[i], "event");
        if (ev) tab_add(&pl, ev);
    }
    tab_seal(&ids);
    tab_seal(&gl);
    tab_seal(&pl);
    size_t n = ids.n;
    uint32_t *gold = ch_malloc((n ? n : 1) * sizeof *gold), *pred = ch_malloc((n ? n : 1) * sizeof *pred);
    for (size_t i = 0; i < n; i++) pred[i] = (uint32_t)(pl.n + i); /* singleton unless predicted */
    for (size_t i = 0; i < g->n; i++) {
        long k = tab_find(&ids, sfield(g->obj[i], "id"));
        if (k >= 0) gold[k] = (uint32_t)tab_find(&gl, sfield(g->obj[i], "event"));
    }
    size_t missing = n, seen = 0;
    for (size_t i = 0; i < p->n; i++) {
        long k = tab_find(&ids, sfield(p->obj[i], "id"));
        long e = tab_find(&pl, sfield(p->obj[i], "event"));
        if (k >= 0 && e >= 0) { pred[k] = (uint32_t)e; seen++; }
    }
    missing = n > seen ? n - seen : 0;
    if (missing && !cli->quiet)
        fprintf(stderr, "chorus eval: warning: %zu gold articles have no prediction (counted as singletons)\n", missing);
    ch_cluster_scores sc;
    ch_eval_clusters(gold, pred, n, &sc);
    if (json) {
        printf("{\"bcubed\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},"
               "\"pairwise\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},"
               "\"articles\":%zu,\"gold_events\":%zu,\"pred_events\":%zu}\n",
               sc.bcubed.precision, sc.bcubed.recall, sc.bcubed.f1, sc.pairwise.precision,
               sc.pairwise.recall, sc.pairwise.f1, sc.n_items, sc.n_gold, sc.n_pred);
    } else {
        print_prf("bcubed", sc.bcubed);
        print_prf("pairwise", sc.pairwise);
        printf("articles %zu\ngold_events %zu\npred_events %zu\n", sc.n_items, sc.n_gold, sc.n_pred);
    }
    ch_free(gold);
    ch_free(pred);
    ch_free(ids.s);
    ch_free(gl.s);
    ch_free(pl.s);
    return CH_EXIT_OK;
}

static size_t find_root(size_t *par, size_t x)
{
    while (par[x] != x) x = par[x] = par[par[x]];
    return x;
}

static uint64_t pkey(long a, long b)
{
    if (a > b) { long t = a; a = b; b = t; }
    return ((uint64_t)a << 32) | (uint64_t)b;
}

static void push(uint64_t **v, size_t *n, size_t *cap, uint64_t x)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 256;
        *v = ch_realloc(*v, *cap * sizeof **v);
        if (!*v) abort();
    }
    (*v)[(*n)++] = x;
}

/* every pair a < b with key[a] == key[b] >= 0 (and, with lang, different languages):
 * sort by key, then pairs inside each run, so the cost is the pairs, not n^2 */
static void same_key_pairs(const long *key, size_t n, const char **lang, uint64_t **v, size_t *nv, size_t *cv)
{
    uint64_t *k = ch_malloc((n ? n : 1) * sizeof *k);
    if (!k) abort();
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (key[i] >= 0) k[m++] = (uint64_t)key[i] << 32 | (uint64_t)i;
    ch_qsort(k, m, sizeof *k, ch_cmp_u64);
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && k[j] >> 32 == k[i] >> 32) j++;
        for (size_t x = i; x < j; x++)
            for (size_t y = x + 1; y < j; y++) {
                long a = (long)(uint32_t)k[x], b = (long)(uint32_t)k[y];
                if (lang && (!lang[a] || !lang[b] || !strcmp(lang[a], lang[b]))) continue;
                push(v, nv, cv, pkey(a, b));
            }
        i = j;
    }
    ch_free(k);
}

static int eval_dedup(ch_cli *cli, jfile *g, jfile *p, int json)
{
    strtab ids = {0};
    int by_doc = 0;
    for (size_t i = 0; i < g->n; i++) {
        const char *id = sfield(g->obj[i], "id");
        if (id) tab_add(&ids, id);
        if (sfield(g->obj[i], "doc")) by_doc = 1;
    }
    tab_seal(&ids);
    size_t n = ids.n;
    const char **lang = ch_calloc(n ? n : 1, sizeof *lang);
    uint64_t *gp = NULL, *pp = NULL;
    size_t ngp = 0, cgp = 0, npp = 0, cpp = 0;
    if (by_doc) { /* translation pairs: same doc, different language */
        strtab docs = {0};
        for (size_t i = 0; i < g->n; i++)
            if (sfield(g->obj[i], "doc")) tab_add(&docs, sfield(g->obj[i], "doc"));
        tab_seal(&docs);
        long *doc = ch_malloc((n ? n : 1) * sizeof *doc);
        for (size_t i = 0; i < n; i++) doc[i] = -1;
        for (size_t i = 0; i < g->n; i++) {
            long k = tab_find(&ids, sfield(g->obj[i], "id"));
            if (k < 0) continue;
            doc[k] = tab_find(&docs, sfield(g->obj[i], "doc"));
            lang[k] = sfield(g->obj[i], "lang");
        }
        /* group ids by doc */
        same_key_pairs(doc, n, lang, &gp, &ngp, &cgp);
        ch_free(doc);
        ch_free(docs.s);
    } else {
        size_t *par = ch_malloc((n ? n : 1) * sizeof *par);
        for (size_t i = 0; i < n; i++) par[i] = i;
        for (size_t i = 0; i < g->n; i++) {
            long a = tab_find(&ids, sfield(g->obj[i], "id"));
            long b = tab_find(&ids, sfield(g->obj[i], "near_dup_of"));
            if (a >= 0 && b >= 0) par[find_root(par, (size_t)a)] = find_root(par, (size_t)b);
        }
        long *root = ch_malloc((n ? n : 1) * sizeof *root);
        if (!root) abort();
        for (size_t i = 0; i < n; i++) root[i] = (long)find_root(par, i);
        same_key_pairs(root, n, NULL, &gp, &ngp, &cgp);
        ch_free(root);
        ch_free(par);
    }
    /* predictions: pairs, or groups */
    strtab groups = {0};
    for (size_t i = 0; i < p->n; i++)
        if (sfield(p->obj[i], "group")) tab_add(&groups, sfield(p->obj[i], "group"));
    tab_seal(&groups);
    if (groups.n) {
        long *gr = ch_malloc((n ? n : 1) * sizeof *gr);
        for (size_t i = 0; i < n; i++) gr[i] = -1;
        for (size_t i = 0; i < p->n; i++) {
            long k = tab_find(&ids, sfield(p->obj[i], "id"));
            if (k >= 0) gr[k] = tab_find(&groups, sfield(p->obj[i], "group"));
        }
        same_key_pairs(gr, n, NULL, &pp, &npp, &cpp);
        ch_free(gr);
    } else {
        for (size_t i = 0; i < p->n; i++) {
            const char *kind = sfield(p->obj[i], "kind");
            if (by_doc && (!kind || strcmp(kind, "translation"))) continue;
            long a = tab_find(&ids, sfield(p->obj[i], "a")), b = tab_find(&ids, sfield(p->obj[i], "b"));
            if (a >= 0 && b >= 0 && a != b) push(&pp, &npp, &cpp, pkey(a, b));
        }
    }
    size_t ngold = ngp, npred = npp;
    /* per language pair (translations) */
    if (by_doc && !json) {
        char seen[64][16];
        int ns = 0;
        for (size_t i = 0; i < ngp; i++) {
            const char *la = lang[gp[i] >> 32], *lb = lang[(uint32_t)gp[i]];
            char key[16];
            snprintf(key, sizeof key, "%s-%s", strcmp(la, lb) < 0 ? la : lb, strcmp(la, lb) < 0 ? lb : la);
            int dup = 0;
            for (int s = 0; s < ns; s++) dup |= !strcmp(seen[s], key);
            if (dup || ns >= 64) continue;
            snprintf(seen[ns++], 16, "%s", key);
        }
        for (int s = 0; s < ns; s++) {
            uint64_t *g2 = ch_malloc((ngp ? ngp : 1) * 8), *p2 = ch_malloc((npp ? npp : 1) * 8);
            size_t k2 = 0, m2 = 0;
            for (int side = 0; side < 2; side++) {
                uint64_t *src = side ? pp : gp;
                size_t ns2 = side ? npp : ngp;
                for (size_t i = 0; i < ns2; i++) {
                    const char *la = lang[src[i] >> 32], *lb = lang[(uint32_t)src[i]];
                    if (!la || !lb) continue;
                    char key[16];
                    snprintf(key, sizeof key, "%s-%s", strcmp(la, lb) < 0 ? la : lb, strcmp(la, lb) < 0 ? lb : la);
                    if (strcmp(key, seen[s])) continue;
                    if (side) p2[m2++] = src[i]; else g2[k2++] = src[i];
                }
            }
            ch_prf r = ch_eval_pairs(g2, k2, p2, m2);
            printf("%s precision %.4f recall %.4f f1 %.4f (gold %zu, predicted %zu)\n", seen[s], r.precision,
                   r.recall, r.f1, k2, m2);
            ch_free(g2);
            ch_free(p2);
        }
    }
    ch_prf r = ch_eval_pairs(gp, ngp, pp, npp);
    if (json)
        printf("{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"gold_pairs\":%zu,\"pred_pairs\":%zu}\n",
               r.precision, r.recall, r.f1, ngold, npred);
    else {
        print_prf("pair", r);
        printf("gold_pairs %zu\npred_pairs %zu\n", ngold, npred);
    }
    (void)cli;
    ch_free(gp);
    ch_free(pp);
    ch_free(lang);
    ch_free(ids.s);
    ch_free(groups.s);
    return CH_EXIT_OK;
}

/* lowercase alphanumeric words of s (UTF-8 bytes >= 0x80 kept) */
static size_t qwords(const char *s, char w[][32], size_t cap)
{
    size_t k = 0;
    while (*s && k < cap) {
        while (*s && !(isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80)) s++;
        size_t n = 0;
        while (*s && (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80)) {
            if (n < 31) w[k][n++] = (char)tolower((unsigned char)*s);
            s++;
        }
        if (n) { w[k][n] = '\0'; k++; }
    }
    return k;
}

static double overlap(const char *a, const char *b)
{
    static char wa[400][32], wb[400][32];
    size_t na = qwords(a, wa, 400), nb = qwords(b, wb, 400);
    if (!na || !nb) return 0;
    unsigned char used[400] = {0};
    size_t common = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (!used[j] && !strcmp(wa[i], wb[j])) { used[j] = 1; common++; break; }
    double x = (double)common / (double)na, y = (double)common / (double)nb;
    return x < y ? x : y;
}

static int same_surname(const char *g, const char *p)
{
    if (!g || !*g) return 1;
    if (!p || !*p) return 0;
    const char *sg = strrchr(g, ' ') ? strrchr(g, ' ') + 1 : g;
    const char *sp = strrchr(p, ' ') ? strrchr(p, ' ') + 1 : p;
    return ch_speaker_same(sg, sp);
}

static int eval_quotes(jfile *g, jfile *p, int json)
{
    size_t ng = g->n, np = p->n, tp = 0, text_match = 0, spk_ok = 0, named_match = 0;
    unsigned char *pused = ch_calloc(np ? np : 1, 1), *pused2 = ch_calloc(np ? np : 1, 1);
    for (size_t i = 0; i < ng; i++) {
        const char *ga = sfield(g->obj[i], "article"), *gt = sfield(g->obj[i], "text"), *gs = sfield(g->obj[i], "speaker");
        if (!ga || !gt) continue;
        long best = -1, best2 = -1;
        double bo = 0, bo2 = 0;
        for (size_t j = 0; j < np; j++) {
            const char *pa = sfield(p->obj[j], "article"), *pt = sfield(p->obj[j], "text");
            if (!pa || !pt || strcmp(pa, ga)) continue;
            double o = overlap(gt, pt);
            if (o < 0.7) continue;
            if (!pused2[j] && o > bo2) { bo2 = o; best2 = (long)j; }
            if (!pused[j] && o > bo && same_surname(gs, sfield(p->obj[j], "speaker"))) { bo = o; best = (long)j; }
        }
        if (best >= 0) { pused[best] = 1; tp++; }
        if (best2 >= 0) {
            pused2[best2] = 1;
            text_match++;
            if (gs && *gs) {
                named_match++;
                spk_ok += same_surname(gs, sfield(p->obj[best2], "speaker"));
            }
        }
    }
    size_t gold_named = 0;
    for (size_t i = 0; i < ng; i++) {
        const char *gs = sfield(g->obj[i], "speaker");
        gold_named += gs && *gs;
    }
    double P = np ? (double)tp / (double)np : 0, R = ng ? (double)tp / (double)ng : 0;
    double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
    double text_r = ng ? (double)text_match / (double)ng : 0;
    double spk = named_match ? (double)spk_ok / (double)named_match : 0;
    if (json)
        printf("{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"gold\":%zu,\"predicted\":%zu,"
               "\"text_recall\":%.4f,\"speaker_accuracy\":%.4f}\n", P, R, F, ng, np, text_r, spk);
    else
        printf("quote_precision %.4f\nquote_recall %.4f\nquote_f1 %.4f\ngold_quotes %zu\npredicted_quotes %zu\n"
               "text_only_recall %.4f\nspeaker_accuracy %.4f\n", P, R, F, ng, np, text_r, spk);
    (void)gold_named;
    ch_free(pused);
    ch_free(pused2);
    return CH_EXIT_OK;
}

/* a summary field: string, array of strings, or array of {"text"} */
static void flatten(cJSON *v, ch_buf *out)
{
    if (cJSON_IsString(v)) {
        if (out->len) ch_buf_putc(out, ' ');
        ch_buf_append(out, v->valuestring, strlen(v->valuestring));
    } else if (cJSON_IsArray(v)) {
        cJSON *e;
        cJSON_ArrayForEach(e, v) flatten(e, out);
    } else if (cJSON_IsObject(v)) {
        flatten(cJSON_GetObjectItemCaseSensitive(v, "text"), out);
    }
}

static int eval_rouge(jfile *g, jfile *p, size_t words, int json)
{
    double r1 = 0, r2 = 0;
    size_t events = 0;
    for (size_t i = 0; i < p->n; i++) {
        const char *ev = sfield(p->obj[i], "event");
        if (!ev) continue;
        ch_buf sum = CH_BUF_INIT;
        flatten(cJSON_GetObjectItemCaseSensitive(p->obj[i], "summary"), &sum);
        char **refs = ch_calloc(g->n ? g->n : 1, sizeof *refs);
        size_t nr = 0;
        for (size_t j = 0; j < g->n; j++) {
            const char *ge = sfield(g->obj[j], "event");
            if (!ge || strcmp(ge, ev)) continue;
            ch_buf rb = CH_BUF_INIT;
            flatten(cJSON_GetObjectItemCaseSensitive(g->obj[j], "text"), &rb);
            refs[nr++] = ch_buf_detach(&rb, NULL);
        }
        if (nr) {
            ch_rouge a, b;
            ch_rouge_n(sum.data ? sum.data : "", (const char *const *)refs, nr, 1, words, &a);
            ch_rouge_n(sum.data ? sum.data : "", (const char *const *)refs, nr, 2, words, &b);
            if (!json) printf("%s rouge_1_recall %.4f rouge_2_recall %.4f (%zu references)\n", ev, a.recall, b.recall, nr);
            r1 += a.recall;
            r2 += b.recall;
            events++;
        }
        for (size_t j = 0; j < nr; j++) ch_free(refs[j]);
        ch_free(refs);
        ch_buf_release(&sum);
    }
    if (events) { r1 /= (double)events; r2 /= (double)events; }
    if (json) printf("{\"rouge_1_recall\":%.4f,\"rouge_2_recall\":%.4f,\"events\":%zu,\"words\":%zu}\n", r1, r2, events, words);
    else printf("rouge_1_recall %.4f\nrouge_2_recall %.4f\nevents %zu\n", r1, r2, events);
    return events ? CH_EXIT_OK : CH_EXIT_FAIL;
}

int cmd_eval(int argc, char **argv, ch_cli *cli)
{
    int json = 0;
    size_t rwords = 100;
    const char *pos[3];
    int np = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            fputs(usage, stdout);
            return CH_EXIT_OK;
        } else if (!strcmp(argv[i], "--json")) json = 1;
        else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) cli->quiet = 1;
        else if (!strcmp(argv[i], "--words") && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 0) return ch_cli_usage_error(cli, "--words takes a number, not '%s'", argv[i]);
            rwords = (size_t)v;
        }
        else if (argv[i][0] == '-' && argv[i][1]) return ch_cli_usage_error(cli, "unknown option '%s'", argv[i]);
        else if (np < 3) pos[np++] = argv[i];
        else return ch_cli_usage_error(cli, "too many arguments");
    }
    if (np != 3 || (strcmp(pos[0], "cluster") && strcmp(pos[0], "dedup") && strcmp(pos[0], "quotes") &&
                     strcmp(pos[0], "rouge")))
        return ch_cli_usage_error(cli, "expected 'cluster', 'dedup', 'quotes' or 'rouge', then GOLD and PRED files");
    jfile g, p;
    if (load(cli, pos[1], &g) < 0) return CH_EXIT_FAIL;
    if (load(cli, pos[2], &p) < 0) {
        jfile_free(&g);
        return CH_EXIT_FAIL;
    }
    int rc = !strcmp(pos[0], "cluster") ? eval_cluster(cli, &g, &p, json)
             : !strcmp(pos[0], "quotes") ? eval_quotes(&g, &p, json)
             : !strcmp(pos[0], "rouge")  ? eval_rouge(&g, &p, rwords, json)
                                         : eval_dedup(cli, &g, &p, json);
    jfile_free(&g);
    jfile_free(&p);
    return rc;
}
