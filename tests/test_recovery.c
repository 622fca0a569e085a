/* The recovery file: ratings kept while the store cannot be written come back
 * exactly, a line cut short by a power cut is left out, an import is in the
 * store whole or not at all, and a store whose folder is gone still gets a
 * recovery file elsewhere. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../engine/recovery.h"

static const char *const db = "build/recovery-test.sqlite";

static Store *fresh(StoreMode mode)
{
    char err[STORE_ERR_MAX];
    Store *s;
    assert_int_equal(store_open(db, mode, NULL, &s, err, sizeof err), STORE_OK);
    return s;
}

/* What the store gives back, copied (its strings live only during the call). */
typedef struct {
    char participant[16], workshop[16], language[8], emotion[32], device[16];
    bool finished, has_touchpoint, timed_out;
    int valence, changes;
    long long rt;
} Row;

static bool each(const RatingRow *r, void *ctx)
{
    Row *rows = ctx, *o = rows[0].participant[0] ? &rows[1] : &rows[0];
    snprintf(o->participant, sizeof o->participant, "%s", r->participant);
    snprintf(o->workshop, sizeof o->workshop, "%s", r->workshop);
    snprintf(o->language, sizeof o->language, "%s", r->language);
    snprintf(o->emotion, sizeof o->emotion, "%s", r->emotion ? r->emotion : "");
    snprintf(o->device, sizeof o->device, "%s", r->input_device);
    o->finished = r->finished != NULL;
    o->has_touchpoint = r->touchpoint != NULL;
    o->timed_out = r->timed_out;
    o->valence = r->valence;
    o->changes = r->changes;
    o->rt = r->response_ms - r->onset_ms;
    return true;
}

static void kept_ratings_come_back_exactly_and_a_cut_line_is_left_out(void **state)
{
    (void)state;
    unlink(db);
    char path[4200], err[256];
    snprintf(path, sizeof path, "%s.recovery", db);
    unlink(path);
    Recovery *r = recovery_open(db, err, sizeof err);
    assert_non_null(r);
    assert_string_equal(recovery_path(r), path);
    SessionInfo info = {"energy-move", "abc", "W47", "p-1", NULL, "nl"};
    int64_t n = recovery_session(r, &info, 0); /* never begun in the store */
    assert_true(n > 0);
    RatingRecord a = {.step = "hold", .touchpoint = "call-wait", .valence = 3, .valence_points = 9,
                      .emotion = "boos\t100%\nwoedend", .onset_ms = 180000, .response_ms = 184500,
                      .input_device = "keyboard", .changes = 2};
    RatingRecord b = {.step = "looking-back", .touchpoint = NULL, .valence = 0,
                      .valence_points = 9, .onset_ms = 600000, .response_ms = 620000,
                      .input_device = "touch", .timed_out = true};
    assert_true(recovery_rating(r, n, &a));
    assert_true(recovery_rating(r, n, &b));
    assert_true(recovery_finish(r, n));
    recovery_close(r);
    FILE *f = fopen(path, "ab"); /* the power went while the next line was written */
    fputs("R\t1\thold\tcall-wait\t5", f);
    fclose(f);

    Store *s = fresh(STORE_WRITE);
    assert_int_equal(recovery_import(s, db, err, sizeof err), 2);
    assert_int_equal(access(path, F_OK), -1);
    Row rows[2];
    memset(rows, 0, sizeof rows);
    assert_int_equal(store_each_rating(s, NULL, each, rows), STORE_OK);
    assert_string_equal(rows[0].participant, "p-1");
    assert_string_equal(rows[0].workshop, "W47");
    assert_string_equal(rows[0].language, "nl");
    assert_true(rows[0].finished);
    assert_string_equal(rows[0].emotion, "boos\t100%\nwoedend");
    assert_int_equal(rows[0].valence, 3);
    assert_int_equal(rows[0].changes, 2);
    assert_int_equal(rows[0].rt, 4500);
    assert_true(rows[0].has_touchpoint);
    assert_false(rows[1].has_touchpoint);
    assert_true(rows[1].timed_out);
    assert_string_equal(rows[1].device, "touch");
    assert_int_equal(recovery_import(s, db, err, sizeof err), 0); /* nothing waits */
    store_close(s);
}

static void an_import_that_fails_changes_nothing_and_keeps_the_file(void **state)
{
    (void)state;
    unlink(db);
    char path[4200], err[256];
    snprintf(path, sizeof path, "%s.recovery", db);
    unlink(path);
    store_close(fresh(STORE_WRITE));
    Recovery *r = recovery_open(db, err, sizeof err);
    SessionInfo info = {"energy-move", "abc", "", "p-2", "Billing", "en"};
    int64_t n = recovery_session(r, &info, 0);
    RatingRecord a = {.step = "hold", .touchpoint = "call-wait", .valence = 2,
                      .valence_points = 9, .input_device = "mouse"};
    assert_true(recovery_rating(r, n, &a));
    recovery_close(r);
    Store *ro = fresh(STORE_READ);
    assert_int_equal(recovery_import(ro, db, err, sizeof err), -1);
    print_message("%s\n", err);
    assert_true(!strncmp(err, "build/recovery-test.sqlite.recovery:", 36));
    assert_non_null(strstr(err, ": warning: "));
    assert_non_null(strstr(err, "; the recovery file is kept, not imported, for the next try"));
    store_close(ro);
    assert_int_equal(access(path, F_OK), 0); /* kept */
    Store *s = fresh(STORE_WRITE);
    assert_int_equal(recovery_import(s, db, err, sizeof err), 1);
    /* a damaged file: refused at its line, nothing of it in the store, kept */
    FILE *f = fopen(path, "wb");
    fputs("teaser-recovery 1\nS\t7\t0\tenergy-move\tabc\t\tp-3\t%N\ten\nR\t7\thold\n", f);
    fclose(f);
    assert_int_equal(recovery_import(s, db, err, sizeof err), -1);
    assert_string_equal(err, "build/recovery-test.sqlite.recovery:3:1: warning: a rating line has "
                             "3 fields, not 15; the recovery file is kept, not imported, for the "
                             "next try");
    assert_int_equal(access(path, F_OK), 0);
    unlink(path);
    store_close(s);
}

static void a_store_whose_folder_is_gone_still_gets_a_recovery_file(void **state)
{
    (void)state;
    char err[256];
    Recovery *r = recovery_open("/nonexistent-teaser-folder/results.sqlite", err, sizeof err);
    assert_non_null(r);
    assert_true(!strncmp(recovery_path(r), "/dev/shm/teaser-recovery-", 25) ||
                !strncmp(recovery_path(r), "/tmp/teaser-recovery-", 21));
    unlink(recovery_path(r));
    recovery_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kept_ratings_come_back_exactly_and_a_cut_line_is_left_out),
        cmocka_unit_test(an_import_that_fails_changes_nothing_and_keeps_the_file),
        cmocka_unit_test(a_store_whose_folder_is_gone_still_gets_a_recovery_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
