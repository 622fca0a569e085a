/* Shared printing for the commands. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>

void cli_print_diags(DiagList *dl, const char *file)
{
    char line[DIAG_MSG_MAX + 512];
    diag_sort(dl);
    for (int i = 0; i < dl->n; i++) {
        diag_format(&dl->items[i], file, line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    if (dl->dropped)
        fprintf(stderr, "teaser: warning: %s: %d more problems not shown\n", file, dl->dropped);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("teaser: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
