/* Where teaser's data (scenarios/, assets/) is: TEASER_DATA_DIR when set; the
 * source tree when the binary runs from its build folder; else the installed
 * share folder. */
#ifndef TEASER_PATHS_H
#define TEASER_PATHS_H

/* The data folder, or NULL when none is found. The string is static. */
const char *paths_data_dir(void);

#endif
