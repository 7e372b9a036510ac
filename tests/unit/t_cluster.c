/* t_cluster.c - events: metrics by hand, seeds in one event, siblings
 * apart, incremental runs, real-data scores. */
#define _POSIX_C_SOURCE 200809L
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* gold {a,b,c}{d}, predicted {a,b}{c,d}: computed by hand */
START_TEST(metrics_by_hand)
{
    uint32_t gold[] = {0, 0, 0, 1}, pred[] = {5, 5, 7, 7};
    ch_cluster_scores s;
    ck_assert_int_eq(ch_eval_clusters(gold, pred, 4, &s), CH_OK);
    ck_assert_double_eq_tol(s.bcubed.precision, 0.75, 1e-9);
    ck_assert_double_eq_tol(s.bcubed.recall, 2.0 / 3.0, 1e-9);
    ck_assert_double_eq_tol(s.bcubed.f1, 2 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0), 1e-9);
    ck_assert_double_eq_tol(s.pairwise.precision, 0.5, 1e-9);
    ck_assert_double_eq_tol(s.pairwise.recall, 1.0 / 3.0, 1e-9);
    ck_assert_double_eq_tol(s.pairwise.f1, 0.4, 1e-9);
    ck_assert_uint_eq(s.n_gold, 2);
    ck_assert_uint_eq(s.n_pred, 2);
    uint64_t g[] = {1, 2, 3}, p[] = {3, 4, 3};
    ch_prf r = ch_eval_pairs(g, 3, p, 3);
    ck_assert_double_eq_tol(r.precision, 0.5, 1e-9);
    ck_assert_double_eq_tol(r.recall, 1.0 / 3.0, 1e-9);
}
END_TEST

static ch_cluster *cluster_path(const char *path, collected *c)
{
    collect_path(c, path, 0);
    ch_cluster *cl = ch_cluster_new(NULL);
    for (size_t i = 0; i < c->n; i++) ck_assert_int_ge(ch_cluster_add(cl, c->a[i]), 0);
    ck_assert_int_eq(ch_cluster_run(cl), CH_OK);
    return cl;
}

static const char *event_of(ch_cluster *cl, const char *id)
{
    for (size_t i = 0; i < ch_cluster_count(cl); i++)
        if (!strcmp(ch_cluster_id(cl, i), id)) return ch_cluster_event(cl, i);
    ck_abort_msg("no article %s", id);
    return NULL;
}

START_TEST(seeds_are_one_event)
{
    const char *sh = shared_dir();
    if (!sh) { fprintf(stderr, "skip: ../shared not found\n"); return; }
    char p[4200];
    snprintf(p, sizeof p, "%s/seeds", sh);
    collected c;
    ch_cluster *cl = cluster_path(p, &c);
    ck_assert_uint_eq(ch_cluster_count(cl), 5);
    ck_assert_uint_eq(ch_cluster_n_events(cl), 1);
    ch_event_info info;
    ck_assert_int_eq(ch_cluster_explain(cl, 0, &info), CH_OK);
    ck_assert_uint_eq(info.n_articles, 5);
    int blinken = 0;
    for (size_t i = 0; i < info.n_names; i++) blinken |= !strcmp(info.names[i], "Blinken");
    ck_assert(blinken);
    ch_cluster_free(cl);
    collected_free(&c);
}
END_TEST

/* our own corpus: the same club's two matches a week apart stay apart, a
 * wire copy joins its original, ids are stable */
