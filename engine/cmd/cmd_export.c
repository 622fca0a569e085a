/* teaser export: every rating as one CSV row, for facilitators and analysts.
 * -o FILE goes through cli_write_file, so that a failure never leaves a
 * half-written file that looks complete. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cli_filter.h"
#include "csvout.h"

static const char usage[] =
    "usage: teaser export [--db PATH]... [-o FILE] [--workshop LABEL] [--site LABEL]\n"
    "                     [--scenario ID]\n"
    "\n"
    "Writes every rating in the results store as CSV (RFC 4180, UTF-8), one row\n"
    "per rating, to FILE or to the terminal. Cells that a spreadsheet would run as\n"
    "a formula start with an apostrophe.\n"
    "\n"
    "  --db PATH          the results store (default: TEASER_DB, else\n"
    "                     ~/.local/share/teaser/results.sqlite); given more than once, the\n"
    "                     stores are read as one, a session in several counted once\n"
    "  -o, --output FILE  write to FILE instead of the terminal: a file is replaced\n"
    "                     whole or not at all, keeping its mode; a device or FIFO is\n"
    "                     written straight through, a link followed (it stays a link);\n"
    "                     - is the terminal; a folder, socket or dangling link: exit 3\n"
    "  --workshop LABEL   only this workshop (one no session has: exit 1, with those there are)\n"
    "  --site LABEL       only the sessions played at this site (play --site; the same)\n"
    "  --scenario ID      only this scenario\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit: 0 written, 1 a filter value no session has, 2 usage error, 3 the store or FILE\n"
    "cannot be used.\n";

static const char *const columns[] = {
    "session",        "workshop",   "participant",   "department",     "scenario",
    "step",           "touchpoint", "valence",       "arousal",        "emotion",
    "rt_ms",          "timed_out",  "finished",      "rating",         "started",
    "finished_at",    "language",   "scenario_hash", "engine_version", "valence_points",
    "arousal_points", "onset_ms",   "response_ms",   "input_device",   "changes",
    "skipped",        "given",      "session_uid",   "site",           "kind",
};
enum { N_COLUMNS = sizeof columns / sizeof *columns };

typedef struct {
    FILE *out;
    bool ok;
    long rows;
} Export;

static const char *num(char *buf, long long v, bool present)
{
    if (!present)
        return NULL;
    snprintf(buf, 24, "%lld", v);
    return buf;
}

static bool write_row(const RatingRow *r, void *ctx)
{
    Export *x = ctx;
    char b[10][24];
    bool answered = r->valence > 0 && !r->skipped && !r->timed_out;
    const char *cells[N_COLUMNS] = {
        num(b[0], r->session, true),
        r->workshop,
        r->participant,
        r->department,
        r->scenario,
        r->step,
        r->touchpoint,
        num(b[1], r->valence, r->valence > 0),
        num(b[2], r->arousal, r->arousal > 0),
        r->emotion,
        num(b[3], r->response_ms - r->onset_ms, answered),
        r->timed_out ? "1" : "0",
        r->finished ? "1" : "0",
        num(b[4], r->rating, true),
        r->started,
        r->finished,
        r->language,
        r->scenario_hash,
        r->engine_version,
        num(b[5], r->valence_points, true),
        num(b[6], r->arousal_points, r->arousal_points > 0),
        num(b[7], r->onset_ms, true),
        num(b[8], r->response_ms, answered),
        r->input_device,
        num(b[9], r->changes, true),
        r->skipped ? "1" : "0",
        r->given,
        r->session_uid,
        r->site,
        rating_kind_name(r->kind),
    };
    x->ok = csvout_row(x->out, cells, N_COLUMNS);
    x->rows++;
    return x->ok;
}

/* Exports into out; returns an exit code, having printed any error. */
static int export_to(Store *s, FILE *out, const StoreFilter *filter, long *rows)
{
    Export x = {out, csvout_row(out, columns, N_COLUMNS), 0};
    StoreStatus st = x.ok ? store_each_rating(s, filter, write_row, &x) : STORE_OK;
    *rows = x.rows;
    if (st != STORE_OK) {
        cli_error("%s", store_error(s));
        return EXIT_ENV;
    }
    if (!x.ok || fflush(out) != 0) {
        cli_error("export: cannot write the CSV");
        return EXIT_ENV;
    }
    return EXIT_OK;
}

typedef struct {
    Store *s;
    const StoreFilter *filter;
    long rows;
} ExportJob;

static int export_job(FILE *f, void *ctx)
{
    ExportJob *job = ctx;
    return export_to(job->s, f, job->filter, &job->rows);
}

static int export_file(Store *s, const char *path, const StoreFilter *filter)
{
    ExportJob job = {s, filter, 0};
    int code = cli_write_file("export", path, export_job, &job);
    if (code == EXIT_OK)
        fprintf(stderr, "teaser: exported %ld rating%s to %s\n", job.rows, job.rows == 1 ? "" : "s",
                path);
    return code;
}

int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},       {"output", required_argument, NULL, 'o'},
        {"workshop", required_argument, NULL, 'w'}, {"scenario", required_argument, NULL, 's'},
        {"site", required_argument, NULL, 'S'},     {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *output = NULL;
    CliStores dbs = {.n = 0};
    StoreFilter filter = {0};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            if (!cli_add_store(&dbs, "export", optarg))
                return EXIT_USAGE;
            break;
        case 'o':
            output = optarg;
            break;
        case 'w':
            filter.workshop = optarg;
            break;
        case 's':
            filter.scenario = optarg;
            break;
        case 'S':
            filter.site = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("export", c, argv[optind - 1]);
        }
    }
    if (optind < argc) {
        cli_error("export: unexpected argument \"%s\" (see teaser export --help)", argv[optind]);
        return EXIT_USAGE;
    }
    int code;
    Store *s = cli_open_stores(&dbs, &code);
    if (!s)
        return code;
    if ((code = cli_check_filter("export", s, &filter)) >= 0) {
        store_close(s);
        return code;
    }
    long rows;
    code = output ? export_file(s, output, &filter) : export_to(s, stdout, &filter, &rows);
    store_close(s);
    return code;
}
