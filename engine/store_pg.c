/* The results store's PostgreSQL backend (store_pg, behind store.h): not
 * built yet. Until it is, a PostgreSQL URI given as --db fails to open with
 * one sentence, so that no command mistakes it for a file name. */
#include <stdio.h>

#include "store_backend.h"

static StoreStatus pg_open(const char *where, StoreMode mode, const StoreOptions *opt, Store **out,
                           char *err, size_t err_size)
{
    (void)where, (void)mode, (void)opt;
    *out = NULL;
    snprintf(err, err_size, "PostgreSQL stores are not available yet; give --db a file");
    return STORE_IO;
}

/* Only open is ever called: it never succeeds. */
const StoreBackend store_pg = {.name = "PostgreSQL", .open = pg_open};
