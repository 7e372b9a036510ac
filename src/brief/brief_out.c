/* brief_out.c - a brief as JSON (cJSON), Markdown, or HTML. */
#include "chorus/brief.h"
#include "chorus/extract.h"

#include <cJSON.h>
#include <stdio.h>
#include <string.h>

static const char *aid(const ch_brief *b, size_t i) { return b->articles[i]->id ? b->articles[i]->id : "?"; }

static cJSON *str_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static cJSON *ids(const ch_brief *b, const size_t *v, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) cJSON_AddItemToArray(a, cJSON_CreateString(aid(b, v[i])));
    return a;
}

static cJSON *to_json(const ch_brief *b)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "event", str_or_null(b->event));
    cJSON *card = cJSON_AddObjectToObject(o, "card");
    cJSON_AddItemToObject(card, "title", str_or_null(b->title));
    cJSON_AddItemToObject(card, "date", b->date[0] ? cJSON_CreateString(b->date) : cJSON_CreateNull());
    cJSON *span = cJSON_AddObjectToObject(card, "reported");
    cJSON_AddItemToObject(span, "first", b->first_date[0] ? cJSON_CreateString(b->first_date) : cJSON_CreateNull());
    cJSON_AddItemToObject(span, "last", b->last_date[0] ? cJSON_CreateString(b->last_date) : cJSON_CreateNull());
    cJSON_AddItemToObject(card, "place", str_or_null(b->place));
    cJSON *act = cJSON_AddArrayToObject(card, "actors");
    for (size_t i = 0; i < b->n_actors; i++) cJSON_AddItemToArray(act, cJSON_CreateString(b->actors[i]));
    cJSON_AddNumberToObject(card, "outlets", (double)b->n_outlets);
    cJSON *lg = cJSON_AddArrayToObject(card, "languages");
    for (size_t i = 0; i < b->n_languages; i++) cJSON_AddItemToArray(lg, cJSON_CreateString(b->languages[i]));
    cJSON *arts = cJSON_AddArrayToObject(o, "articles");
    for (size_t i = 0; i < b->n_articles; i++) {
        const ch_article *a = b->articles[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "id", aid(b, i));
        cJSON_AddItemToObject(x, "source", str_or_null(a->source));
        cJSON_AddItemToObject(x, "title", str_or_null(a->title));
        cJSON_AddItemToObject(x, "date", str_or_null(a->date));
        cJSON_AddItemToObject(x, "lang", str_or_null(a->lang));
        cJSON_AddItemToObject(x, "url", str_or_null(a->url));
        cJSON_AddItemToArray(arts, x);
    }
    cJSON *sum = cJSON_AddArrayToObject(o, "summary");
    for (size_t i = 0; i < b->n_summary; i++) {
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "text", b->summary[i].text);
        cJSON_AddStringToObject(x, "from", aid(b, b->summary[i].article));
        cJSON_AddItemToObject(x, "sources", ids(b, b->summary[i].sources, b->summary[i].n_sources));
        cJSON_AddItemToArray(sum, x);
    }
    cJSON *qs = cJSON_AddArrayToObject(o, "quotes");
    for (size_t i = 0; i < b->n_quotes; i++) {
        const ch_brief_quote *q = &b->quotes[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddItemToObject(x, "speaker", str_or_null(q->speaker));
        cJSON_AddItemToObject(x, "role", str_or_null(q->role));
        cJSON_AddStringToObject(x, "text", q->text);
        cJSON_AddBoolToObject(x, "speaker_disputed", q->speaker_disputed);
        cJSON *vs = cJSON_AddArrayToObject(x, "variants");
        for (size_t k = 0; k < q->n_variants; k++) {
            cJSON *v = cJSON_CreateObject();
            cJSON_AddStringToObject(v, "article", aid(b, q->variants[k].article));
            cJSON_AddStringToObject(v, "text", q->variants[k].text);
            cJSON_AddItemToObject(v, "speaker", str_or_null(q->variants[k].speaker));
            cJSON_AddItemToArray(vs, v);
        }
        cJSON_AddItemToArray(qs, x);
    }
    cJSON *fs = cJSON_AddArrayToObject(o, "figures");
    for (size_t i = 0; i < b->n_figures; i++) {
        const ch_brief_figure *f = &b->figures[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddItemToObject(x, "subject", str_or_null(f->subject));
        cJSON_AddStringToObject(x, "kind", ch_figure_kind_name(f->kind));
        cJSON *vs = cJSON_AddArrayToObject(x, "values");
        for (size_t k = 0; k < f->n_values; k++) {
            cJSON *v = cJSON_CreateObject();
            cJSON_AddNumberToObject(v, "value", f->values[k].value);
            cJSON_AddItemToObject(v, "unit", str_or_null(f->values[k].unit));
            cJSON_AddStringToObject(v, "text", f->values[k].text);
            cJSON_AddItemToObject(v, "articles", ids(b, f->values[k].articles, f->values[k].n_articles));
            cJSON_AddItemToArray(vs, v);
        }
        cJSON_AddBoolToObject(x, "agree", f->agree);
        cJSON_AddItemToArray(fs, x);
    }
    cJSON *cv = cJSON_AddArrayToObject(o, "coverage");
    for (size_t i = 0; i < b->n_coverage; i++) {
        const ch_brief_coverage *c = &b->coverage[i];
        const ch_article *a = b->articles[c->article];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "article", aid(b, c->article));
        cJSON_AddItemToObject(x, "source", str_or_null(a->source));
        cJSON_AddItemToObject(x, "date", str_or_null(a->date));
        cJSON_AddItemToObject(x, "lang", str_or_null(a->lang));
        cJSON_AddNumberToObject(x, "words", (double)c->words);
        cJSON_AddItemToObject(x, "near_duplicate_of",
                              c->near_duplicate_of >= 0 ? cJSON_CreateString(aid(b, (size_t)c->near_duplicate_of)) : cJSON_CreateNull());
        cJSON *u = cJSON_AddArrayToObject(x, "unique");
        for (size_t k = 0; k < c->n_unique; k++) cJSON_AddItemToArray(u, cJSON_CreateString(c->unique[k]));
        cJSON_AddItemToArray(cv, x);
    }
    return o;
}

