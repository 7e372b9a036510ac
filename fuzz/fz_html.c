/* fz_html.c - libFuzzer target: the .html reader, cleaning and sentence
 * splitting on arbitrary bytes. */
#include "fz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_ingest_bytes(data, size, "html");
    return 0;
}
