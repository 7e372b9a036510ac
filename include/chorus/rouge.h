/* rouge.h - ROUGE-N as DUC reports it: lowercased alphanumeric tokens,
 * Porter-stemmed (Snowball's "porter", words of 4+ letters only, as
 * ROUGE-1.5.5 does), stop words kept, the summary cut to
 * its first `words` words, clipped n-gram counts, recall averaged over the
 * references (ROUGE-1.5.5 -n 2 -m -l 100 -f A). */
#ifndef CHORUS_ROUGE_H
#define CHORUS_ROUGE_H

#include <stddef.h>

typedef struct ch_rouge {
    double recall, precision, f1;
} ch_rouge;

/* Score `summary` against `refs` (n_refs texts) for n-grams of size n (1 or
 * 2); words = 0 keeps the whole summary. CH_OK or CH_ENOMEM. */
int ch_rouge_n(const char *summary, const char *const *refs, size_t n_refs, int n, size_t words, ch_rouge *out);

#endif
