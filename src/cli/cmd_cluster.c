/* cmd_cluster.c - chorus cluster: which articles report the same event. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "chorus/cluster.h"
#include "chorus/extract.h"

#include <cJSON.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
    "usage: chorus cluster [options] INPUT...\n"
    "\n"
    "Group articles into events (one occurrence reported by many outlets, in any\n"
    "language; sibling events kept apart). Prints {\"id\",\"event\"} for every article;\n"
    "a lone article is its own event. Event ids are stable for the same input.\n"
    "\n"
    "options:\n"
    "  --explain          after the articles, one line per event: {\"event\",\"articles\",\n"
    "                     \"terms\",\"names\",\"people\",\"places\",\"first_date\",\n"
    "                     \"last_date\"} (people and places: the most reported, from\n"
    "                     the articles of this run)\n"
    "  --state FILE       incremental: load the clustering saved in FILE (if it exists),\n"
    "                     add the inputs to it, save it back; prints the new articles only\n"
    "  --threshold T      average-link merge threshold (default 0.16)\n"
    "  --w-terms W        weight of the term cosine against the name/number cosine\n"
    "  --date-scale D     days over which similarity halves past one day apart\n"
    "  --neighbors K      candidate edges kept per article\n"
    "  --refine R         threshold of the pass that splits sibling events inside a\n"
    "                     cluster (1 = off)\n"
    "  --cross X          factor on the name/number cosine across languages\n"
    "  --prior P          background documents assumed in idf (helps small inputs)\n"
    "  --attach A         a lone article joins its nearest neighbour's event at this\n"
    "                     similarity (1 = off)\n"
    "  --threads N        threads for the candidate pass (default: one per CPU; the\n"
    "                     events do not depend on it)\n"
    "  -q, --quiet        no warnings\n"
    "  -h, --help         this help\n";

/* Reading (parse, clean, split) and feature extraction overlap: the reader
 * hands articles through a small queue to one adder thread, which adds them
 * in the order read, so the result is the same as without the thread. */
#define QCAP 256

/* --explain: the people and places each article names (its most mentioned
 * ones), kept by article index and summed per event at the end */
#define ENT_PER_ARTICLE 6
typedef struct {
    size_t art, event; /* event: filled once the events are known */
    int type;
    uint32_t mentions;
    char *name;
} entrow;

typedef struct {
    entrow *v;
    size_t n, cap;
    int oom;
} entrows;

static void note_entities(entrows *r, const ch_article *a, size_t art)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_entity *e = NULL;
    size_t ne = 0;
    if (ch_extract_entities(a, &ar, &e, &ne) == CH_OK) {
        size_t np = 0, nl = 0;
        for (size_t i = 0; i < ne && !r->oom; i++) { /* most mentioned first */
            int t = e[i].type;
            if (t == CH_ENT_PERSON ? np++ >= ENT_PER_ARTICLE : t == CH_ENT_PLACE ? nl++ >= ENT_PER_ARTICLE : 1) continue;
            if (r->n == r->cap) {
                size_t cap = r->cap ? 2 * r->cap : 256;
                entrow *nv = realloc(r->v, cap * sizeof *nv);
                if (!nv) { r->oom = 1; break; }
                r->v = nv;
                r->cap = cap;
            }
            char *nm = strdup(e[i].name);
            if (!nm) { r->oom = 1; break; }
            r->v[r->n++] = (entrow){art, 0, t, e[i].mentions, nm};
        }
    }
    ch_arena_release(&ar);
}

typedef struct {
    size_t event;
    int type;
    const char *name;
    uint32_t articles, mentions;
} entagg;

static int cmp_row(const void *pa, const void *pb)
{
    const entrow *a = pa, *b = pb;
    if (a->event != b->event) return a->event < b->event ? -1 : 1;
    if (a->type != b->type) return a->type - b->type;
    return strcmp(a->name, b->name);
}

static int cmp_agg(const void *pa, const void *pb)
{
    const entagg *a = pa, *b = pb;
    if (a->event != b->event) return a->event < b->event ? -1 : 1;
    if (a->type != b->type) return a->type - b->type;
    if (a->articles != b->articles) return a->articles > b->articles ? -1 : 1;
    if (a->mentions != b->mentions) return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->name, b->name);
}

typedef struct {
    ch_cluster *c;
    int threaded;
    entrows *ents; /* --explain only */
    ch_article *q[QCAP];
    size_t head, n;
    int done, err;
    pthread_mutex_t m;
    pthread_cond_t not_empty, not_full;
} ctx;

static void *adder(void *arg)
{
    ctx *x = arg;
    for (;;) {
        pthread_mutex_lock(&x->m);
        while (!x->n && !x->done) pthread_cond_wait(&x->not_empty, &x->m);
        if (!x->n) {
            pthread_mutex_unlock(&x->m);
            break;
        }
        ch_article *a = x->q[x->head];
        x->head = (x->head + 1) % QCAP;
        x->n--;
        int failed = x->err;
        pthread_cond_signal(&x->not_full);
        pthread_mutex_unlock(&x->m);
        long rc = failed ? 0 : ch_cluster_add(x->c, a);
        if (rc >= 0 && !failed && x->ents) note_entities(x->ents, a, (size_t)rc);
        ch_article_free(a);
        if (rc < 0) {
            pthread_mutex_lock(&x->m);
            x->err = (int)rc;
            pthread_cond_signal(&x->not_full);
            pthread_mutex_unlock(&x->m);
        }
    }
    return NULL;
}

