/* Control characters from outside (a scenario, a customer CSV, a flag, a
 * scripted-input file, an older store) never reach a terminal, a CSV or an
 * HTML page raw: the loaders refuse them with their place, every diagnostic
 * shows them escaped (\x1b), and the writers replace any that slip through.
 * The attack strings are the ones a tester used: a key that sets the
 * terminal's title and clears the screen, a colour escape, a bell, and C1's
 * CSI (U+009B), which some terminals run like ESC [. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/controls.h"
#include "../engine/csvout.h"
#include "../engine/customers.h"
#include "../engine/diag.h"
#include "../engine/paths.h"
#include "../engine/report_html.h"
#include "../engine/scenario.h"
#include "../engine/script.h"
#include "../engine/steps/steps.h"

static char dir[64];

static const char *teaser(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

/* True when buf holds no control character but newline and tab: no byte
 * below 0x20 (CR allowed only before LF when crlf), no DEL, no C1. */
static bool clean(const char *buf, size_t len, bool crlf)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)buf[i];
        bool line_end = c == '\n' || c == '\t' || (crlf && c == '\r' && buf[i + 1] == '\n');
        if ((c < 0x20 && !line_end) || c == 0x7F)
            return false;
        if (c == 0xC2 && i + 1 < len && (unsigned char)buf[i + 1] >= 0x80 &&
            (unsigned char)buf[i + 1] <= 0x9F)
            return false;
    }
    return true;
}

static char *slurp(const char *path, size_t *len)
{
    static char buf[1 << 17];
    *len = read_text(path, buf, sizeof buf);
    return buf;
}

/* Runs teaser with the arguments made of fmt and arg, its standard output and
 * error into dir/out; asserts its exit code and that the output is clean. */
static const char *run_clean(const char *fmt, const char *arg, int code, bool crlf)
{
    char args[512];
    snprintf(args, sizeof args, fmt, arg);
    assert_int_equal(shell("%s %s >%s/out 2>&1", teaser(), args, dir), code);
    char out[128];
    snprintf(out, sizeof out, "%s/out", dir);
    size_t len;
    const char *text = slurp(out, &len);
    assert_true(len > 0);
    assert_true(clean(text, len, crlf));
    return text;
}

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/teaser-controls-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    return shell("rm -rf %s", dir);
}

/* ---- the one function ---- */

static void escaping_shows_every_control_character_and_nothing_else(void **state)
{
    (void)state;
    char out[128];
    assert_string_equal(controls_escape("k\x1b]0;PWNED\a\x1b[2J", out, sizeof out),
                        "k\\x1b]0;PWNED\\x07\\x1b[2J");
    assert_string_equal(controls_escape("a\tb\nc\x7f", out, sizeof out), "a\\x09b\\x0ac\\x7f");
    assert_string_equal(controls_escape("\xc2\x9b"
                                        "31m na\xc3\xafve \xe2\x82\xac",
                                        out, sizeof out),
                        "\\u009b31m na\xc3\xafve \xe2\x82\xac");
    /* cut between characters, never inside an escape or a UTF-8 sequence */
    assert_string_equal(controls_escape("ab\x1b", out, 6), "ab");
    assert_string_equal(controls_escape("ab\xe2\x82\xac", out, 5), "ab");
    assert_null(controls_find("na\xc3\xafve\ttext\n", true));
    assert_non_null(controls_find("tab\t", false));
    assert_non_null(controls_find("csi \xc2\x9b", true));
}

static void a_diagnostic_never_carries_a_raw_control_character(void **state)
{
    (void)state;
    DiagList dl;
    diag_init(&dl);
    diag_add(&dl, DIAG_E0201, 3, 1, "unknown key \"%s\"", "k\x1b]0;PWNED\a\x1b[2J");
    char line[DIAG_MSG_MAX + 64];
    diag_format(&dl.items[0], "x.yaml", line, sizeof line);
    assert_string_equal(line,
                        "x.yaml:3:1: error: E0201: unknown key \"k\\x1b]0;PWNED\\x07\\x1b[2J\"");
    diag_free(&dl);
}

/* ---- the scenario ---- */

/* The first problem of a small scenario whose title line is title_line. */
static const char *first_problem(const char *title_line, char *buf, size_t size)
{
    char yaml[512];
    int len = snprintf(yaml, sizeof yaml,
                       "format: teaser/1\nid: c\n%s\npersona: {name: Sam}\nsteps:\n"
                       "  - {id: a, type: message, text: \"hi\"}\n",
                       title_line);
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    scenario_parse("c.yaml", yaml, (size_t)len, paths_data_dir(), &steps_teaser1, &s, &dl);
    diag_sort(&dl);
    if (dl.n)
        diag_format(&dl.items[0], "c.yaml", buf, size);
    else
        snprintf(buf, size, "valid");
    assert_true(clean(buf, strlen(buf), false));
    scenario_free(s);
    diag_free(&dl);
    return buf;
}

