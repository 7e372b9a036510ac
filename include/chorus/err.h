/* err.h - error codes and the error record every fallible call fills.
 *
 * A fallible function returns int: CH_OK (0) or a negative CH_E* code. A
 * function that returns a pointer returns NULL and fills its `ch_err *err`
 * argument, which may be NULL. All codes come from one list, CH_ERR_MAP,
 * which generates the enum, ch_err_name() and ch_strerror() (the libuv
 * scheme). The first error recorded in a ch_err wins and is never
 * overwritten, so the root cause survives being forwarded upward.
 *
 * The library never prints, exits or aborts on bad input: it reports bad
 * records to a caller-set callback (see ingest.h) and goes on.
 */
#ifndef CHORUS_ERR_H
#define CHORUS_ERR_H

#include <stddef.h>

#define CH_ERR_MAP(X)                                      \
    X(NOMEM, "out of memory")                              \
    X(IO, "i/o error")                                     \
    X(UTF8, "invalid utf-8")                               \
    X(PARSE, "parse error")                                \
    X(TYPE, "wrong type")                                  \
    X(BINARY, "binary file")                               \
    X(TRUNC, "truncated input")                            \
    X(EMPTY, "empty article")                              \
    X(TOOBIG, "input too large")                           \
    X(LOOP, "directory loop")                              \
    X(FORMAT, "unsupported format")                        \
    X(INVAL, "invalid argument")                           \
    X(NOTFOUND, "not found")                               \
    X(DB, "database error")

enum {
    CH_OK = 0,
#define CH__ERR_ENUM(name, msg) CH_E##name,
    CH__ERR_FIRST = -100,
    CH_ERR_MAP(CH__ERR_ENUM)
#undef CH__ERR_ENUM
    CH__ERR_LAST
};

/* The error record. `msg` is owned by the struct (no freeing needed).
 * `input` points at a string owned by the caller (a path, URL or "-") and
 * must outlive the record; `record` is a 1-based line or record number in
 * that input (0 = none). */
typedef struct ch_err {
    int code;              /* CH_OK or a negative CH_E* code */
    char msg[256];         /* human message, lowercase, no full stop */
    const char *src_file;  /* where in chorus it was raised */
    int src_line;          /* line in src_file */
    const char *input;     /* path, URL or "-" the error is about, or NULL */
    size_t record;         /* 1-based line/record in input, 0 = none */
} ch_err;

/* Name of a code, e.g. "CH_EPARSE"; "CH_OK" for 0; "CH_E?" for unknown. */
const char *ch_err_name(int code);

/* Static description of a code, e.g. "parse error". Never NULL. */
const char *ch_strerror(int code);

/* Record an error into `err` unless it already holds one; returns `code`.
 * `err` may be NULL (then it only returns the code). printf-style message. */
int ch_err_set(ch_err *err, int code, const char *file, int line,
               const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Reset `err` to "no error". */
void ch_err_clear(ch_err *err);

/* return CH_FAIL(err, CH_EPARSE, "missing field '%s'", name); */
#define CH_FAIL(err, code, ...) \
    ch_err_set((err), (code), __FILE__, __LINE__, __VA_ARGS__)

/* Forward a negative result. */
#define CH_TRY(expr)                 \
    do {                             \
        int ch__rc = (expr);         \
        if (ch__rc < 0) return ch__rc; \
    } while (0)

#endif
