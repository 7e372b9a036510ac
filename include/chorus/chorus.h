/* chorus.h - umbrella header for libchorus.
 *
 * chorus turns a pile of news articles into events: it reads and cleans
 * articles (ingest.h, clean.h), splits and tokenizes text (text.h, lang.h),
 * and later stages find duplicates, cluster events and write briefs.
 */
#ifndef CHORUS_H
#define CHORUS_H

#define CH_VERSION "0.1.0"

#include "chorus/alloc.h"
#include "chorus/article.h"
#include "chorus/brief.h"
#include "chorus/clean.h"
#include "chorus/cluster.h"
#include "chorus/err.h"
#include "chorus/eval.h"
#include "chorus/extract.h"
#include "chorus/ingest.h"
#include "chorus/lang.h"
#include "chorus/rouge.h"
#include "chorus/serve.h"
#include "chorus/sketch.h"
#include "chorus/store.h"
#include "chorus/text.h"

/* The library version string, e.g. "0.1.0". */
const char *ch_version(void);

#endif
