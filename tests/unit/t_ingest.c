/* t_ingest.c - every input format and every kind of bad input. */
#define _POSIX_C_SOURCE 200809L
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#define ART1 "The harbour authority said the strike had halted all container traffic since Monday. " \
             "Union leaders said talks would resume once the ministry presented a written offer."
#define ART2 "Rescue teams searched collapsed buildings after the earthquake struck before dawn. " \
             "The regional governor said 14 people were confirmed dead and 120 injured."

START_TEST(txt_directory_ids_are_relative)
{
    tmp_write("in/a/one.txt", ART1, strlen(ART1));
    tmp_write("in/two.txt", ART2, strlen(ART2));
    tmp_write("in/.hidden.txt", ART2, strlen(ART2));
    char root[600];
    snprintf(root, sizeof root, "%s/in", tmp_dir());
    collected c;
    collect_path(&c, root, 0);
    ck_assert_uint_eq(c.n, 2);
    ck_assert_str_eq(c.a[0]->id, "a/one.txt"); /* sorted walk */
    ck_assert_str_eq(c.a[1]->id, "two.txt");
    ck_assert_str_eq(c.a[0]->lang, "en");
    ck_assert_uint_eq(c.a[0]->n_sentences, 2);
    ck_assert_uint_eq(c.st.skipped, 0);
    collected_free(&c);
}
END_TEST

START_TEST(jsonl_fields_and_missing_id)
{
    const char *js =
        "{\"id\":\"x1\",\"url\":\"https://www.harbortimes.example/a\",\"date\":\"2025-03-04T08:00:00Z\","
        "\"lang\":\"en\",\"title\":\"Strike\",\"text\":\"" ART1 "\",\"extra\":[1,2]}\n"
        "\n"
        "{\"source\":\"Coastal Ledger\",\"text\":\"" ART2 "\"}\n";
    const char *p = tmp_write("a.jsonl", js, strlen(js));
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_eq(c.n, 2);
    ck_assert_str_eq(c.a[0]->id, "x1");
    ck_assert_str_eq(c.a[0]->date, "2025-03-04");
    ck_assert_str_eq(c.a[0]->source, "harbortimes.example"); /* host when no source */
    ck_assert_str_eq(c.a[0]->title, "Strike");
    ck_assert_str_eq(c.a[1]->id, "a.jsonl:3");
    ck_assert_str_eq(c.a[1]->source, "Coastal Ledger");
    ck_assert_uint_eq(c.n_warn, 0);
    collected_free(&c);
}
END_TEST

START_TEST(jsonl_bad_lines_are_skipped_with_file_and_line)
{
    const char *js = "{\"id\":\"ok1\",\"text\":\"" ART1 "\"}\n"
                     "{\"id\":\"broken\",\"text\":\"unterminated\n"
                     "[1,2,3]\n"
                     "{\"id\":\"num\",\"text\":42}\n"
                     "{\"id\":\"empty\",\"text\":\"   \"}\n"
                     "{\"id\":7,\"title\":[\"x\"],\"text\":\"" ART2 "\"}\n";
    const char *p = tmp_write("bad.jsonl", js, strlen(js));
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_eq(c.n, 2);
    ck_assert_str_eq(c.a[1]->id, "7");
    ck_assert_uint_eq(c.st.skipped, 4);
    ck_assert(has_warning(&c, "malformed json"));
    ck_assert(has_warning(&c, "bad.jsonl:2)"));
    ck_assert(has_warning(&c, "not an object"));
    ck_assert(has_warning(&c, "field 'text' is not a string"));
    ck_assert(has_warning(&c, "empty article"));
    ck_assert(has_warning(&c, "field 'title' is not a string"));
    collected_free(&c);
}
END_TEST

