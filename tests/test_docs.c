/* The docs say what the program does. The tutorial (docs/authoring.md) is
 * true: the scenario it builds checks clean and plays to the end with its
 * script, every snippet it shows is copied from that scenario, and the script
 * it prints is the one in docs/tutorial/. The commands that teaser --help
 * lists are the ones the man page, the README and the contract list; every
 * option of every command's --help is in the man page. Read from the help
 * and the pages themselves, never from a list kept here, so that a command or
 * an option added without its docs fails. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

enum { DOC_MAX = 1 << 16, BLOCKS = 64 };

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = calloc(1, DOC_MAX + 1);
    size_t n = fread(buf, 1, DOC_MAX, f);
    fclose(f);
    assert_true(n < DOC_MAX);
    return buf;
}

typedef struct {
    char lang[16];
    char *text;
} Block;

/* The fenced code blocks of a Markdown file, in order; the text is in doc. */
static int blocks(char *doc, Block *out)
{
    int n = 0;
    for (char *p = strstr(doc, "\n```"); p && n < BLOCKS; p = strstr(p, "\n```")) {
        char *body = strchr(p + 4, '\n');
        char *end = body ? strstr(body, "\n```") : NULL;
        assert_non_null(end);
        size_t lang = (size_t)(body - (p + 4));
        snprintf(out[n].lang, sizeof out[n].lang, "%.*s", (int)lang, p + 4);
        *end = '\0';
        out[n++].text = body + 1;
        p = end + 4;
    }
    return n;
}

static const char *teaser(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

static void the_tutorial_scenario_checks_clean_and_plays_to_the_end(void **state)
{
    (void)state;
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "%s check --strict --quiet docs/tutorial/parcel-en.yaml docs/tutorial/parcel.yaml",
             teaser());
    assert_int_equal(shell("%s", cmd), 0);
    const char *files[] = {"parcel-en", "parcel"};
    for (int i = 0; i < 2; i++) {
        snprintf(cmd, sizeof cmd,
                 "rm -f build/docs-%s.sqlite* && SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "
                 "%s play --headless --participant p --db build/docs-%s.sqlite "
                 "--input docs/tutorial/parcel-script.txt docs/tutorial/%s.yaml && "
                 "test \"$(%s export --db build/docs-%s.sqlite | wc -l)\" = 4", /* header + 3 */
                 files[i], teaser(), files[i], files[i], teaser(), files[i]);
        assert_int_equal(shell("%s", cmd), 0);
    }
}

/* A whole file (from "format:") must check; a part must be in the finished file. */
static void every_yaml_block_is_a_valid_file_or_part_of_the_finished_one(void **state)
{
    (void)state;
    char *doc = slurp("docs/authoring.md");
    char *en = slurp("docs/tutorial/parcel-en.yaml"), *both = slurp("docs/tutorial/parcel.yaml");
    Block b[BLOCKS];
    int n = blocks(doc, b), yaml = 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(b[i].lang, "yaml") != 0)
            continue;
        yaml++;
        if (!strncmp(b[i].text, "format:", 7)) {
            FILE *f = fopen("build/docs-stage.yaml", "w");
            assert_non_null(f);
            fprintf(f, "%s\n", b[i].text);
            fclose(f);
            char cmd[256];
            snprintf(cmd, sizeof cmd, "%s check --quiet build/docs-stage.yaml", teaser());
            assert_int_equal(shell("%s", cmd), 0);
        } else if (!strstr(en, b[i].text) && !strstr(both, b[i].text)) {
            fail_msg("docs/authoring.md shows a snippet that is not in docs/tutorial/:\n%s",
                     b[i].text);
        }
    }
    assert_true(yaml >= 10);
    free(doc), free(en), free(both);
}

