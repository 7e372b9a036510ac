#include "chorus/chorus.h"

const char *ch_version(void) { return CH_VERSION; }
