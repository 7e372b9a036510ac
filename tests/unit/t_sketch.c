/* t_sketch.c - near-duplicates: wire copies, exact copies, translations,
 * groups that are not closures, short articles; real-data scores. */
#include "test.h"

#include <stdio.h>
#include <string.h>

static ch_article *mk(const char *id, const char *lang, const char *text) { return make_article(id, lang, NULL, text); }

static void add(ch_dedup *d, ch_article *a)
{
    ck_assert_int_ge(ch_dedup_add(d, a), 0);
    ch_article_free(a);
}

static const ch_dup_pair *find_pair(ch_dedup *d, size_t a, size_t b)
{
    size_t n;
    const ch_dup_pair *p = ch_dedup_pairs(d, &n);
    for (size_t i = 0; i < n; i++)
        if ((p[i].a == a && p[i].b == b) || (p[i].a == b && p[i].b == a)) return &p[i];
    return NULL;
}

#define P1 "Some 3,200 dockworkers walked off the job at the port of Valparaiso on Tuesday, starting a 48-hour strike that halted container traffic at the busiest fruit terminal in the country.\n"
#define P2 "The federation called the stoppage after talks with the terminal operator broke down late on Monday over a plan to install automated cranes and a wage claim of 9 percent.\n"
#define P3 "Shipping lines diverted eleven vessels to San Antonio, and exporters warned that grapes and cherries waiting in refrigerated containers could spoil within days if the strike went on.\n"
#define P4 "The ministry said it would present a written offer on Friday and asked both sides to return to the table, while police kept watch over the gates of the terminal.\n"

START_TEST(wire_copy_with_new_headline_and_changed_figure)
{
    ch_dedup *d = ch_dedup_new(NULL);
    add(d, mk("wire", "en", "Dockworkers strike in Chile\n" P1 P2 P3 P4 "MWR"));
    add(d, mk("copy", "en", "Robot cranes spark a two-day strike at Chilean port\n"
                            "Some 3,400 dockworkers walked off the job at the port of Valparaiso on Tuesday, starting a 48-hour strike that halted container traffic at the busiest fruit terminal in the country.\n" P2 P3));
    add(d, mk("other", "en", "Rescue teams searched collapsed buildings after the earthquake struck before dawn on Tuesday. "
                             "The regional governor said 14 people were confirmed dead and 120 injured, and that water and tents were the priority."));
    ck_assert_int_eq(ch_dedup_run(d), CH_OK);
    const ch_dup_pair *p = find_pair(d, 0, 1);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->kind, CH_DUP_NEAR);
    ck_assert(p->similarity >= 0.8);
    ch_figure_diff diff[8];
    size_t nd = ch_dedup_differs(d, p, diff, 8);
    ck_assert_uint_eq(nd, 1);
    ck_assert_str_eq(diff[0].a, "3,200");
    ck_assert_str_eq(diff[0].b, "3,400");
    ck_assert_ptr_null(find_pair(d, 0, 2));
    ck_assert_ptr_null(find_pair(d, 1, 2));
    ck_assert_uint_eq(ch_dedup_group(d, 1), 0);
    ck_assert_uint_eq(ch_dedup_group(d, 2), 2);
    ch_dedup_free(d);
}
END_TEST

START_TEST(identical_articles_with_different_ids)
{
    ch_dedup *d = ch_dedup_new(NULL);
    add(d, mk("x1", "en", P1 P2));
    add(d, mk("x2", "en", P1 P2));
    add(d, mk("x3", "en", "SOME 3,200 dockworkers walked off the job at the port of Valparaiso on Tuesday, starting a 48-hour strike that halted container traffic at the busiest fruit terminal in the country!\n" P2));
    ck_assert_int_eq(ch_dedup_run(d), CH_OK);
    const ch_dup_pair *p = find_pair(d, 0, 1);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->kind, CH_DUP_EXACT);
    ck_assert(p->similarity == 1.0f);
    /* case and punctuation do not matter to "exact" */
    p = find_pair(d, 0, 2);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->kind, CH_DUP_EXACT);
    ch_dedup_free(d);
}
END_TEST

