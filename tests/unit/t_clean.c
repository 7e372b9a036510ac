/* t_clean.c - each cleaning rule on our own examples, and the guard that
 * keeps body text. */
#include "test.h"

#include <string.h>

static int rem(const ch_clean_result *r, const char *needle, const char *rule)
{
    for (size_t i = 0; i < r->n_removed; i++)
        if (strstr(r->removed[i].line, needle) && !strcmp(r->removed[i].rule, rule)) return 1;
    return 0;
}

#define BODY                                                                                    \
    "The harbour authority said the strike had halted all container traffic since Monday.\n"  \
    "Union leaders said talks would resume once the ministry presented a written offer.\n"    \
    "Shipping lines diverted eleven vessels to ports further north, officials said.\n"

START_TEST(dateline_agency_place)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_result r;
    clean_str("Valpara\xC3\xADso, Mar 4 (MWR).- " BODY, 0, &ar, &r);
    ck_assert_str_eq(r.place, "Valpara\xC3\xADso");
    ck_assert_str_eq(r.agency, "MWR");
    ck_assert(rem(&r, "Valpara\xC3\xADso, Mar 4 (MWR).-", "dateline"));
    ck_assert(!strncmp(r.text, "The harbour authority", 21));
    ch_arena_release(&ar);

    ch_arena_init(&ar);
    ch_clean_hint h = {NULL, NULL, "2025-03-04", 0};
    const char *s = "LISBON, March 4, 2025 (MWR) -- " BODY;
    ck_assert_int_eq(ch_clean_text(s, strlen(s), &h, &ar, &r), CH_OK);
    ck_assert_str_eq(r.place, "Lisbon");
    ck_assert_str_eq(r.agency, "MWR");
    ck_assert_str_eq(r.date, "2025-03-04");
    ch_arena_release(&ar);

    ch_arena_init(&ar);
    clean_str("ROTTERDAM \xE2\x80\x94 " BODY, 0, &ar, &r);
    ck_assert_str_eq(r.place, "Rotterdam");
    ck_assert_ptr_null(r.agency);
    ch_arena_release(&ar);

    /* a date line opening with a weekday names no place, but gives the date */
    ch_arena_init(&ar);
    clean_str("Tuesday, March 4, 2025 \xE2\x80\x94 " BODY, 0, &ar, &r);
    ck_assert_ptr_null(r.place);
    ck_assert_str_eq(r.date, "2025-03-04");
    ch_arena_release(&ar);

    /* an ordinary first sentence is not a dateline */
    ch_arena_init(&ar);
    clean_str("Mark Olsen, the mayor, said: the port stays shut.\n" BODY, 0, &ar, &r);
    ck_assert_ptr_null(r.place);
    ck_assert_uint_eq(r.n_removed, 0);
    ch_arena_release(&ar);
}
END_TEST

START_TEST(feed_header_and_tracking_id)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_result r;
    clean_str(" date 2025-06-02 (NEWSFEED- Meridian Wire (MWR)) OSLO, Jun 2 (MWR) -- " BODY
              "(end)\nkpl\n\n\n\nNEWSFEED02062025000071011013ID1108880001\n",
              0, &ar, &r);
    ck_assert_str_eq(r.date, "2025-06-02");
    ck_assert_str_eq(r.place, "Oslo");
    ck_assert_str_eq(r.agency, "MWR");
    ck_assert(rem(&r, "NEWSFEED- Meridian Wire", "feed-header"));
    ck_assert(rem(&r, "NEWSFEED02062025000071011013ID1108880001", "tracking-id"));
    ck_assert(rem(&r, "(end)", "agency-signoff"));
    ck_assert(rem(&r, "kpl", "agency-signoff"));
    ck_assert_ptr_null(strstr(r.text, "end)"));
    ck_assert(!strncmp(r.text, "The harbour", 11));
    ch_arena_release(&ar);

    /* a feed id under a long (12-word) headline, above the dateline */
    ch_arena_init(&ar);
    ch_clean_hint h = {NULL, NULL, NULL, 1};
    const char *s = "Dockworkers in three northern ports extend their strike into a second week of talks\n"
                    "NEWSFEED11032025000071011013ID1108880077\n"
                    "GDANSK, Mar 11 (MWR) -- " BODY;
    ck_assert_int_eq(ch_clean_text(s, strlen(s), &h, &ar, &r), CH_OK);
    ck_assert(rem(&r, "NEWSFEED11032025000071011013ID1108880077", "tracking-id"));
    ck_assert_ptr_null(strstr(r.text, "NEWSFEED"));
    ck_assert(!strncmp(r.text, "The harbour", 11));
    ch_arena_release(&ar);

    /* a number-heavy body line with spaces is not an id */
    ch_arena_init(&ar);
    clean_str("Figures: 2025-03-11 12:00 1108880077 units\n" BODY, 0, &ar, &r);
    ck_assert(!rem(&r, "1108880077", "tracking-id"));
    ch_arena_release(&ar);
}
END_TEST

