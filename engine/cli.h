/* What the commands share: exit codes of design §3 and printing diagnostics
 * in the one error format. Only commands (cmd_*.c) and main.c print. */
#ifndef TEASER_CLI_H
#define TEASER_CLI_H

#include "diag.h"

#ifndef TEASER_VERSION
#define TEASER_VERSION "0.0.0"
#endif

enum {
    EXIT_OK = 0,      /* success; warnings alone leave it 0 */
    EXIT_INVALID = 1, /* bad scenario, bad CSV, bad flag value */
    EXIT_USAGE = 2,   /* usage error */
    EXIT_ENV = 3,     /* no display, font or asset missing, store not writable */
};

/* Prints a list to stderr, in order of place, each as design §3 says. */
void cli_print_diags(DiagList *dl, const char *file);
/* "teaser: error: MESSAGE" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int cmd_check(int argc, char **argv);

#endif
