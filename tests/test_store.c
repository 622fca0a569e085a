/* The results store: values round-trip, schema identity and migrations,
 * refusals with the right status (not a store, newer, read-only, locked,
 * full), two writers at once, forget that leaves nothing in the file, and
 * ratings confirmed before a SIGKILL that survive it, hundreds of times. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../engine/store.h"

static char dir[64], db[128];

static int make_dir(void **state)
{
    (void)state;
    mkdir("build", 0755);
    snprintf(dir, sizeof dir, "build/tmp-store-XXXXXX");
    assert_non_null(mkdtemp(dir));
    chmod(dir, 0777);
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    return 0;
}

static int remove_dir(void **state)
{
    (void)state;
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd);
}

static Store *open_store(StoreMode mode)
{
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    StoreStatus st = store_open(db, mode, NULL, &s, err, sizeof err);
    if (st != STORE_OK)
        print_error("%s\n", err);
    assert_int_equal(st, STORE_OK);
    return s;
}

static int64_t new_session(Store *s, const char *participant, const char *workshop)
{
    SessionInfo info = {"energy-move", "0123456789abcdef", workshop, participant, "Billing", "nl"};
    int64_t id = 0;
    assert_int_equal(store_begin_session(s, &info, &id), STORE_OK);
    assert_true(id > 0);
    return id;
}

static RatingRecord rating(int64_t session, int valence)
{
    return (RatingRecord){.session = session,
                          .step = "hold",
                          .touchpoint = "call-wait",
                          .valence = valence,
                          .valence_points = 9,
                          .onset_ms = 1000,
                          .response_ms = 3500,
                          .input_device = "keyboard"};
}

static void add(Store *s, RatingRecord r)
{
    assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
}

/* Raw SQL for setting up faults; the engine itself speaks SQL only in store.c. */
static void raw_sql(const char *sql)
{
    sqlite3 *h;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
}

typedef struct {
    RatingRow rows[8];
    char text[8][16][256];
    int n;
} Rows;

static bool keep(const RatingRow *r, void *ctx)
{
    Rows *rows = ctx;
    if (rows->n == 8)
        return false;
    RatingRow *k = &rows->rows[rows->n];
    *k = *r;
    const char **fields[] = {&k->workshop, &k->participant, &k->department, &k->scenario,
                             &k->step,     &k->touchpoint,  &k->emotion,    &k->input_device,
                             &k->finished, &k->started,     &k->language};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (*fields[i]) {
            snprintf(rows->text[rows->n][i], 256, "%s", *fields[i]);
            *fields[i] = rows->text[rows->n][i];
        }
    rows->n++;
    return true;
}

static void a_new_store_is_a_teaser_store_of_the_current_version(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
    assert_true(store_integrity_ok(s));
    store_close(s);
    assert_int_equal(sql_int(db, "PRAGMA application_id"), 0x74656173);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(sql_int(db, "PRAGMA journal_mode = WAL") >= 0, 1);
}

static void every_value_comes_back_as_it_was_stored(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    int64_t id = new_session(s, "p-\"quoted\", naïve\nline", "Week 47, Utrecht");
    RatingRecord r = rating(id, 2);
    r.arousal = 7;
    r.arousal_points = 9;
    r.emotion = "geërgerd";
    r.changes = 3;
    r.input_device = "touch";
    int64_t rid;
    assert_int_equal(store_add_rating(s, &r, &rid), STORE_OK);
    RatingRecord skipped = rating(id, 0);
    skipped.touchpoint = NULL;
    skipped.timed_out = true;
    assert_int_equal(store_add_rating(s, &skipped, NULL), STORE_OK);
    Rows rows = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 2);
    const RatingRow *a = &rows.rows[0], *b = &rows.rows[1];
    assert_int_equal(a->session, id);
    assert_int_equal(a->rating, rid);
    assert_string_equal(a->participant, "p-\"quoted\", naïve\nline");
    assert_string_equal(a->workshop, "Week 47, Utrecht");
    assert_string_equal(a->department, "Billing");
    assert_string_equal(a->scenario, "energy-move");
    assert_string_equal(a->language, "nl");
    assert_string_equal(a->step, "hold");
    assert_string_equal(a->touchpoint, "call-wait");
    assert_string_equal(a->emotion, "geërgerd");
    assert_string_equal(a->input_device, "touch");
    assert_int_equal(a->valence, 2);
    assert_int_equal(a->valence_points, 9);
    assert_int_equal(a->arousal, 7);
    assert_int_equal(a->changes, 3);
    assert_int_equal(a->onset_ms, 1000);
    assert_int_equal(a->response_ms, 3500);
    assert_false(a->timed_out);
    assert_null(a->finished);
    assert_int_equal(strlen(a->started), 24); /* 2026-11-23T11:40:00.123Z */
    assert_int_equal(b->valence, 0);
    assert_null(b->touchpoint);
    assert_null(b->emotion);
    assert_true(b->timed_out);
    store_close(s);
}

