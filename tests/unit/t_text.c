/* t_text.c - UTF-8, normalization, sentences, tokens, stop words, stems. */
#include "test.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(utf8_repair_replaces_and_reports)
{
    const char bad[] = "ok \xC3\x28 and \xFF end";
    ch_buf out = CH_BUF_INIT;
    size_t first = 0;
    long n = ch_utf8_repair(bad, sizeof bad - 1, &out, &first);
    ck_assert_int_eq(n, 2);
    ck_assert_uint_eq(first, 3);
    ck_assert_str_eq(out.data, "ok \xEF\xBF\xBD( and \xEF\xBF\xBD end");
    ck_assert(ch_utf8_valid(out.data, out.len));
    ck_assert(!ch_utf8_valid(bad, sizeof bad - 1));
    /* overlong encoding and surrogate are invalid too */
    ck_assert(!ch_utf8_valid("\xC0\xAF", 2));
    ck_assert(!ch_utf8_valid("\xED\xA0\x80", 3));
    /* the eight-bytes-at-a-time path: a NUL or a bad byte anywhere in a block */
    ck_assert(ch_utf8_valid("abcdefghijklmnopq", 17));
    ck_assert(!ch_utf8_valid("abcdefgh\0jklmnop", 16));
    ck_assert(!ch_utf8_valid("abcdefghijklmno\0", 16));
    ck_assert(ch_utf8_valid("abcdefghij\xC3\xA9lmnop", 17));
    ck_assert(!ch_utf8_valid("abcdefghij\xC3lmnopqr", 17));
    ch_buf_release(&out);
}
END_TEST

START_TEST(nfc_composes)
{
    ch_buf out = CH_BUF_INIT;
    /* "Cafe" + combining acute -> precomposed é */
    ck_assert_int_eq(ch_text_nfc("Cafe\xCC\x81", 6, &out), CH_OK);
    ck_assert_str_eq(out.data, "Caf\xC3\xA9");
    ch_buf_reset(&out);
    ck_assert_int_eq(ch_text_fold("KURSK\xE2\x80\x99S \xC3\x84rger", 16, &out), CH_OK);
    ck_assert_str_eq(out.data, "kursk's \xC3\xA4rger");
    ch_buf_release(&out);
}
END_TEST

/* runs tests/cases/text/sentences.cases */
START_TEST(sentence_cases)
{
    FILE *f = fopen("cases/text/sentences.cases", "r");
    ck_assert_msg(f != NULL, "cannot open cases/text/sentences.cases (run from tests/)");
    char line[1024], input[1024] = "";
    char expect[16][1024];
    int ne = 0, groups = 0;
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        if (got) {
            line[strcspn(line, "\n")] = '\0';
            if (line[0] == '#') continue;
        }
        if (!got || !line[0]) {
            if (input[0]) {
                ch_arena ar;
                ch_arena_init(&ar);
                ch_span *sp;
                const char *lang = strstr(input, "Sr.") ? "es" : strstr(input, "z.B.") ? "de" : "en";
                long n = ch_text_split_sentences(input, strlen(input), lang, &ar, &sp);
                ck_assert_msg(n == ne, "'%s': %ld sentences, expected %d", input, n, ne);
                for (long i = 0; i < n; i++) {
                    int len = (int)(sp[i].end - sp[i].start);
                    ck_assert_msg((size_t)len == strlen(expect[i]) &&
                                      !memcmp(input + sp[i].start, expect[i], (size_t)len),
                                  "'%s': sentence %ld is '%.*s', expected '%s'", input, i, len,
                                  input + sp[i].start, expect[i]);
                }
                ch_arena_release(&ar);
                groups++;
            }
            input[0] = '\0';
            ne = 0;
            if (!got) break;
            continue;
        }
        if (!input[0]) snprintf(input, sizeof input, "%s", line);
        else if (ne < 16) snprintf(expect[ne++], sizeof expect[0], "%s", line);
    }
    fclose(f);
    ck_assert_int_ge(groups, 10);
}
END_TEST

START_TEST(sentences_line_breaks_and_offsets)
{
    const char *s = "  First line without stop\nSecond one. Third!\n\n  ";
    ch_arena ar;
    ch_arena_init(&ar);
    ch_span *sp;
    long n = ch_text_split_sentences(s, strlen(s), "en", &ar, &sp);
    ck_assert_int_eq(n, 3);
    ck_assert_uint_eq(sp[0].start, 2);
    ck_assert_uint_eq(sp[0].end, 25);
    ck_assert_int_eq(strncmp(s + sp[2].start, "Third!", 6), 0);
    ch_arena_release(&ar);
}
END_TEST

