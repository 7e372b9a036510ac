/* html.c - main-text extraction from HTML pages with libxml2's parser.
 *
 * libxml2 does the parsing (tolerant, entity decoding, charset from <meta>).
 * Extraction is ours, because no Debian C library does boilerplate removal:
 *  1. drop subtrees that are never article text: script, style, nav, header,
 *     footer, aside, form, iframe, svg, buttons, figure captions, and any
 *     element whose class or id names a share widget, related-links list,
 *     comment block, cookie banner, newsletter box, ad or menu;
 *  2. score containers: each paragraph adds its non-link text length to its
 *     parent and half of it to its grandparent (the readability idea);
 *  3. emit the paragraphs, headings, quotes and list items of the best
 *     container in document order, skipping link-dense ones.
 * Metadata: og:title / <title>, article:published_time, <time datetime>,
 * JSON-LD datePublished/headline/publisher, og:site_name or canonical host.
 */
#include "chorus/ingest.h"
#include "chorus/clean.h"
#include "chorus/err.h"

#include <cJSON.h>
#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>
#include <strings.h>

typedef struct {
    ch_arena *arena;
    char *title, *og_title, *site, *date, *canonical, *lang, *ld_headline, *ld_date, *ld_site;
    char *time_dt;
    xmlNode *best;
    double best_score;
} hx;

static const char *const drop_tags[] = {"script", "style", "noscript", "nav", "header",
                                        "footer", "aside", "form", "iframe", "svg", "button",
                                        "select", "template", "figcaption", "input", "textarea",
                                        "object", "embed", "canvas", "dialog", "menu", NULL};

static const char *const drop_words[] = {"share", "social", "related", "comment", "cookie",
                                         "newsletter", "promo", "advert", "sidebar", "menu",
                                         "breadcrumb", "subscribe", "signup", "popup", "modal",
                                         "banner", "widget", "recommend", "most-read", "trending",
                                         "paywall", "consent", "footer", "masthead", "navbar",
                                         "toolbar", "byline-share", NULL};

static int name_is(const xmlNode *n, const char *tag)
{
    return n->type == XML_ELEMENT_NODE && n->name && !strcasecmp((const char *)n->name, tag);
}

static char *attr(xmlNode *n, const char *name)
{
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static int attr_has_drop_word(xmlNode *n)
{
    static const char *const attrs[] = {"class", "id", "role", NULL};
    for (int a = 0; attrs[a]; a++) {
        char *v = attr(n, attrs[a]);
        if (!v) continue;
        int hit = 0;
        char low[256];
        size_t k = 0;
        for (const char *p = v; *p && k < sizeof low - 1; p++) low[k++] = (char)tolower((unsigned char)*p);
        low[k] = '\0';
        for (int i = 0; drop_words[i] && !hit; i++)
            if (strstr(low, drop_words[i])) hit = 1;
        /* ads as a word: "ad", "ads", "ad-slot" */
        for (char *t = strtok(low, " _"); t && !hit; t = strtok(NULL, " _"))
            if (!strcmp(t, "ad") || !strcmp(t, "ads") || !strncmp(t, "ad-", 3)) hit = 1;
        if (!strcmp(attrs[a], "role") && (strstr(low, "navigation") || strstr(low, "complementary") ||
                                         strstr(low, "banner") || strstr(low, "contentinfo")))
            hit = 1;
        xmlFree(v);
        if (hit) return 1;
    }
    return 0;
}

static int dropped(xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE) return 0;
    for (int i = 0; drop_tags[i]; i++)
        if (name_is(n, drop_tags[i])) return 1;
    if (name_is(n, "body") || name_is(n, "html") || name_is(n, "article") || name_is(n, "main"))
        return 0;
    return attr_has_drop_word(n);
}

/* text of a subtree with white space collapsed; link text counted apart */
static void collect_text(xmlNode *n, ch_buf *out, size_t *link_len, int in_link)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const char *t = (const char *)c->content;
            if (!t) continue;
            for (; *t; t++) {
                unsigned char ch = (unsigned char)*t;
                if (isspace(ch)) {
                    if (out->len && out->data[out->len - 1] != ' ' && out->data[out->len - 1] != '\n')
                        ch_buf_putc(out, ' ');
                } else {
                    ch_buf_putc(out, (char)ch);
                    if (in_link) (*link_len)++;
                }
            }
        } else if (c->type == XML_ELEMENT_NODE) {
            if (dropped(c)) continue;
            if (name_is(c, "br")) {
                while (out->len && out->data[out->len - 1] == ' ') out->len--;
                ch_buf_putc(out, '\n');
                continue;
            }
            collect_text(c->children, out, link_len, in_link || name_is(c, "a"));
        }
    }
}

static int is_para(xmlNode *n)
{
    return name_is(n, "p") || name_is(n, "h2") || name_is(n, "h3") || name_is(n, "h4") ||
           name_is(n, "blockquote") || name_is(n, "li") || name_is(n, "pre") ||
           name_is(n, "h5") || name_is(n, "h6") || name_is(n, "dd");
}

