/* teaser export through the binary: the columns of docs/contract.md first, every
 * stored value back out of the CSV (text with quotes, commas, line breaks and
 * non-ASCII included), formulas neutralised, filters, and no half-written
 * file when it fails. */
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

#include "../engine/store.h"
#include "csv_read.h"

#define DB  "build/export-test.sqlite"
#define OUT "build/export-test.csv"

static const char *teaser(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

static const char *const participant = "Jan \"JJ\", de Vries\nnaïve";
static const char *const workshop = "=2+5 Utrecht, week 47";
static const char *const uid_b = "9b2e4d3c-1a5f-4e6b-8c7d-0f1e2d3c4b5a";

static int fill_store(void **state)
{
    (void)state;
    shell("rm -f " DB " " DB "-wal " DB "-shm " OUT);
    Store *s;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(DB, STORE_WRITE, NULL, &s, err, sizeof err), STORE_OK);
    SessionInfo a = {.scenario = "energy-move",
                     .scenario_hash = "00ff00ff00ff00ff",
                     .workshop = workshop,
                     .participant = participant,
                     .department = NULL,
                     .language = "nl",
                     .site = "Zwolle"};
    SessionInfo b = {.scenario = "energy-move",
                     .scenario_hash = "00ff00ff00ff00ff",
                     .workshop = "other",
                     .participant = "p2",
                     .department = "Billing",
                     .language = "en",
                     .uid = uid_b};
    int64_t ia, ib;
    assert_int_equal(store_begin_session(s, &a, &ia), STORE_OK);
    assert_int_equal(store_begin_session(s, &b, &ib), STORE_OK);
    RatingRecord r1 = {.session = ia,
                       .step = "hold",
                       .touchpoint = "call-wait",
                       .valence = 2,
                       .valence_points = 9,
                       .arousal = 8,
                       .arousal_points = 9,
                       .emotion = "geërgerd",
                       .onset_ms = 61000,
                       .response_ms = 64250,
                       .input_device = "mouse",
                       .changes = 2};
    RatingRecord r2 = {.session = ia,
                       .step = "letter",
                       .valence_points = 9,
                       .onset_ms = 90000,
                       .input_device = "keyboard",
                       .timed_out = true};
    RatingRecord r3 = {.session = ib,
                       .step = "hold",
                       .touchpoint = "call-wait",
                       .valence = 7,
                       .valence_points = 9,
                       .onset_ms = 5,
                       .response_ms = 905,
                       .input_device = "touch"};
    assert_int_equal(store_add_rating(s, &r1, NULL), STORE_OK);
    assert_int_equal(store_add_rating(s, &r2, NULL), STORE_OK);
    assert_int_equal(store_add_rating(s, &r3, NULL), STORE_OK);
    assert_int_equal(store_finish_session(s, ib), STORE_OK);
    store_close(s);
    return 0;
}

static int col(const CsvTable *t, const char *name)
{
    for (int c = 0; c < t->cols[0]; c++)
        if (!strcmp(t->cell[0][c], name))
            return c;
    fail_msg("no column %s", name);
    return -1;
}

static void the_design_columns_come_first_in_their_order(void **state)
{
    (void)state;
    static const char *const design[] = {
        "session", "workshop", "participant", "department", "scenario",  "step",    "touchpoint",
        "valence", "arousal",  "emotion",     "rt_ms",      "timed_out", "finished"};
    assert_int_equal(shell("%s export --db " DB " -o " OUT " 2>/dev/null", teaser()), 0);
    CsvTable t;
    assert_int_equal(csv_read(OUT, &t), 0);
    for (int c = 0; c < 13; c++)
        assert_string_equal(t.cell[0][c], design[c]);
    assert_int_equal(t.rows, 4);
    csv_free_table(&t);
}

static void every_stored_value_comes_back_out(void **state)
{
    (void)state;
    assert_int_equal(shell("%s export --db " DB " -o " OUT " 2>/dev/null", teaser()), 0);
    CsvTable t;
    assert_int_equal(csv_read(OUT, &t), 0);
    const char *const *r1 = (const char *const *)t.cell[1],
                      *const *r2 = (const char *const *)t.cell[2],
                      *const *r3 = (const char *const *)t.cell[3];
    assert_string_equal(r1[col(&t, "participant")], participant);
    assert_string_equal(r1[col(&t, "workshop")], "'=2+5 Utrecht, week 47"); /* neutralised */
    assert_string_equal(r1[col(&t, "department")], "");
    assert_string_equal(r1[col(&t, "scenario")], "energy-move");
    assert_string_equal(r1[col(&t, "step")], "hold");
    assert_string_equal(r1[col(&t, "touchpoint")], "call-wait");
    assert_string_equal(r1[col(&t, "valence")], "2");
    assert_string_equal(r1[col(&t, "arousal")], "8");
    assert_string_equal(r1[col(&t, "emotion")], "geërgerd");
    assert_string_equal(r1[col(&t, "rt_ms")], "3250");
    assert_string_equal(r1[col(&t, "onset_ms")], "61000");
    assert_string_equal(r1[col(&t, "response_ms")], "64250");
    assert_string_equal(r1[col(&t, "input_device")], "mouse");
    assert_string_equal(r1[col(&t, "changes")], "2");
    assert_string_equal(r1[col(&t, "valence_points")], "9");
    assert_string_equal(r1[col(&t, "language")], "nl");
    assert_string_equal(r1[col(&t, "scenario_hash")], "00ff00ff00ff00ff");
    assert_string_equal(r1[col(&t, "timed_out")], "0");
    assert_string_equal(r1[col(&t, "finished")], "0");
    assert_string_equal(r1[col(&t, "finished_at")], "");
    assert_string_equal(r2[col(&t, "valence")], "");
    assert_string_equal(r2[col(&t, "rt_ms")], "");
    assert_string_equal(r2[col(&t, "touchpoint")], "");
    assert_string_equal(r2[col(&t, "timed_out")], "1");
    assert_string_equal(r3[col(&t, "department")], "Billing");
    assert_string_equal(r3[col(&t, "finished")], "1");
    assert_int_equal(strlen(r3[col(&t, "finished_at")]), 24);
    assert_string_equal(r3[col(&t, "rt_ms")], "900");
    csv_free_table(&t);
}