START_TEST(example_corpus_siblings_apart)
{
    collected c;
    ch_cluster *cl = cluster_path("../examples/corpus", &c);
    const char *m1 = event_of(cl, "pitchside-2025-04-12-rheinhafen-elbtal");
    const char *m2 = event_of(cl, "txt/rheinhafen-neckarstadt-pitchside.txt");
    ck_assert_str_ne(m1, m2);
    ck_assert_str_eq(event_of(cl, "html/rheinhafen-elbtal-harbortimes.html"), m1);
    ck_assert_str_eq(event_of(cl, "warc/crawl.warc.gz#5"), m2);
    ck_assert_str_eq(event_of(cl, "mwr-2025-03-04-port-strike"), event_of(cl, "txt/port-strike-harbortimes.txt"));
    ck_assert_str_ne(event_of(cl, "mwr-2025-03-04-port-strike"), event_of(cl, "html/quake-meridian.html"));
    /* one occurrence reported in four languages is not cut into {en, fr}
     * and {es, pt}: halves with no language in common follow the language */
    ck_assert_str_eq(event_of(cl, "observador-2025-10-06-lisboa-cumbre"), event_of(cl, "txt/lisbon-summit-mwr.txt"));
    /* ...and the sibling meeting two days later in Madrid, reported in the
     * same languages by the same outlets, is cut off on names and numbers */
    ck_assert_str_ne(event_of(cl, "txt/madrid-meeting-harbortimes.txt"), event_of(cl, "txt/lisbon-summit-mwr.txt"));
    ck_assert_str_eq(event_of(cl, "txt/madrid-meeting-harbortimes.txt"), event_of(cl, "dps-2025-10-08-madrid-memorando"));
    /* deterministic ids */
    char first[16];
    snprintf(first, sizeof first, "%s", m1);
    ch_cluster_free(cl);
    collected_free(&c);
    cl = cluster_path("../examples/corpus", &c);
    ck_assert_str_eq(event_of(cl, "pitchside-2025-04-12-rheinhafen-elbtal"), first);
    ch_cluster_free(cl);
    collected_free(&c);
}
END_TEST

/* incremental: half, save, load, the other half; old events keep ids and
 * the result agrees with one batch */
START_TEST(incremental_matches_batch)
{
    collected c;
    ch_cluster *batch = cluster_path("../examples/corpus", &c);
    size_t n = c.n;
    ch_cluster *inc = ch_cluster_new(NULL);
    for (size_t i = 0; i < n / 2; i++) ck_assert_int_ge(ch_cluster_add(inc, c.a[i]), 0);
    ck_assert_int_eq(ch_cluster_run(inc), CH_OK);
    char *before[256];
    for (size_t i = 0; i < n / 2; i++) before[i] = strdup(ch_cluster_event(inc, i));
    char path[64];
    snprintf(path, sizeof path, "/tmp/chorus-state-%d", (int)getpid());
    ch_err err = {0};
    ck_assert_int_eq(ch_cluster_save(inc, path, &err), CH_OK);
    ch_cluster_free(inc);
    inc = ch_cluster_load(path, NULL, &err);
    ck_assert_msg(inc != NULL, "%s", err.msg);
    unlink(path);
    for (size_t i = n / 2; i < n; i++) ck_assert_int_ge(ch_cluster_add(inc, c.a[i]), 0);
    ck_assert_int_eq(ch_cluster_run(inc), CH_OK);
    ck_assert_uint_eq(ch_cluster_count(inc), n);
    size_t kept = 0;
    for (size_t i = 0; i < n / 2; i++) kept += !strcmp(before[i], ch_cluster_event(inc, i));
    ck_assert_uint_ge(kept * 10, (n / 2) * 9); /* >= 90% keep their event id */
    uint32_t *g = malloc(n * sizeof *g), *p = malloc(n * sizeof *p);
    for (size_t i = 0; i < n; i++) {
        g[i] = (uint32_t)ch_cluster_event_index(batch, i);
        p[i] = (uint32_t)ch_cluster_event_index(inc, i);
    }
    ch_cluster_scores s;
    ch_eval_clusters(g, p, n, &s);
    ck_assert_msg(s.bcubed.f1 >= 0.9, "incremental vs batch BCubed F1 %.3f", s.bcubed.f1);
    free(g);
    free(p);
    for (size_t i = 0; i < n / 2; i++) free(before[i]);
    ch_cluster_free(inc);
    ch_cluster_free(batch);
    collected_free(&c);
    /* a damaged state file is refused, not trusted */
    const char *bad = tmp_write("bad.state", "chorus-cluster 3\n\x01\x02", 19);
    ch_err e2 = {0};
    ck_assert_ptr_null(ch_cluster_load(bad, NULL, &e2));
    ck_assert_int_eq(e2.code, CH_EPARSE);
    tmp_cleanup();
}
END_TEST