/* score: paragraph text to parent (1) and grandparent (0.5) */
typedef struct { xmlNode *node; double score; } score_ent;
typedef struct { score_ent *v; size_t n, cap; } scores;

static void add_score(scores *sc, xmlNode *node, double s)
{
    if (!node) return;
    for (size_t i = 0; i < sc->n; i++)
        if (sc->v[i].node == node) { sc->v[i].score += s; return; }
    if (sc->n == sc->cap) {
        size_t cap = sc->cap ? sc->cap * 2 : 64;
        score_ent *v = ch_realloc(sc->v, cap * sizeof *v);
        if (!v) return;
        sc->v = v;
        sc->cap = cap;
    }
    sc->v[sc->n++] = (score_ent){node, s};
}

static void score_walk(xmlNode *n, scores *sc, ch_buf *tmp)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || dropped(c)) continue;
        if (name_is(c, "p") || name_is(c, "pre") || name_is(c, "blockquote")) {
            size_t link = 0;
            ch_buf_reset(tmp);
            collect_text(c->children, tmp, &link, 0);
            double len = (double)(tmp->len - (link < tmp->len ? link : tmp->len));
            if (len >= 25) {
                add_score(sc, c->parent, len);
                if (c->parent) add_score(sc, c->parent->parent, len / 2);
            }
            continue;
        }
        score_walk(c->children, sc, tmp);
    }
}

static void emit_paras(xmlNode *n, ch_buf *out, ch_buf *tmp)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || dropped(c)) continue;
        if (is_para(c)) {
            size_t link = 0;
            ch_buf_reset(tmp);
            collect_text(c->children, tmp, &link, 0);
            size_t a = 0, b = tmp->len;
            while (a < b && isspace((unsigned char)tmp->data[a])) a++;
            while (b > a && isspace((unsigned char)tmp->data[b - 1])) b--;
            if (b > a && link * 2 <= b - a) {
                if (out->len) ch_buf_putc(out, '\n');
                ch_buf_append(out, tmp->data + a, b - a);
            }
            continue;
        }
        emit_paras(c->children, out, tmp);
    }
}

static char *dup_arena(ch_arena *a, const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) n--;
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    return n ? ch_arena_strndup(a, s, n) : NULL;
}

static void set_once(hx *h, char **slot, const char *v)
{
    if (!*slot && v && *v) *slot = dup_arena(h->arena, v);
}

static void ld_walk(hx *h, cJSON *j)
{
    if (!j) return;
    if (cJSON_IsArray(j)) {
        cJSON *e;
        cJSON_ArrayForEach(e, j) ld_walk(h, e);
        return;
    }
    if (!cJSON_IsObject(j)) return;
    cJSON *v = cJSON_GetObjectItemCaseSensitive(j, "datePublished");
    if (cJSON_IsString(v)) set_once(h, &h->ld_date, v->valuestring);
    v = cJSON_GetObjectItemCaseSensitive(j, "headline");
    if (cJSON_IsString(v)) set_once(h, &h->ld_headline, v->valuestring);
    v = cJSON_GetObjectItemCaseSensitive(j, "publisher");
    if (cJSON_IsObject(v)) {
        cJSON *nm = cJSON_GetObjectItemCaseSensitive(v, "name");
        if (cJSON_IsString(nm)) set_once(h, &h->ld_site, nm->valuestring);
    }
    ld_walk(h, cJSON_GetObjectItemCaseSensitive(j, "@graph"));
}

static void meta_walk(hx *h, xmlNode *n)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (name_is(c, "html")) {
            char *l = attr(c, "lang");
            if (l) { set_once(h, &h->lang, l); xmlFree(l); }
        } else if (name_is(c, "meta")) {
            char *p = attr(c, "property"), *nm = attr(c, "name"), *ip = attr(c, "itemprop");
            char *content = attr(c, "content");
            const char *key = p ? p : nm ? nm : ip;
            if (key && content) {
                if (!strcasecmp(key, "og:title")) set_once(h, &h->og_title, content);
                else if (!strcasecmp(key, "og:site_name")) set_once(h, &h->site, content);
                else if (!strcasecmp(key, "article:published_time") ||
                         !strcasecmp(key, "datePublished") || !strcasecmp(key, "pubdate") ||
                         !strcasecmp(key, "publish-date") || !strcasecmp(key, "date") ||
                         !strcasecmp(key, "dc.date") || !strcasecmp(key, "DC.date.issued"))
                    set_once(h, &h->date, content);
                else if (!strcasecmp(key, "og:url")) set_once(h, &h->canonical, content);
            }
            xmlFree(p); xmlFree(nm); xmlFree(ip); xmlFree(content);
        } else if (name_is(c, "link")) {
            char *rel = attr(c, "rel"), *href = attr(c, "href");
            if (rel && href && !strcasecmp(rel, "canonical")) {
                h->canonical = NULL; /* canonical beats og:url */
                set_once(h, &h->canonical, href);
            }
            xmlFree(rel); xmlFree(href);
        } else if (name_is(c, "title")) {
            xmlChar *t = xmlNodeGetContent(c);
            if (t) { set_once(h, &h->title, (const char *)t); xmlFree(t); }
        } else if (name_is(c, "time")) {
            char *dt = attr(c, "datetime");
            if (dt) { set_once(h, &h->time_dt, dt); xmlFree(dt); }
        } else if (name_is(c, "script")) {
            char *type = attr(c, "type");
            if (type && !strcasecmp(type, "application/ld+json")) {
                xmlChar *t = xmlNodeGetContent(c);
                if (t) {
                    cJSON *j = cJSON_Parse((const char *)t);
                    ld_walk(h, j);
                    cJSON_Delete(j);
                    xmlFree(t);
                }
            }
            xmlFree(type);
            continue;
        }
        meta_walk(h, c->children);
    }
}