static void tok_expect(const char *s, const char *const *want, const int *kinds)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_token *t;
    long n = ch_text_tokenize(s, strlen(s), &ar, &t);
    int k = 0;
    while (want[k]) k++;
    ck_assert_msg(n == k, "'%s': %ld tokens, expected %d", s, n, k);
    for (long i = 0; i < n; i++) {
        int len = (int)(t[i].end - t[i].start);
        ck_assert_msg((size_t)len == strlen(want[i]) && !memcmp(s + t[i].start, want[i], (size_t)len),
                      "'%s': token %ld '%.*s' expected '%s'", s, i, len, s + t[i].start, want[i]);
        if (kinds) ck_assert_int_eq(t[i].kind, kinds[i]);
    }
    ch_arena_release(&ar);
}

START_TEST(tokens_money_percent_acronyms)
{
    const char *w1[] = {"Of", "that", ",", "$7.1", "billion", "comes", "from", "U.S.", "stocks", ".", NULL};
    const int k1[] = {CH_TOK_WORD, CH_TOK_WORD, CH_TOK_PUNCT, CH_TOK_NUM, CH_TOK_WORD, CH_TOK_WORD,
                      CH_TOK_WORD, CH_TOK_WORD, CH_TOK_WORD, CH_TOK_PUNCT};
    tok_expect("Of that, $7.1 billion comes from U.S. stocks.", w1, k1);
    const char *w2[] = {"Kursk\xE2\x80\x99s", "2%", "target", "50,000", "troops", "\xE2\x82\xAC" "3m", NULL};
    const int k2[] = {CH_TOK_WORD, CH_TOK_NUM, CH_TOK_WORD, CH_TOK_NUM, CH_TOK_WORD, CH_TOK_NUM};
    tok_expect("Kursk\xE2\x80\x99s 2% target 50,000 troops \xE2\x82\xAC" "3m", w2, k2);
    const char *w3[] = {"Euro-Atlantic", "dual-use", "2024-11-13", "“", "firm", "”", "13th", NULL};
    tok_expect("Euro-Atlantic dual-use 2024-11-13 “firm” 13th", w3, NULL);
}
END_TEST

START_TEST(norm_word_possessive)
{
    ch_buf b = CH_BUF_INIT;
    ck_assert_int_eq(ch_text_norm_word("Kursk\xE2\x80\x99s", 8, &b), CH_OK);
    ck_assert_str_eq(b.data, "kursk");
    ch_buf_reset(&b);
    ck_assert_int_eq(ch_text_norm_word("Allies'", 7, &b), CH_OK);
    ck_assert_str_eq(b.data, "allies");
    ch_buf_release(&b);
}
END_TEST

START_TEST(stopwords_and_stems)
{
    ck_assert(ch_text_is_stopword("en", "the", 3));
    ck_assert(!ch_text_is_stopword("en", "nato", 4));
    ck_assert(ch_text_is_stopword("es", "los", 3));
    ck_assert(ch_text_is_stopword("de", "und", 3));
    ck_assert(ch_text_is_stopword("fr", "les", 3));
    ck_assert(!ch_text_is_stopword("xx", "the", 3));
    ch_stemmer *en = ch_stemmer_new("en"), *es = ch_stemmer_new("es");
    ck_assert_ptr_nonnull(en);
    ck_assert_ptr_nonnull(es);
    size_t n;
    const char *r = ch_stemmer_stem(en, "deployments", 11, &n);
    ck_assert_int_eq((int)n, 6);
    ck_assert_int_eq(memcmp(r, "deploy", 6), 0);
    r = ch_stemmer_stem(es, "negociaciones", 13, &n);
    ck_assert_int_eq(memcmp(r, "negoci", 6), 0);
    ck_assert_ptr_null(ch_stemmer_new("xx"));
    ch_stemmer_free(en);
    ch_stemmer_free(es);
    ch_stemmer_free(NULL);
}
END_TEST

/* the hash-set lookups agree with the lists: every item is found as written
 * and, case-insensitively, in any case; prefixes and extensions are not */