/* The session's uid and site, then the rating's kind, come last, after every older column. */
static void each_row_ends_with_its_session_uid_site_and_kind(void **state)
{
    (void)state;
    assert_int_equal(shell("%s export --db " DB " -o " OUT " 2>/dev/null", teaser()), 0);
    CsvTable t;
    assert_int_equal(csv_read(OUT, &t), 0);
    int n = t.cols[0];
    assert_string_equal(t.cell[0][n - 3], "session_uid");
    assert_string_equal(t.cell[0][n - 2], "site");
    assert_string_equal(t.cell[0][n - 1], "kind");
    assert_string_equal(t.cell[1][n - 2], "Zwolle");
    assert_int_equal(strlen(t.cell[1][n - 3]), 36);
    assert_string_equal(t.cell[1][n - 1], "felt");
    assert_string_equal(t.cell[1][n - 3], t.cell[2][n - 3]); /* one session, one uid */
    assert_string_equal(t.cell[3][n - 3], uid_b);
    assert_string_equal(t.cell[3][n - 2], ""); /* no site given */
    csv_free_table(&t);
}

static void the_terminal_gets_the_same_csv_as_the_file(void **state)
{
    (void)state;
    assert_int_equal(shell("%s export --db " DB " -o " OUT " 2>/dev/null", teaser()), 0);
    assert_int_equal(shell("%s export --db " DB " | cmp -s - " OUT, teaser()), 0);
}

static void a_workshop_filter_keeps_only_its_rows(void **state)
{
    (void)state;
    assert_int_equal(shell("%s export --db " DB " --workshop other -o " OUT " 2>/dev/null", teaser()),
                     0);
    CsvTable t;
    assert_int_equal(csv_read(OUT, &t), 0);
    assert_int_equal(t.rows, 2);
    assert_string_equal(t.cell[1][col(&t, "participant")], "p2");
    csv_free_table(&t);
}

static void a_failed_export_leaves_no_file(void **state)
{
    (void)state;
    shell("rm -f " OUT);
    assert_int_equal(
        shell("%s export --db build/no-such-store.sqlite -o " OUT " 2>/dev/null", teaser()), 3);
    assert_int_not_equal(shell("test -e " OUT), 0);
    assert_int_equal(
        shell("%s export --db " DB " -o build/no-such-folder/x.csv 2>/dev/null", teaser()), 3);
    assert_int_not_equal(shell("ls build/no-such-folder >/dev/null 2>&1"), 0);
    assert_int_not_equal(shell("ls build/ | grep -q 'export-test.csv.tmp'"), 0);
}

/* A filter value no session has is a mistake to say (exit 1), with the
 * values there are; no file is written. The same for report, and for the
 * workshop it compares with. */
static void a_filter_that_matches_nothing_lists_what_there_is(void **state)
{
    (void)state;
    shell("rm -f " OUT);
    assert_int_equal(shell("%s export --db " DB " --workshop Utrecht -o " OUT
                           " 2>build/filter-err.txt",
                           teaser()),
                     1);
    assert_int_not_equal(shell("test -e " OUT), 0);
    assert_int_equal(shell("grep -qxF 'teaser: error: export: --workshop \"Utrecht\" matches no "
                           "session in the store; the workshops there: \"=2+5 Utrecht, week 47\", "
                           "\"other\"' build/filter-err.txt"),
                     0);
    assert_int_equal(shell("%s export --db " DB " --site Breda 2>build/filter-err.txt >/dev/null",
                           teaser()),
                     1);
    assert_int_equal(shell("grep -qxF 'teaser: error: export: --site \"Breda\" matches no session "
                           "in the store; the sites there: \"Zwolle\"' build/filter-err.txt"),
                     0);
    const char *report = "report --scenario scenarios/energy-move.yaml --db " DB;
    assert_int_equal(shell("%s %s --department Sales 2>build/filter-err.txt >/dev/null", teaser(),
                           report),
                     1);
    assert_int_equal(shell("grep -qxF 'teaser: error: report: --department \"Sales\" matches no "
                           "session in the store; the departments there: \"Billing\"' "
                           "build/filter-err.txt"),
                     0);
    assert_int_equal(shell("%s %s --workshop other --compare before 2>build/filter-err.txt "
                           ">/dev/null",
                           teaser(), report),
                     1);
    assert_int_equal(shell("grep -qF -- '--workshop \"before\" matches no session' "
                           "build/filter-err.txt"),
                     0);
    assert_int_equal(shell("%s %s --workshop other --site Zwolle >/dev/null 2>&1", teaser(),
                           report),
                     0); /* each value is there; together they select no one: a report */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_design_columns_come_first_in_their_order),
        cmocka_unit_test(every_stored_value_comes_back_out),
        cmocka_unit_test(each_row_ends_with_its_session_uid_site_and_kind),
        cmocka_unit_test(the_terminal_gets_the_same_csv_as_the_file),
        cmocka_unit_test(a_workshop_filter_keeps_only_its_rows),
        cmocka_unit_test(a_failed_export_leaves_no_file),
        cmocka_unit_test(a_filter_that_matches_nothing_lists_what_there_is),
    };
    return cmocka_run_group_tests(tests, fill_store, NULL);
}