START_TEST(invalid_utf8_is_replaced_and_warned)
{
    const char txt[] = "First line is fine.\nSecond line has a bad byte \xFF here and goes on.\n";
    const char *p = tmp_write("bad.txt", txt, sizeof txt - 1);
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_eq(c.n, 1);
    ck_assert(text_has(c.a[0], "\xEF\xBF\xBD"));
    ck_assert(has_warning(&c, "invalid utf-8"));
    ck_assert(has_warning(&c, "bad.txt:2)"));
    ck_assert_uint_eq(c.st.skipped, 0);
    collected_free(&c);
}
END_TEST

START_TEST(binary_and_empty_files)
{
    unsigned char bin[600];
    for (size_t i = 0; i < sizeof bin; i++) bin[i] = (unsigned char)(i * 37);
    tmp_write("d/blob.txt", bin, sizeof bin);
    tmp_write("d/empty.txt", "", 0);
    tmp_write("d/picture.png", bin, 16);
    tmp_write("d/good.txt", ART1, strlen(ART1));
    char root[600];
    snprintf(root, sizeof root, "%s/d", tmp_dir());
    collected c;
    collect_path(&c, root, 0);
    ck_assert_uint_eq(c.n, 1);
    ck_assert_str_eq(c.a[0]->id, "good.txt");
    ck_assert(has_warning(&c, "binary file"));
    ck_assert(has_warning(&c, "empty article"));
    ck_assert(has_warning(&c, "unsupported file type"));
    ck_assert_uint_eq(c.st.skipped, 3);
    collected_free(&c);
}
END_TEST

START_TEST(directory_loop_is_not_followed)
{
    tmp_write("loop/a.txt", ART1, strlen(ART1));
    char root[600], link[700];
    snprintf(root, sizeof root, "%s/loop", tmp_dir());
    snprintf(link, sizeof link, "%s/loop/self", tmp_dir());
    ck_assert_int_eq(symlink(root, link), 0);
    collected c;
    collect_path(&c, root, 0);
    ck_assert_uint_eq(c.n, 1);
    ck_assert(has_warning(&c, "directory loop"));
    collected_free(&c);
}
END_TEST

START_TEST(missing_path)
{
    collected c;
    collect_path(&c, "/nonexistent/chorus/input", 0);
    ck_assert_int_eq(c.rc, CH_ENOTFOUND);
    ck_assert_uint_eq(c.n, 0);
    ck_assert(has_warning(&c, "cannot read"));
}
END_TEST

START_TEST(gzip_jsonl_and_truncation)
{
    char path[600];
    snprintf(path, sizeof path, "%s/x.jsonl.gz", tmp_dir());
    gzFile g = gzopen(path, "wb");
    ck_assert_ptr_nonnull(g);
    for (int i = 0; i < 200; i++)
        gzprintf(g, "{\"id\":\"g%d\",\"text\":\"Line %d. %s\"}\n", i, i, ART1);
    gzclose(g);
    collected c;
    collect_path(&c, path, 0);
    ck_assert_uint_eq(c.n, 200);
    ck_assert_uint_eq(c.n_warn, 0);
    collected_free(&c);
    /* cut the file in half: earlier records kept, damage reported */
    FILE *f = fopen(path, "rb");
    char buf[65536];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    const char *p = tmp_write("cut.jsonl.gz", buf, n / 2);
    collect_path(&c, p, 0);
    ck_assert_uint_gt(c.n, 10);
    ck_assert_uint_lt(c.n, 200);
    ck_assert(has_warning(&c, "truncated"));
    collected_free(&c);
}
END_TEST

START_TEST(huge_line_is_skipped)
{
    size_t big = (1 << 20) + 100; /* collect_path sets max_record to 1 MiB */
    char *s = malloc(big + 400);
    size_t k = (size_t)sprintf(s, "{\"id\":\"huge\",\"text\":\"");
    memset(s + k, 'a', big);
    k += big;
    k += (size_t)sprintf(s + k, "\"}\n{\"id\":\"after\",\"text\":\"%s\"}\n", ART2);
    const char *p = tmp_write("huge.jsonl", s, k);
    free(s);
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_eq(c.n, 1);
    ck_assert_str_eq(c.a[0]->id, "after");
    ck_assert(has_warning(&c, "longer than"));
    collected_free(&c);
}
END_TEST