static const char *host_of(ch_arena *a, const char *url)
{
    if (!url) return NULL;
    const char *p = strstr(url, "://");
    if (!p) return NULL;
    p += 3;
    size_t n = strcspn(p, "/:?#");
    if (n > 4 && !strncmp(p, "www.", 4)) { p += 4; n -= 4; }
    return n ? ch_arena_strndup(a, p, n) : NULL;
}

/* "2024-11-13T10:00:00Z" or "November 13, 2024" -> "2024-11-13" */
static const char *norm_date(ch_arena *a, const char *s)
{
    if (!s) return NULL;
    char d[11];
    while (*s && isspace((unsigned char)*s)) s++;
    if (!ch_clean_parse_date(s, strlen(s), 0, d)) return NULL;
    return ch_arena_strndup(a, d, 10);
}

/* drop a " | Site" or " - Site" suffix from a <title> */
static const char *strip_site(ch_arena *a, const char *t, const char *site)
{
    if (!t) return NULL;
    size_t n = strlen(t);
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", NULL};
    for (int i = 0; seps[i]; i++) {
        const char *last = NULL;
        for (const char *p = strstr(t, seps[i]); p; p = strstr(p + 1, seps[i])) last = p;
        if (!last) continue;
        const char *suf = last + strlen(seps[i]);
        if ((site && !strcasecmp(suf, site)) || strlen(suf) < 30) {
            if ((size_t)(last - t) >= 10) return ch_arena_strndup(a, t, (size_t)(last - t));
        }
    }
    return ch_arena_strndup(a, t, n);
}

int ch_html_extract(const char *html, size_t n, const char *url, ch_arena *arena,
                    ch_raw *raw, ch_err *err)
{
    if (n > 0x7fffffff) return CH_FAIL(err, CH_ETOOBIG, "html page too large");
    const char *enc = ch_utf8_valid(html, n) ? "UTF-8" : NULL;
    htmlDocPtr doc = htmlReadMemory(html, (int)n, url, enc,
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        HTML_PARSE_NOBLANKS);
    if (!doc) return CH_FAIL(err, CH_EPARSE, "cannot parse html");
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root) {
        xmlFreeDoc(doc);
        return CH_FAIL(err, CH_EPARSE, "html has no root element");
    }
    hx h = {0};
    h.arena = arena;
    meta_walk(&h, root);

    scores sc = {0};
    ch_buf tmp = CH_BUF_INIT, out = CH_BUF_INIT;
    score_walk(root, &sc, &tmp);
    xmlNode *best = NULL;
    double bs = 0;
    for (size_t i = 0; i < sc.n; i++)
        if (sc.v[i].score > bs) { bs = sc.v[i].score; best = sc.v[i].node; }
    ch_free(sc.v);
    if (best) {
        emit_paras(best->children, &out, &tmp);
    } else { /* no paragraphs: take the body's text */
        size_t link = 0;
        collect_text(root, &out, &link, 0);
    }
    ch_buf_release(&tmp);

    memset(raw, 0, sizeof *raw);
    raw->text = out.data ? ch_arena_strndup(arena, out.data, out.len) : "";
    raw->text_len = out.len;
    ch_buf_release(&out);
    const char *site = h.site ? h.site : h.ld_site;
    raw->url = url ? url : h.canonical;
    raw->source = site ? site : host_of(arena, raw->url ? raw->url : h.canonical);
    raw->title = h.og_title ? h.og_title : h.ld_headline ? h.ld_headline
                                                        : strip_site(arena, h.title, site);
    raw->date = norm_date(arena, h.date);
    if (!raw->date) raw->date = norm_date(arena, h.time_dt);
    if (!raw->date) raw->date = norm_date(arena, h.ld_date);
    if (h.lang) {
        char code[3] = {(char)tolower((unsigned char)h.lang[0]),
                        h.lang[1] ? (char)tolower((unsigned char)h.lang[1]) : 0, 0};
        if (isalpha((unsigned char)code[0]) && isalpha((unsigned char)code[1]))
            raw->lang = ch_arena_strndup(arena, code, 2);
    }
    xmlFreeDoc(doc);
    if (!raw->text) return CH_FAIL(err, CH_ENOMEM, "out of memory");
    return CH_OK;
}