static int add_streamed(ch_article *a, void *x)
{
    ck_assert_int_ge(ch_cluster_add(x, a), 0);
    ch_article_free(a);
    return 0;
}

static double score_file(const char *file, double *pairwise)
{
    const char *sh = shared_dir();
    if (!sh) return -1;
    char p[4200];
    snprintf(p, sizeof p, "%s/corpus/%s", sh, file);
    FILE *f = fopen(p, "r");
    if (!f) return -1;
    /* gold labels in file order */
    char line[1 << 16], labels[1200][24];
    size_t ng = 0;
    while (fgets(line, sizeof line, f) && ng < 1200) {
        char *e = strstr(line, "\"event\": \"");
        labels[ng][0] = '\0';
        if (e) sscanf(e + 10, "%23[^\"]", labels[ng]);
        ng++;
    }
    fclose(f);
    /* stream: add each article as it is read (collect_path keeps 256) */
    ch_cluster *cl = ch_cluster_new(NULL);
    ch_ingest_opts io = {0};
    io.on_article = add_streamed;
    io.ctx = cl;
    ch_ingest *ing = ch_ingest_new(&io, NULL);
    ch_ingest_path(ing, p);
    ch_ingest_free(ing);
    ck_assert_int_eq(ch_cluster_run(cl), CH_OK);
    size_t n = ch_cluster_count(cl);
    ck_assert_uint_eq(n, ng);
    uint32_t *g = malloc(n * sizeof *g), *pr = malloc(n * sizeof *pr);
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < i && strcmp(labels[k], labels[i])) k++;
        g[i] = (uint32_t)k;
        pr[i] = (uint32_t)ch_cluster_event_index(cl, i);
    }
    ch_cluster_scores s;
    ch_eval_clusters(g, pr, n, &s);
    free(g);
    free(pr);
    ch_cluster_free(cl);
    *pairwise = s.pairwise.f1;
    return s.bcubed.f1;
}



/* A report in a language no other article shares, whose own capitalized
 * words outweigh the names it shares with the others, finds no candidate
 * by its top features; it asks again with the names and numbers other
 * languages share, and joins its event (our own texts). */
START_TEST(lone_language_finds_its_event)
{
    static const char *en[] = {
        "Harbour minister Lena Vasquez opened the new Quintero terminal near Valparaiso on Monday. "
        "Vasquez said the Quintero terminal would handle 3,400 containers a day for Andes Shipping.",
        "The Quintero terminal opened on Monday. Lena Vasquez, the harbour minister, said Andes Shipping "
        "would move 3,400 containers a day through Quintero, north of Valparaiso.",
        "Valparaiso welcomed the Quintero terminal, opened by Lena Vasquez. Andes Shipping expects "
        "3,400 containers a day, Vasquez told reporters at Quintero.",
        "Farmers in Arequipa marched against the Majes canal plan of Governor Tomas Rivas on Monday. "
        "Rivas said the Majes canal would water 38,000 hectares near Arequipa.",
        "Governor Tomas Rivas defended the Majes canal in Arequipa. The plan for 38,000 hectares angered "
        "farmers, who marched to Rivas's office in Arequipa.",
    };
    ch_cluster *c = ch_cluster_new(NULL);
    char id[16];
    ch_article *arts[6];
    for (int i = 0; i < 5; i++) {
        snprintf(id, sizeof id, "e%d", i);
        arts[i] = make_article(id, "en", "2025-03-03", en[i]);
    }
    arts[5] = make_article("t0", "tr", "2025-03-03",
                     "Liman Bakani Lena Vasquez Pazartesi Quintero Terminalini Acti. "
                     "Bakan Valparaiso Kentinin Kuzeyinde Yeni Limanin Gunde 3,400 Konteyner Tasiyacagini Belirtti. "
                     "Andes Shipping Yetkilileri Torende Hazir Bulundu. Bolgede Binlerce Kisi Yeni Isler Bekliyor. "
                     "Ticaret Odasi Baskani Proje Icin Tesekkur Etti. Gemiler Yarin Limana Yanasacak. "
                     "Kent Halki Aksam Saatlerinde Sahilde Kutlama Yapti. Muzik Gruplari Sarki Soyledi.");
    for (int i = 0; i < 6; i++) ck_assert_int_ge(ch_cluster_add(c, arts[i]), 0);
    ck_assert_int_eq(ch_cluster_run(c), CH_OK);
    ck_assert_str_eq(ch_cluster_event(c, 5), ch_cluster_event(c, 0)); /* with its event */
    ck_assert_str_ne(ch_cluster_event(c, 5), ch_cluster_event(c, 3)); /* not with the other one */
    ck_assert_str_ne(ch_cluster_event(c, 0), ch_cluster_event(c, 3));
    for (int i = 0; i < 6; i++) ch_article_free(arts[i]);
    ch_cluster_free(c);
}
END_TEST

