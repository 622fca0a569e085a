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
#include <stdlib.h>
#include <sys/stat.h>
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
    RatingKind kind;
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
    o->kind = r->kind;
    return true;
}

static void kept_ratings_come_back_exactly_and_a_cut_line_is_left_out(void **state)
{
    (void)state;
    unlink(db);
    char path[4200], err[256];
    long left_out;
    snprintf(path, sizeof path, "%s.recovery", db);
    unlink(path);
    Recovery *r = recovery_open(db, err, sizeof err);
    assert_non_null(r);
    assert_string_equal(recovery_path(r), path);
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "abc",
                        .workshop = "W47",
                        .participant = "p-1",
                        .department = NULL,
                        .language = "nl"};
    int64_t n = recovery_session(r, &info, NULL, 0); /* never begun in the store */
    assert_true(n > 0);
    RatingRecord a = {.step = "hold",
                      .touchpoint = "call-wait",
                      .valence = 3,
                      .valence_points = 9,
                      .emotion = "boos\t100%\nwoedend",
                      .onset_ms = 180000,
                      .response_ms = 184500,
                      .input_device = "keyboard",
                      .changes = 2,
                      .kind = RATING_PREDICTED};
    RatingRecord b = {.step = "looking-back",
                      .touchpoint = NULL,
                      .valence = 0,
                      .valence_points = 9,
                      .onset_ms = 600000,
                      .response_ms = 620000,
                      .input_device = "touch",
                      .timed_out = true};
    assert_true(recovery_rating(r, n, &a));
    assert_true(recovery_rating(r, n, &b));
    assert_true(recovery_finish(r, n));
    recovery_close(r);
    FILE *f = fopen(path, "ab"); /* the power went while the next line was written */
    fputs("R\t1\thold\tcall-wait\t5", f);
    fclose(f);

    Store *s = fresh(STORE_WRITE);
    assert_int_equal(recovery_import(s, db, &left_out, err, sizeof err), 2);
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
    assert_int_equal(rows[0].kind, RATING_PREDICTED);
    assert_int_equal(rows[1].kind, RATING_FELT);
    assert_int_equal(recovery_import(s, db, &left_out, err, sizeof err), 0); /* nothing waits */
    store_close(s);
}

/* A file written before ratings had a kind (15 fields to a rating line) is
 * imported as it was: every rating felt. */
static void a_rating_line_from_before_kinds_is_felt(void **state)
{
    (void)state;
    unlink(db);
    char path[4200], err[256];
    long left_out;
    snprintf(path, sizeof path, "%s.recovery", db);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("teaser-recovery 1\nS\t7\t0\tenergy-move\tabc\tW1\tp-3\t%N\ten\n"
          "R\t7\thold\tcall-wait\t4\t9\t0\t0\t%N\t1000\t2000\tscript\t0\t0\t0\n"
          "R\t7\thold\tcall-wait\t6\t9\t0\t0\t%N\t1000\t2000\tscript\t0\t0\t0\tpredicted\n"
          "F\t7\n",
          f);
    fclose(f);
    Store *s = fresh(STORE_WRITE);
    assert_int_equal(recovery_import(s, db, &left_out, err, sizeof err), 2); /* ratings */
    Row rows[2];
    memset(rows, 0, sizeof rows);
    assert_int_equal(store_each_rating(s, NULL, each, rows), STORE_OK);
    assert_int_equal(rows[0].valence, 4);
    assert_int_equal(rows[0].kind, RATING_FELT);
    assert_int_equal(rows[1].valence, 6);
    assert_int_equal(rows[1].kind, RATING_PREDICTED);
    store_close(s);
}

typedef struct {
    char uid[40], site[16];
    int n;
} Uids;

static bool each_uid(const RatingRow *r, void *ctx)
{
    Uids *u = ctx;
    snprintf(u->uid, sizeof u->uid, "%s", r->session_uid);
    snprintf(u->site, sizeof u->site, "%s", r->site ? r->site : "(none)");
    u->n++;
    return true;
}

/* A session kept in a recovery file keeps its uid and site in the store, and
 * the same file imported twice (a copy kept, or a crash after the import's
 * commit and before the file was removed) adds nothing the second time. */
