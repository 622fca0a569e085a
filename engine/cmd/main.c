/* teaser: the command line. Parses the global flags and hands the rest to
 * the command named first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "controls.h"
#include "suggest.h"

static const char usage[] =
    "usage: teaser [--help] [--version] COMMAND [ARGS...]\n"
    "\n"
    "Lets employees feel what their customers go through, then shows how far\n"
    "their feeling is from what customers reported.\n"
    "\n"
    "Commands:\n"
    "  play SCENARIO   play a scenario in a window and save every rating\n"
    "  check FILE...   validate scenarios and print every problem; changes nothing\n"
    "  report          the gap report: employees' ratings beside customers' emotions\n"
    "  debrief         the group debrief for the projector, live as people finish\n"
    "  export          write every rating in the results store as CSV\n"
    "  forget          delete one participant's data from the results store\n"
    "  store init      create or upgrade a results store (PostgreSQL: and its roles)\n"
    "  sync            send a laptop's sessions to the organisation's store\n"
    "  schema          print a JSON Schema of the scenario format, for editors\n"
    "  new FILE        write a starter scenario to edit, with every step type\n"
    "  say SCENARIO    write what the phone says in a scenario as a WAV file\n"
    "\n"
    "Run \"teaser COMMAND --help\" for a command's options; \"man teaser\" for the manual.\n"
    "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 environment problem.\n";

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
} Command;

static const Command commands[] = {
    {"play", cmd_play},       {"check", cmd_check},   {"report", cmd_report},
    {"debrief", cmd_debrief}, {"export", cmd_export}, {"forget", cmd_forget},
    {"store", cmd_store},     {"sync", cmd_sync},     {"schema", cmd_schema},
    {"new", cmd_new},         {"say", cmd_say},
};

static int unknown_command(const char *name)
{
    const char *names[sizeof commands / sizeof *commands];
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        names[i] = commands[i].name;
    const char *near = suggest_closest(name, names, sizeof names / sizeof *names);
    if (near)
        cli_error("unknown command \"%s\" (did you mean \"%s\"?)", name, near);
    else
        cli_error("unknown command \"%s\"; see teaser --help", name);
    return EXIT_USAGE;
}

/* No argument may hold a control character: flag values end up in the store,
 * in reports and in messages, and a path with one is never meant. Nor may the
 * environment variables that make paths, or TEASER_SITE, which play stores.
 * Checked once here, before any command reads them; the exit code when not. */
static int refuse_controls(const char *cmd, int argc, char **argv)
{
    char quote[160];
    for (int i = 2; i < argc; i++) {
        const char *bad = controls_find(argv[i], false);
        if (bad) {
            controls_quote(argv[i], bad, quote, sizeof quote);
            cli_error("%s: the argument %s; teaser takes none in its arguments", cmd, quote);
            return EXIT_INVALID;
        }
    }
    static const struct {
        const char *name, *use;
    } vars[] = {{"TEASER_DATA_DIR", "makes no path of it"},
                {"XDG_DATA_HOME", "makes no path of it"},
                {"HOME", "makes no path of it"},
                {"TEASER_SITE", "stores no site label with one"}};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *value = getenv(vars[i].name), *bad = controls_find(value, false);
        if (bad) {
            controls_quote(value, bad, quote, sizeof quote);
            cli_error("the environment variable %s: %s; teaser %s", vars[i].name, quote,
                      vars[i].use);
            return EXIT_ENV;
        }
    }
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("teaser %s\n", TEASER_VERSION);
        return EXIT_OK;
    }
    if (cmd[0] == '-') {
        cli_error("unknown option \"%s\"; see teaser --help", cmd);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(cmd, commands[i].name)) {
            int code = refuse_controls(cmd, argc, argv);
            return code == EXIT_OK ? commands[i].run(argc - 1, argv + 1) : code;
        }
    return unknown_command(cmd);
}
