#define _GNU_SOURCE
/* warc.c - WARC 1.0/1.1 reader (plain, or gzip per record).
 *
 * Hand-written: Debian has no C WARC library, and libarchive's WARC support
 * loses the host of the target URI and returned zero records, with no error,
 * on wget's WARCs (see shared research). The format is simple: a version
 * line, header lines, a blank line, Content-Length bytes of block, CRLF CRLF.
 * gzip members are read through by zlib's gz stream.
 *
 * `response` records whose HTTP payload is HTML, and `resource` records of
 * type text/html, become articles with WARC-Target-URI as url and WARC-Date
 * as date when the page has none. A record cut short ends the file with a
 * warning; the records before it are kept.
 */
#include "chorus/err.h"
#include "ingest_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    char type[32];
    char ctype[128];
    char uri[1024];
    char date[40];
    long long length;
} warc_hdr;

static void hdr_value(const char *line, size_t n, const char *name, char *out, size_t cap)
{
    size_t m = strlen(name);
    if (n <= m || strncasecmp(line, name, m) || line[m] != ':') return;
    const char *v = line + m + 1;
    size_t vn = n - m - 1;
    while (vn && isspace((unsigned char)*v)) { v++; vn--; }
    while (vn && isspace((unsigned char)v[vn - 1])) vn--;
    if (vn >= 2 && v[0] == '<' && v[vn - 1] == '>') { v++; vn -= 2; } /* wget writes <uri> */
    if (vn >= cap) vn = cap - 1;
    memcpy(out, v, vn);
    out[vn] = '\0';
}

/* find "\r\n\r\n" or "\n\n" end of HTTP headers */
static size_t http_body(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] == '\n' && s[i + 1] == '\n') return i + 2;
        if (i + 3 < n && s[i] == '\r' && s[i + 1] == '\n' && s[i + 2] == '\r' && s[i + 3] == '\n')
            return i + 4;
    }
    return 0;
}

static int http_header(const char *s, size_t hn, const char *name, char *out, size_t cap)
{
    size_t i = 0, m = strlen(name);
    out[0] = '\0';
    while (i < hn) {
        size_t e = i;
        while (e < hn && s[e] != '\n') e++;
        if (e - i > m && !strncasecmp(s + i, name, m) && s[i + m] == ':') {
            size_t a = i + m + 1, b = e;
            while (a < b && isspace((unsigned char)s[a])) a++;
            while (b > a && isspace((unsigned char)s[b - 1])) b--;
            size_t l = b - a < cap - 1 ? b - a : cap - 1;
            memcpy(out, s + a, l);
            out[l] = '\0';
            return 1;
        }
        i = e + 1;
    }
    return 0;
}

static int dechunk(const char *s, size_t n, ch_buf *out)
{
    size_t i = 0;
    while (i < n) {
        char *end;
        unsigned long sz = strtoul(s + i, &end, 16);
        if (end == s + i) return -1;
        const char *nl = memchr(end, '\n', (size_t)(s + n - end));
        if (!nl) return -1;
        i = (size_t)(nl - s) + 1;
        if (!sz) return 0;
        if (sz > n - i) return -1;
        ch_buf_append(out, s + i, sz);
        i += sz;
        while (i < n && (s[i] == '\r' || s[i] == '\n')) i++;
    }
    return 0;
}

static int inflate_all(const char *s, size_t n, ch_buf *out, size_t max)
{
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 32) != Z_OK) return -1; /* gzip or zlib */
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    int rc;
    do {
        if (ch_buf_reserve(out, 65536) < 0) { inflateEnd(&z); return -1; }
        z.next_out = (Bytef *)out->data + out->len;
        z.avail_out = 65536;
        rc = inflate(&z, Z_NO_FLUSH);
        out->len += 65536 - z.avail_out;
        if (out->len > max) { rc = Z_DATA_ERROR; break; }
    } while (rc == Z_OK);
    inflateEnd(&z);
    if (out->data) out->data[out->len] = '\0';
    return rc == Z_STREAM_END ? 0 : -1;
}

static void page(ch_ingest *ing, const char *path, const char *id, size_t recno,
                 const warc_hdr *h, const char *html, size_t n)
{
    ch_arena ar;
    ch_arena_init(&ar);
    ch_raw raw;
    ch_err e = {0};
    if (ch_html_extract(html, n, h->uri[0] ? h->uri : NULL, &ar, &raw, &e) < 0) {
        ch__warn(ing, path, recno, 1, e.code, "%s", e.msg);
    } else {
        raw.id = id;
        raw.input = path;
        raw.record = recno;
        if (!raw.date && h->date[0]) raw.date = h->date;
        ch__deliver(ing, &raw);
    }
    ch_arena_release(&ar);
}

