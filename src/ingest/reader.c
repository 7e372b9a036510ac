/* reader.c - inputs: files, directories, stdin; .txt, .jsonl(.gz), .html.
 *
 * Every input goes through zlib's gz stream, which reads plain files as they
 * are and gzip files (also multi-member, as WARC writers make them) without
 * a separate path; a damaged or truncated stream is reported and what was
 * read before the damage is kept.
 */
#define _POSIX_C_SOURCE 200809L
#include "chorus/err.h"
#include "ingest_int.h"

#include <cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define RD_CHUNK 65536

/* ===== buffered gz reader ===== */

int ch__rd_open(ch__rd *r, const char *path)
{
    memset(r, 0, sizeof *r);
    if (!strcmp(path, "-")) {
        int fd = dup(0);
        if (fd < 0) return CH_EIO;
        r->gz = gzdopen(fd, "rb");
        if (!r->gz) close(fd);
    } else {
        r->gz = gzopen(path, "rb");
    }
    if (!r->gz) return CH_EIO;
    gzbuffer(r->gz, 1 << 17);
    r->buf = ch_malloc(RD_CHUNK);
    if (!r->buf) {
        gzclose(r->gz);
        r->gz = NULL;
        return CH_ENOMEM;
    }
    return CH_OK;
}

void ch__rd_close(ch__rd *r)
{
    if (r->gz) gzclose(r->gz);
    ch_free(r->buf);
    r->gz = NULL;
    r->buf = NULL;
}

static int fill(ch__rd *r)
{
    if (r->pos < r->len) return 1;
    if (r->eof) return 0;
    int n = gzread(r->gz, r->buf, RD_CHUNK);
    if (n <= 0) {
        int errnum = 0;
        const char *msg = gzerror(r->gz, &errnum);
        if (n < 0 || (errnum != Z_OK && errnum != Z_STREAM_END)) {
            r->damaged = 1;
            snprintf(r->why, sizeof r->why, "%s", msg && *msg ? msg : "read error");
        }
        r->eof = 1;
        r->pos = r->len = 0;
        return 0;
    }
    r->pos = 0;
    r->len = (size_t)n;
    return 1;
}

int ch__rd_line(ch__rd *r, ch_buf *line, size_t max, int *toolong)
{
    ch_buf_reset(line);
    *toolong = 0;
    int any = 0;
    while (fill(r)) {
        any = 1;
        char *s = r->buf + r->pos;
        size_t avail = r->len - r->pos;
        char *nl = memchr(s, '\n', avail);
        size_t take = nl ? (size_t)(nl - s) : avail;
        if (line->len < max) {
            size_t room = max - line->len;
            if (ch_buf_append(line, s, take < room ? take : room) < 0) return -1;
        }
        if (line->len + take > max && take) *toolong = 1;
        r->pos += take + (nl ? 1 : 0);
        r->total += take + (nl ? 1 : 0);
        if (nl) break;
    }
    if (line->len && line->data[line->len - 1] == '\r') line->data[--line->len] = '\0';
    return any;
}

size_t ch__rd_read(ch__rd *r, ch_buf *out, size_t n)
{
    size_t got = 0;
    while (got < n && fill(r)) {
        size_t avail = r->len - r->pos, take = n - got < avail ? n - got : avail;
        if (ch_buf_append(out, r->buf + r->pos, take) < 0) break;
        r->pos += take;
        got += take;
    }
    r->total += got;
    return got;
}

size_t ch__rd_skip(ch__rd *r, size_t n)
{
    size_t got = 0;
    while (got < n && fill(r)) {
        size_t avail = r->len - r->pos, take = n - got < avail ? n - got : avail;
        r->pos += take;
        got += take;
    }
    r->total += got;
    return got;
}

/* ===== helpers ===== */

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcasecmp(s + n - m, suf);
}

/* line number (1-based) of byte offset `off` in s */
static size_t line_of(const char *s, size_t off)
{
    size_t l = 1;
    for (size_t i = 0; i < off; i++) l += s[i] == '\n';
    return l;
}

