/* The tutorial (docs/authoring.md) is true: the scenario it builds checks clean
 * and plays to the end with its script, every snippet it shows is copied from
 * that scenario, and the script it prints is the one in docs/tutorial/. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_tutorial_scenario_checks_clean_and_plays_to_the_end),
        cmocka_unit_test(every_yaml_block_is_a_valid_file_or_part_of_the_finished_one),
        cmocka_unit_test(the_printed_script_is_the_tutorial_script),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
