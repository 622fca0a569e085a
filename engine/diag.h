/* Diagnostics as values: library modules record problems with their place in
 * a file here and never print; only the commands format and print them. A
 * list is bounded, so a hostile file cannot make it grow without end. */
#ifndef TEASER_DIAG_H
#define TEASER_DIAG_H

#include <stdarg.h>
#include <stddef.h>

#include "diag_codes.h"

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagLevel;

enum { DIAG_MSG_MAX = 320, DIAG_LIST_MAX = 200 };

typedef struct {
    DiagLevel level;  /* error or warning: E or W of its code */
    DiagCode code;    /* its stable code (diag_codes.h), printed before the message */
    int line, col;    /* 1-based; 0 when the problem has no place in the file */
    const char *file; /* NULL: the file the list is about; else another (a CSV it names) */
    /* one sentence, without place or level; cut at DIAG_MSG_MAX; every control
     * character in it shown escaped (controls.h) */
    char msg[DIAG_MSG_MAX];
} Diag;

typedef struct {
    Diag *items;          /* the problems stored, in the order added (diag_sort orders them) */
    int n, cap;           /* items stored, and room allocated (n <= DIAG_LIST_MAX) */
    int errors, warnings; /* every problem added, dropped ones included */
    int dropped;          /* beyond DIAG_LIST_MAX (or out of memory): counted, not stored */
    const char *file;     /* set while adding problems about another file; NULL: the list's own */
} DiagList;

void diag_init(DiagList *dl);
void diag_free(DiagList *dl);
/* The code says what the problem is, and whether it is an error or a warning. */
void diag_add(DiagList *dl, DiagCode code, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diag_vadd(DiagList *dl, DiagCode code, int line, int col, const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));
/* "E0201", its level, and its one-line meaning; NULL for a code out of range. */
const char *diag_code_name(DiagCode code);
DiagLevel diag_code_level(DiagCode code);
const char *diag_code_meaning(DiagCode code);
/* Orders by file (the list's own first, then others by name), then by place;
 * problems without a place come first in their file. Stable. */
void diag_sort(DiagList *dl);
/* "FILE:LINE:COL: error: E0201: MSG", or "teaser: error: E0002: FILE: MSG"
 * without a place: the code always follows the level, so that a tool finds it
 * with one pattern and the line keeps the shape FILE:LINE:COL: LEVEL: MESSAGE. */
void diag_format(const Diag *d, const char *file, char *buf, size_t size);

/* One sentence into a caller's error buffer, for functions that fail with
 * (char *err, size_t size); err may be NULL or size 0 when nobody asks. */
void diag_set_err(char *err, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