static const char *src_of(const ch_brief *b, size_t i)
{
    return b->articles[i]->source ? b->articles[i]->source : aid(b, i);
}

static void md(const ch_brief *b, ch_buf *o)
{
    ch_buf_printf(o, "# %s\n\n", b->title ? b->title : "(untitled event)");
    ch_buf_printf(o, "- **When:** %s", b->date[0] ? b->date : "unknown");
    if (b->first_date[0]) ch_buf_printf(o, " (reported %s to %s)", b->first_date, b->last_date);
    ch_buf_printf(o, "\n- **Where:** %s\n- **Who:** ", b->place ? b->place : "unknown");
    for (size_t i = 0; i < b->n_actors; i++) ch_buf_printf(o, "%s%s", i ? ", " : "", b->actors[i]);
    ch_buf_printf(o, "\n- **Coverage:** %zu articles, %zu outlets, languages:", b->n_articles, b->n_outlets);
    for (size_t i = 0; i < b->n_languages; i++) ch_buf_printf(o, " %s", b->languages[i]);
    ch_buf_printf(o, "\n- **Event:** `%s`\n\n## Summary\n\n", b->event ? b->event : "-");
    for (size_t i = 0; i < b->n_summary; i++) {
        ch_buf_printf(o, "%zu. %s [", i + 1, b->summary[i].text);
        for (size_t k = 0; k < b->summary[i].n_sources; k++)
            ch_buf_printf(o, "%s%s", k ? ", " : "", src_of(b, b->summary[i].sources[k]));
        ch_buf_printf(o, "]\n");
    }
    if (b->n_quotes) ch_buf_printf(o, "\n## Quotes\n");
    for (size_t i = 0; i < b->n_quotes; i++) {
        const ch_brief_quote *q = &b->quotes[i];
        ch_buf_printf(o, "\n> \u201c%s\u201d\n> \u2014 %s%s%s%s\n", q->text, q->speaker ? q->speaker : "unattributed",
                      q->role ? " (" : "", q->role ? q->role : "", q->role ? ")" : "");
        if (q->speaker_disputed) ch_buf_printf(o, "> **outlets attribute it to different speakers**\n");
        if (q->n_variants > 1)
            for (size_t k = 0; k < q->n_variants; k++)
                ch_buf_printf(o, "  - %s: \u201c%s\u201d\n", src_of(b, q->variants[k].article), q->variants[k].text);
    }
    if (b->n_figures) ch_buf_printf(o, "\n## Figures\n\n| measure | value | outlets | |\n|---|---|---|---|\n");
    for (size_t i = 0; i < b->n_figures; i++) {
        const ch_brief_figure *f = &b->figures[i];
        for (size_t k = 0; k < f->n_values; k++) {
            ch_buf_printf(o, "| %s | %s | ", k ? "" : (f->subject ? f->subject : ""), f->values[k].text);
            for (size_t a = 0; a < f->values[k].n_articles; a++)
                ch_buf_printf(o, "%s%s", a ? ", " : "", src_of(b, f->values[k].articles[a]));
            ch_buf_printf(o, " | %s |\n", k ? "" : f->agree ? "agree" : f->n_values > 1 ? "**contradict**" : "");
        }
    }
    ch_buf_printf(o, "\n## Coverage\n\n");
    for (size_t i = 0; i < b->n_coverage; i++) {
        const ch_brief_coverage *c = &b->coverage[i];
        const ch_article *a = b->articles[c->article];
        ch_buf_printf(o, "- **%s** (%s, %s, %zu words)", src_of(b, c->article), a->date ? a->date : "undated",
                      a->lang ? a->lang : "und", c->words);
        if (c->near_duplicate_of >= 0) ch_buf_printf(o, " copy of %s", src_of(b, (size_t)c->near_duplicate_of));
        ch_buf_printf(o, "\n");
        for (size_t k = 0; k < c->n_unique; k++) ch_buf_printf(o, "  - only here: %s\n", c->unique[k]);
    }
    ch_buf_printf(o, "\n");
}