static int on_article(ch_article *a, void *vc)
{
    ctx *x = vc;
    if (!x->threaded) {
        long rc = ch_cluster_add(x->c, a);
        if (rc >= 0 && x->ents) note_entities(x->ents, a, (size_t)rc);
        ch_article_free(a);
        return rc < 0 ? (int)rc : 0;
    }
    pthread_mutex_lock(&x->m);
    while (x->n == QCAP && !x->err) pthread_cond_wait(&x->not_full, &x->m);
    int err = x->err;
    if (!err) {
        x->q[(x->head + x->n) % QCAP] = a;
        x->n++;
        pthread_cond_signal(&x->not_empty);
    }
    pthread_mutex_unlock(&x->m);
    if (err) ch_article_free(a);
    return err;
}

int cmd_cluster(int argc, char **argv, ch_cli *cli)
{
    static const struct option opts[] = {{"explain", no_argument, 0, 'e'},
                                         {"state", required_argument, 0, 's'},
                                         {"threshold", required_argument, 0, 't'},
                                         {"w-terms", required_argument, 0, 'w'},
                                         {"date-scale", required_argument, 0, 'd'},
                                         {"neighbors", required_argument, 0, 'k'},
                                         {"refine", required_argument, 0, 'r'},
                                         {"cross", required_argument, 0, 'x'},
                                         {"prior", required_argument, 0, 'p'},
                                         {"attach", required_argument, 0, 'a'},
                                         {"threads", required_argument, 0, 'j'},
                                         {"quiet", no_argument, 0, 'q'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    ch_cluster_opts o = {0};
    int explain = 0, c;
    const char *state = NULL;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'e': explain = 1; break;
        case 's': state = optarg; break;
        case 't':
            o.threshold = strtod(optarg, &end);
            if (*end || o.threshold <= 0 || o.threshold > 1)
                return ch_cli_usage_error(cli, "--threshold takes a number in (0, 1], not '%s'", optarg);
            break;
        case 'w': o.w_terms = strtod(optarg, &end); break;
        case 'd': o.date_scale = strtod(optarg, &end); break;
        case 'k': o.neighbors = atoi(optarg); break;
        case 'r': o.refine = strtod(optarg, &end); break;
        case 'x': o.cross = strtod(optarg, &end); break;
        case 'p': o.prior = strtod(optarg, &end); break;
        case 'a': o.attach = strtod(optarg, &end); break;
        case 'j':
            o.threads = (int)strtol(optarg, &end, 10);
            if (*end || o.threads < 1 || o.threads > 64)
                return ch_cli_usage_error(cli, "--threads takes a number from 1 to 64, not '%s'", optarg);
            break;
        case 'q': cli->quiet = 1; break;
        case 'h': fputs(usage, stdout); return CH_EXIT_OK;
        default: return ch_cli_usage_error(cli, "unknown option or missing value '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return ch_cli_usage_error(cli, "no input given");
    ctx x = {0};
    struct stat sb;
    if (state && stat(state, &sb) == 0) {
        ch_err err = {0};
        x.c = ch_cluster_load(state, &o, &err);
        if (!x.c) {
            fprintf(stderr, "chorus cluster: error: %s\n", err.msg);
            return CH_EXIT_FAIL;
        }
    } else {
        x.c = ch_cluster_new(&o);
    }
    if (!x.c) return CH_EXIT_FAIL;
    size_t first_new = ch_cluster_count(x.c);
    entrows ents = {0};
    if (explain) x.ents = &ents;
    ch_ingest_stats st;
    pthread_t th;
    x.threaded = o.threads != 1 && sysconf(_SC_NPROCESSORS_ONLN) > 1 && !pthread_mutex_init(&x.m, NULL);
    if (x.threaded) {
        pthread_cond_init(&x.not_empty, NULL);
        pthread_cond_init(&x.not_full, NULL);
        if (pthread_create(&th, NULL, adder, &x)) {
            pthread_cond_destroy(&x.not_empty);
            pthread_cond_destroy(&x.not_full);
            pthread_mutex_destroy(&x.m);
            x.threaded = 0;
        }
    }
    int rc = ch_cli_ingest(cli, argc - optind, argv + optind, 0, on_article, &x, &st);
    if (x.threaded) {
        pthread_mutex_lock(&x.m);
        x.done = 1;
        pthread_cond_signal(&x.not_empty);
        pthread_mutex_unlock(&x.m);
        pthread_join(th, NULL);
        pthread_cond_destroy(&x.not_empty);
        pthread_cond_destroy(&x.not_full);
        pthread_mutex_destroy(&x.m);
        if (x.err && rc != CH_EXIT_FAIL) {
            fprintf(stderr, "chorus cluster: error: out of memory\n");
            rc = CH_EXIT_FAIL;
        }
    }
    if (!rc && ents.oom) {
        fprintf(stderr, "chorus cluster: error: out of memory\n");
        rc = CH_EXIT_FAIL;
    }
    if (rc == CH_EXIT_FAIL) {
        for (size_t i = 0; i < ents.n; i++) free(ents.v[i].name);
        free(ents.v);
        ch_cluster_free(x.c);
        return rc;
    }
    if (ch_cluster_run(x.c) < 0) {
        fprintf(stderr, "chorus cluster: error: out of memory\n");
        ch_cluster_free(x.c);
        return CH_EXIT_FAIL;
    }
    size_t n = ch_cluster_count(x.c);
    for (size_t i = state ? first_new : 0; i < n; i++) {
        cJSON *j = cJSON_CreateObject();
        cJSON_AddStringToObject(j, "id", ch_cluster_id(x.c, i));
        cJSON_AddStringToObject(j, "event", ch_cluster_event(x.c, i));
        ch_cli_print_json(j);
    }
    if (explain) {
        /* first article of each event, for its id */
        size_t ne = ch_cluster_n_events(x.c);
        size_t *first = malloc((ne ? ne : 1) * sizeof *first);
        for (size_t e = 0; e < ne; e++) first[e] = (size_t)-1;
        for (size_t i = 0; i < n; i++) {
            size_t e = ch_cluster_event_index(x.c, i);
            if (first[e] == (size_t)-1) first[e] = i;
        }
        /* people and places per event: rows sorted by (event, type,
         * name), summed, then ranked by how many articles name them */
        entagg *agg = malloc((ents.n ? ents.n : 1) * sizeof *agg);
        size_t nagg = 0, ai = 0;
        if (agg) {
            for (size_t i = 0; i < ents.n; i++) ents.v[i].event = ch_cluster_event_index(x.c, ents.v[i].art);
            qsort(ents.v, ents.n, sizeof *ents.v, cmp_row);
            for (size_t i = 0; i < ents.n;) {
                size_t k = i;
                entagg g = {ents.v[i].event, ents.v[i].type, ents.v[i].name, 0, 0};
                while (k < ents.n && ents.v[k].event == g.event && ents.v[k].type == g.type &&
                       !strcmp(ents.v[k].name, g.name)) {
                    g.articles++;
                    g.mentions += ents.v[k].mentions;
                    k++;
                }
                agg[nagg++] = g;
                i = k;
            }
            qsort(agg, nagg, sizeof *agg, cmp_agg);
        }
        for (size_t e = 0; e < ne; e++) {
            ch_event_info info;
            if (ch_cluster_explain(x.c, e, &info) < 0) continue;
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "event", ch_cluster_event(x.c, first[e]));
            cJSON_AddNumberToObject(j, "articles", (double)info.n_articles);
            cJSON *t = cJSON_AddArrayToObject(j, "terms");
            for (size_t k = 0; k < info.n_terms; k++) cJSON_AddItemToArray(t, cJSON_CreateString(info.terms[k]));
            cJSON *nm = cJSON_AddArrayToObject(j, "names");
            for (size_t k = 0; k < info.n_names; k++) cJSON_AddItemToArray(nm, cJSON_CreateString(info.names[k]));
            cJSON *pp = cJSON_AddArrayToObject(j, "people"), *pl = cJSON_AddArrayToObject(j, "places");
            while (ai < nagg && agg[ai].event < e) ai++;
            /* in an event of three or more reports, a name one report
             * alone gives is its detail, not the event's */
            uint32_t need = info.n_articles >= 3 ? 2 : 1;
            for (size_t np = 0, nl = 0; ai < nagg && agg[ai].event == e; ai++) {
                if (agg[ai].articles < need) continue;
                if (agg[ai].type == CH_ENT_PERSON && np < 5 && ++np) cJSON_AddItemToArray(pp, cJSON_CreateString(agg[ai].name));
                if (agg[ai].type == CH_ENT_PLACE && nl < 5 && ++nl) cJSON_AddItemToArray(pl, cJSON_CreateString(agg[ai].name));
            }
            cJSON_AddItemToObject(j, "first_date", info.first_date[0] ? cJSON_CreateString(info.first_date) : cJSON_CreateNull());
            cJSON_AddItemToObject(j, "last_date", info.last_date[0] ? cJSON_CreateString(info.last_date) : cJSON_CreateNull());
            ch_cli_print_json(j);
        }
        free(first);
        free(agg);
    }
    for (size_t i = 0; i < ents.n; i++) free(ents.v[i].name);
    free(ents.v);
    fflush(stdout);
    if (state) {
        ch_err err = {0};
        if (ch_cluster_save(x.c, state, &err) < 0) {
            fprintf(stderr, "chorus cluster: error: %s\n", err.msg);
            rc = CH_EXIT_FAIL;
        }
    }
    ch_cluster_free(x.c);
    return rc;
}