static void a_session_is_unfinished_until_it_is_finished(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    int64_t id = new_session(s, "p1", "w");
    add(s, rating(id, 5));
    Rows rows = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
    assert_null(rows.rows[0].finished);
    assert_int_equal(store_finish_session(s, id), STORE_OK);
    rows.n = 0;
    assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
    assert_non_null(rows.rows[0].finished);
    assert_int_equal(store_finish_session(s, id + 100), STORE_BAD_ARG);
    store_close(s);
}

static void impossible_ratings_are_refused(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    int64_t id = new_session(s, "p1", "w");
    RatingRecord r = rating(id + 7, 5);
    assert_int_equal(store_add_rating(s, &r, NULL), STORE_BAD_ARG); /* no such session */
    r = rating(id, 10);
    assert_int_equal(store_add_rating(s, &r, NULL), STORE_BAD_ARG); /* beyond 9 points */
    SessionInfo nobody = {"s", "h", "w", "", NULL, "en"};
    int64_t sid;
    assert_int_equal(store_begin_session(s, &nobody, &sid), STORE_BAD_ARG);
    store_close(s);
}

static void filters_select_a_workshop(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    int64_t a = new_session(s, "p1", "before"), b = new_session(s, "p2", "after");
    add(s, rating(a, 1));
    add(s, rating(b, 9));
    Rows rows = {.n = 0};
    StoreFilter f = {"after", NULL, NULL};
    assert_int_equal(store_each_rating(s, &f, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 1);
    assert_int_equal(rows.rows[0].valence, 9);
    store_close(s);
}

/* Builds a store at every schema version, with data written by that version's
 * own SQL (v1 below), and opens it with the current teaser. */
static void stores_of_every_earlier_version_migrate_forward_keeping_data(void **state)
{
    (void)state;
    for (int v = 1; v <= STORE_SCHEMA_VERSION; v++) {
        remove(db);
        char wal[160];
        snprintf(wal, sizeof wal, "%s-wal", db);
        remove(wal);
        Store *s = NULL;
        char err[STORE_ERR_MAX];
        StoreOptions opt = {.max_version = v};
        assert_int_equal(store_open(db, STORE_WRITE, &opt, &s, err, sizeof err), STORE_OK);
        assert_int_equal(store_version(s), v);
        store_close(s);
        raw_sql("INSERT INTO sessions (scenario, scenario_hash, workshop, participant, language, "
                "engine_version, started) VALUES ('sc', 'h', 'w', 'old-p', 'en', '0.1.0', 'x');"
                "INSERT INTO ratings (session, step, valence, valence_points, onset_ms, "
                "input_device, given) VALUES (1, 'st', 4, 9, 0, 'keyboard', 'x');");
        s = open_store(STORE_READ);
        assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
        Rows rows = {.n = 0};
        assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
        assert_int_equal(rows.n, 1);
        assert_string_equal(rows.rows[0].participant, "old-p");
        assert_int_equal(rows.rows[0].valence, 4);
        store_close(s);
    }
}

static void expect_refusal(StoreMode mode, StoreStatus want, const char *fragment)
{
    Store *s = NULL;
    char err[STORE_ERR_MAX] = "";
    assert_int_equal(store_open(db, mode, NULL, &s, err, sizeof err), want);
    assert_null(s);
    if (!strstr(err, fragment))
        print_error("message: %s\n", err);
    assert_non_null(strstr(err, fragment));
}

static void what_is_not_a_teaser_store_is_refused(void **state)
{
    (void)state;
    expect_refusal(STORE_READ, STORE_MISSING, "there is no results store at");
    FILE *f = fopen(db, "w");
    fputs("touchpoint,value\ncall,1\n", f);
    fclose(f);
    expect_refusal(STORE_WRITE, STORE_NOT_TEASER, "is not a teaser results store");
    remove(db);
    raw_sql("CREATE TABLE photos (id INTEGER)");
    expect_refusal(STORE_WRITE, STORE_NOT_TEASER, "an SQLite database, but not a teaser");
}

static void a_store_from_a_newer_teaser_is_refused(void **state)
{
    (void)state;
    store_close(open_store(STORE_WRITE));
    raw_sql("PRAGMA user_version = 99");
    expect_refusal(STORE_READ, STORE_NEWER, "written by a newer teaser (store version 99");
}

static void a_read_only_store_is_reported(void **state)
{
    (void)state;
    store_close(open_store(STORE_WRITE));
    chmod(db, 0444);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        /* root ignores file modes: test as nobody */
        if (geteuid() == 0 && setuid(65534) != 0)
            _exit(2);
        Store *s = NULL;
        char err[STORE_ERR_MAX];
        StoreStatus st = store_open(db, STORE_WRITE, NULL, &s, err, sizeof err);
        _exit(st == STORE_READONLY && strstr(err, "cannot be written") ? 0 : 1);
    }
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

static void a_store_locked_for_long_is_reported_as_busy(void **state)
{
    (void)state;
    store_close(open_store(STORE_WRITE));
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    StoreOptions opt = {.busy_ms = 300};
    assert_int_equal(store_open(db, STORE_WRITE, &opt, &s, err, sizeof err), STORE_OK);
    int64_t id = new_session(s, "p1", "w");
    sqlite3 *other;
    assert_int_equal(sqlite3_open(db, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    RatingRecord r = rating(id, 5);
    assert_int_equal(store_add_rating(s, &r, NULL), STORE_BUSY);
    assert_non_null(strstr(store_error(s), "is locked by another program"));
    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(other);
    assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
    store_close(s);
}

static void a_full_disk_is_reported(void **state)
{
    (void)state;
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    StoreOptions opt = {.max_pages = 12};
    assert_int_equal(store_open(db, STORE_WRITE, &opt, &s, err, sizeof err), STORE_OK);
    int64_t id = new_session(s, "p1", "w");
    StoreStatus st = STORE_OK;
    int stored = 0;
    for (int i = 0; i < 10000 && st == STORE_OK; i++) {
        RatingRecord r = rating(id, 1 + i % 9);
        r.emotion = "a long emotion word to fill the pages of the store quickly, quickly";
        st = store_add_rating(s, &r, NULL);
        stored += st == STORE_OK;
    }
    assert_int_equal(st, STORE_FULL);
    assert_non_null(strstr(store_error(s), "is full"));
    store_close(s);
    s = open_store(STORE_READ);
    assert_true(store_integrity_ok(s));
    store_close(s);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings"), stored);
}

static void write_ratings(int n, const char *who)
{
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    if (store_open(db, STORE_WRITE, NULL, &s, err, sizeof err) != STORE_OK)
        _exit(1);
    SessionInfo info = {"sc", "h", "w", who, NULL, "en"};
    int64_t id;
    if (store_begin_session(s, &info, &id) != STORE_OK)
        _exit(1);
    for (int i = 0; i < n; i++) {
        RatingRecord r = rating(id, 1 + i % 9);
        if (store_add_rating(s, &r, NULL) != STORE_OK)
            _exit(1);
    }
    store_close(s);
    _exit(0);
}

static void two_players_writing_at_once_both_keep_every_rating(void **state)
{
    (void)state;
    store_close(open_store(STORE_WRITE));
    pid_t a = fork();
    if (a == 0)
        write_ratings(150, "player-a");
    pid_t b = fork();
    if (b == 0)
        write_ratings(150, "player-b");
    int sa, sb;
    waitpid(a, &sa, 0);
    waitpid(b, &sb, 0);
    assert_true(WIFEXITED(sa) && WEXITSTATUS(sa) == 0);
    assert_true(WIFEXITED(sb) && WEXITSTATUS(sb) == 0);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings"), 300);
    assert_int_equal(sql_int(db, "SELECT count(DISTINCT session) FROM ratings"), 2);
}

static bool file_contains(const char *path, const char *needle)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    static char buf[1 << 22];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    size_t len = strlen(needle);
    for (size_t i = 0; i + len <= n; i++)
        if (!memcmp(buf + i, needle, len))
            return true;
    return false;
}

static void forget_leaves_nothing_of_the_person_in_the_files(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    for (int k = 0; k < 2; k++) {
        int64_t alice = new_session(s, "alice-7f3q", k ? "w2" : "w1");
        int64_t bob = new_session(s, "bob-k2", "w1");
        for (int i = 0; i < 20; i++) {
            RatingRecord r = rating(alice, 1 + i % 9);
            r.emotion = "alice-emotion-zq";
            assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
            Event rejected = {EVENT_FORM_REJECTED, 0, i + 1, -1};
            EventRecord e = {alice, "form", i * 100, rejected, "alice-typed-secret-xj"};
            assert_int_equal(store_add_event(s, &e), STORE_OK);
            r = rating(bob, 9);
            assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
        }
    }
    ForgetCount n;
    assert_int_equal(store_forget(s, "alice-7f3q", NULL, &n), STORE_OK);
    assert_int_equal(n.sessions, 2);
    assert_int_equal(n.ratings, 40);
    assert_int_equal(n.events, 40);
    store_close(s);
    char wal[160];
    snprintf(wal, sizeof wal, "%s-wal", db);
    static const char *const traces[] = {"alice-7f3q", "alice-emotion-zq", "alice-typed-secret-xj"};
    for (size_t i = 0; i < 3; i++) {
        assert_false(file_contains(db, traces[i]));
        assert_false(file_contains(wal, traces[i]));
    }
    assert_true(file_contains(db, "bob-k2"));
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings"), 40);
    s = open_store(STORE_UPDATE);
    assert_int_equal(store_forget(s, "nobody-here", NULL, &n), STORE_OK);
    assert_int_equal(n.sessions, 0);
    store_close(s);
}

/* The child writes ratings as fast as it can and, after each one is stored,
 * tells the parent its number through a pipe; the parent kills it at a random
 * moment. Every number received must be in the store, which must be sound. */
static void confirmed_ratings_survive_hundreds_of_kills(void **state)
{
    (void)state;
    enum { KILLS = 300 };
    store_close(open_store(STORE_WRITE));
    srand(20261123);
    long confirmed_total = 0;
    for (int k = 0; k < KILLS; k++) {
        int fds[2];
        assert_int_equal(pipe(fds), 0);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            close(fds[0]);
            Store *s = NULL;
            char err[STORE_ERR_MAX];
            if (store_open(db, STORE_WRITE, NULL, &s, err, sizeof err) != STORE_OK)
                _exit(1);
            SessionInfo info = {"sc", "h", "w", "killed", NULL, "en"};
            int64_t id;
            if (store_begin_session(s, &info, &id) != STORE_OK)
                _exit(1);
            for (int i = 0;; i++) {
                RatingRecord r = rating(id, 1 + i % 9);
                r.onset_ms = i;
                int64_t rid;
                if (store_add_rating(s, &r, &rid) != STORE_OK)
                    _exit(1);
                if (write(fds[1], &rid, sizeof rid) != sizeof rid)
                    _exit(1);
            }
        }
        close(fds[1]);
        struct timespec nap = {0, (long)(rand() % 25000) * 1000};
        nanosleep(&nap, NULL);
        kill(pid, SIGKILL);
        int status;
        waitpid(pid, &status, 0);
        int64_t rid, first = 0, last = 0;
        long got = 0;
        while (read(fds[0], &rid, sizeof rid) == sizeof rid) {
            first = got ? first : rid;
            last = rid;
            got++;
        }
        close(fds[0]);
        confirmed_total += got;
        /* one writer: its confirmed ids are first..last, every one stored */
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM ratings WHERE id BETWEEN %lld AND %lld",
                 (long long)first, (long long)last);
        assert_int_equal(sql_int(db, sql), got ? last - first + 1 : 0);
        assert_int_equal(last - first + 1, got ? got : 1);
    }
    Store *s = open_store(STORE_READ);
    assert_true(store_integrity_ok(s));
    store_close(s);
    print_message("%d kills, %ld ratings confirmed before them, all present\n", KILLS,
                  confirmed_total);
}

#define T(f) cmocka_unit_test_setup_teardown(f, make_dir, remove_dir)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(a_new_store_is_a_teaser_store_of_the_current_version),
        T(every_value_comes_back_as_it_was_stored),
        T(a_session_is_unfinished_until_it_is_finished),
        T(impossible_ratings_are_refused),
        T(filters_select_a_workshop),
        T(stores_of_every_earlier_version_migrate_forward_keeping_data),
        T(what_is_not_a_teaser_store_is_refused),
        T(a_store_from_a_newer_teaser_is_refused),
        T(a_read_only_store_is_reported),
        T(a_store_locked_for_long_is_reported_as_busy),
        T(a_full_disk_is_reported),
        T(two_players_writing_at_once_both_keep_every_rating),
        T(forget_leaves_nothing_of_the_person_in_the_files),
        T(confirmed_ratings_survive_hundreds_of_kills),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
