/* teaser check against its corpus: every file in tests/bad/ (malformed) and
 * every check-*.yaml in tests/data/ (valid, or valid with warnings) states
 * the exact diagnostics it must produce, one per "# expect: " comment line,
 * as LINE:COL: LEVEL: MESSAGE (or "- LEVEL: MESSAGE" without a place, or
 * FILE:LINE:COL: LEVEL: MESSAGE for a file the scenario names). The
 * checker's output must be exactly these lines, in order. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/check.h"
#include "../engine/paths.h"
#include "../engine/scenario.h"
#include "../engine/steps/steps.h"

enum { MAX_FILES = 400, MAX_LINES = 32, LINE_MAX_LEN = 1024 };

typedef struct {
    char lines[MAX_LINES][LINE_MAX_LEN];
    int n;
} Lines;

static int by_name(const void *a, const void *b)
{
    return strcmp(a, b);
}

static int names_in(const char *dir, const char *prefix, char names[][512], int max)
{
    DIR *d = opendir(dir);
    int n = 0;
    if (!d)
        return 0;
    for (struct dirent *e; (e = readdir(d)) != NULL && n < max;) {
        size_t len = strlen(e->d_name);
        if (len > 5 && !strcmp(e->d_name + len - 5, ".yaml") &&
            !strncmp(e->d_name, prefix, strlen(prefix)))
            snprintf(names[n++], 512, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, 512, by_name);
    return n;
}

/* "# expect: 12:5: error: ..." lines, in order. */
static void expected_of(const char *path, Lines *out)
{
    FILE *f = fopen(path, "rb");
    char line[LINE_MAX_LEN];
    out->n = 0;
    while (f && fgets(line, sizeof line, f) && out->n < MAX_LINES) {
        if (strncmp(line, "# expect: ", 10) != 0)
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        snprintf(out->lines[out->n++], LINE_MAX_LEN, "%s", line + 10);
    }
    if (f)
        fclose(f);
}

/* What the checker says, each line without the leading "FILE:". */
static void actual_of(const char *path, Lines *out)
{
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    if (scenario_load(path, paths_data_dir(), &steps_teaser1, &s, &dl) == SCENARIO_OK)
        check_scenario(s, paths_data_dir(), &dl);
    diag_sort(&dl);
    out->n = 0;
    for (int i = 0; i < dl.n && out->n < MAX_LINES; i++) {
        const Diag *d = &dl.items[i];
        const char *level = d->level == DIAG_ERROR ? "error" : "warning";
        const char *code = diag_code_name(d->code);
        if (d->file) /* a file the scenario names: its own name first */
            snprintf(out->lines[out->n++], LINE_MAX_LEN, "%s:%d:%d: %s: %s: %s", d->file, d->line,
                     d->col, level, code, d->msg);
        else if (d->line > 0)
            snprintf(out->lines[out->n++], LINE_MAX_LEN, "%d:%d: %s: %s: %s", d->line, d->col,
                     level, code, d->msg);
        else
            snprintf(out->lines[out->n++], LINE_MAX_LEN, "- %s: %s: %s", level, code, d->msg);
    }
    scenario_free(s);
    diag_free(&dl);
}

static bool same(const char *path, const Lines *want, const Lines *got)
{
    bool ok = want->n == got->n;
    for (int i = 0; ok && i < want->n; i++)
        ok = !strcmp(want->lines[i], got->lines[i]);
    if (ok)
        return true;
    print_error("%s:\n", path);
    for (int i = 0; i < want->n; i++)
        print_error("  want: %s\n", want->lines[i]);
    for (int i = 0; i < got->n; i++)
        print_error("  got:  %s\n", got->lines[i]);
    return false;
}

static int run_corpus(const char *dir, const char *prefix, bool must_fail)
{
    static char names[MAX_FILES][512];
    static Lines want, got;
    int n = names_in(dir, prefix, names, MAX_FILES), failures = 0;
    for (int i = 0; i < n; i++) {
        expected_of(names[i], &want);
        actual_of(names[i], &got);
        bool has_error = false;
        for (int k = 0; k < want.n; k++)
            has_error = has_error || strstr(want.lines[k], "error: ");
        if (must_fail && !has_error) {
            print_error("%s: a malformed scenario must expect an error\n", names[i]);
            failures++;
        } else if (!same(names[i], &want, &got)) {
            failures++;
        }
    }
    return n - failures;
}

static void every_malformed_scenario_is_rejected_at_its_place(void **state)
{
    (void)state;
    static char names[MAX_FILES][512];
    int n = names_in("tests/bad", "", names, MAX_FILES);
    assert_true(n >= 40);
    assert_int_equal(run_corpus("tests/bad", "", true), n);
}

static void valid_scenarios_give_exactly_their_expected_warnings(void **state)
{
    (void)state;
    static char names[MAX_FILES][512];
    int n = names_in("tests/data", "check-", names, MAX_FILES);
    assert_true(n >= 1);
    assert_int_equal(run_corpus("tests/data", "check-", false), n);
}

static void shipped_scenarios_check_clean(void **state)
{
    (void)state;
    static char names[MAX_FILES][512];
    static Lines got;
    int n = names_in("scenarios", "", names, MAX_FILES);
    assert_true(n >= 1);
    for (int i = 0; i < n; i++) {
        actual_of(names[i], &got);
        for (int k = 0; k < got.n; k++)
            print_error("%s: %s\n", names[i], got.lines[k]);
        assert_int_equal(got.n, 0);
    }
}

/* A FIFO cannot live in the repository's corpus: made here, in a folder of
 * its own. It was called "a folder". */
static void a_fifo_named_as_customer_data_is_not_a_regular_file(void **state)
{
    (void)state;
    char dir[] = "/tmp/teaser-check-fifo-XXXXXX", path[96];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/fifo.customers.csv", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    snprintf(path, sizeof path, "%s/s.yaml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("format: teaser/1\nid: s\ntitle: S\npersona: {name: Sam}\n"
          "customers: fifo.customers.csv\nsteps:\n  - {id: a, type: message, text: Hi}\n",
          f);
    fclose(f);
    static Lines got;
    actual_of(path, &got);
    assert_int_equal(got.n, 1);
    assert_string_equal(got.lines[0],
                        "5:12: error: E0404: \"fifo.customers.csv\" is not a regular file "
                        "(a FIFO, device or socket); name a CSV file");
    unlink(path);
    snprintf(path, sizeof path, "%s/fifo.customers.csv", dir);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_malformed_scenario_is_rejected_at_its_place),
        cmocka_unit_test(valid_scenarios_give_exactly_their_expected_warnings),
        cmocka_unit_test(shipped_scenarios_check_clean),
        cmocka_unit_test(a_fifo_named_as_customer_data_is_not_a_regular_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
