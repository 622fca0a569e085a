/* teaser forget --participant ID: a participant's right to erasure. Deletes
 * every session, rating and event of one pseudonym, scrubs them from the
 * store file, takes them out of the store's recovery files, and leaves a
 * tombstone so that a recovery file imported later cannot bring them back. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"
#include "paths.h"
#include "recovery.h"

static const char usage[] =
    "usage: teaser forget --participant ID [--workshop LABEL] [--db PATH]\n"
    "\n"
    "Deletes everything the results store holds about one participant (their\n"
    "sessions, ratings and what they did inside each step) and overwrites it in\n"
    "the file, so that it cannot be recovered. Ratings of theirs that wait in a\n"
    "recovery file (beside the store, in /dev/shm or in /tmp) are taken out too,\n"
    "and a tombstone in the store keeps a recovery file imported later from\n"
    "bringing their earlier sessions back. Prints what it removed, and where.\n"
    "Reports made before stay as they are.\n"
    "\n"
    "  --participant ID   the pseudonym, exactly as it was given\n"
    "  --workshop LABEL   only that participant's sessions in this workshop\n"
    "  --db PATH          the results store (default: TEASER_DB, else\n"
    "                     ~/.local/share/teaser/results.sqlite)\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit: 0 done (also when there was nothing to delete), 2 usage error,\n"
    "3 the store cannot be used, another program holds it open, a play is writing a\n"
    "recovery file, or a recovery file is damaged (it is left as it was): run again.\n";

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

/* One line per recovery file the participant was taken out of. */
static void say_files(const char *participant, const RecoveryForgotten *files, int n)
{
    for (int i = 0; i < n; i++)
        printf("forgot participant \"%s\": %d session%s and %d rating%s removed from the "
               "recovery file %s (%s)\n",
               participant, files[i].sessions, plural(files[i].sessions), files[i].ratings,
               plural(files[i].ratings), files[i].path,
               files[i].deleted ? "deleted: nothing else was in it" : "written again without them");
}

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
    if (st != STORE_OK) {
        cli_error("%s", store_error(s));
        store_close(s);
        return EXIT_ENV;
    }
    RecoveryForgotten files[RECOVERY_PLACES];
    char file_err[1200];
    int changed = recovery_forget(db ? db : paths_default_store(), participant, workshop, files,
                                  file_err, sizeof file_err);
    if (n.sessions > 0)
        printf("forgot participant \"%s\": %d session%s, %d rating%s and %d event%s deleted\n",
               participant, n.sessions, plural(n.sessions), n.ratings, plural(n.ratings), n.events,
               plural(n.events));
    say_files(participant, files, changed);
    if (n.sessions == 0 && changed == 0)
        printf("no data for participant \"%s\"%s%s%s\n", participant,
               workshop ? " in workshop \"" : "", workshop ? workshop : "", workshop ? "\"" : "");
    if (n.log_kept)
        cli_error("%s", store_error(s));
    if (file_err[0])
        fprintf(stderr, "%s\n", file_err);
    store_close(s);
    return n.log_kept || file_err[0] ? EXIT_ENV : EXIT_OK;
}
