/* teaser schema: the JSON Schema of the scenario format, for editors
 * (docs/scenario-format.md, "Editing with a schema"). The schema itself is
 * written by the core (schema_json.c) from the loader's tables; this only
 * takes the flags and the output file. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"
#include "schema_json.h"
#include "steps/steps.h"

static const char usage[] =
    "usage: teaser schema [-o FILE]\n"
    "\n"
    "Writes a JSON Schema (draft 2020-12) of the scenario format to FILE or to the\n"
    "terminal, for editors that read one (VS Code's YAML extension and others using\n"
    "yaml-language-server): completion, help on hover, and marks under unknown keys,\n"
    "wrong types and values out of range as you type. It is made from the tables\n"
    "teaser reads scenarios with. teaser check still has the last word: the schema\n"
    "cannot see references to ids, rules across keys, or files.\n"
    "\n"
    "  -o, --output FILE  write to FILE instead of the terminal: a file is replaced\n"
    "                     whole or not at all, keeping its mode; a device or FIFO is\n"
    "                     written straight through, a link followed (it stays a link);\n"
    "                     - is the terminal; a folder, socket or dangling link: exit 3\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit: 0 written, 2 usage error, 3 FILE cannot be written.\n";

int cmd_schema_write(FILE *f, void *ctx)
{
    (void)ctx;
    char err[256];
    if (!schema_json_write(f, &steps_teaser1, err, sizeof err)) {
        cli_error("schema: %s", err);
        return EXIT_ENV;
    }
    return EXIT_OK;
}

int cmd_schema(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *output = "-";
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            output = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("schema", c, argv[optind - 1]);
        }
    }
    if (optind < argc) {
        cli_error("schema: unexpected argument \"%s\" (see teaser schema --help)", argv[optind]);
        return EXIT_USAGE;
    }
    return cli_write_file("schema", output, cmd_schema_write, NULL);
}
