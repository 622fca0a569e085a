/* Diagnostics: every code in the table is documented in docs/diagnostics.md
 * and used by the engine, every documented code is in the table, and a
 * formatted line carries the code right after its level. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/diag.h"

enum { FILE_MAX = 1 << 18 };

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = calloc(1, FILE_MAX + 1);
    assert_non_null(buf);
    size_t n = fread(buf, 1, FILE_MAX, f);
    fclose(f);
    assert_true(n < FILE_MAX);
    return buf;
}

static int count_of(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

static void every_code_has_one_section_in_the_docs_with_its_meaning(void **state)
{
    (void)state;
    char *doc = slurp("docs/diagnostics.md");
    for (int c = 0; c < DIAG_CODE_COUNT; c++) {
        char heading[160];
        snprintf(heading, sizeof heading, "\n### %s: %s\n", diag_code_name(c),
                 diag_code_meaning(c));
        if (count_of(doc, heading) != 1)
            print_error("docs/diagnostics.md needs exactly one \"%s\"\n", heading + 1);
        assert_int_equal(count_of(doc, heading), 1);
    }
    free(doc);
}

static bool known(const char *code)
{
    for (int c = 0; c < DIAG_CODE_COUNT; c++)
        if (!strncmp(diag_code_name(c), code, 5))
            return true;
    return false;
}

static void every_code_the_docs_describe_is_in_the_table(void **state)
{
    (void)state;
    char *doc = slurp("docs/diagnostics.md");
    int sections = 0;
    for (const char *p = doc; (p = strstr(p, "\n### ")) != NULL; p += 5) {
        sections++;
        if (!known(p + 5))
            print_error("docs/diagnostics.md describes %.5s, which teaser does not have\n", p + 5);
        assert_true(known(p + 5));
    }
    assert_int_equal(sections, DIAG_CODE_COUNT);
    free(doc);
}

/* Appends every .c file under dir (one level of subfolders) to all. */
static void read_sources(const char *dir, char *all, size_t size, int depth)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        char path[512];
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (len > 2 && !strcmp(e->d_name + len - 2, ".c")) {
            char *src = slurp(path);
            strncat(all, src, size - strlen(all) - 1);
            free(src);
        } else if (depth > 0 && !strchr(e->d_name, '.')) {
            read_sources(path, all, size, depth - 1);
        }
    }
    closedir(d);
}

/* A code nobody reports would be a section in the docs about nothing. */
static void every_code_is_reported_somewhere_in_the_engine(void **state)
{
    (void)state;
    size_t size = 16u << 20;
    char *all = calloc(1, size);
    assert_non_null(all);
    read_sources("engine", all, size, 2);
    assert_true(strlen(all) + 1 < size);
    for (int c = 0; c < DIAG_CODE_COUNT; c++) {
        char name[16];
        snprintf(name, sizeof name, "DIAG_%s", diag_code_name(c));
        if (!strstr(all, name))
            print_error("%s is in the table but no code reports it\n", name);
        assert_non_null(strstr(all, name));
    }
    free(all);
}

static void codes_are_in_order_and_say_their_level(void **state)
{
    (void)state;
    for (int c = 0; c < DIAG_CODE_COUNT; c++) {
        const char *name = diag_code_name(c);
        assert_int_equal(strlen(name), 5);
        assert_true(name[0] == 'E' || name[0] == 'W');
        assert_int_equal(diag_code_level(c), name[0] == 'E' ? DIAG_ERROR : DIAG_WARNING);
        if (c > 0)
            assert_true(strcmp(diag_code_name(c - 1), name) < 0);
    }
    assert_null(diag_code_name(DIAG_CODE_COUNT));
}

static void a_formatted_line_has_the_code_right_after_its_level(void **state)
{
    (void)state;
    DiagList dl;
    diag_init(&dl);
    diag_add(&dl, DIAG_E0201, 8, 5, "unknown key \"%s\"", "duraton");
    diag_add(&dl, DIAG_W0101, 0, 0, "step \"%s\" can never be reached", "orphan");
    char line[DIAG_MSG_MAX + 64];
    diag_format(&dl.items[0], "x.yaml", line, sizeof line);
    assert_string_equal(line, "x.yaml:8:5: error: E0201: unknown key \"duraton\"");
    diag_format(&dl.items[1], "x.yaml", line, sizeof line);
    assert_string_equal(line,
                        "teaser: warning: W0101: x.yaml: step \"orphan\" can never be reached");
    assert_int_equal(dl.errors, 1);
    assert_int_equal(dl.warnings, 1);
    diag_free(&dl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_code_has_one_section_in_the_docs_with_its_meaning),
        cmocka_unit_test(every_code_the_docs_describe_is_in_the_table),
        cmocka_unit_test(every_code_is_reported_somewhere_in_the_engine),
        cmocka_unit_test(codes_are_in_order_and_say_their_level),
        cmocka_unit_test(a_formatted_line_has_the_code_right_after_its_level),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