/* A dated report left alone joins no event whose dated reports lie more
 * than the candidate window away, even when its nearest neighbour is an
 * undated report of that event (the September rate cut is a sibling of the
 * December one). */
START_TEST(lone_report_keeps_to_its_dates)
{
    const char *dec = "Harbor Reserve Bank cut its benchmark rate by a quarter point on Wednesday and signalled "
                      "fewer cuts next year. Governor Ilse Marchetti said inflation in Nordvik was still too high. "
                      "Shares in Nordvik fell 2.9 percent after the decision.";
    const char *und = "Harbor Reserve Bank cut its benchmark rate, Governor Ilse Marchetti told reporters in "
                      "Nordvik. The bank has now cut rates at three meetings. Markets in Nordvik had expected the "
                      "cut; the bank said inflation was still too high.";
    const char *sep = "Harbor Reserve Bank cut its benchmark rate by half a point on Wednesday, its first cut in "
                      "four years. Governor Ilse Marchetti said in Nordvik that the bank had gained confidence that "
                      "inflation was falling.";
    ch_cluster *c = ch_cluster_new(NULL);
    ch_article *arts[6];
    const char *dates[6] = {"2025-12-17", "2025-12-17", "2025-12-18", "2025-12-18", NULL, "2025-09-17"};
    for (int i = 0; i < 6; i++) {
        char id[16];
        snprintf(id, sizeof id, "r%d", i);
        arts[i] = make_article(id, "en", dates[i], i < 4 ? dec : i == 4 ? und : sep);
        ck_assert_int_ge(ch_cluster_add(c, arts[i]), 0);
    }
    ck_assert_int_eq(ch_cluster_run(c), CH_OK);
    ck_assert_str_eq(ch_cluster_event(c, 1), ch_cluster_event(c, 0));
    ck_assert_str_ne(ch_cluster_event(c, 5), ch_cluster_event(c, 0));
    for (int i = 0; i < 6; i++) ch_article_free(arts[i]);
    ch_cluster_free(c);
}
END_TEST

/* The sibling split pass keeps a cut only with three or more reports on each
 * side: two reports of the same fire that speak of its losses, in other
 * words, are not an occurrence apart. */