static void the_printed_script_is_the_tutorial_script(void **state)
{
    (void)state;
    char *doc = slurp("docs/authoring.md"), *script = slurp("docs/tutorial/parcel-script.txt");
    Block b[BLOCKS];
    int n = blocks(doc, b);
    const char *shown = NULL;
    for (int i = 0; i < n && !shown; i++)
        if (!strncmp(b[i].text, "continue\n", 9))
            shown = b[i].text;
    assert_non_null(shown);
    /* the script's events, without its comments and blank lines */
    char events[4096] = "";
    for (char *line = strtok(script, "\n"); line; line = strtok(NULL, "\n"))
        if (line[0] != '#')
            strcat(strcat(events, events[0] ? "\n" : ""), line);
    assert_string_equal(shown, events);
    free(doc), free(script);
}

/* What "teaser ARGS" prints on standard output (at most size - 1 bytes). */
static void capture(const char *args, char *buf, size_t size)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s %s 2>/dev/null", teaser(), args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t n = fread(buf, 1, size - 1, p);
    buf[n] = '\0';
    assert_int_equal(pclose(p), 0);
}

enum { NAMES = 64, NAME_LEN = 32 };
typedef struct {
    char name[NAMES][NAME_LEN];
    int n;
} Names;

static void add_name(Names *set, const char *word, size_t len)
{
    if (len == 0 || len >= NAME_LEN)
        return;
    for (int i = 0; i < set->n; i++)
        if (strlen(set->name[i]) == len && !strncmp(set->name[i], word, len))
            return;
    assert_true(set->n < NAMES);
    snprintf(set->name[set->n++], NAME_LEN, "%.*s", (int)len, word);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(a, b);
}

/* The set as one sorted line, to compare and to show. */
static const char *joined(Names *set, char *buf, size_t size)
{
    qsort(set->name, (size_t)set->n, NAME_LEN, by_name);
    buf[0] = '\0';
    for (int i = 0; i < set->n; i++)
        snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", i ? " " : "", set->name[i]);
    return buf;
}

/* The word of lower-case letters at p. */
static size_t word_len(const char *p)
{
    size_t n = 0;
    while (p[n] >= 'a' && p[n] <= 'z')
        n++;
    return n;
}

/* The commands teaser --help lists: the first word of each line under
 * "Commands:", up to the blank line. */
static void help_commands(Names *set)
{
    char help[8192];
    capture("--help", help, sizeof help);
    char *p = strstr(help, "\nCommands:\n");
    assert_non_null(p);
    for (p = strchr(p + 1, '\n') + 1; !strncmp(p, "  ", 2); p = strchr(p, '\n') + 1)
        add_name(set, p + 2, word_len(p + 2));
    assert_true(set->n >= 9);
}

/* The man page as a reader sees its words: "\-" a dash, font changes and
 * zero-width marks gone. */
static char *man_text(void)
{
    char *raw = slurp("docs/teaser.1"), *out = calloc(1, DOC_MAX + 1);
    size_t n = 0;
    for (const char *p = raw; *p; p++) {
        if (p[0] == '\\' && p[1] == '-')
            out[n++] = '-', p++;
        else if (p[0] == '\\' && p[1] == 'f' && p[2])
            p += 2;
        else if (p[0] == '\\' && p[1] == '&')
            p++;
        else
            out[n++] = *p;
    }
    free(raw);
    return out;
}

/* The part of the man page from the line ".SH NAME" to the next ".SH". */
static char *man_section(char *man, const char *name)
{
    char head[64];
    snprintf(head, sizeof head, "\n.SH %s\n", name);
    char *start = strstr(man, head);
    assert_non_null(start);
    start += strlen(head);
    char *end = strstr(start, "\n.SH ");
    if (end)
        *end = '\0';
    return start;
}

/* ".B teaser CMD ..." lines of the synopsis. */
static void synopsis_commands(Names *set)
{
    char *man = man_text(), *part = man_section(man, "SYNOPSIS");
    for (char *p = strstr(part, ".B teaser "); p; p = strstr(p + 1, ".B teaser "))
        add_name(set, p + 10, word_len(p + 10));
    free(man);
}

