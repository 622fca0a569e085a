/* teaser check FILE...: loads and lints each scenario, prints every problem,
 * changes nothing. The exit code is the worst over all files. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "steps/steps.h"
#include "view/fit.h"
#include "paths.h"
#include "playtime.h"
#include "scenario.h"

static const char usage[] =
    "usage: teaser check [--quiet] [--strict] FILE...\n"
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

static int check_one(const char *path, const char *data_dir, Ui *measure, bool quiet, bool strict)
{
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    ScenarioStatus st = scenario_load(path, data_dir, &steps_teaser1, &s, &dl);
    if (s)
        check_scenario(s, data_dir, &dl);
    if (s && !dl.errors)
        fit_check(s, measure, &dl);
    cli_print_diags(&dl, path);
    int code = st == SCENARIO_ENV                                          ? EXIT_ENV
               : st != SCENARIO_OK || dl.errors || (strict && dl.warnings) ? EXIT_INVALID
                                                                           : EXIT_OK;
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

int cmd_check(int argc, char **argv)
{
    static const struct option opts[] = {{"quiet", no_argument, NULL, 'q'},
                                         {"strict", no_argument, NULL, 's'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    bool quiet = false, strict = false;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":qsh", opts, NULL)) != -1) {
        switch (c) {
        case 'q':
            quiet = true;
            break;
        case 's':
            strict = true;
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
        code = worse(code, check_one(argv[i], data_dir, measure, quiet, strict));
    ui_destroy(measure);
    return code;
}