/* A~B and B~C but A and C share nothing: C must not land in A's group. */
START_TEST(groups_are_not_the_transitive_closure)
{
    ch_dedup *d = ch_dedup_new(NULL);
    add(d, mk("A", "en", P1 P2));
    add(d, mk("B", "en", P2 P3));
    add(d, mk("C", "en", P3 P4));
    ck_assert_int_eq(ch_dedup_run(d), CH_OK);
    ck_assert_ptr_nonnull(find_pair(d, 0, 1));
    ck_assert_ptr_nonnull(find_pair(d, 1, 2));
    ck_assert_ptr_null(find_pair(d, 0, 2));
    ck_assert_uint_eq(ch_dedup_group(d, 1), 0);
    ck_assert_uint_ne(ch_dedup_group(d, 2), 0);
    ch_dedup_free(d);
}
END_TEST

START_TEST(translated_copy)
{
    ch_dedup *d = ch_dedup_new(&(ch_dedup_opts){.translations = 1});
    add(d, mk("en", "en", "Some 3,200 dockworkers in Valparaiso began a 48-hour strike on Tuesday, the Pacific Port Workers Federation said. "
                          "Terminal Pacifico Valparaiso wants to install 14 automated cranes. The union demands a raise of 9 percent. "
                          "Minister Lena Vasquez will meet union leader Tomas Rivas on Friday in Santiago."));
    add(d, mk("es", "es", "Unos 3.200 estibadores de Valparaíso iniciaron el martes un paro de 48 horas, informó la Federación de Trabajadores Portuarios del Pacífico. "
                          "Terminal Pacífico Valparaíso quiere instalar 14 grúas automatizadas. El sindicato exige un aumento del 9 por ciento. "
                          "La ministra Lena Vásquez se reunirá con el dirigente Tomás Rivas el viernes en Santiago."));
    add(d, mk("es2", "es", "El Banco de México recortó la tasa de interés en 50 puntos básicos hasta 8,75 por ciento, informó la junta de gobierno en Ciudad de México. "
                           "Los analistas esperaban el recorte tras la caída de la inflación en abril."));
    ck_assert_int_eq(ch_dedup_run(d), CH_OK);
    const ch_dup_pair *p = find_pair(d, 0, 1);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->kind, CH_DUP_TRANSLATION);
    ck_assert_ptr_null(find_pair(d, 0, 2));
    ck_assert_uint_eq(ch_dedup_group(d, 1), 1); /* translations do not group */
    ch_dedup_free(d);
}
END_TEST

START_TEST(empty_and_very_short_articles)
{
    ch_dedup *d = ch_dedup_new(NULL);
    add(d, mk("e", "en", ""));
    add(d, mk("s1", "en", "Port closed."));
    add(d, mk("s2", "en", "Talks resume."));
    add(d, mk("long", "en", P1 P2 P3));
    ck_assert_int_eq(ch_dedup_run(d), CH_OK);
    size_t n;
    ch_dedup_pairs(d, &n);
    ck_assert_uint_eq(n, 0);
    ch_dedup_free(d);
}
END_TEST

/* the five seed reports are one event, not copies of each other */
START_TEST(seeds_are_not_near_duplicates)
{
    const char *sh = shared_dir();
    if (!sh) { fprintf(stderr, "skip: ../shared not found\n"); return; }
    char p[4200];
    snprintf(p, sizeof p, "%s/seeds", sh);
    collected c;
    collect_path(&c, p, 0);
    ch_dedup *d = ch_dedup_new(NULL);
    for (size_t i = 0; i < c.n; i++) ck_assert_int_ge(ch_dedup_add(d, c.a[i]), 0);
    ck_assert_int_eq(ch_dedup_run(d), CH_OK);
    size_t n;
    ch_dedup_pairs(d, &n);
    ck_assert_uint_eq(n, 0);
    ch_dedup_free(d);
    collected_free(&c);
}
END_TEST