/* The first word of the line after each ".TP" of COMMANDS. */
static void man_commands(Names *set)
{
    char *man = man_text(), *part = man_section(man, "COMMANDS");
    for (char *p = strstr(part, ".TP\n"); p; p = strstr(p + 1, ".TP\n")) {
        char *w = p + 4;
        w += strspn(w, ".BIR");
        w += strspn(w, " \"");
        add_name(set, w, word_len(w));
    }
    free(man);
}

/* The rows "| `teaser CMD ..." of the first table after the line heading. */
static void table_commands(const char *path, const char *heading, Names *set)
{
    char *doc = slurp(path), *p = strstr(doc, heading);
    assert_non_null(p);
    p = strstr(p, "\n|");
    assert_non_null(p);
    for (; p && !strncmp(p, "\n|", 2); p = strchr(p + 1, '\n'))
        if (!strncmp(p, "\n| `teaser ", 11))
            add_name(set, p + 11, word_len(p + 11));
    free(doc);
}

static void every_list_of_commands_is_the_one_teaser_help_gives(void **state)
{
    (void)state;
    Names help = {0}, synopsis = {0}, commands = {0}, readme = {0}, contract = {0};
    help_commands(&help);
    synopsis_commands(&synopsis);
    man_commands(&commands);
    table_commands("README.md", "\n## What works in this version\n", &readme);
    table_commands("docs/contract.md", "\n## 1. Command line\n", &contract);
    char want[1024], got[1024];
    joined(&help, want, sizeof want);
    assert_string_equal(joined(&synopsis, got, sizeof got), want);
    assert_string_equal(joined(&commands, got, sizeof got), want);
    assert_string_equal(joined(&readme, got, sizeof got), want);
    assert_string_equal(joined(&contract, got, sizeof got), want);
}

/* Is option (such as "--lang" or "-o") in text as a whole word? */
static bool has_option(const char *text, const char *option, size_t len)
{
    for (const char *p = strstr(text, option); p; p = strstr(p + 1, option)) {
        char after = p[len], before = p == text ? ' ' : p[-1];
        if (strncmp(p, option, len) == 0 && !(after >= 'a' && after <= 'z') && after != '-' &&
            before != '-' && !(before >= 'a' && before <= 'z'))
            return true;
    }
    return false;
}

/* Appends to out the parts of the man page about cmd: its synopsis (from
 * ".B teaser CMD" to ".br"), its entry under COMMANDS (from its ".TP" to the
 * next) and every ".SS" of OPTIONS whose title names it ("Options of export
 * and forget"), and the global options (where -h and --help are). */
static void man_parts_of(const char *man, const char *cmd, char *out, size_t size)
{
    char key[64];
    size_t len = strlen(cmd);
    out[0] = '\0';
    snprintf(key, sizeof key, ".B teaser %s", cmd);
    for (const char *p = strstr(man, key); p; p = strstr(p + 1, key)) {
        const char *end = strstr(p, "\n.br");
        snprintf(out + strlen(out), size - strlen(out), "%.*s\n",
                 (int)(end ? end - p : (ptrdiff_t)strlen(p)), p);
    }
    const char *commands = strstr(man, "\n.SH COMMANDS\n");
    assert_non_null(commands);
    for (const char *p = strstr(commands, "\n.TP\n"); p; p = strstr(p + 1, "\n.TP\n")) {
        const char *w = p + 5;
        w += strspn(w, ".BIR");
        w += strspn(w, " \"");
        const char *end = strstr(p + 1, "\n.TP\n"), *sh = strstr(p + 1, "\n.SH ");
        if (!end || (sh && sh < end))
            end = sh;
        if (strncmp(w, cmd, len) == 0 && word_len(w) == len)
            snprintf(out + strlen(out), size - strlen(out), "%.*s\n", (int)(end - p), p);
        if (sh && sh == end)
            break;
    }
    for (const char *p = strstr(man, "\n.SS "); p; p = strstr(p + 1, "\n.SS ")) {
        const char *title_end = strchr(p + 1, '\n'), *end = strstr(p + 1, "\n.S");
        bool names = !strncmp(p + 5, "Global options\n", 15);
        for (const char *w = p + 5; w < title_end; w += word_len(w) + 1)
            names |= strncmp(w, cmd, len) == 0 && word_len(w) == len;
        if (names)
            snprintf(out + strlen(out), size - strlen(out), "%.*s\n",
                     (int)(end ? end - p : (ptrdiff_t)strlen(p)), p);
    }
}