static void a_recovered_session_keeps_its_uid_and_site_and_is_imported_once(void **state)
{
    (void)state;
    static const char uid[] = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    char dir[] = "build/tmp-recovery-XXXXXX", store[64], path[80], err[256];
    assert_non_null(mkdtemp(dir));
    snprintf(store, sizeof store, "%s/results.sqlite", dir);
    snprintf(path, sizeof path, "%s.recovery", store);
    Recovery *r = recovery_open(store, err, sizeof err);
    assert_non_null(r);
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "abc",
                        .workshop = "W1",
                        .participant = "p-3",
                        .language = "en",
                        .site = "Zwolle",
                        .uid = uid};
    int64_t n = recovery_session(r, &info, "2026-12-01T10:00:00.000Z", 0);
    RatingRecord a = {.step = "hold", .valence = 4, .valence_points = 9, .input_device = "script"};
    assert_true(recovery_rating(r, n, &a));
    assert_true(recovery_finish(r, n));
    recovery_close(r);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "cp %s %s/copy", path, dir);
    assert_int_equal(system(cmd), 0);

    Store *s;
    assert_int_equal(store_open(store, STORE_WRITE, NULL, &s, err, sizeof err), STORE_OK);
    long left_out;
    assert_int_equal(recovery_import(s, store, &left_out, err, sizeof err), 1);
    Uids got = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, each_uid, &got), STORE_OK);
    assert_int_equal(got.n, 1);
    assert_string_equal(got.uid, uid);
    assert_string_equal(got.site, "Zwolle");
    snprintf(cmd, sizeof cmd, "cp %s/copy %s", dir, path);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(recovery_import(s, store, &left_out, err, sizeof err), 0);
    assert_int_equal(left_out, 0);
    assert_int_equal(access(path, F_OK), -1); /* all of it is in the store: removed */
    got.n = 0;
    assert_int_equal(store_each_rating(s, NULL, each_uid, &got), STORE_OK);
    assert_int_equal(got.n, 1);
    store_close(s);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void an_import_that_fails_changes_nothing_and_keeps_the_file(void **state)
{
    (void)state;
    unlink(db);
    char path[4200], err[256];
    long left_out;
    snprintf(path, sizeof path, "%s.recovery", db);
    unlink(path);
    store_close(fresh(STORE_WRITE));
    Recovery *r = recovery_open(db, err, sizeof err);
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "abc",
                        .workshop = "",
                        .participant = "p-2",
                        .department = "Billing",
                        .language = "en"};
    int64_t n = recovery_session(r, &info, NULL, 0);
    RatingRecord a = {.step = "hold",
                      .touchpoint = "call-wait",
                      .valence = 2,
                      .valence_points = 9,
                      .input_device = "mouse"};
    assert_true(recovery_rating(r, n, &a));
    recovery_close(r);
    Store *ro = fresh(STORE_READ);
    assert_int_equal(recovery_import(ro, db, &left_out, err, sizeof err), -1);
    print_message("%s\n", err);
    assert_true(!strncmp(err, "build/recovery-test.sqlite.recovery:", 36));
    assert_non_null(strstr(err, ": warning: "));
    assert_non_null(strstr(err, "; the recovery file is kept, not imported, for the next try"));
    store_close(ro);
    assert_int_equal(access(path, F_OK), 0); /* kept */
    Store *s = fresh(STORE_WRITE);
    assert_int_equal(recovery_import(s, db, &left_out, err, sizeof err), 1);
    /* a damaged file: refused at its line, nothing of it in the store, kept */
    FILE *f = fopen(path, "wb");
    fputs("teaser-recovery 1\nS\t7\t0\tenergy-move\tabc\t\tp-3\t%N\ten\nR\t7\thold\n", f);
    fclose(f);
    assert_int_equal(recovery_import(s, db, &left_out, err, sizeof err), -1);
    assert_string_equal(err, "build/recovery-test.sqlite.recovery:3:1: warning: a rating line has "
                             "3 fields, not 16 ending in a kind; the recovery file is kept, not imported, for the "
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

/* A folder of this test's own for a store and its recovery file. */
static char tmp_dir[64], tmp_db[128], tmp_rec[160];

static void fresh_dir(void)
{
    snprintf(tmp_dir, sizeof tmp_dir, "build/tmp-recovery-XXXXXX");
    assert_non_null(mkdtemp(tmp_dir));
    snprintf(tmp_db, sizeof tmp_db, "%s/results.sqlite", tmp_dir);
    snprintf(tmp_rec, sizeof tmp_rec, "%s.recovery", tmp_db);
}

static void remove_dir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmp_dir);
    assert_int_equal(system(cmd), 0);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static Store *open_tmp(void)
{
    char err[STORE_ERR_MAX];
    Store *s;
    assert_int_equal(store_open(tmp_db, STORE_WRITE, NULL, &s, err, sizeof err), STORE_OK);
    return s;
}

/* The participant and the valence of every rating in the store, in order:
 * "p-a:3 p-b:7". */
static bool who_rated(const RatingRow *r, void *ctx)
{
    char *out = ctx;
    size_t n = strlen(out);
    snprintf(out + n, 256 - n, "%s%s:%d", n ? " " : "", r->participant, r->valence);
    return true;
}