#define PAGE                                                                                      \
    "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\">"                             \
    "<title>Huelga portuaria | El Observador</title>"                                             \
    "<meta property=\"og:site_name\" content=\"El Observador\">"                                  \
    "<meta property=\"article:published_time\" content=\"2025-03-04T10:00:00-03:00\">"            \
    "<link rel=\"canonical\" href=\"https://observador.example/huelga\">"                         \
    "<style>p{color:red}</style><script>var x = 'no';</script></head><body>"                      \
    "<header><nav><a href=\"/\">Portada</a> <a href=\"/mundo\">Mundo</a></nav></header>"          \
    "<div class=\"cookie-banner\">Usamos cookies para mejorar su experiencia de lectura.</div>"   \
    "<article><h1>Huelga portuaria</h1>"                                                          \
    "<p>Los trabajadores del puerto iniciaron el lunes una huelga indefinida por salarios.</p>"   \
    "<div class=\"share-tools\"><a href=\"#\">Compartir en Facebook</a></div>"                     \
    "<p>El sindicato dijo que la medida afecta a <b>3.200 trabajadores</b> y a once buques.</p>" \
    "<aside><ul><li><a href=\"/x\">Otra noticia relacionada sobre el tiempo</a></li></ul></aside>" \
    "<p>El ministerio anunci&oacute; que presentar&aacute; una oferta escrita el viernes.</p>"    \
    "</article><footer><p>Copyright El Observador. Todos los derechos reservados.</p></footer>"   \
    "<form><input name=q><p>Suscr&iacute;base a nuestro bolet&iacute;n semanal de noticias.</p></form>" \
    "</body></html>"

START_TEST(html_main_text_and_metadata)
{
    const char *p = tmp_write("page.html", PAGE, strlen(PAGE));
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_eq(c.n, 1);
    ch_article *a = c.a[0];
    ck_assert_str_eq(a->title, "Huelga portuaria");
    ck_assert_str_eq(a->source, "El Observador");
    ck_assert_str_eq(a->date, "2025-03-04");
    ck_assert_str_eq(a->url, "https://observador.example/huelga");
    ck_assert_str_eq(a->lang, "es");
    ck_assert(text_has(a, "huelga indefinida"));
    ck_assert(text_has(a, "3.200 trabajadores"));
    ck_assert(text_has(a, "anunci\xC3\xB3")); /* entity decoded */
    ck_assert(!text_has(a, "Portada"));
    ck_assert(!text_has(a, "cookies"));
    ck_assert(!text_has(a, "Compartir"));
    ck_assert(!text_has(a, "relacionada"));
    ck_assert(!text_has(a, "Copyright"));
    ck_assert(!text_has(a, "bolet"));
    ck_assert(!text_has(a, "var x"));
    /* paragraphs in order */
    ck_assert_ptr_nonnull(strstr(a->text, "indefinida"));
    ck_assert(strstr(a->text, "indefinida") < strstr(a->text, "oferta escrita"));
    collected_free(&c);
}
END_TEST

START_TEST(html_jsonld_and_time_dates)
{
    const char *p1 = "<html><head><title>Quake</title><script type=\"application/ld+json\">"
                     "{\"@type\":\"NewsArticle\",\"headline\":\"Quake hits Arequipa\","
                     "\"datePublished\":\"2025-06-17T06:10:00Z\",\"publisher\":{\"name\":\"Andes Post\"}}"
                     "</script></head><body><div class=\"story-body\"><p>" ART2 "</p><p>" ART2 "</p>"
                     "</div></body></html>";
    const char *p2 = "<html><head><title>Quake</title></head><body><article><time datetime=\"2025-06-18\">"
                     "June 18</time><p>" ART2 "</p></article></body></html>";
    tmp_write("h/1.html", p1, strlen(p1));
    tmp_write("h/2.htm", p2, strlen(p2));
    char root[600];
    snprintf(root, sizeof root, "%s/h", tmp_dir());
    collected c;
    collect_path(&c, root, 0);
    ck_assert_uint_eq(c.n, 2);
    ck_assert_str_eq(c.a[0]->date, "2025-06-17");
    ck_assert_str_eq(c.a[0]->title, "Quake hits Arequipa");
    ck_assert_str_eq(c.a[0]->source, "Andes Post");
    ck_assert_str_eq(c.a[1]->date, "2025-06-18");
    collected_free(&c);
}
END_TEST