START_TEST(signoffs_and_desk_codes)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_result r;
    clean_str(BODY "The ministry did not comment.\xE2\x80\x9D MWR\njlm-pqr", 0, &ar, &r);
    ck_assert(rem(&r, "jlm-pqr", "agency-signoff"));
    ck_assert(rem(&r, "MWR", "agency-signoff"));
    ck_assert_str_eq(r.agency, "MWR");
    size_t n = strlen(r.text);
    ck_assert_str_eq(r.text + n - 8, "ment.\xE2\x80\x9D");
    ch_arena_release(&ar);

    /* a last line that is a real sentence stays */
    ch_arena_init(&ar);
    clean_str(BODY "Talks resume on Friday.", 0, &ar, &r);
    ck_assert_uint_eq(r.n_removed, 0);
    ch_arena_release(&ar);
}
END_TEST

START_TEST(read_more_block)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_result r;
    clean_str(BODY "Read more:\n- Storm closes two airports in the north\n"
                   "\xE2\x80\x93 Court delays ruling on fishing quotas\n",
              0, &ar, &r);
    ck_assert(rem(&r, "Read more:", "read-more"));
    ck_assert(rem(&r, "Storm closes", "read-more"));
    ck_assert(rem(&r, "Court delays", "read-more"));
    ck_assert_ptr_null(strstr(r.text, "Storm"));
    ch_arena_release(&ar);

    ch_arena_init(&ar);
    clean_str(BODY "Lee tambi\xC3\xA9n: El puerto de Valpara\xC3\xADso reabre tras la huelga\n", 0, &ar, &r);
    ck_assert(rem(&r, "Lee tambi", "read-more"));
    ch_arena_release(&ar);
}
END_TEST

START_TEST(ui_residue_outlet_caption_byline)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_result r;
    clean_str("Harbor Times harbortimes.example\n"
              "Dock workers walk out over pay\n"
              "Share 12\nA- A+\nPublished by\n"
              "Cranes stand idle at the container terminal on Monday.AFP\n"
              "By Marta Olsen\n" BODY "Dock workers walk out over pay\n",
              1, &ar, &r);
    ck_assert(rem(&r, "harbortimes.example", "outlet-name"));
    ck_assert_str_eq(r.title, "Dock workers walk out over pay");
    ck_assert(rem(&r, "Share 12", "ui-residue"));
    ck_assert(rem(&r, "A- A+", "ui-residue"));
    ck_assert(rem(&r, "Published by", "ui-residue"));
    ck_assert(rem(&r, "Cranes stand idle", "caption"));
    ck_assert(rem(&r, "Marta Olsen", "byline"));
    ck_assert_str_eq(r.byline, "Marta Olsen");
    ck_assert(rem(&r, "Dock workers walk out over pay", "duplicate-headline"));
    ck_assert(!strncmp(r.text, "The harbour", 11));
    ck_assert_ptr_null(strstr(r.text, "Dock workers walk"));
    ch_arena_release(&ar);
}
END_TEST

/* A rule that would remove more than a small share of the article does not
 * fire: here every line looks like a short trailer/headline. */
START_TEST(guard_keeps_body)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_result r;
    const char *s = "Read more:\n- One short line\n- Another short line\n- And a third\nEnd of it.";
    clean_str(s, 0, &ar, &r);
    ck_assert(strstr(r.text, "One short line") != NULL);
    ck_assert(!rem(&r, "One short line", "read-more"));
    ch_arena_release(&ar);

    ch_arena_init(&ar);
    clean_str("ok\nfine\nyes\nno", 0, &ar, &r); /* all lone lowercase words */
    ck_assert_int_eq((int)strlen(r.text), 14);
    ch_arena_release(&ar);
}
END_TEST