static void ratings_in(Store *s, char out[256])
{
    out[0] = '\0';
    assert_int_equal(store_each_rating(s, NULL, who_rated, out), STORE_OK);
}

#define R_LINE(n, v) "R\t" n "\thold\tcall-wait\t" v "\t9\t0\t0\tcalm\t0\t10\tscript\t0\t0\t0\n"

/* A play's session numbers come from its pid, and a pid is used again by a
 * later play: the number then begins a new session, and the lines after it
 * are that session's (they went to the first one). */
static void a_session_number_used_again_begins_a_session_of_its_own(void **state)
{
    (void)state;
    fresh_dir();
    write_file(
        tmp_rec,
        "teaser-recovery 1\n"
        "S\t700001\t0\tsc\th\tw\tp-a\t%N\ten\t2026-01-01T10:00:00.000Z\n" R_LINE(
            "700001", "3") "F\t700001\n"
                           "S\t700001\t0\tsc\th\tw\tp-b\t%N\ten\t2026-01-02T10:00:00.000Z\n" R_LINE(
                               "700001", "7") "F\t700001\n");
    Store *s = open_tmp();
    char err[256], got[256];
    long left_out;
    assert_int_equal(recovery_import(s, tmp_db, &left_out, err, sizeof err), 2);
    ratings_in(s, got);
    assert_string_equal(got, "p-a:3 p-b:7");
    store_close(s);
    remove_dir();
}

/* A line that names a session the file never began says so, not the last
 * error the store happened to keep from before. */
static void a_finish_of_a_session_never_begun_says_so(void **state)
{
    (void)state;
    fresh_dir();
    Store *s = open_tmp();
    assert_int_equal(store_finish_session(s, 42), STORE_BAD_ARG); /* leaves an error behind */
    write_file(tmp_rec, "teaser-recovery 1\nF\t9\n");
    char err[512];
    long left_out;
    assert_int_equal(recovery_import(s, tmp_db, &left_out, err, sizeof err), -1);
    char want[512];
    snprintf(want, sizeof want,
             "%s:2:1: warning: a finish of a session the file does not begin; the recovery file "
             "is kept, not imported, for the next try",
             tmp_rec);
    assert_string_equal(err, want);
    store_close(s);
    remove_dir();
}

/* Forget finds a participant in a recovery file: their sessions, ratings
 * and finishes leave it, everyone else's stay byte for byte; a file with
 * nobody else left goes. */
