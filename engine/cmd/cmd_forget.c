/* teaser forget --participant ID: a participant's right to erasure. Deletes
 * every session, rating and event of one pseudonym and scrubs them from the
 * store file. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static const char usage[] =
    "usage: teaser forget --participant ID [--workshop LABEL] [--db PATH]\n"
    "\n"
    "Deletes everything the results store holds about one participant (their\n"
    "sessions, ratings and what they did inside each step) and overwrites it in\n"
    "the file, so that it cannot be recovered. Reports made before stay as they are.\n"
    "\n"
    "  --participant ID   the pseudonym, exactly as it was given\n"
    "  --workshop LABEL   only that participant's sessions in this workshop\n"
    "  --db PATH          the results store (default: ~/.local/share/teaser/results.sqlite)\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit: 0 done (also when there was nothing to delete), 2 usage error,\n"
    "3 the store cannot be used (or another program holds it open: run again).\n";

int cmd_forget(int argc, char **argv)
{
    static const struct option opts[] = {{"participant", required_argument, NULL, 'p'},
                                         {"workshop", required_argument, NULL, 'w'},
                                         {"db", required_argument, NULL, 'd'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *participant = NULL, *workshop = NULL, *db = NULL;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        if (c == 'p')
            participant = optarg;
        else if (c == 'w')
            workshop = optarg;
        else if (c == 'd')
            db = optarg;
        else if (c == 'h')
            return fputs(usage, stdout), EXIT_OK;
        else
            return cli_bad_option("forget", c, argv[optind - 1]);
    }
    if (!participant || !*participant || optind < argc) {
        cli_error("forget: name the participant: teaser forget --participant ID");
        return EXIT_USAGE;
    }
    int code;
    Store *s = cli_open_store(db, STORE_UPDATE, &code);
    if (!s)
        return code;
    ForgetCount n;
    StoreStatus st = store_forget(s, participant, workshop, &n);
    if (st != STORE_OK && st != STORE_BUSY) {
        cli_error("%s", store_error(s));
        store_close(s);
        return EXIT_ENV;
    }
    if (n.sessions == 0)
        printf("no data for participant \"%s\"%s%s%s\n", participant,
               workshop ? " in workshop \"" : "", workshop ? workshop : "", workshop ? "\"" : "");
    else
        printf("forgot participant \"%s\": %d session%s, %d rating%s and %d event%s deleted\n",
               participant, n.sessions, n.sessions == 1 ? "" : "s", n.ratings,
               n.ratings == 1 ? "" : "s", n.events, n.events == 1 ? "" : "s");
    if (st == STORE_BUSY)
        cli_error("%s", store_error(s));
    store_close(s);
    return st == STORE_OK ? EXIT_OK : EXIT_ENV;
}
