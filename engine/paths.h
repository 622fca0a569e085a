/* Where teaser's data (scenarios/, assets/) is: TEASER_DATA_DIR when set; the
 * source tree when the binary runs from its build folder; else the installed
 * share folder. Never prints; only paths_make_parents creates anything. */
#ifndef TEASER_PATHS_H
#define TEASER_PATHS_H

#include <stdbool.h>

/* The data folder, or NULL when none is found. The string is static. */
const char *paths_data_dir(void);

/* The default results store: $XDG_DATA_HOME/teaser/results.sqlite, else
 * ~/.local/share/teaser/results.sqlite. NULL when neither is set. Static. */
const char *paths_default_store(void);

/* Creates the folders above path (like mkdir -p of its dirname). */
bool paths_make_parents(const char *path);

#endif