static void forget_takes_a_participant_out_of_the_recovery_file(void **state)
{
    (void)state;
    fresh_dir();
    static const char a[] = "S\t1\t0\tsc\th\tw\tp-gone\t%N\ten\t2026-01-01T10:00:00.000Z\n",
                      b[] = "S\t2\t0\tsc\th\tw\tp-stays\tBilling\ten\t2026-01-01T10:00:01.000Z\n",
                      c[] = "S\t3\t0\tsc\th\tw2\tp-gone\t%N\ten\t2026-01-01T11:00:00.000Z\n";
    char text[2048];
    snprintf(text, sizeof text,
             "teaser-recovery 1\n%s%s" R_LINE("1", "2") R_LINE("2", "8") "%s" R_LINE("3", "1")
                 R_LINE("1", "4") "F\t1\nF\t2\n",
             a, b, c);
    write_file(tmp_rec, text);
    RecoveryForgotten files[RECOVERY_PLACES];
    char err[512];
    /* only in workshop w2 */
    assert_int_equal(recovery_forget(tmp_db, "p-gone", "w2", files, err, sizeof err), 1);
    assert_string_equal(err, "");
    assert_string_equal(files[0].path, tmp_rec);
    assert_int_equal(files[0].sessions, 1);
    assert_int_equal(files[0].ratings, 1);
    assert_false(files[0].deleted);
    /* everywhere */
    assert_int_equal(recovery_forget(tmp_db, "p-gone", NULL, files, err, sizeof err), 1);
    assert_int_equal(files[0].sessions, 1);
    assert_int_equal(files[0].ratings, 2);
    FILE *f = fopen(tmp_rec, "rb");
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    char want[1024];
    snprintf(want, sizeof want, "teaser-recovery 1\n%s" R_LINE("2", "8") "F\t2\n", b);
    assert_string_equal(text, want);
    struct stat sb;
    assert_int_equal(stat(tmp_rec, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0600);
    /* nothing of theirs left: nothing to do */
    assert_int_equal(recovery_forget(tmp_db, "p-gone", NULL, files, err, sizeof err), 0);
    /* the last one in it: the file goes */
    assert_int_equal(recovery_forget(tmp_db, "p-stays", NULL, files, err, sizeof err), 1);
    assert_true(files[0].deleted);
    assert_int_equal(access(tmp_rec, F_OK), -1);
    remove_dir();
}

/* A recovery file forget cannot read is not destroyed: it stays as it was,
 * and forget says where and why. So does one a play is writing. */
static void forget_leaves_a_damaged_or_busy_recovery_file_as_it_was(void **state)
{
    (void)state;
    fresh_dir();
    static const char damaged[] = "teaser-recovery 1\n"
                                  "S\t1\t0\tsc\th\tw\tp-gone\t%N\ten\t2026-01-01T10:00:00.000Z\n"
                                  "X\tsomething else\n";
    write_file(tmp_rec, damaged);
    RecoveryForgotten files[RECOVERY_PLACES];
    char err[512], want[512];
    assert_int_equal(recovery_forget(tmp_db, "p-gone", NULL, files, err, sizeof err), 0);
    snprintf(want, sizeof want, "%s:3:1: error: an unknown line \"X\"; the file is left as it was",
             tmp_rec);
    assert_string_equal(err, want);
    char text[512];
    FILE *f = fopen(tmp_rec, "rb");
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    assert_string_equal(text, damaged);
    /* a play writing its own recovery file holds it: forget leaves it, and says so */
    unlink(tmp_rec);
    Recovery *r = recovery_open(tmp_db, err, sizeof err);
    assert_non_null(r);
    SessionInfo info = {.scenario = "sc",
                        .scenario_hash = "h",
                        .workshop = "w",
                        .participant = "p-gone",
                        .department = NULL,
                        .language = "en"};
    assert_true(recovery_session(r, &info, NULL, 0) > 0);
    assert_int_equal(recovery_forget(tmp_db, "p-gone", NULL, files, err, sizeof err), 0);
    assert_non_null(
        strstr(err, "a running play is writing it; run forget again when it has ended"));
    recovery_close(r);
    assert_int_equal(recovery_forget(tmp_db, "p-gone", NULL, files, err, sizeof err), 1);
    assert_true(files[0].deleted);
    remove_dir();
}

/* forget leaves a tombstone in the store: a recovery file it could not reach
 * (another laptop's, another user's /tmp) and that is imported later does not
 * bring back the sessions that began before the forget. A session of the
 * same pseudonym begun after it (they played again) is imported. */
static void an_import_leaves_out_sessions_forgotten_after_they_began(void **state)
{
    (void)state;
    fresh_dir();
    Store *s = open_tmp();
    ForgetCount gone;
    assert_int_equal(store_forget(s, "p-gone", NULL, &gone), STORE_OK);
    char before[STORE_TIME_SIZE], text[2048];
    strcpy(before, "2020-01-01T10:00:00.000Z");
    snprintf(text, sizeof text,
             "teaser-recovery 1\n"
             "S\t1\t0\tsc\th\tw\tp-gone\t%%N\ten\t%s\n" R_LINE("1", "2") R_LINE(
                 "1", "3") "F\t1\n"
                           "S\t2\t0\tsc\th\tw\tp-stays\t%%N\ten\t%s\n" R_LINE(
                               "2", "8") "S\t3\t0\tsc\th\tw\tp-gone\t%%N\ten\t2999-01-01T00:00:00."
                                         "000Z\n" R_LINE("3", "6") "S\t4\t0\tsc\th\tw\tp-gone\t%%"
                                                                   "N\ten\n" R_LINE("4", "5"),
             before, before);
    write_file(tmp_rec, text);
    char err[512], got[256];
    long left_out = -1;
    assert_int_equal(recovery_import(s, tmp_db, &left_out, err, sizeof err), 2);
    assert_int_equal(left_out, 3); /* two before the forget, one of a file that did not say when */
    ratings_in(s, got);
    assert_string_equal(got, "p-stays:8 p-gone:6");
    assert_int_equal(access(tmp_rec, F_OK), -1);
    store_close(s);
    remove_dir();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kept_ratings_come_back_exactly_and_a_cut_line_is_left_out),
        cmocka_unit_test(a_rating_line_from_before_kinds_is_felt),
        cmocka_unit_test(a_recovered_session_keeps_its_uid_and_site_and_is_imported_once),
        cmocka_unit_test(an_import_that_fails_changes_nothing_and_keeps_the_file),
        cmocka_unit_test(a_store_whose_folder_is_gone_still_gets_a_recovery_file),
        cmocka_unit_test(a_session_number_used_again_begins_a_session_of_its_own),
        cmocka_unit_test(a_finish_of_a_session_never_begun_says_so),
        cmocka_unit_test(forget_takes_a_participant_out_of_the_recovery_file),
        cmocka_unit_test(forget_leaves_a_damaged_or_busy_recovery_file_as_it_was),
        cmocka_unit_test(an_import_leaves_out_sessions_forgotten_after_they_began),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
