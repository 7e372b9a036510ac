/* fz_common.h - helpers for fuzz targets: run the ingest on a byte buffer
 * written to a per-process temporary file with the given extension. */
#ifndef CHORUS_FZ_COMMON_H
#define CHORUS_FZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "chorus/chorus.h"

static int fz_article(ch_article *a, void *ctx)
{
    (void)ctx;
    /* touch every sentence span: offsets must be inside the text */
    for (size_t i = 0; i < a->n_sentences; i++)
        if (a->sentences[i].end > a->text_len || a->sentences[i].start > a->sentences[i].end)
            __builtin_trap();
    ch_article_free(a);
    return 0;
}

static void fz_ingest_bytes(const uint8_t *data, size_t size, const char *ext)
{
    char path[128];
    snprintf(path, sizeof path, "/tmp/chorus-fz-%d.%s", (int)getpid(), ext);
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(data, 1, size, f);
    fclose(f);
    ch_ingest_opts o = {0};
    o.on_article = fz_article;
    o.max_record = 1 << 20;
    ch_ingest *ing = ch_ingest_new(&o, NULL);
    if (ing) {
        ch_ingest_path(ing, path);
        ch_ingest_free(ing);
    }
    unlink(path);
}

#endif
