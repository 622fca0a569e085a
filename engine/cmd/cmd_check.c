/* teaser check FILE...: loads and lints each scenario, prints every problem,
 * changes nothing. The exit code is the worst over all files. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_paths.h"
#include "cli.h"
#include "steps/steps.h"
#include "view/fit.h"
#include "paths.h"
#include "playtime.h"
#include "scenario.h"

static const char usage[] =
    "usage: teaser check [--quiet] [--strict] [--paths [--format text|json]] FILE...\n"
    "\n"
    "Validates scenarios: YAML syntax, every key and value, ids and references,\n"
    "steps that can never be reached, loops with no way out, touchpoints never\n"
    "visited, files the scenario names, languages, and form match patterns\n"
    "beyond their limits (no back references, counts up to 100). Changes nothing.\n"
    "Each problem is one line: FILE:LINE:COL: error|warning: CODE: MESSAGE,\n"
    "where CODE (E0201, W0301...) is explained in docs/diagnostics.md.\n"
    "A valid file gets a summary with the estimated time to play it.\n"
    "\n"
    "  -q, --quiet    print only the problems, not a summary line per file\n"
    "  -s, --strict   count warnings as errors (exit 1)\n"
    "  -p, --paths    list every route from the first step to the end: its steps\n"
    "                 and the way it takes out of each, its time (the clock alone to\n"
    "                 a newcomer taking each loop once), the touchpoints it rates and\n"
    "                 the loops on it; warn about a route that skips a touchpoint the\n"
    "                 customer data covers, or that takes less than half or more\n"
    "                 than twice the median route's time; at most 200 listed\n"
    "  -f, --format F with --paths: text (the default) or json (one FILE)\n"
    "  -h, --help     show this help\n"
    "\n"
    "Exit: 0 every file is valid (warnings allowed), 1 a file is invalid or\n"
    "missing, 2 usage error, 3 a file or teaser's data could not be read.\n";

static int worse(int a, int b)
{
    /* environment problems outrank invalid input; usage errors stop early */
    return a == EXIT_ENV || b == EXIT_ENV ? EXIT_ENV : (a > b ? a : b);
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

static int rated_steps(const Scenario *s)
{
    int n = 0;
    for (int i = 0; i < s->n_steps; i++)
        n += s->steps[i].rate;
    return n;
}

/* "about 16 minutes", or "16 to 19 minutes" when the routes differ; rounded up,
 * as a facilitator plans. */
static void play_minutes(const Scenario *s, char *buf, size_t size)
{
    Playtime t = playtime_estimate(s);
    long lo = (t.shortest_ms + 59999) / 60000, hi = (t.longest_ms + 59999) / 60000;
    if (lo == hi)
        snprintf(buf, size, "about %ld minute%s", lo, plural((int)lo));
    else
        snprintf(buf, size, "%ld to %ld minutes", lo, hi);
}

typedef struct {
    bool quiet, strict;
    bool paths, json; /* --paths, --format json */
} CheckOptions;

static int check_one(const char *path, const char *data_dir, Ui *measure, const CheckOptions *o)
{
    DiagList dl;
    Scenario *s = NULL;
    Routes routes = {0};
    diag_init(&dl);
    ScenarioStatus st = scenario_load(path, data_dir, &steps_teaser1, &s, &dl);
    if (s)
        check_scenario(s, data_dir, &dl);
    if (s && !dl.errors)
        fit_check(s, measure, &dl);
    bool explored = o->paths && s && !dl.errors && check_paths_explore(s, &routes, &dl);
    if (o->paths && s && !dl.errors && !explored)
        diag_add(&dl, DIAG_E0001, 0, 0, "out of memory while following the routes");
    cli_print_diags(&dl, path);
    if (explored)
        check_paths_print(s, path, &routes, o->json);
    routes_free(&routes);
    int code = st == SCENARIO_ENV                                             ? EXIT_ENV
               : st != SCENARIO_OK || dl.errors || (o->strict && dl.warnings) ? EXIT_INVALID
                                                                              : EXIT_OK;
    bool quiet = o->quiet || o->json; /* JSON alone on stdout */
    if (!quiet && s && code == EXIT_OK) {
        char took[64];
        play_minutes(s, took, sizeof took);
        printf("%s: ok: %d step%s, %d touchpoint%s, %d rating%s, %s to play%s\n", path, s->n_steps,
               plural(s->n_steps), s->n_touchpoints, plural(s->n_touchpoints), rated_steps(s),
               plural(rated_steps(s)), took, dl.warnings ? ", with warnings" : "");
    }
    else if (!quiet && (st == SCENARIO_OK || st == SCENARIO_INVALID))
        printf("%s: %d error%s, %d warning%s\n", path, dl.errors, plural(dl.errors), dl.warnings,
               plural(dl.warnings));
    scenario_free(s);
    diag_free(&dl);
    return code;
}

/* --format goes with --paths; json is one document, so one file. Returns an
 * exit code, or -1 when the flags are fine. */
static int check_format(const char *format, CheckOptions *o, int n_files)
{
    if (format && !o->paths) {
        cli_error("check: --format goes with --paths (usage: teaser check --paths --format json "
                  "FILE)");
        return EXIT_USAGE;
    }
    if (format && strcmp(format, "text") && strcmp(format, "json")) {
        cli_error("check: --format must be text or json, not \"%s\"", format);
        return EXIT_INVALID;
    }
    o->json = format && !strcmp(format, "json");
    if (o->json && n_files != 1) {
        cli_error("check: --format json takes one FILE, not %d", n_files);
        return EXIT_USAGE;
    }
    return -1;
}

int cmd_check(int argc, char **argv)
{
    static const struct option opts[] = {
        {"quiet", no_argument, NULL, 'q'}, {"strict", no_argument, NULL, 's'},
        {"paths", no_argument, NULL, 'p'}, {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},  {NULL, 0, NULL, 0}};
    CheckOptions o = {0};
    const char *format = NULL;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":qspf:h", opts, NULL)) != -1) {
        switch (c) {
        case 'q':
            o.quiet = true;
            break;
        case 's':
            o.strict = true;
            break;
        case 'p':
            o.paths = true;
            break;
        case 'f':
            format = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("check", c, argv[optind - 1]);
        }
    }
    if (optind == argc) {
        cli_error("check: no scenario named (usage: teaser check FILE...)");
        return EXIT_USAGE;
    }
    int bad = check_format(format, &o, argc - optind);
    if (bad >= 0)
        return bad;
    const char *data_dir = paths_data_dir();
    if (!data_dir) {
        const char *env = getenv("TEASER_DATA_DIR");
        if (env && *env)
            cli_error("TEASER_DATA_DIR (\"%s\") is not a folder", env);
        else
            cli_error("teaser's data folder (scenarios/, assets/) was not found; reinstall "
                      "teaser or set TEASER_DATA_DIR");
        return EXIT_ENV;
    }
    int code = EXIT_OK;
    /* one measuring Ui for every file: opening the fonts is most of a small file's check */
    Ui *measure = ui_create_measure(NULL, NULL, 0);
    for (int i = optind; i < argc; i++)
        code = worse(code, check_one(argv[i], data_dir, measure, &o));
    ui_destroy(measure);
    return code;
}