static void a_scenario_text_or_key_with_a_control_character_is_refused_at_its_place(void **state)
{
    (void)state;
    char msg[DIAG_MSG_MAX + 64];
    assert_string_equal(first_problem("title: \"T\"", msg, sizeof msg), "valid");
    assert_string_equal(first_problem("title: \"\\e[31mRed\"", msg, sizeof msg),
                        "c.yaml:3:8: error: E0107: \"\\x1b[31mRed\" holds a control character "
                        "(\\x1b); a scenario's text and keys may hold none but line breaks "
                        "and tabs");
    assert_non_null(strstr(first_problem("title: \"bell \\a\"", msg, sizeof msg),
                           "c.yaml:3:8: error: E0107: \"bell \\x07\" holds a control character"));
    assert_non_null(
        strstr(first_problem("title: \"csi \\x9b2J\"", msg, sizeof msg),
               "c.yaml:3:8: error: E0107: \"csi \\u009b2J\" holds a control character"));
    assert_non_null(
        strstr(first_problem("title: T\n\"k\\e]0;PWNED\\a\\e[2J\": 1", msg, sizeof msg),
               "c.yaml:4:1: error: E0107: \"k\\x1b]0;PWNED\\x07\\x1b[2J\" holds a control "
               "character"));
    assert_non_null(strstr(first_problem("title: {en: \"\\e[2J\"}", msg, sizeof msg),
                           "c.yaml:3:13: error: E0107: \"\\x1b[2J\" holds a control character"));
    /* line breaks and tabs belong in a text */
    assert_string_equal(first_problem("title: \"two\\nlines\\tand a tab\"", msg, sizeof msg),
                        "valid");
}

static void check_prints_an_attack_key_escaped(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/attack.yaml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("format: teaser/1\nid: x\n\"k\\e]0;PWNED\\a\\e[2J\": 1\n", f);
    fclose(f);
    assert_non_null(strstr(run_clean("check %s", path, 1, false),
                           "attack.yaml:3:1: error: E0107: \"k\\x1b]0;PWNED\\x07\\x1b[2J\" holds a "
                           "control character"));
}

/* ---- customer data ---- */

static void a_customer_cell_with_a_control_character_is_refused_at_its_place(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/c.csv", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("touchpoint,value,count,scale_min,scale_max,source\n"
          "call-wait,1,3,1,5,survey\n"
          "call-wait,2,3,1,5,\"survey \x1b]0;PWNED\a\"\n",
          f);
    fclose(f);
    CustomerData cd;
    DiagList dl;
    diag_init(&dl);
    assert_int_not_equal(customers_load(path, NULL, &cd, &dl), CUSTOMERS_OK);
    assert_int_equal(dl.errors, 1);
    assert_int_equal(dl.items[0].line, 3);
    assert_int_equal(dl.items[0].col, 19);
    assert_string_equal(dl.items[0].msg,
                        "\"survey \\x1b]0;PWNED\\x07\" holds a control character (\\x1b); "
                        "customer data may hold none but line breaks and tabs");
    customers_free(&cd);
    diag_free(&dl);
}

/* ---- scripted input ---- */

static void a_script_line_with_a_c1_control_is_refused_at_its_place(void **state)
{
    (void)state;
    static const char text[] = "continue\ntext \"x\xc2\x9b"
                               "2J\"\n";
    Script sc;
    DiagList dl;
    diag_init(&dl);
    assert_false(script_parse(text, sizeof text - 1, &sc, &dl));
    assert_int_equal(dl.errors, 1);
    char line[DIAG_MSG_MAX + 64];
    diag_format(&dl.items[0], "s.txt", line, sizeof line);
    assert_string_equal(line, "s.txt:2:8: error: E0701: control character U+009B is not allowed");
    script_free(&sc);
    diag_free(&dl);
}

/* ---- writers: whatever slips through is replaced ---- */

static void a_csv_cell_never_carries_a_control_character(void **state)
{
    (void)state;
    char buf[256] = "";
    FILE *f = fmemopen(buf, sizeof buf, "w");
    const char *cells[] = {"p\x1b[31m", "bell\a", "csi \xc2\x9b", "two\nlines", "tab\there"};
    assert_true(csvout_row(f, cells, 5));
    fclose(f);
    assert_true(clean(buf, strlen(buf), true));
    assert_string_equal(buf, "p\xef\xbf\xbd[31m,bell\xef\xbf\xbd,csi \xef\xbf\xbd,\"two\nlines\","
                             "tab\there\r\n");
}