START_TEST(split_needs_three_each_side)
{
    static const char *texts[8] = {
        "Fire crews in Valdora fought a blaze at the Merrow textile plant on Sunday. The fire began in the dye hall and spread to the warehouse, chief Aldo Brenner said. Forty workers left the plant unhurt.",
        "A fire at the Merrow textile plant in Valdora burned for six hours on Sunday. Chief Aldo Brenner said the blaze started in the dye hall. Forty workers got out safely.",
        "Valdora firefighters battled a Sunday blaze at the Merrow textile plant that started in the dye hall, chief Aldo Brenner said. The warehouse was lost; forty workers escaped.",
        "The Merrow textile plant in Valdora was gutted by fire on Sunday. Aldo Brenner, the fire chief, said flames spread from the dye hall to the warehouse. All forty workers escaped.",
        "Sunday's fire at Merrow's textile plant in Valdora began in the dye hall, fire chief Aldo Brenner said, and destroyed the warehouse. Forty workers were evacuated.",
        "Fire destroyed the warehouse of the Merrow textile plant in Valdora on Sunday after starting in the dye hall, said fire chief Aldo Brenner. Forty workers were unhurt.",
        "Insurers for Merrow estimate losses at 12 million after the Valdora plant fire, a Merrow filing shows. The company's shares dropped in Lisbon trading.",
        "Merrow shares slid in Lisbon as insurers put the Valdora fire losses at 12 million, according to a company filing."};
    ch_cluster *c = ch_cluster_new(NULL);
    ch_article *arts[8];
    for (int i = 0; i < 8; i++) {
        char id[16], date[16];
        snprintf(id, sizeof id, "f%d", i);
        snprintf(date, sizeof date, "2025-06-0%d", 1 + i % 2);
        arts[i] = make_article(id, "en", date, texts[i]);
        ck_assert_int_ge(ch_cluster_add(c, arts[i]), 0);
    }
    ck_assert_int_eq(ch_cluster_run(c), CH_OK);
    for (int i = 1; i < 8; i++) ck_assert_str_eq(ch_cluster_event(c, (size_t)i), ch_cluster_event(c, 0));
    for (int i = 0; i < 8; i++) ch_article_free(arts[i]);
    ch_cluster_free(c);
}
END_TEST

/* two-letter acronyms are names: two reports that share only "EU" and "UN"
 * (and no other name) have an anchor similarity */
START_TEST(two_letter_acronyms_are_anchors)
{
    ch_cluster *c = ch_cluster_new(NULL);
    ch_article *a = make_article("x1", "en", "2025-06-01", "Ministers said the EU and the UN would send more help soon.");
    ch_article *b = make_article("x2", "en", "2025-06-01", "Farmers said the EU and the UN had promised seeds for spring.");
    ck_assert_int_ge(ch_cluster_add(c, a), 0);
    ck_assert_int_ge(ch_cluster_add(c, b), 0);
    ck_assert_int_eq(ch_cluster_run(c), CH_OK);
    double t, an;
    int days;
    ch_cluster_components(c, 0, 1, &t, &an, &days);
    ck_assert_msg(an > 0.5, "anchor cosine %.3f", an);
    ch_article_free(a);
    ch_article_free(b);
    ch_cluster_free(c);
}
END_TEST

/* regression guards at the measured scores (see bench/RESULTS.md) */
START_TEST(real_corpora_scores)
{
    double pw;
    double dev = score_file("dev.jsonl", &pw);
    if (dev < 0) { fprintf(stderr, "skip: ../shared/corpus not found\n"); return; }
    ck_assert_msg(dev >= 0.91, "dev BCubed F1 %.3f", dev); /* 0.908 before two-letter acronyms were names, 0.899 before lone reports kept to their dates, 0.862 before the split pass stopped cutting by language, 0.880 before the lone-language rescue */
    double ecb = score_file("ecbplus.jsonl", &pw);
    ck_assert_msg(ecb >= 0.89, "ECB+ BCubed F1 %.3f", ecb); /* 0.889 before a split needed three articles a side */
}
END_TEST

Suite *suite_cluster(void)
{
    Suite *s = suite_create("cluster");
    TCase *tc = tcase_create("events");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, metrics_by_hand);
    tcase_add_test(tc, seeds_are_one_event);
    tcase_add_test(tc, example_corpus_siblings_apart);
    tcase_add_test(tc, incremental_matches_batch);
    tcase_add_test(tc, real_corpora_scores);
    tcase_add_test(tc, split_needs_three_each_side);
    tcase_add_test(tc, two_letter_acronyms_are_anchors);
    tcase_add_test(tc, lone_language_finds_its_event);
    tcase_add_test(tc, lone_report_keeps_to_its_dates);
    suite_add_tcase(s, tc);
    return s;
}
