/* What the commands share: printing diagnostics and errors, opening the
 * results store, writing an output file whole, loading a scenario with its
 * customer data, reading --window. */
#include "cli.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "controls.h"
#include "paths.h"
#include "steps/steps.h"

void cli_print_diags(DiagList *dl, const char *file)
{
    char line[DIAG_MSG_MAX + 512];
    diag_sort(dl);
    for (int i = 0; i < dl->n; i++) {
        diag_format(&dl->items[i], file, line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    if (dl->dropped)
        fprintf(stderr, "teaser: warning: %s: %d more problems not shown\n", file, dl->dropped);
}

Store *cli_open_store(const char *db_flag, StoreMode mode, int *code)
{
    StoreOptions opt = {0};
    return cli_open_store_with(db_flag, mode, &opt, code);
}

Store *cli_open_store_with(const char *db_flag, StoreMode mode, StoreOptions *opt, int *code)
{
    const char *env = getenv("TEASER_DB");
    const char *named = db_flag ? db_flag : env && *env ? env : NULL;
    const char *path = named ? named : paths_default_store();
    char err[STORE_ERR_MAX];
    Store *s = NULL;
    *code = EXIT_ENV;
    if (!path) {
        cli_error("no results store named: give --db PATH (HOME is not set)");
        return NULL;
    }
    if (!named && mode == STORE_WRITE && !paths_make_parents(path)) {
        cli_error("cannot create the folder of the results store %s", path);
        return NULL;
    }
    /* Fault drills (docs/security.md): "N" a disk full after N writes, "N:readonly" a
     * store made read-only then. */
    const char *writes = getenv("TEASER_FAULT_STORE_WRITES");
    if (writes && *writes) {
        char *end;
        opt->fail_after = strtol(writes, &end, 10);
        opt->fail_readonly = !strcmp(end, ":readonly");
        if (opt->fail_after < 1 || (*end && !opt->fail_readonly)) {
            cli_error("TEASER_FAULT_STORE_WRITES is a number of writes, maybe followed by "
                      "\":readonly\", not \"%.40s\"",
                      writes);
            *code = EXIT_INVALID;
            return NULL;
        }
    }
    /* How long to wait for a store another program has locked (docs/results-store.md). */
    const char *wait = getenv("TEASER_STORE_WAIT");
    if (wait && *wait) {
        char *end;
        double seconds = strtod(wait, &end);
        if (*end || !(seconds > 0 && seconds <= 3600)) {
            cli_error("TEASER_STORE_WAIT is a number of seconds from 0.001 to 3600, not \"%.40s\"",
                      wait);
            *code = EXIT_INVALID;
            return NULL;
        }
        opt->busy_ms = seconds * 1000 < 1 ? 1 : (int)(seconds * 1000);
    }
    StoreStatus st = store_open(path, mode, opt, &s, err, sizeof err);
    if (st != STORE_OK) {
        cli_error("%s", err);
        return NULL;
    }
    *code = EXIT_OK;
    return s;
}

bool cli_add_store(CliStores *d, const char *cmd, const char *value)
{
    if (d->n == CLI_DB_MAX) {
        cli_error("%s: at most %d results stores can be read together", cmd, CLI_DB_MAX);
        return false;
    }
    d->db[d->n++] = value;
    return true;
}

Store *cli_open_stores(const CliStores *d, int *code)
{
    if (d->n <= 1)
        return cli_open_store(d->n ? d->db[0] : NULL, STORE_READ, code);
    char err[STORE_ERR_MAX];
    Store *s;
    if (store_open_all(d->db, d->n, STORE_READ, NULL, &s, err, sizeof err) != STORE_OK) {
        cli_error("%s", err);
        *code = EXIT_ENV;
        return NULL;
    }
    *code = EXIT_OK;
    return s;
}

int cli_bad_option(const char *cmd, int c, const char *arg)
{
    if (c == ':')
        cli_error("%s: %s needs a value (see teaser %s --help)", cmd, arg, cmd);
    else
        cli_error("%s: unknown option \"%s\" (see teaser %s --help)", cmd, arg, cmd);
    return EXIT_USAGE;
}

int cli_load_scenario(const char *path, const char *csv, Scenario **s, CustomerData *cd, bool *have)
{
    DiagList dl;
    diag_init(&dl);
    const char *data = paths_data_dir();
    ScenarioStatus st = scenario_load(path, data, &steps_teaser1, s, &dl);
    if (*s)
        check_scenario(*s, data, &dl);
    if (have)
        *have = false;
    const char *named = csv ? csv : *s ? (*s)->customers.resolved : NULL;
    if (cd && *s && !dl.errors && named)
        *have = customers_load(named, *s, cd, &dl) == CUSTOMERS_OK;
    cli_print_diags(&dl, path);
    int code = st == SCENARIO_ENV ? EXIT_ENV : dl.errors || st != SCENARIO_OK ? EXIT_INVALID : -1;
    diag_free(&dl);
    return code;
}

int cli_check_lang(const char *cmd, const Scenario *s, const char *lang)
{
    if (!lang || scenario_has_language(s, lang))
        return -1;
    enum { MAX = 32 };
    const char *langs[MAX];
    int n = scenario_languages(s, langs, MAX);
    char list[512];
    size_t len = 0;
    list[0] = '\0';
    for (int i = 0; i < n && len < sizeof list; i++)
        len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "", langs[i]);
    cli_error("%s: --lang %s: the scenario has no text in that language; it has %s", cmd, lang,
              list);
    return EXIT_INVALID;
}

/* Escaped like every diagnostic, so that a path or a store's message quoted
 * in it cannot run on the terminal. */
void cli_error(const char *fmt, ...)
{
    char raw[2048], shown[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(raw, sizeof raw, fmt, ap);
    va_end(ap);
    fprintf(stderr, "teaser: error: %s\n", controls_escape(raw, shown, sizeof shown));
}

bool cli_window_size(const char *s, int *w, int *h)
{
    char *end;
    long lw = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X') || !isdigit((unsigned char)end[1]))
        return false;
    long lh = strtol(end + 1, &end, 10);
    if (*end || lw < 640 || lw > 7680 || lh < 360 || lh > 4320)
        return false;
    *w = (int)lw, *h = (int)lh;
    return true;
}

static bool text_scale(const char *s, int *percent)
{
    int dots = 0, digits = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '.')
            dots++;
        else if (isdigit((unsigned char)*p))
            digits++;
        else
            return false;
    }
    if (!digits || dots > 1 || strlen(s) > 12)
        return false;
    double v = strtod(s, NULL);
    if (!(v >= 1.0 && v <= 2.0))
        return false;
    *percent = (int)lround(v * 100);
    return true;
}

bool cli_text_scale(const char *cmd, const char *s, int *percent)
{
    if (!text_scale(s, percent)) {
        cli_error("%s: --text-scale must be a number from 1.0 to 2.0, not \"%s\"", cmd, s);
        return false;
    }
    return true;
}