static void an_html_report_never_carries_a_control_character(void **state)
{
    (void)state;
    static char buf[1 << 16];
    Report r = {.scenario = "s\x1b[2J",
                .workshop = "w\a\xc2\x9b",
                .participants = 2,
                .min_group = 5,
                .withheld = true};
    ReportPage page = {"T\x1b]0;PWNED\a", "2026-12-06", "data.csv\x1b", "en"};
    FILE *f = fmemopen(buf, sizeof buf, "w");
    assert_true(report_write_html(f, &r, &page));
    fclose(f);
    assert_true(clean(buf, strlen(buf), false));
    assert_non_null(strstr(buf, "T\xef\xbf\xbd]0;PWNED\xef\xbf\xbd"));
}

/* ---- the binary: flags, and a store written by an older teaser ---- */

static void a_flag_value_with_a_control_character_is_refused_escaped(void **state)
{
    (void)state;
    static const char *const commands[] = {
        "export --workshop $(printf 'w\\033[2J') --db %s/none.sqlite",
        "report --scenario scenarios/energy-move.yaml --department $(printf 'd\\a') --db "
        "%s/none.sqlite",
        "play --headless --participant $(printf 'p\\302\\233') --db %s/none.sqlite "
        "scenarios/energy-move.yaml",
    };
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        assert_non_null(strstr(run_clean(commands[i], dir, 1, false), "holds a control character"));
    const char *text = run_clean("check $(printf '%s/x\\033.yaml')", dir, 1, false);
    assert_non_null(strstr(text, "teaser: error: check: the argument \""));
    assert_non_null(strstr(text, "x\\x1b.yaml\" holds a control character"));
    /* nor a path made of the environment */
    assert_int_equal(shell("HOME=\"$(printf '/h\\033[2J')\" %s export >%s/out 2>&1", teaser(), dir),
                     3);
    char out[128];
    snprintf(out, sizeof out, "%s/out", dir);
    size_t len;
    assert_string_equal(slurp(out, &len),
                        "teaser: error: the environment variable HOME: \"/h\\x1b[2J\" holds a "
                        "control character (\\x1b); teaser makes no path of it\n");
}

/* A store written before teaser refused them: the participant, workshop and
 * department hold ESC, BEL and CSI, put there with SQLite behind teaser's back. */
static void outputs_from_a_store_with_control_characters_carry_none(void **state)
{
    (void)state;
    char db[128];
    snprintf(db, sizeof db, "%s/old.sqlite", dir);
    store_one_rating(db, "p");
    sqlite3 *raw;
    assert_int_equal(sqlite3_open(db, &raw), SQLITE_OK);
    assert_int_equal(sqlite3_exec(raw,
                                  "UPDATE sessions SET participant = 'p' || char(27) || "
                                  "']0;PWNED' || char(7), workshop = 'w' || char(27) || '[2J', "
                                  "department = 'd' || char(155)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(raw);
    static const char *const runs[] = {
        "export --db %s",
        "report --scenario scenarios/energy-move.yaml --db %s --format html --min-group 3",
        "report --scenario scenarios/energy-move.yaml --db %s --format csv --min-group 3",
        "report --scenario scenarios/energy-move.yaml --db %s --format json --min-group 3",
        "report --scenario scenarios/energy-move.yaml --db %s --format text --min-group 3",
    };
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++)
        run_clean(runs[i], db, 0, true);
    assert_non_null(
        strstr(run_clean("export --db %s", db, 0, true), "p\xef\xbf\xbd]0;PWNED\xef\xbf\xbd"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(escaping_shows_every_control_character_and_nothing_else),
        cmocka_unit_test(a_diagnostic_never_carries_a_raw_control_character),
        cmocka_unit_test(a_scenario_text_or_key_with_a_control_character_is_refused_at_its_place),
        cmocka_unit_test(check_prints_an_attack_key_escaped),
        cmocka_unit_test(a_customer_cell_with_a_control_character_is_refused_at_its_place),
        cmocka_unit_test(a_script_line_with_a_c1_control_is_refused_at_its_place),
        cmocka_unit_test(a_csv_cell_never_carries_a_control_character),
        cmocka_unit_test(an_html_report_never_carries_a_control_character),
        cmocka_unit_test(a_flag_value_with_a_control_character_is_refused_escaped),
        cmocka_unit_test(outputs_from_a_store_with_control_characters_carry_none),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