/* write one WARC record, as its own gzip member when gz */
static void warc_rec(FILE *f, int gz, const char *type, const char *uri, const char *ctype,
                     const char *block)
{
    char hdr[1024];
    int hn = snprintf(hdr, sizeof hdr,
                      "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:0000>\r\n"
                      "WARC-Date: 2025-03-05T12:00:00Z\r\n%s%s%sContent-Type: %s\r\n"
                      "Content-Length: %zu\r\n\r\n",
                      type, uri ? "WARC-Target-URI: <" : "", uri ? uri : "", uri ? ">\r\n" : "",
                      ctype, strlen(block));
    char *rec = malloc((size_t)hn + strlen(block) + 8);
    memcpy(rec, hdr, (size_t)hn);
    memcpy(rec + hn, block, strlen(block));
    memcpy(rec + hn + strlen(block), "\r\n\r\n", 4);
    size_t rn = (size_t)hn + strlen(block) + 4;
    if (!gz) {
        fwrite(rec, 1, rn, f);
    } else {
        unsigned char out[65536];
        z_stream z = {0};
        deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
        z.next_in = (unsigned char *)rec;
        z.avail_in = (uInt)rn;
        z.next_out = out;
        z.avail_out = sizeof out;
        deflate(&z, Z_FINISH);
        fwrite(out, 1, sizeof out - z.avail_out, f);
        deflateEnd(&z);
    }
    free(rec);
}

static const char *make_warc(const char *name, int gz)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", tmp_dir(), name);
    FILE *f = fopen(path, "wb");
    warc_rec(f, gz, "warcinfo", NULL, "application/warc-fields", "software: chorus-test\r\n");
    warc_rec(f, gz, "request", "http://news.example/a", "application/http; msgtype=request",
             "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n");
    warc_rec(f, gz, "response", "http://news.example/a", "application/http; msgtype=response",
             "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
             "<html><head><title>Port strike</title></head><body><article><p>" ART1
             "</p></article></body></html>");
    warc_rec(f, gz, "response", "http://news.example/logo.png", "application/http; msgtype=response",
             "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG....");
    warc_rec(f, gz, "metadata", "http://news.example/a", "application/warc-fields", "via: x\r\n");
    warc_rec(f, gz, "response", "http://news.example/b", "application/http; msgtype=response",
             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
             "1e\r\n<html><body><article><p>Rescue\r\n"
             "b2\r\n teams searched collapsed buildings after the earthquake struck before dawn. "
             "The regional governor said 14 people were confirmed dead and 120 injured.</p></article></body></html>\r\n"
             "0\r\n\r\n");
    fclose(f);
    static char ret[600];
    snprintf(ret, sizeof ret, "%s", path);
    return ret;
}

START_TEST(warc_plain_and_gzip)
{
    for (int gz = 0; gz <= 1; gz++) {
        const char *p = make_warc(gz ? "c.warc.gz" : "c.warc", gz);
        collected c;
        collect_path(&c, p, 0);
        ck_assert_uint_eq(c.n, 2);
        ck_assert_str_eq(c.a[0]->id, gz ? "c.warc.gz#3" : "c.warc#3");
        ck_assert_str_eq(c.a[0]->url, "http://news.example/a");
        ck_assert_str_eq(c.a[0]->date, "2025-03-05"); /* from WARC-Date */
        ck_assert_str_eq(c.a[0]->source, "news.example");
        ck_assert(text_has(c.a[0], "harbour authority"));
        ck_assert_str_eq(c.a[1]->id, gz ? "c.warc.gz#6" : "c.warc#6");
        ck_assert(text_has(c.a[1], "Rescue teams searched"));
        ck_assert_uint_eq(c.n_warn, 0);
        collected_free(&c);
    }
}
END_TEST

