/* fz_extract.c - libFuzzer target: entities, quotes, figures and dates on
 * arbitrary bytes (made valid UTF-8 and split into sentences first, as the
 * ingest does). The first byte picks the language, so the Spanish, German,
 * French, Portuguese, Italian and Dutch lists are exercised too. Every span must lie
 * inside the text. */
#include <stdint.h>
#include <string.h>

#include "chorus/chorus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"en", "es", "de", "fr", "pt", "it", "nl"};
    const char *lang = size ? langs[data[0] % 7] : "en";
    ch_buf fixed = CH_BUF_INIT;
    if (ch_utf8_repair((const char *)data + (size ? 1 : 0), size ? size - 1 : 0, &fixed, NULL) < 0) goto out;
    ch_article *a = ch_article_new();
    if (!a) goto out;
    a->id = "fz";
    a->lang = lang;
    a->date = "2024-11-13";
    a->text_len = fixed.len;
    a->text = ch_article_strdup(a, fixed.data ? fixed.data : "", fixed.len);
    ch_span *sp;
    long ns = a->text ? ch_text_split_sentences(a->text, a->text_len, lang, &a->arena, &sp) : -1;
    if (ns >= 0) {
        a->sentences = sp;
        a->n_sentences = (size_t)ns;
        ch_arena ar;
        ch_arena_init(&ar);
        ch_entity *e = NULL;
        size_t ne = 0, nq = 0, nf = 0, nd = 0;
        ch_quote *q;
        ch_figure *f;
        ch_date_ref *d;
        if (ch_extract_entities(a, &ar, &e, &ne) == CH_OK) {
            for (size_t i = 0; i < ne; i++)
                if (!e[i].name || !e[i].name[0]) __builtin_trap();
            if (ch_extract_quotes(a, e, ne, &ar, &q, &nq) == CH_OK)
                for (size_t i = 0; i < nq; i++)
                    if (q[i].end > a->text_len || q[i].start > q[i].end || !q[i].text) __builtin_trap();
        }
        if (ch_extract_figures(a, &ar, &f, &nf) == CH_OK)
            for (size_t i = 0; i < nf; i++)
                if (f[i].end > a->text_len || f[i].start > f[i].end) __builtin_trap();
        if (ch_extract_dates(a, &ar, &d, &nd) == CH_OK)
            for (size_t i = 0; i < nd; i++)
                if (d[i].end > a->text_len || d[i].start > d[i].end) __builtin_trap();
        ch_arena_release(&ar);
    }
    ch_article_free(a);
out:
    ch_buf_release(&fixed);
    return 0;
}