/* dev.jsonl near_dup_of labels: pair F1 >= 0.98 */
START_TEST(dev_near_duplicate_f1)
{
    const char *sh = shared_dir();
    if (!sh) { fprintf(stderr, "skip: ../shared not found\n"); return; }
    char p[4200];
    snprintf(p, sizeof p, "%s/corpus/dev.jsonl", sh);
    FILE *f = fopen(p, "r");
    if (!f) { fprintf(stderr, "skip: %s not found\n", p); return; }
    fclose(f);
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_ge(c.n, 100);
    ch_dedup *d = ch_dedup_new(NULL);
    for (size_t i = 0; i < c.n; i++) ck_assert_int_ge(ch_dedup_add(d, c.a[i]), 0);
    ck_assert_int_eq(ch_dedup_run(d), CH_OK);
    /* gold from the file: components of near_dup_of links */
    f = fopen(p, "r");
    char line[1 << 16];
    char ids[200][16], dup[200][16];
    size_t ng = 0;
    while (fgets(line, sizeof line, f) && ng < 200) {
        char *a = strstr(line, "\"id\": \""), *b = strstr(line, "\"near_dup_of\": ");
        if (!a || !b) continue;
        sscanf(a + 7, "%15[^\"]", ids[ng]);
        dup[ng][0] = '\0';
        if (b[15] == '"') sscanf(b + 16, "%15[^\"]", dup[ng]);
        ng++;
    }
    fclose(f);
    uint64_t gold[400], pred[400];
    size_t kg = 0, kp = 0;
    for (size_t i = 0; i < ng; i++) {
        for (size_t j = 0; j < ng; j++) {
            if (i >= j) continue;
            const char *ri = dup[i][0] ? dup[i] : ids[i], *rj = dup[j][0] ? dup[j] : ids[j];
            if (!strcmp(ri, rj) && kg < 400) gold[kg++] = ((uint64_t)i << 32) | j;
        }
    }
    size_t n;
    const ch_dup_pair *pp = ch_dedup_pairs(d, &n);
    for (size_t i = 0; i < n && kp < 400; i++) {
        long a = -1, b = -1;
        for (size_t k = 0; k < ng; k++) {
            if (!strcmp(ids[k], ch_dedup_id(d, pp[i].a))) a = (long)k;
            if (!strcmp(ids[k], ch_dedup_id(d, pp[i].b))) b = (long)k;
        }
        if (a < 0 || b < 0) continue;
        if (a > b) { long t = a; a = b; b = t; }
        pred[kp++] = ((uint64_t)a << 32) | (uint64_t)b;
    }
    ck_assert_uint_ge(kg, 5);
    ch_prf r = ch_eval_pairs(gold, kg, pred, kp);
    ck_assert_msg(r.f1 >= 0.98, "dev near-duplicate pair F1 %.3f (P %.3f R %.3f)", r.f1, r.precision, r.recall);
    ch_dedup_free(d);
    collected_free(&c);
}
END_TEST

Suite *suite_sketch(void)
{
    Suite *s = suite_create("sketch");
    TCase *tc = tcase_create("dedup");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, wire_copy_with_new_headline_and_changed_figure);
    tcase_add_test(tc, identical_articles_with_different_ids);
    tcase_add_test(tc, groups_are_not_the_transitive_closure);
    tcase_add_test(tc, translated_copy);
    tcase_add_test(tc, empty_and_very_short_articles);
    tcase_add_test(tc, seeds_are_not_near_duplicates);
    tcase_add_test(tc, dev_near_duplicate_f1);
    suite_add_tcase(s, tc);
    return s;
}