static int looks_binary(const char *s, size_t n)
{
    size_t m = n < 8192 ? n : 8192, bad = 0;
    if (memchr(s, '\0', m)) return 1;
    for (size_t i = 0; i < m;) {
        int32_t cp;
        int l = ch_utf8_decode(s + i, m - i, &cp);
        if (cp < 0 && i + 4 < m) bad++;
        else if (cp >= 0 && cp < 32 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f') bad++;
        i += (size_t)l;
    }
    return m && bad * 10 > m; /* > 10% control or invalid bytes */
}

/* read a whole (possibly gzip) file; returns 0, or -1 after warning */
static int slurp(ch_ingest *ing, const char *path, const char *id, ch_buf *out)
{
    ch__rd r;
    if (ch__rd_open(&r, path) < 0) {
        ch__warn(ing, path, 0, 1, CH_EIO, "cannot open '%s': %s", id, strerror(errno));
        return -1;
    }
    size_t max = ing->opts.max_record;
    size_t got = ch__rd_read(&r, out, max + 1);
    ing->stats.bytes += got;
    int damaged = r.damaged;
    char why[128];
    snprintf(why, sizeof why, "%s", r.why);
    ch__rd_close(&r);
    if (got > max) {
        ch__warn(ing, path, 0, 1, CH_ETOOBIG, "file larger than %zu bytes, skipped", max);
        return -1;
    }
    if (damaged)
        ch__warn(ing, path, 0, 0, CH_ETRUNC, "damaged or truncated input (%s); kept %zu bytes read before it",
                 why, got);
    return 0;
}

/* ===== formats ===== */

static void read_txt(ch_ingest *ing, const char *path, const char *id)
{
    ch_buf b = CH_BUF_INIT;
    if (slurp(ing, path, id, &b) < 0) goto done;
    if (looks_binary(b.data ? b.data : "", b.len)) {
        ch__warn(ing, path, 0, 1, CH_EBINARY, "binary file, skipped");
        goto done;
    }
    if (!ch_utf8_valid(b.data ? b.data : "", b.len)) {
        size_t bad = 0;
        ch_buf fixed = CH_BUF_INIT;
        long nbad = ch_utf8_repair(b.data, b.len, &fixed, &bad);
        ch__warn(ing, path, line_of(b.data, bad), 0, CH_EUTF8,
                 "invalid utf-8 replaced with U+FFFD (%ld sequence%s)", nbad, nbad == 1 ? "" : "s");
        ch_buf_release(&b);
        b = fixed;
    }
    ch_raw raw = {0};
    raw.id = id;
    raw.text = b.data ? b.data : "";
    raw.text_len = b.len;
    raw.input = path;
    ch__deliver(ing, &raw);
done:
    ch_buf_release(&b);
}

static void read_html(ch_ingest *ing, const char *path, const char *id)
{
    ch_buf b = CH_BUF_INIT;
    if (slurp(ing, path, id, &b) < 0) goto done;
    if (memchr(b.data ? b.data : "", '\0', b.len < 8192 ? b.len : 8192)) {
        ch__warn(ing, path, 0, 1, CH_EBINARY, "binary file, skipped");
        goto done;
    }
    ch_arena ar;
    ch_arena_init(&ar);
    ch_raw raw;
    ch_err e = {0};
    if (ch_html_extract(b.data ? b.data : "", b.len, NULL, &ar, &raw, &e) < 0) {
        ch__warn(ing, path, 0, 1, e.code, "%s", e.msg);
    } else {
        raw.id = id;
        raw.input = path;
        ch__deliver(ing, &raw);
    }
    ch_arena_release(&ar);
done:
    ch_buf_release(&b);
}

static const char *jstr(ch_ingest *ing, cJSON *o, const char *name, const char *input,
                        size_t line, char *numbuf, size_t numcap)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!v || cJSON_IsNull(v)) return NULL;
    if (cJSON_IsString(v)) return v->valuestring;
    if (cJSON_IsNumber(v) && numbuf) { /* numeric ids are common: keep them */
        snprintf(numbuf, numcap, "%.17g", v->valuedouble);
        return numbuf;
    }
    ch__warn(ing, input, line, 0, CH_ETYPE, "field '%s' is not a string, ignored", name);
    return NULL;
}