/* Every --long option a command's help names, and every -x option its
 * option lines start with, is in the man page where it speaks of that
 * command. */
static void every_option_in_a_commands_help_is_in_the_man_page(void **state)
{
    (void)state;
    Names cmds = {0};
    help_commands(&cmds);
    char *man = man_text(), *parts = calloc(1, DOC_MAX), help[16384], missing[4096] = "";
    for (int i = 0; i < cmds.n; i++) {
        char args[64];
        snprintf(args, sizeof args, "%s --help", cmds.name[i]);
        capture(args, help, sizeof help);
        assert_non_null(strstr(help, "usage: teaser "));
        man_parts_of(man, cmds.name[i], parts, DOC_MAX);
        int options = 0;
        for (const char *p = strstr(help, "--"); p; p = strstr(p + 2, "--")) {
            size_t len = 2 + strspn(p + 2, "abcdefghijklmnopqrstuvwxyz0123456789-");
            char option[NAME_LEN];
            snprintf(option, sizeof option, "%.*s", (int)(len < NAME_LEN ? len : NAME_LEN - 1), p);
            options++;
            char entry[64];
            snprintf(entry, sizeof entry, " %s:%s", cmds.name[i], option);
            if (len > 2 && !has_option(parts, option, strlen(option)) && !strstr(missing, entry))
                snprintf(missing + strlen(missing), sizeof missing - strlen(missing), " %s:%s",
                         cmds.name[i], option);
        }
        for (const char *p = strstr(help, "\n  -"); p; p = strstr(p + 1, "\n  -")) {
            char option[3] = {p[3], p[4], '\0'};
            if (p[4] != '-' && p[5] == ',' && !has_option(parts, option, 2))
                snprintf(missing + strlen(missing), sizeof missing - strlen(missing), " %s:%s",
                         cmds.name[i], option);
        }
        assert_true(options >= 1); /* at least --help */
    }
    free(man), free(parts);
    assert_string_equal(missing, "");
}

/* Nothing the program does today is promised for later, and the man page
 * names no Makefile variable. */
static void the_docs_promise_nothing_the_program_already_does(void **state)
{
    (void)state;
    char *man = slurp("docs/teaser.1");
    assert_null(strstr(man, "$(PREFIX)"));
    assert_null(strstr(man, "later version"));
    free(man);
    static const char *const docs[] = {
        "README.md",      "docs/scenario-format.md",   "docs/authoring.md",
        "docs/player.md", "docs/facilitator-guide.md", "docs/contract.md"};
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        char *doc = slurp(docs[i]);
        if (strstr(doc, "in a later version") || strstr(doc, "comes in a later"))
            fail_msg("%s promises for later what teaser does", docs[i]);
        free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_tutorial_scenario_checks_clean_and_plays_to_the_end),
        cmocka_unit_test(every_yaml_block_is_a_valid_file_or_part_of_the_finished_one),
        cmocka_unit_test(the_printed_script_is_the_tutorial_script),
        cmocka_unit_test(every_list_of_commands_is_the_one_teaser_help_gives),
        cmocka_unit_test(every_option_in_a_commands_help_is_in_the_man_page),
        cmocka_unit_test(the_docs_promise_nothing_the_program_already_does),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
