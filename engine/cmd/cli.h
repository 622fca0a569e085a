/* What the commands share: exit codes (docs/contract.md) and printing diagnostics
 * in the one error format. Only commands (cmd_*.c) and main.c print. */
#ifndef TEASER_CLI_H
#define TEASER_CLI_H

#include <stdio.h>

#include "customers.h"
#include "diag.h"
#include "scenario.h"
#include "store.h"
#include "version.h"

enum {
    EXIT_OK = 0,      /* success; warnings alone leave it 0 */
    EXIT_INVALID = 1, /* bad scenario, bad CSV, bad flag value */
    EXIT_USAGE = 2,   /* usage error */
    EXIT_ENV = 3,     /* no display, font or asset missing, store not writable */
};

/* Prints a list to stderr, in order of place, each in the one error format
 * (docs/contract.md). */
void cli_print_diags(DiagList *dl, const char *file);
/* "teaser: error: MESSAGE" on stderr, its control characters escaped. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The results store named by --db (NULL: TEASER_DB, else the default),
 * opened; NULL after printing the error. *code gets the exit code to return
 * then. */
Store *cli_open_store(const char *db_flag, StoreMode mode, int *code);
/* The same with options to start from (store init's); the environment's fault drills
 * and wait are added to them. */
Store *cli_open_store_with(const char *db_flag, StoreMode mode, StoreOptions *opt, int *code);

/* --db given more than once (report, debrief, export): the stores read as one. */
enum { CLI_DB_MAX = 64 };
typedef struct {
    const char *db[CLI_DB_MAX];
    int n;
} CliStores;
/* Adds one --db value; false (after printing why) when there are too many. */
bool cli_add_store(CliStores *d, const char *cmd, const char *value);
/* As cli_open_store, for every --db given (none: the default), to read. */
Store *cli_open_stores(const CliStores *d, int *code);

/* For getopt_long with an optstring that starts with ':': reports the option
 * that failed (c is ':' when it lacks its value) and returns EXIT_USAGE. */
int cli_bad_option(const char *cmd, int c, const char *arg);

/* Writes -o path with write() (cli_output.c): a regular file or a new name
 * whole or not at all (a temporary file beside it, synced, renamed onto it
 * only when write() returns EXIT_OK; the old file's mode kept); a character
 * device, a FIFO or "-" (standard output) straight through; a symbolic link
 * followed, the link kept; anything else refused. Returns write()'s code, or
 * EXIT_ENV when the file cannot be written; errors are printed naming cmd. */
int cli_write_file(const char *cmd, const char *path, int (*write)(FILE *f, void *ctx), void *ctx);

/* New files for teaser new (cli_output.c): each written to a temporary file
 * beside it and synced; only when all are complete are they put in place,
 * each under a name that must still be free (never replacing a file), and a
 * failure takes back those already placed. A file marked optional that
 * exists already is kept and not written (*skipped set). Returns EXIT_OK,
 * EXIT_INVALID when a file that is not optional exists, or EXIT_ENV when one
 * cannot be written; errors are printed naming cmd. */
typedef struct {
    const char *path;
    int (*write)(FILE *f, void *ctx);
    void *ctx;
    bool optional; /* an existing file is kept: not an error */
    bool skipped;  /* out: it existed and was kept */
} CliNewFile;
int cli_write_new_files(const char *cmd, CliNewFile *files, int n);

/* Loads and checks a scenario and the customer data it names (or csv when
 * given), printing every problem. Returns -1 to go on, else the exit code;
 * *have says whether customer data was read. With cd NULL only the scenario. */
int cli_load_scenario(const char *path, const char *csv, Scenario **s, CustomerData *cd,
                      bool *have);

/* --text-scale F: a decimal from 1.0 to 2.0 (digits and at most one '.',
 * nothing else), as a whole percent of text size; false after printing why
 * (naming cmd) when it is not: then exit EXIT_INVALID, as for any bad value. */
bool cli_text_scale(const char *cmd, const char *s, int *percent);

/* --lang: -1 when lang is NULL (the scenario's language) or one the scenario
 * has text in; else prints one line naming the languages it has and returns
 * EXIT_INVALID. play, report and debrief all refuse a language this way. */
int cli_check_lang(const char *cmd, const Scenario *s, const char *lang);

/* --window WIDTHxHEIGHT (x or X), from 640x360 to 7680x4320; false when s
 * is not such a size. */
bool cli_window_size(const char *s, int *w, int *h);

int cmd_check(int argc, char **argv);
int cmd_debrief(int argc, char **argv);
int cmd_play(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_schema(int argc, char **argv);
/* The JSON Schema of the format to f (teaser schema's output, and teaser new's). */
int cmd_schema_write(FILE *f, void *ctx);
int cmd_new(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_forget(int argc, char **argv);
int cmd_store(int argc, char **argv);
int cmd_sync(int argc, char **argv);
int cmd_say(int argc, char **argv);

#endif