static void read_jsonl(ch_ingest *ing, const char *path, const char *id_base)
{
    ch__rd r;
    if (ch__rd_open(&r, path) < 0) {
        ch__warn(ing, path, 0, 1, CH_EIO, "cannot open '%s': %s", id_base, strerror(errno));
        return;
    }
    ch_buf line = CH_BUF_INIT, fixed = CH_BUF_INIT;
    size_t lineno = 0;
    int toolong;
    size_t bytes0 = ing->stats.bytes;
    while (!ing->stop && ch__rd_line(&r, &line, ing->opts.max_record, &toolong) > 0) {
        lineno++;
        ing->stats.bytes = bytes0 + r.total; /* progress while the file is read */
        if (toolong) {
            ch__warn(ing, path, lineno, 1, CH_ETOOBIG, "line longer than %zu bytes, skipped",
                     ing->opts.max_record);
            continue;
        }
        size_t a = 0;
        while (a < line.len && (line.data[a] == ' ' || line.data[a] == '\t')) a++;
        if (a == line.len) continue; /* blank line */
        const char *js = line.data;
        size_t jn = line.len;
        if (!ch_utf8_valid(js, jn) && !memchr(js, '\0', jn)) {
            ch_buf_reset(&fixed);
            long nbad = ch_utf8_repair(js, jn, &fixed, NULL);
            ch__warn(ing, path, lineno, 0, CH_EUTF8,
                     "invalid utf-8 replaced with U+FFFD (%ld sequence%s)", nbad, nbad == 1 ? "" : "s");
            js = fixed.data;
            jn = fixed.len;
        }
        cJSON *o = cJSON_ParseWithLength(js, jn);
        if (!o) {
            const char *ep = cJSON_GetErrorPtr();
            size_t col = ep && ep >= js && ep <= js + jn ? (size_t)(ep - js) + 1 : 0;
            ch__warn(ing, path, lineno, 1, CH_EPARSE, "malformed json near column %zu, skipped", col);
            continue;
        }
        if (!cJSON_IsObject(o)) {
            ch__warn(ing, path, lineno, 1, CH_ETYPE, "json line is not an object, skipped");
            cJSON_Delete(o);
            continue;
        }
        cJSON *tv = cJSON_GetObjectItemCaseSensitive(o, "text");
        if (!cJSON_IsString(tv)) {
            ch__warn(ing, path, lineno, 1, tv ? CH_ETYPE : CH_EPARSE,
                     tv ? "field 'text' is not a string, skipped" : "no 'text' field, skipped");
            cJSON_Delete(o);
            continue;
        }
        char numid[32], idbuf[512];
        ch_raw raw = {0};
        raw.id = jstr(ing, o, "id", path, lineno, numid, sizeof numid);
        if (!raw.id) {
            snprintf(idbuf, sizeof idbuf, "%s:%zu", id_base, lineno);
            raw.id = idbuf;
        }
        raw.url = jstr(ing, o, "url", path, lineno, NULL, 0);
        raw.source = jstr(ing, o, "source", path, lineno, NULL, 0);
        if (!raw.source) raw.source = jstr(ing, o, "domain", path, lineno, NULL, 0);
        raw.date = jstr(ing, o, "date", path, lineno, NULL, 0);
        raw.lang = jstr(ing, o, "lang", path, lineno, NULL, 0);
        raw.title = jstr(ing, o, "title", path, lineno, NULL, 0);
        char evbuf[32];
        raw.event = jstr(ing, o, "event", path, lineno, evbuf, sizeof evbuf);
        raw.text = tv->valuestring;
        raw.text_len = strlen(tv->valuestring);
        raw.input = path;
        raw.record = lineno;
        ch__deliver(ing, &raw);
        cJSON_Delete(o);
    }
    ing->stats.bytes = bytes0 + r.total;
    if (r.damaged)
        ch__warn(ing, path, lineno, 0, CH_ETRUNC,
                 "damaged or truncated input after line %zu (%s); earlier lines kept", lineno, r.why);
    ch_buf_release(&line);
    ch_buf_release(&fixed);
    ch__rd_close(&r);
}

/* ===== dispatch and directory walk ===== */

typedef struct {
    dev_t dev;
    ino_t ino;
} dirid;

typedef struct {
    dirid *v;
    size_t n, cap;
} dirstack;