START_TEST(warc_truncated_keeps_earlier_records)
{
    for (int gz = 0; gz <= 1; gz++) {
        const char *p = make_warc(gz ? "t.warc.gz" : "t.warc", gz);
        FILE *f = fopen(p, "rb");
        char buf[65536];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        const char *q = tmp_write(gz ? "cut.warc.gz" : "cut.warc", buf, n - 60);
        collected c;
        collect_path(&c, q, 0);
        ck_assert_uint_eq(c.n, 1);
        ck_assert(text_has(c.a[0], "harbour authority"));
        ck_assert(has_warning(&c, "truncated"));
        collected_free(&c);
    }
}
END_TEST

START_TEST(no_clean_keeps_text)
{
    const char *s = "Share 12\n" ART1 "\nMWR";
    const char *p = tmp_write("raw.txt", s, strlen(s));
    collected c;
    collect_path(&c, p, 1);
    ck_assert_uint_eq(c.n, 1);
    ck_assert(text_has(c.a[0], "Share 12"));
    ck_assert_uint_eq(c.a[0]->n_removed, 0);
    collected_free(&c);
}
END_TEST

/* white space made plain: no-break and other Unicode spaces, tabs and runs
 * of spaces become one space; zero-width characters go. What every rule
 * downstream reads between words is ' ' */
START_TEST(unicode_spaces_are_plain)
{
    const char *s = "\xEF\xBB\xBFThe port reopened on Monday.\n"
                    "\xE2\x80\x9CWe are open again,\xE2\x80\x9D\xC2\xA0said harbour\xE2\x80\xAF"
                    "master Ilse\tBrandt.  Ships\xE2\x80\x8B queued\xE3\x80\x80 all day.\r\n";
    const char *p = tmp_write("sp.txt", s, strlen(s));
    collected c;
    collect_path(&c, p, 0);
    ck_assert_uint_eq(c.n, 1);
    ck_assert_msg(text_has(c.a[0], "\xE2\x80\x9D said harbour master Ilse Brandt. Ships queued all day."), "text: %s",
                  c.a[0]->text);
    ck_assert_ptr_null(strstr(c.a[0]->text, "\xEF\xBB\xBF"));
    collected_free(&c);
}
END_TEST

Suite *suite_ingest(void)
{
    Suite *s = suite_create("ingest");
    TCase *tc = tcase_create("formats");
    tcase_add_checked_fixture(tc, NULL, tmp_cleanup);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, txt_directory_ids_are_relative);
    tcase_add_test(tc, jsonl_fields_and_missing_id);
    tcase_add_test(tc, jsonl_bad_lines_are_skipped_with_file_and_line);
    tcase_add_test(tc, invalid_utf8_is_replaced_and_warned);
    tcase_add_test(tc, binary_and_empty_files);
    tcase_add_test(tc, directory_loop_is_not_followed);
    tcase_add_test(tc, missing_path);
    tcase_add_test(tc, gzip_jsonl_and_truncation);
    tcase_add_test(tc, huge_line_is_skipped);
    tcase_add_test(tc, html_main_text_and_metadata);
    tcase_add_test(tc, html_jsonld_and_time_dates);
    tcase_add_test(tc, warc_plain_and_gzip);
    tcase_add_test(tc, warc_truncated_keeps_earlier_records);
    tcase_add_test(tc, no_clean_keeps_text);
    tcase_add_test(tc, unicode_spaces_are_plain);
    suite_add_tcase(s, tc);
    return s;
}
