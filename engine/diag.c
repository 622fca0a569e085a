/* Diagnostic lists: bounded, so that a hostile file cannot make the checker
 * print (or store) millions of lines, and escaped, so that a hostile file
 * cannot make it print a terminal escape. */
#include "diag.h"

#include <stdbool.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "controls.h"

void diag_init(DiagList *dl)
{
    memset(dl, 0, sizeof *dl);
}

void diag_free(DiagList *dl)
{
    free(dl->items);
    diag_init(dl);
}

static const struct {
    const char *name, *meaning;
} codes[DIAG_CODE_COUNT] = {
#define DIAG_CODE_ROW(code, meaning) {#code, meaning},
    DIAG_CODES(DIAG_CODE_ROW)
#undef DIAG_CODE_ROW
};

const char *diag_code_name(DiagCode code)
{
    return (unsigned)code < DIAG_CODE_COUNT ? codes[code].name : NULL;
}

const char *diag_code_meaning(DiagCode code)
{
    return (unsigned)code < DIAG_CODE_COUNT ? codes[code].meaning : NULL;
}

DiagLevel diag_code_level(DiagCode code)
{
    const char *name = diag_code_name(code);
    return name && name[0] == 'W' ? DIAG_WARNING : DIAG_ERROR;
}

void diag_vadd(DiagList *dl, DiagCode code, int line, int col, const char *fmt, va_list ap)
{
    DiagLevel level = diag_code_level(code);
    if (level == DIAG_ERROR)
        dl->errors++;
    else
        dl->warnings++;
    if (dl->n == DIAG_LIST_MAX) {
        dl->dropped++;
        return;
    }
    if (dl->n == dl->cap) {
        int cap = dl->cap ? dl->cap * 2 : 16;
        Diag *items = realloc(dl->items, (size_t)cap * sizeof *items);
        if (!items) {
            dl->dropped++;
            return;
        }
        dl->items = items;
        dl->cap = cap;
    }
    Diag *d = &dl->items[dl->n++];
    d->level = level;
    d->code = code;
    d->file = dl->file;
    d->line = line;
    d->col = col;
    /* Messages quote what they found; escaped here, no message can carry a raw
     * terminal escape from a file (docs/security.md). */
    char raw[DIAG_MSG_MAX];
    vsnprintf(raw, sizeof raw, fmt, ap);
    controls_escape(raw, d->msg, sizeof d->msg);
}

void diag_add(DiagList *dl, DiagCode code, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(dl, code, line, col, fmt, ap);
    va_end(ap);
}

static bool after(const Diag *a, const Diag *b)
{
    /* the list's own file first, then each other file; by place within a file */
    if ((a->file != NULL) != (b->file != NULL))
        return a->file != NULL;
    if (a->file && b->file && strcmp(a->file, b->file))
        return strcmp(a->file, b->file) > 0;
    return a->line > b->line || (a->line == b->line && a->col > b->col);
}

/* Insertion sort: stable, and lists are short (bounded by DIAG_LIST_MAX). */
void diag_sort(DiagList *dl)
{
    for (int i = 1; i < dl->n; i++) {
        Diag d = dl->items[i];
        int j = i - 1;
        while (j >= 0 && after(&dl->items[j], &d)) {
            dl->items[j + 1] = dl->items[j];
            j--;
        }
        dl->items[j + 1] = d;
    }
}

void diag_format(const Diag *d, const char *file, char *buf, size_t size)
{
    const char *level = d->level == DIAG_ERROR ? "error" : "warning";
    if (d->file)
        file = d->file;
    const char *code = diag_code_name(d->code);
    if (!code)
        code = "E0000";
    if (d->line > 0)
        snprintf(buf, size, "%s:%d:%d: %s: %s: %s", file, d->line, d->col, level, code, d->msg);
    else
        snprintf(buf, size, "teaser: %s: %s: %s: %s", level, code, file, d->msg);
}

void diag_set_err(char *err, size_t size, const char *fmt, ...)
{
    if (!err || !size)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, size, fmt, ap);
    va_end(ap);
}