static int read_file(ch_ingest *ing, const char *path, const char *id, int explicit_arg)
{
    ing->stats.files++;
    if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson") || ends_with(path, ".jsonl.gz") ||
        ends_with(path, ".ndjson.gz") || ends_with(path, ".json"))
        read_jsonl(ing, path, id);
    else if (ends_with(path, ".warc") || ends_with(path, ".warc.gz"))
        ch__read_warc(ing, path, id);
    else if (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".html.gz") ||
             ends_with(path, ".htm.gz"))
        read_html(ing, path, id);
    else if (ends_with(path, ".txt") || ends_with(path, ".txt.gz") || explicit_arg)
        read_txt(ing, path, id);
    else {
        ing->stats.files--;
        ch__warn(ing, path, 0, 1, CH_EFORMAT,
                 "unsupported file type, skipped (expected .txt .jsonl .ndjson .html .htm .warc, optionally .gz)");
    }
    return CH_OK;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(ch_ingest *ing, const char *dir, size_t root_len, dirstack *st)
{
    DIR *d = opendir(dir);
    if (!d) {
        ch__warn(ing, dir, 0, 1, CH_EIO, "cannot open directory: %s", strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue; /* ., .., hidden files */
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **nn = ch_realloc(names, cap * sizeof *nn);
            if (!nn) break;
            names = nn;
        }
        names[n] = ch_strndup(de->d_name, strlen(de->d_name));
        if (names[n]) n++;
    }
    closedir(d);
    if (n) ch_qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && !ing->stop; i++) {
        size_t pl = strlen(dir) + strlen(names[i]) + 2;
        char *p = ch_malloc(pl);
        if (!p) break;
        snprintf(p, pl, "%s/%s", dir, names[i]);
        struct stat sb;
        if (stat(p, &sb) < 0) {
            ch__warn(ing, p, 0, 1, CH_EIO, "cannot read: %s", strerror(errno));
        } else if (S_ISDIR(sb.st_mode)) {
            int loop = 0;
            for (size_t k = 0; k < st->n; k++)
                if (st->v[k].dev == sb.st_dev && st->v[k].ino == sb.st_ino) loop = 1;
            if (loop) {
                ch__warn(ing, p, 0, 1, CH_ELOOP, "directory loop, not followed");
            } else {
                if (st->n == st->cap) {
                    size_t c2 = st->cap ? st->cap * 2 : 16;
                    dirid *nv = ch_realloc(st->v, c2 * sizeof *nv);
                    if (nv) { st->v = nv; st->cap = c2; }
                }
                if (st->n < st->cap) {
                    st->v[st->n++] = (dirid){sb.st_dev, sb.st_ino};
                    walk(ing, p, root_len, st);
                    st->n--;
                }
            }
        } else if (S_ISREG(sb.st_mode)) {
            read_file(ing, p, p + root_len, 0);
        } else {
            ch__warn(ing, p, 0, 1, CH_EFORMAT, "not a regular file, skipped");
        }
        ch_free(p);
    }
    for (size_t i = 0; i < n; i++) ch_free(names[i]);
    ch_free(names);
}

int ch_ingest_path(ch_ingest *ing, const char *path)
{
    if (!strcmp(path, "-")) {
        ing->stats.files++;
        read_jsonl(ing, "-", "-");
        return ing->stop ? ing->stop_rc : CH_OK;
    }
    struct stat sb;
    if (stat(path, &sb) < 0) {
        int code = errno == ENOENT ? CH_ENOTFOUND : CH_EIO;
        ch__warn(ing, path, 0, 1, code, "cannot read '%s': %s", path, strerror(errno));
        return code;
    }
    if (S_ISDIR(sb.st_mode)) {
        size_t len = strlen(path);
        while (len > 1 && path[len - 1] == '/') len--;
        char *root = ch_strndup(path, len);
        if (!root) return CH_ENOMEM;
        dirstack st = {0};
        st.v = ch_malloc(16 * sizeof *st.v);
        if (st.v) {
            st.cap = 16;
            st.v[st.n++] = (dirid){sb.st_dev, sb.st_ino};
            walk(ing, root, len + 1, &st);
        }
        ch_free(st.v);
        ch_free(root);
    } else {
        const char *base = strrchr(path, '/');
        read_file(ing, path, base ? base + 1 : path, 1);
    }
    return ing->stop ? ing->stop_rc : CH_OK;
}
