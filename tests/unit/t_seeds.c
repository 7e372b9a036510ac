#define _GNU_SOURCE
/* t_seeds.c - properties of the five real seed reports (read from
 * ../shared/seeds; never copied into the project). */
#include "test.h"

#include <stdio.h>
#include <string.h>

static int load(collected *c)
{
    const char *sh = shared_dir();
    if (!sh) {
        fprintf(stderr, "skip: ../shared/seeds not found (set CHORUS_SHARED)\n");
        return 0;
    }
    char p[4200];
    snprintf(p, sizeof p, "%s/seeds", sh);
    collect_path(c, p, 0);
    return 1;
}

static ch_article *by_prefix(collected *c, const char *prefix)
{
    for (size_t i = 0; i < c->n; i++)
        if (!strncmp(c->a[i]->id, prefix, strlen(prefix))) return c->a[i];
    return NULL;
}

START_TEST(seeds_metadata)
{
    collected c;
    if (!load(&c)) return;
    ck_assert_uint_eq(c.n, 5);
    ck_assert_uint_eq(c.n_warn, 0);
    ch_article *efe = by_prefix(&c, "000_"), *voz = by_prefix(&c, "001_"),
               *caliber = by_prefix(&c, "002_"), *kuna = by_prefix(&c, "004_");
    ck_assert_ptr_nonnull(efe);
    ck_assert_str_eq(efe->agency, "EFE");
    ck_assert_str_eq(efe->place, "Brussels");
    ck_assert_str_eq(kuna->date, "2024-11-13");
    ck_assert_str_eq(kuna->place, "Brussels");
    ck_assert_str_eq(kuna->agency, "KUNA");
    ck_assert_str_eq(caliber->byline, "Khagan Isayev");
    ck_assert_ptr_nonnull(voz->title);
    ck_assert_ptr_nonnull(strstr(voz->title, "firm response"));
    for (size_t i = 0; i < c.n; i++) ck_assert_str_eq(c.a[i]->lang, "en");
    collected_free(&c);
}
END_TEST

/* No trailer survives, and each article keeps its body. */
START_TEST(seeds_no_trailer_survives)
{
    collected c;
    if (!load(&c)) return;
    static const char *const junk[] = {"rja-ssk", "MENAFN", "(end)", "Keep reading", "Published by",
                                       "Voz.us", "\narn", "tracking", "By Khagan", "(EFE).-",
                                       "(KUNA) --", "Brussels.AFP", NULL};
    for (size_t i = 0; i < c.n; i++) {
        ch_article *a = c.a[i];
        for (int k = 0; junk[k]; k++)
            ck_assert_msg(!strstr(a->text, junk[k]), "%s still has '%s'", a->id, junk[k]);
        /* the text ends with a sentence, not a code */
        const char *end = a->text + a->text_len;
        ck_assert_msg(strstr(end - 4, ".") || strstr(end - 4, "\xE2\x80\x9D") || strstr(end - 2, "\""),
                      "%s ends with '%s'", a->id, end - 12);
        ck_assert_uint_gt(a->text_len * 10, a->raw_len * 8); /* >80% of the bytes kept */
        ck_assert_uint_ge(a->n_sentences, 9);
    }
    ch_article *efe = by_prefix(&c, "000_");
    ck_assert(removed_has(efe, "EFE", "agency-signoff"));
    ck_assert(removed_has(efe, "rja-ssk", "agency-signoff"));
    ch_article *sp = by_prefix(&c, "003_");
    ck_assert(removed_has(sp, "Keep reading", "read-more"));
    ck_assert(removed_has(sp, "Netanyahu", "read-more"));
    ch_article *kuna = by_prefix(&c, "004_");
    ck_assert(removed_has(kuna, "MENAFN1311", "tracking-id"));
    collected_free(&c);
}
END_TEST

/* Sentence offsets point into the text and quotes spanning sentences stay
 * whole. */
START_TEST(seeds_sentences)
{
    collected c;
    if (!load(&c)) return;
    for (size_t i = 0; i < c.n; i++) {
        ch_article *a = c.a[i];
        size_t prev = 0;
        for (size_t k = 0; k < a->n_sentences; k++) {
            ck_assert_uint_ge(a->sentences[k].start, prev);
            ck_assert_uint_gt(a->sentences[k].end, a->sentences[k].start);
            ck_assert_uint_le(a->sentences[k].end, a->text_len);
            prev = a->sentences[k].end;
        }
    }
    /* "... theaters…and it is critical ..." is one sentence in the EFE copy */
    ch_article *efe = by_prefix(&c, "000_");
    int found = 0;
    for (size_t k = 0; k < efe->n_sentences; k++) {
        const char *s = efe->text + efe->sentences[k].start;
        size_t n = efe->sentences[k].end - efe->sentences[k].start;
        if (n > 40 && memmem(s, n, "theaters", 8) && memmem(s, n, "work closely together", 21)) found = 1;
    }
    ck_assert(found);
    collected_free(&c);
}
END_TEST

Suite *suite_seeds(void)
{
    Suite *s = suite_create("seeds");
    TCase *tc = tcase_create("seeds");
    tcase_add_test(tc, seeds_metadata);
    tcase_add_test(tc, seeds_no_trailer_survives);
    tcase_add_test(tc, seeds_sentences);
    suite_add_tcase(s, tc);
    return s;
}
