/* pairdump.c - development tool: print the similarity components of every
 * article pair of a small input (id_a id_b terms anchors days), for tuning
 * the clusterer against gold labels. Not installed. */
#include <stdio.h>

#include "chorus/chorus.h"

static int on_article(ch_article *a, void *ctx)
{
    ch_cluster_add(ctx, a);
    ch_article_free(a);
    return 0;
}

int main(int argc, char **argv)
{
    ch_cluster *c = ch_cluster_new(NULL);
    ch_ingest_opts o = {0};
    o.on_article = on_article;
    o.ctx = c;
    ch_ingest *ing = ch_ingest_new(&o, NULL);
    for (int i = 1; i < argc; i++) ch_ingest_path(ing, argv[i]);
    ch_ingest_free(ing);
    ch_cluster_run(c);
    size_t n = ch_cluster_count(c);
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++) {
            double t, an;
            int d;
            ch_cluster_components(c, a, b, &t, &an, &d);
            if (t > 0.02 || an > 0.02)
                printf("%s\t%s\t%.4f\t%.4f\t%d\n", ch_cluster_id(c, a), ch_cluster_id(c, b), t, an, d);
        }
    ch_cluster_free(c);
    return 0;
}
