/* teaser store init: creates or upgrades a results store's schema, for the
 * organisation's IT. A PostgreSQL store is made only here (a play refuses a
 * database without one), with the roles teaser_site and teaser_report; a
 * file store is made by the first play too, and init only makes it early. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: teaser store init [--db PATH|URI]\n"
    "\n"
    "Creates the results store's tables, or upgrades them to this teaser's\n"
    "version, and says which it did. Safe to run twice, and by several people at\n"
    "once. A store written by a newer teaser is refused and left as it is.\n"
    "\n"
    "With a PostgreSQL URI (postgresql://... or postgres://...) it must run as a\n"
    "user who may create schemas and roles in that database: it makes the schema\n"
    "\"teaser\" and the group roles teaser_site (adds results, reads none back) and\n"
    "teaser_report (only reads), to grant to real logins (docs/organisation.md).\n"
    "A play never creates a PostgreSQL store; run this first. A file store is\n"
    "created by the first play too; init only makes it early.\n"
    "\n"
    "  --db PATH|URI  the results store (default: ~/.local/share/teaser/results.sqlite)\n"
    "  -h, --help     show this help\n"
    "\n"
    "Exit: 0 done, 2 usage error, 3 the store cannot be reached, created or\n"
    "upgraded (no permission, wrong password, a newer store).\n";

static bool is_postgres(const char *db)
{
    return db && (!strncmp(db, "postgresql://", 13) || !strncmp(db, "postgres://", 11));
}

/* What init did, in one line: the version found before and the one now. */
static void say_done(int found, int now, bool postgres)
{
    if (found < 0)
        printf("the results store is at schema version %d\n", now);
    else if (found == 0)
        printf("created schema version %d\n", now);
    else if (found == now)
        printf("already at version %d\n", now);
    else
        printf("upgraded from %d to %d\n", found, now);
    if (postgres)
        printf("the roles teaser_site and teaser_report are ready to grant\n");
}

static int init(const char *db)
{
    int found = -1, code;
    StoreOptions opt = {.init = true, .found_version = &found};
    Store *s = cli_open_store_with(db, STORE_WRITE, &opt, &code);
    if (!s)
        return code;
    say_done(found, store_version(s), is_postgres(db));
    store_close(s);
    return EXIT_OK;
}

int cmd_store(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    const char *db = NULL;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'h')
            return fputs(usage, stdout), EXIT_OK;
        else
            return cli_bad_option("store", c, argv[optind - 1]);
    }
    if (optind + 1 != argc || strcmp(argv[optind], "init")) {
        cli_error("store: name what to do: teaser store init [--db PATH|URI]");
        return EXIT_USAGE;
    }
    return init(db);
}
