/* fz_clean.c - libFuzzer target: UTF-8 repair, NFC, cleaning rules,
 * sentence splitting and tokenizing on arbitrary bytes. */
#include <stdint.h>
#include <string.h>

#include "chorus/chorus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ch_buf fixed = CH_BUF_INIT, nfc = CH_BUF_INIT;
    if (ch_utf8_repair((const char *)data, size, &fixed, NULL) < 0) goto out;
    if (ch_text_nfc(fixed.data ? fixed.data : "", fixed.len, &nfc) < 0) goto out;
    ch_arena ar;
    ch_arena_init(&ar);
    ch_clean_hint h = {NULL, NULL, NULL, 1};
    ch_clean_result r;
    if (ch_clean_text(nfc.data ? nfc.data : "", nfc.len, &h, &ar, &r) == CH_OK) {
        ch_span *sp;
        long n = ch_text_split_sentences(r.text, r.text_len, "en", &ar, &sp);
        for (long i = 0; i < n; i++)
            if (sp[i].end > r.text_len) __builtin_trap();
        ch_token *t;
        long nt = ch_text_tokenize(r.text, r.text_len, &ar, &t);
        for (long i = 0; i < nt; i++)
            if (t[i].end > r.text_len || t[i].start >= t[i].end) __builtin_trap();
    }
    ch_arena_release(&ar);
out:
    ch_buf_release(&fixed);
    ch_buf_release(&nfc);
    return 0;
}