START_TEST(parse_dates)
{
    char d[11];
    ck_assert_uint_gt(ch_clean_parse_date("2024-11-13T10:00:00Z", 20, 0, d), 0);
    ck_assert_str_eq(d, "2024-11-13");
    ck_assert_uint_gt(ch_clean_parse_date("November 13, 2024", 17, 0, d), 0);
    ck_assert_str_eq(d, "2024-11-13");
    ck_assert_uint_gt(ch_clean_parse_date("13 November 2024", 16, 0, d), 0);
    ck_assert_str_eq(d, "2024-11-13");
    ck_assert_uint_gt(ch_clean_parse_date("13 de noviembre de 2024", 23, 0, d), 0);
    ck_assert_str_eq(d, "2024-11-13");
    ck_assert_uint_gt(ch_clean_parse_date("13. M\xC3\xA4rz 2025", 15, 0, d), 0);
    ck_assert_str_eq(d, "2025-03-13");
    ck_assert_uint_gt(ch_clean_parse_date("Nov 13", 6, 2024, d), 0);
    ck_assert_str_eq(d, "2024-11-13");
    ck_assert_uint_eq(ch_clean_parse_date("Nov 13", 6, 0, d), 0);
    ck_assert_uint_eq(ch_clean_parse_date("2024-13-45", 10, 0, d), 0);
    ck_assert_uint_eq(ch_clean_parse_date("Monday", 6, 2024, d), 0);
    /* feed forms: day-month abbreviation-year, "del" before the year, Dutch months */
    ck_assert_uint_eq(ch_clean_parse_date("08-Jun-10", 9, 0, d), 9);
    ck_assert_str_eq(d, "2010-06-08");
    ck_assert_uint_gt(ch_clean_parse_date("8-Jun-2010", 10, 0, d), 0);
    ck_assert_str_eq(d, "2010-06-08");
    ck_assert_uint_eq(ch_clean_parse_date("8-Jx-2010", 9, 0, d), 0);
    ck_assert_uint_gt(ch_clean_parse_date("20 de noviembre del 2004", 24, 0, d), 0);
    ck_assert_str_eq(d, "2004-11-20");
    ck_assert_uint_gt(ch_clean_parse_date("3 januari 2011", 14, 0, d), 0);
    ck_assert_str_eq(d, "2011-01-03");
    ck_assert_uint_gt(ch_clean_parse_date("12 maart 2011", 13, 0, d), 0);
    ck_assert_str_eq(d, "2011-03-12");
}
END_TEST

/* a date line after a long headline (no final stop): still the header's,
 * so it gives the article its date */
START_TEST(date_line_after_long_headline)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_result r;
    clean_str("Harbour workers in the northern port walk out over pay and a new rota for the night shifts\n"
              "20 de noviembre del 2004\n" BODY, 1, &ar, &r);
    ck_assert_ptr_nonnull(r.date);
    ck_assert_str_eq(r.date, "2004-11-20");
    ck_assert(rem(&r, "20 de noviembre del 2004", "date-line"));
    ch_arena_release(&ar);
    /* up to three words before the date: a weekday, "Posted on", "Updated" */
    static const char *const lines[] = {"Saturday, 23 November 2024 09:59 AM EST", "Posted on Nov 23, 2024 7:30 AM CDT",
                                        "Updated Sat., Nov. 23, 2024", NULL};
    for (int i = 0; lines[i]; i++) {
        char buf[1024];
        snprintf(buf, sizeof buf, "Harbour workers walk out over pay\n%s\n%s", lines[i], BODY);
        ch_arena_init(&ar);
        clean_str(buf, 1, &ar, &r);
        ck_assert_msg(r.date && !strcmp(r.date, "2024-11-23"), "'%s': date %s", lines[i], r.date ? r.date : "(none)");
        ck_assert(rem(&r, lines[i], "date-line") || rem(&r, lines[i], "dateline"));
        ch_arena_release(&ar);
    }
}
END_TEST

Suite *suite_clean(void)
{
    Suite *s = suite_create("clean");
    TCase *tc = tcase_create("rules");
    tcase_add_test(tc, dateline_agency_place);
    tcase_add_test(tc, feed_header_and_tracking_id);
    tcase_add_test(tc, signoffs_and_desk_codes);
    tcase_add_test(tc, read_more_block);
    tcase_add_test(tc, ui_residue_outlet_caption_byline);
    tcase_add_test(tc, guard_keeps_body);
    tcase_add_test(tc, parse_dates);
    tcase_add_test(tc, date_line_after_long_headline);
    suite_add_tcase(s, tc);
    return s;
}
