/* Checking a report's or export's filter against the store (cli_filter.c). */
#ifndef TEASER_CLI_FILTER_H
#define TEASER_CLI_FILTER_H

#include "cli.h"

/* -1 to go on; EXIT_INVALID after printing, for each of f's workshop,
 * department and site that no session of f's scenario (any, when NULL) has,
 * the values the store has. A store that cannot be read is left to the
 * command to report. */
int cli_check_filter(const char *cmd, Store *store, const StoreFilter *f);

#endif