static void response(ch_ingest *ing, const char *path, const char *id, size_t recno,
                     const warc_hdr *h, const char *blk, size_t n)
{
    if (!strcasecmp(h->type, "resource")) {
        if (strstr(h->ctype, "html")) page(ing, path, id, recno, h, blk, n);
        return;
    }
    if (!strstr(h->ctype, "application/http")) return; /* e.g. DNS records */
    size_t body = http_body(blk, n);
    if (!body) {
        ch__warn(ing, path, recno, 1, CH_EPARSE, "response record without http headers, skipped");
        return;
    }
    char ct[128], te[64], ce[64];
    http_header(blk, body, "Content-Type", ct, sizeof ct);
    http_header(blk, body, "Transfer-Encoding", te, sizeof te);
    http_header(blk, body, "Content-Encoding", ce, sizeof ce);
    int status = 0;
    if (n > 12 && !strncmp(blk, "HTTP/", 5)) {
        const char *sp = memchr(blk, ' ', 12);
        if (sp) status = atoi(sp + 1);
    }
    if (status && (status < 200 || status >= 300)) return; /* redirects, errors */
    const char *p = blk + body;
    size_t pn = n - body;
    int is_html = strstr(ct, "html") != NULL;
    if (!ct[0]) { /* sniff */
        for (size_t i = 0; i < pn && i < 512; i++)
            if (!strncasecmp(p + i, "<html", 5) || !strncasecmp(p + i, "<!doctype html", 14)) is_html = 1;
    }
    if (!is_html) return; /* images, scripts, css: not articles */
    ch_buf dec = CH_BUF_INIT, inf = CH_BUF_INIT;
    if (strcasestr(te, "chunked")) {
        if (dechunk(p, pn, &dec) < 0) {
            ch__warn(ing, path, recno, 1, CH_EPARSE, "bad chunked encoding, skipped");
            goto done;
        }
        p = dec.data ? dec.data : "";
        pn = dec.len;
    }
    if (strcasestr(ce, "gzip") || strcasestr(ce, "deflate")) {
        if (inflate_all(p, pn, &inf, ing->opts.max_record) < 0) {
            ch__warn(ing, path, recno, 1, CH_EPARSE, "cannot decode %s payload, skipped", ce);
            goto done;
        }
        p = inf.data ? inf.data : "";
        pn = inf.len;
    }
    page(ing, path, id, recno, h, p, pn);
done:
    ch_buf_release(&dec);
    ch_buf_release(&inf);
}

void ch__read_warc(ch_ingest *ing, const char *path, const char *id_base)
{
    ch__rd r;
    if (ch__rd_open(&r, path) < 0) {
        ch__warn(ing, path, 0, 1, CH_EIO, "cannot open '%s'", id_base);
        return;
    }
    ch_buf line = CH_BUF_INIT, blk = CH_BUF_INIT;
    size_t recno = 0;
    int toolong, resync = 0;
    char idbuf[1100];
    while (!ing->stop) {
        int got;
        while ((got = ch__rd_line(&r, &line, 4096, &toolong)) > 0 && line.len == 0)
            ;
        if (got <= 0) break;
        if (strncmp(line.data, "WARC/", 5)) {
            if (!resync)
                ch__warn(ing, path, recno + 1, 0, CH_EPARSE,
                         "expected a WARC record header, skipping to the next one");
            resync = 1;
            continue;
        }
        resync = 0;
        recno++;
        warc_hdr h = {0};
        h.length = -1;
        char lenbuf[32] = {0};
        while ((got = ch__rd_line(&r, &line, 8192, &toolong)) > 0 && line.len) {
            hdr_value(line.data, line.len, "WARC-Type", h.type, sizeof h.type);
            hdr_value(line.data, line.len, "Content-Type", h.ctype, sizeof h.ctype);
            hdr_value(line.data, line.len, "WARC-Target-URI", h.uri, sizeof h.uri);
            hdr_value(line.data, line.len, "WARC-Date", h.date, sizeof h.date);
            hdr_value(line.data, line.len, "Content-Length", lenbuf, sizeof lenbuf);
        }
        char *end;
        long long len = strtoll(lenbuf, &end, 10);
        if (!lenbuf[0] || *end || len < 0) {
            ch__warn(ing, path, recno, 1, CH_EPARSE, "WARC record without a valid Content-Length, skipped");
            resync = 1;
            continue;
        }
        int wanted = !strcasecmp(h.type, "response") || !strcasecmp(h.type, "resource");
        size_t want = (size_t)len;
        if (wanted && want > ing->opts.max_record) {
            ch__warn(ing, path, recno, 1, CH_ETOOBIG, "WARC record larger than %zu bytes, skipped",
                     ing->opts.max_record);
            wanted = 0;
        }
        size_t have;
        if (wanted) {
            ch_buf_reset(&blk);
            have = ch__rd_read(&r, &blk, want);
        } else {
            have = ch__rd_skip(&r, want);
        }
        if (have < want) {
            ch__warn(ing, path, recno, 1, CH_ETRUNC,
                     "WARC record truncated (%zu of %zu bytes); records before it kept", have, want);
            break;
        }
        if (wanted) {
            snprintf(idbuf, sizeof idbuf, "%s#%zu", id_base, recno);
            response(ing, path, idbuf, recno, &h, blk.data ? blk.data : "", blk.len);
        }
    }
    ing->stats.bytes += r.total;
    if (r.damaged)
        ch__warn(ing, path, recno, 0, CH_ETRUNC,
                 "damaged or truncated gzip after record %zu (%s); records before it kept", recno, r.why);
    ch_buf_release(&line);
    ch_buf_release(&blk);
    ch__rd_close(&r);
}
