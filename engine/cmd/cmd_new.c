/* teaser new: a starter scenario to edit, with illustrative customer data and
 * the JSON Schema beside it (docs/authoring.md). The scenario itself comes
 * from the core (starter.c); this takes the flags, names the files, writes
 * them whole or not at all, never over an existing file, and says what next. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "starter.h"

static const char usage[] =
    "usage: teaser new [--lang CODES] FILE.yaml\n"
    "\n"
    "Writes a small starter scenario to FILE.yaml, ready to edit: Alex's phone bill\n"
    "was collected twice, and getting the money back takes a phone menu, a wait on\n"
    "hold, a transfer, a web form, a letter and a last rating (every step type once,\n"
    "a few minutes to play), with touchpoints, predictions, a rating instrument and\n"
    "comments that say what each key does. Beside it go FILE.customers.csv,\n"
    "illustrative customer data (not measured) so that check, play and report work\n"
    "at once, and teaser.schema.json, the JSON Schema the scenario's first line\n"
    "names for editors (an existing one is kept). FILE.yaml and its CSV must not\n"
    "exist yet: nothing is ever replaced. The files appear whole or not at all.\n"
    "\n"
    "  --lang CODES   the languages of the texts, separated by commas: en, nl or\n"
    "                 en,nl (default en); the first is the scenario's language, and\n"
    "                 with two every text is a map by language\n"
    "  -h, --help     show this help\n"
    "\n"
    "Exit: 0 written, 1 FILE.yaml or its CSV exists, or a bad --lang or file name,\n"
    "2 usage error, 3 the folder cannot be written.\n";

static int write_scenario(FILE *f, void *ctx)
{
    starter_write_scenario(f, ctx);
    return EXIT_OK;
}

static int write_customers(FILE *f, void *ctx)
{
    starter_write_customers(f, ctx);
    return EXIT_OK;
}

/* The length of FILE without .yaml or .yml, 0 when it has neither: an editor picks
 * its YAML mode (and the schema) by that ending. */
static size_t stem_length(const char *file)
{
    size_t len = strlen(file);
    const char *base = strrchr(file, '/');
    size_t base_len = strlen(base ? base + 1 : file);
    if (base_len > 5 && !strcmp(file + len - 5, ".yaml"))
        return len - 5;
    if (base_len > 4 && !strcmp(file + len - 4, ".yml"))
        return len - 4;
    return 0;
}

/* file as a shell word to copy: in single quotes when it holds anything
 * but letters, digits and ./-_+,:@ */
static void put_shell_word(const char *file)
{
    if (!file[strspn(file,
                     "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./-_+,:@")]) {
        fputs(file, stdout);
        return;
    }
    putchar('\'');
    for (const char *p = file; *p; p++) {
        if (*p == '\'')
            fputs("'\\''", stdout); /* end the quotes, a quoted quote, quotes again */
        else
            putchar(*p);
    }
    putchar('\'');
}

/* What was written, and the next commands. */
static void say_written(const CliNewFile *files, int n, const char *file)
{
    static const char *const what[] = {
        "the starter scenario",
        "illustrative customer data: put your survey's in its place",
        "the JSON Schema for editors (teaser schema)",
    };
    for (int i = 0; i < n; i++)
        printf(files[i].skipped ? "kept %s: %s\n" : "wrote %s: %s\n", files[i].path, what[i]);
    fputs("next:\n  teaser check ", stdout);
    put_shell_word(file);
    fputs("\n  teaser play ", stdout);
    put_shell_word(file);
    putchar('\n');
}

static int write_starter(const char *file, Starter *s)
{
    size_t stem = stem_length(file);
    if (!stem) {
        cli_error("new: \"%s\" does not end in .yaml or .yml, by which editors know a "
                  "scenario is YAML",
                  file);
        return EXIT_INVALID;
    }
    char csv[4096], schema[4096];
    const char *base = strrchr(file, '/');
    size_t dir = base ? (size_t)(base + 1 - file) : 0;
    if (snprintf(csv, sizeof csv, "%.*s.customers.csv", (int)stem, file) >= (int)sizeof csv ||
        snprintf(schema, sizeof schema, "%.*steaser.schema.json", (int)dir, file) >=
            (int)sizeof schema) {
        cli_error("new: the path %s is too long", file);
        return EXIT_INVALID;
    }
    starter_id(s, file);
    s->file = file + dir;
    s->customers = csv + dir;
    CliNewFile files[] = {
        {.path = file, .write = write_scenario, .ctx = s},
        {.path = csv, .write = write_customers, .ctx = s},
        {.path = schema, .write = cmd_schema_write, .optional = true},
    };
    int n = sizeof files / sizeof *files;
    int code = cli_write_new_files("new", files, n);
    if (code == EXIT_OK)
        say_written(files, n, file);
    return code;
}

int cmd_new(int argc, char **argv)
{
    static const struct option opts[] = {{"lang", required_argument, NULL, 'l'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    Starter s = {.langs = {"en"}, .n_langs = 1};
    char err[256];
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (!starter_langs(&s, optarg, err, sizeof err)) {
                cli_error("new: --lang %s", err);
                return EXIT_INVALID;
            }
            break;
        case 'h':
            fputs(usage, stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("new", c, argv[optind - 1]);
        }
    }
    if (argc - optind != 1) {
        cli_error(optind < argc ? "new: one FILE at a time (see teaser new --help)"
                                : "new: which FILE? (see teaser new --help)");
        return EXIT_USAGE;
    }
    return write_starter(argv[optind], &s);
}
