/* err.c - error names, messages and the first-error-wins setter. */
#include "chorus/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *ch_err_name(int code)
{
    switch (code) {
    case CH_OK: return "CH_OK";
#define X(name, msg) case CH_E##name: return "CH_E" #name;
    CH_ERR_MAP(X)
#undef X
    default: return "CH_E?";
    }
}

const char *ch_strerror(int code)
{
    switch (code) {
    case CH_OK: return "no error";
#define X(name, msg) case CH_E##name: return msg;
    CH_ERR_MAP(X)
#undef X
    default: return "unknown error";
    }
}

int ch_err_set(ch_err *err, int code, const char *file, int line,
               const char *fmt, ...)
{
    if (!err || err->code != CH_OK) return code;
    err->code = code;
    err->src_file = file;
    err->src_line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

void ch_err_clear(ch_err *err)
{
    if (err) memset(err, 0, sizeof *err);
}