static void esc(ch_buf *o, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': ch_buf_append(o, "&lt;", 4); break;
        case '>': ch_buf_append(o, "&gt;", 4); break;
        case '&': ch_buf_append(o, "&amp;", 5); break;
        case '"': ch_buf_append(o, "&quot;", 6); break;
        default: ch_buf_putc(o, *s);
        }
    }
}

int ch_brief_html_open(ch_buf *o, const char *title)
{
    ch_buf_printf(o, "<!doctype html><html><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    esc(o, title ? title : "chorus briefs");
    return ch_buf_printf(o, "</title><style>"
        "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:auto;padding:1rem;color:#222}"
        "article.brief{border-top:3px solid #333;margin:2rem 0;padding-top:.5rem}"
        ".card{background:#f5f5f0;padding:.5rem 1rem;border-radius:4px}.src{color:#666;font-size:.85em}"
        "blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #999}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}"
        ".contra{color:#a00;font-weight:bold}.agree{color:#070}</style></head><body>\n");
}

int ch_brief_html_close(ch_buf *o) { return ch_buf_printf(o, "</body></html>\n"); }

static void html(const ch_brief *b, ch_buf *o)
{
    ch_buf_printf(o, "<article class=\"brief\" id=\"");
    esc(o, b->event);
    ch_buf_printf(o, "\"><h1>");
    esc(o, b->title);
    ch_buf_printf(o, "</h1><div class=\"card\"><b>When:</b> %s", b->date[0] ? b->date : "unknown");
    ch_buf_printf(o, " &middot; <b>Where:</b> ");
    esc(o, b->place ? b->place : "unknown");
    ch_buf_printf(o, " &middot; <b>Who:</b> ");
    for (size_t i = 0; i < b->n_actors; i++) { if (i) ch_buf_printf(o, ", "); esc(o, b->actors[i]); }
    ch_buf_printf(o, " &middot; %zu articles, %zu outlets</div><h2>Summary</h2><ol>", b->n_articles, b->n_outlets);
    for (size_t i = 0; i < b->n_summary; i++) {
        ch_buf_printf(o, "<li>");
        esc(o, b->summary[i].text);
        ch_buf_printf(o, " <span class=\"src\">[");
        for (size_t k = 0; k < b->summary[i].n_sources; k++) {
            if (k) ch_buf_printf(o, ", ");
            esc(o, src_of(b, b->summary[i].sources[k]));
        }
        ch_buf_printf(o, "]</span></li>");
    }
    ch_buf_printf(o, "</ol>");
    if (b->n_quotes) ch_buf_printf(o, "<h2>Quotes</h2>");
    for (size_t i = 0; i < b->n_quotes; i++) {
        const ch_brief_quote *q = &b->quotes[i];
        ch_buf_printf(o, "<blockquote>&ldquo;");
        esc(o, q->text);
        ch_buf_printf(o, "&rdquo; &mdash; ");
        esc(o, q->speaker ? q->speaker : "unattributed");
        if (q->speaker_disputed) ch_buf_printf(o, " <span class=\"contra\">(speaker disputed)</span>");
        if (q->n_variants > 1) {
            ch_buf_printf(o, "<ul class=\"src\">");
            for (size_t k = 0; k < q->n_variants; k++) {
                ch_buf_printf(o, "<li>");
                esc(o, src_of(b, q->variants[k].article));
                ch_buf_printf(o, ": &ldquo;");
                esc(o, q->variants[k].text);
                ch_buf_printf(o, "&rdquo;</li>");
            }
            ch_buf_printf(o, "</ul>");
        }
        ch_buf_printf(o, "</blockquote>");
    }
    if (b->n_figures) ch_buf_printf(o, "<h2>Figures</h2><table><tr><th>measure</th><th>value</th><th>outlets</th><th></th></tr>");
    for (size_t i = 0; i < b->n_figures; i++) {
        const ch_brief_figure *f = &b->figures[i];
        for (size_t k = 0; k < f->n_values; k++) {
            ch_buf_printf(o, "<tr><td>");
            if (!k) esc(o, f->subject);
            ch_buf_printf(o, "</td><td>");
            esc(o, f->values[k].text);
            ch_buf_printf(o, "</td><td>");
            for (size_t a = 0; a < f->values[k].n_articles; a++) { if (a) ch_buf_printf(o, ", "); esc(o, src_of(b, f->values[k].articles[a])); }
            ch_buf_printf(o, "</td><td>%s</td></tr>", k ? "" : f->agree ? "<span class=\"agree\">agree</span>"
                                                              : f->n_values > 1 ? "<span class=\"contra\">contradict</span>" : "");
        }
    }
    if (b->n_figures) ch_buf_printf(o, "</table>");
    ch_buf_printf(o, "<h2>Coverage</h2><ul>");
    for (size_t i = 0; i < b->n_coverage; i++) {
        const ch_brief_coverage *c = &b->coverage[i];
        ch_buf_printf(o, "<li><b>");
        esc(o, src_of(b, c->article));
        ch_buf_printf(o, "</b> <span class=\"src\">%zu words", c->words);
        if (c->near_duplicate_of >= 0) { ch_buf_printf(o, ", copy of "); esc(o, src_of(b, (size_t)c->near_duplicate_of)); }
        ch_buf_printf(o, "</span>");
        for (size_t k = 0; k < c->n_unique; k++) { ch_buf_printf(o, "<br>only here: "); esc(o, c->unique[k]); }
        ch_buf_printf(o, "</li>");
    }
    ch_buf_printf(o, "</ul></article>\n");
}

int ch_brief_write(const ch_brief *b, int format, ch_buf *out)
{
    if (format == CH_BRIEF_JSON) {
        cJSON *o = to_json(b);
        char *js = cJSON_PrintUnformatted(o);
        cJSON_Delete(o);
        if (!js) return CH_ENOMEM;
        int rc = ch_buf_append(out, js, strlen(js));
        cJSON_free(js);
        if (rc == CH_OK) rc = ch_buf_putc(out, '\n');
        return rc;
    }
    if (format == CH_BRIEF_MD) md(b, out);
    else html(b, out);
    return CH_OK;
}