START_TEST(wordlist_lookup)
{
    const ch_wordlist *stop = ch_wordlist_find("stopwords/en");
    ck_assert_ptr_nonnull(stop);
    size_t n = ch_wordlist_size("stopwords/en");
    ck_assert_uint_gt(n, 100);
    for (size_t i = 0; i < n; i++) {
        const char *w = ch_wordlist_get("stopwords/en", i);
        ck_assert_msg(ch_wordlist_contains(stop, w, strlen(w)), "%s", w);
        char up[64];
        size_t l = strlen(w);
        if (l >= sizeof up) continue;
        for (size_t k = 0; k <= l; k++) up[k] = (w[k] >= 'a' && w[k] <= 'z') ? (char)(w[k] - 32) : w[k];
        ck_assert_msg(ch_wordlist_contains_ci(stop, up, l), "%s", up);
    }
    ck_assert(ch_wordlist_contains(stop, "the", 3));
    ck_assert(!ch_wordlist_contains(stop, "The", 3)); /* exact lookup is exact */
    ck_assert(ch_wordlist_contains_ci(stop, "The", 3));
    ck_assert(!ch_wordlist_contains(stop, "th", 2));
    ck_assert(!ch_wordlist_contains(stop, "thee", 4));
    ck_assert(!ch_wordlist_contains(stop, "", 0));
    ck_assert(ch_wordlist_contains(stop, "theyx", 4)); /* length bounds the key */
    ck_assert(!ch_wordlist_contains(NULL, "the", 3));
    ck_assert(ch_wordlist_contains_ci(ch_wordlist_find("stopwords/es"), "\xc3\x89l", 3)); /* "Él": folded, not ASCII */
}
END_TEST

/* ch_sort_u32key is a stable sort by the leading uint32_t, at every size */
START_TEST(radix_sort_stable)
{
    typedef struct { uint32_t k, seq; float w; } rec;
    static const size_t sizes[] = {0, 1, 2, 31, 32, 33, 1000, 20000};
    uint32_t x = 12345;
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        rec *r = malloc((n ? n : 1) * sizeof *r);
        uint32_t *u = malloc((n ? n : 1) * sizeof *u);
        ck_assert(r && u);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            uint32_t k = t % 2 ? x : (x >> 20) % 50; /* full-range keys, and small keys with many ties */
            r[i] = (rec){k, (uint32_t)i, 0.5f};
            u[i] = k ^ 0x80000000u;
        }
        ch_sort_u32key(r, n, sizeof *r);
        ch_sort_u32key(u, n, sizeof *u);
        for (size_t i = 1; i < n; i++) {
            ck_assert(r[i - 1].k < r[i].k || (r[i - 1].k == r[i].k && r[i - 1].seq < r[i].seq));
            ck_assert_uint_le(u[i - 1], u[i]);
        }
        free(r);
        free(u);
    }
    /* ch_sort_u64key: the same by a leading uint64_t (keys differing only in
     * their high bytes, and many ties) */
    typedef struct { uint64_t k; uint32_t seq; } rec64;
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        rec64 *r = malloc((n ? n : 1) * sizeof *r);
        uint64_t *u = malloc((n ? n : 1) * sizeof *u);
        ck_assert(r && u);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            uint64_t k = t % 2 ? ((uint64_t)x << 32 | (x >> 7)) : (uint64_t)((x >> 20) % 50) << 40;
            r[i] = (rec64){k, (uint32_t)i};
            u[i] = k ^ 0x8000000000000000ull;
        }
        ch_sort_u64key(r, n, sizeof *r);
        ch_sort_u64key(u, n, sizeof *u);
        for (size_t i = 1; i < n; i++) {
            ck_assert(r[i - 1].k < r[i].k || (r[i - 1].k == r[i].k && r[i - 1].seq < r[i].seq));
            ck_assert(u[i - 1] <= u[i]);
        }
        free(r);
        free(u);
    }
}
END_TEST

/* ch_grow: first size, doubling, and nothing changed when out of memory */
START_TEST(grow_vector)
{
    uint32_t *v = NULL;
    size_t cap = 0, n = 0;
    for (uint32_t i = 0; i < 1000; i++) {
        if (n == cap) {
            size_t before = cap;
            uint32_t *nv = ch_grow(v, &cap, sizeof *nv, 16);
            ck_assert_ptr_nonnull(nv);
            ck_assert_uint_eq(cap, before ? before * 2 : 16);
            v = nv;
        }
        v[n++] = i;
    }
    for (uint32_t i = 0; i < 1000; i++) ck_assert_uint_eq(v[i], i);
    size_t before = cap;
    ch_alloc_fail_after(1);
    ck_assert_ptr_null(ch_grow(v, &cap, sizeof *v, 16));
    ch_alloc_fail_after(0);
    ck_assert_uint_eq(cap, before);
    ck_assert_uint_eq(v[999], 999); /* the old block is still ours */
    size_t huge = SIZE_MAX / 2 + 1;
    ck_assert_ptr_null(ch_grow(v, &huge, 4, 16)); /* would overflow */
    ch_free(v);
}
END_TEST

