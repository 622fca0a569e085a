/* A filter value that no session has (a typo, the wrong store, a workshop
 * label written differently) is a mistake to say, not an empty report:
 * report and export check --workshop, --department and --site against the
 * store and list the values there are. */
#include "cli_filter.h"

#include <stdlib.h>
#include <string.h>

#include "names.h"

enum { SHOWN_MAX = 20 }; /* known values listed, at most */

static const char *const flags[3] = {"--workshop", "--department", "--site"};
static const char *const plural[3] = {"workshops", "departments", "sites"};

typedef struct {
    const char *wanted[3];
    bool found[3];
    Names known[3];
    bool failed;
} Check;

static bool seen(const SessionRow *row, void *ctx)
{
    Check *c = ctx;
    const char *value[3] = {row->info.workshop, row->info.department, row->info.site};
    for (int d = 0; d < 3; d++) {
        if (!c->wanted[d] || !value[d])
            continue;
        c->found[d] = c->found[d] || !strcmp(value[d], c->wanted[d]);
        c->failed = c->failed || names_add(&c->known[d], value[d]) < 0;
    }
    return !c->failed;
}

static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "A, B and 3 more", sorted, into buf. */
static void list(const Names *known, char *buf, size_t size)
{
    char **sorted = malloc(((size_t)known->n + 1) * sizeof *sorted);
    size_t n = 0;
    buf[0] = '\0';
    if (!sorted)
        return;
    memcpy(sorted, known->keys, (size_t)known->n * sizeof *sorted);
    qsort(sorted, (size_t)known->n, sizeof *sorted, by_text);
    for (int i = 0; i < known->n && i < SHOWN_MAX; i++)
        n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s\"%s\"", i ? ", " : "",
                              sorted[i]);
    if (known->n > SHOWN_MAX && n < size)
        snprintf(buf + n, size - n, " and %d more", known->n - SHOWN_MAX);
    free(sorted);
}

int cli_check_filter(const char *cmd, Store *store, const StoreFilter *f)
{
    Check c = {.wanted = {f->workshop, f->department, f->site}};
    if (!f->workshop && !f->department && !f->site)
        return -1;
    StoreFilter scenario = {.scenario = f->scenario};
    /* a store that cannot be read says so itself, in the command */
    bool read = store_each_session(store, &scenario, seen, &c) == STORE_OK && !c.failed;
    int code = -1;
    for (int d = 0; read && d < 3; d++) {
        if (!c.wanted[d] || c.found[d])
            continue;
        char known[1024];
        list(&c.known[d], known, sizeof known);
        if (c.known[d].n)
            cli_error("%s: %s \"%s\" matches no session in the store; the %s there: %s", cmd,
                      flags[d], c.wanted[d], plural[d], known);
        else
            cli_error("%s: %s \"%s\" matches no session in the store, which has no %s", cmd,
                      flags[d], c.wanted[d], plural[d]);
        code = EXIT_INVALID;
    }
    for (int d = 0; d < 3; d++)
        names_free(&c.known[d]);
    return code;
}