/* Snowball's own vocabulary/output pairs, when snowball-data is installed */
START_TEST(stems_match_snowball_golden)
{
    FILE *v = fopen("/usr/share/snowball/data/english/voc.txt", "r");
    FILE *o = fopen("/usr/share/snowball/data/english/output.txt", "r");
    if (!v || !o) {
        if (v) fclose(v);
        if (o) fclose(o);
        fprintf(stderr, "skip: snowball-data not installed\n");
        return;
    }
    ch_stemmer *st = ch_stemmer_new("en");
    char w[256], e[256];
    int checked = 0;
    while (fgets(w, sizeof w, v) && fgets(e, sizeof e, o) && checked < 5000) {
        w[strcspn(w, "\n")] = e[strcspn(e, "\n")] = '\0';
        size_t n;
        const char *r = ch_stemmer_stem(st, w, strlen(w), &n);
        ck_assert_msg(n == strlen(e) && !memcmp(r, e, n), "stem(%s) != %s", w, e);
        checked++;
    }
    fclose(v);
    fclose(o);
    ch_stemmer_free(st);
    ck_assert_int_gt(checked, 1000);
}
END_TEST

START_TEST(language_id)
{
    ch_err err = {0};
    ch_langid *li = ch_langid_new(&err);
    ck_assert_msg(li != NULL, "%s", err.msg);
    const char *en = "The minister said on Wednesday that the talks with the union would resume next week in the capital.";
    ck_assert_str_eq(ch_langid_detect(li, en, strlen(en)), "en");
    const char *es = "El ministro dijo el miércoles que las negociaciones con el sindicato se reanudarán la próxima semana en la capital.";
    ck_assert_str_eq(ch_langid_detect(li, es, strlen(es)), "es");
    const char *de = "Der Minister sagte am Mittwoch, dass die Gespräche mit der Gewerkschaft nächste Woche in der Hauptstadt fortgesetzt werden.";
    ck_assert_str_eq(ch_langid_detect(li, de, strlen(de)), "de");
    const char *fr = "Le ministre a déclaré mercredi que les négociations avec le syndicat reprendront la semaine prochaine dans la capitale.";
    ck_assert_str_eq(ch_langid_detect(li, fr, strlen(fr)), "fr");
    const char *it = "Il ministro ha detto mercoledì che i colloqui con il sindacato riprenderanno la prossima settimana nella capitale.";
    ck_assert_str_eq(ch_langid_detect(li, it, strlen(it)), "it");
    const char *pt = "O ministro disse na quarta-feira que as negociações com o sindicato serão retomadas na próxima semana na capital.";
    ck_assert_str_eq(ch_langid_detect(li, pt, strlen(pt)), "pt");
    ck_assert_str_eq(ch_langid_detect(li, "12 34", 5), "und");
    ch_langid_free(li);
}
END_TEST

START_TEST(oom_is_reported)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_span *sp;
    for (long k = 1; k <= 3; k++) {
        ch_alloc_fail_after(k);
        long n = ch_text_split_sentences("One. Two. Three.", 16, "en", &ar, &sp);
        ch_alloc_fail_after(0);
        ck_assert(n == CH_ENOMEM || n == 3);
    }
    ch_arena_release(&ar);
}
END_TEST

Suite *suite_text(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, utf8_repair_replaces_and_reports);
    tcase_add_test(tc, nfc_composes);
    tcase_add_test(tc, sentence_cases);
    tcase_add_test(tc, sentences_line_breaks_and_offsets);
    tcase_add_test(tc, tokens_money_percent_acronyms);
    tcase_add_test(tc, norm_word_possessive);
    tcase_add_test(tc, stopwords_and_stems);
    tcase_add_test(tc, wordlist_lookup);
    tcase_add_test(tc, radix_sort_stable);
    tcase_add_test(tc, grow_vector);
    tcase_add_test(tc, stems_match_snowball_golden);
    tcase_add_test(tc, language_id);
    tcase_add_test(tc, oom_is_reported);
    suite_add_tcase(s, tc);
    return s;
}
