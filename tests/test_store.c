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
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../engine/store.h"
#include "../engine/version.h"
#include "../engine/uid.h"

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
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "0123456789abcdef",
                        .workshop = workshop,
                        .participant = participant,
                        .department = "Billing",
                        .language = "nl"};
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

/* Raw SQL for setting up faults; the engine itself speaks SQL only in the store files. */
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
    const char **fields[] = {&k->workshop,   &k->participant, &k->department, &k->scenario,
                             &k->step,       &k->touchpoint,  &k->emotion,    &k->input_device,
                             &k->finished,   &k->started,     &k->language,   &k->site,
                             &k->session_uid};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (*fields[i]) {
            snprintf(rows->text[rows->n][i], 256, "%s", *fields[i]);
            *fields[i] = rows->text[rows->n][i];
        }
    rows->n++;
    return true;
}

/* A rating keeps its kind, read whole and read for a report (which also
 * reads the input device). */
static void a_rating_keeps_its_kind(void **state)
{
    (void)state;
    unlink(db);
    Store *s = open_store(STORE_WRITE);
    int64_t id = new_session(s, "p-1", "W1");
    RatingRecord r = rating(id, 6);
    r.kind = RATING_PREDICTED;
    r.input_device = "script";
    add(s, r);
    add(s, rating(id, 2));
    Rows rows = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 2);
    assert_int_equal(rows.rows[0].kind, RATING_PREDICTED);
    assert_int_equal(rows.rows[1].kind, RATING_FELT);
    rows.n = 0;
    assert_int_equal(store_each_valence(s, NULL, keep, &rows), STORE_OK);
    assert_int_equal(rows.rows[0].kind, RATING_PREDICTED);
    assert_string_equal(rows.rows[0].input_device, "script");
    assert_int_equal(rows.rows[1].kind, RATING_FELT);
    assert_string_equal(rows.rows[1].input_device, "keyboard");
    store_close(s);
    /* stored by name, the names export writes */
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings WHERE kind = 'predicted'"), 1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings WHERE kind = 'felt'"), 1);
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
    SessionInfo nobody = {.scenario = "s",
                          .scenario_hash = "h",
                          .workshop = "w",
                          .participant = "",
                          .department = NULL,
                          .language = "en"};
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
    StoreFilter f = {.workshop = "after", .scenario = NULL, .department = NULL};
    assert_int_equal(store_each_rating(s, &f, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 1);
    assert_int_equal(rows.rows[0].valence, 9);
    store_close(s);
}

typedef struct {
    EventRow rows[32];
    char step[32][32], detail[32][64];
    int n;
} Events;

static bool keep_event(const EventRow *e, void *ctx)
{
    Events *k = ctx;
    if (k->n == 32)
        return false;
    EventRow *row = &k->rows[k->n];
    *row = *e;
    snprintf(k->step[k->n], sizeof k->step[k->n], "%s", e->step);
    row->step = k->step[k->n];
    if (e->detail) {
        snprintf(k->detail[k->n], sizeof k->detail[k->n], "%s", e->detail);
        row->detail = k->detail[k->n];
    }
    k->n++;
    return true;
}

static void every_event_kind_comes_back_with_its_numbers(void **state)
{
    (void)state;
    /* each kind with the numbers events.h gives it; the others 0 (right -1) */
    static const Event sent[] = {
        {EVENT_ENTER, 0, 0, -1},
        {EVENT_LEAVE, 0, 0, -1},
        {EVENT_WAITED, 435000, 2, -1},
        {EVENT_WAITED, 5000000000, 1, -1}, /* beyond 32 bits */
        {EVENT_QUEUE, 0, 14, -1},
        {EVENT_HANGUP, 60000, 0, -1},
        {EVENT_DISCONNECTED, 190000, 0, -1},
        {EVENT_REPEATED, 0, 0, -1},
        {EVENT_REJECTED, 0, 0, -1},
        {EVENT_ANSWER, 9500, 1, 0},
        {EVENT_ANSWER, 0, 3, 1},
        {EVENT_FORM_ACCEPTED, 0, 4, -1},
        {EVENT_FORM_REJECTED, 0, 3, -1},
        {EVENT_FORM_EMPTIED, 120000, 0, -1},
    };
    enum { N = sizeof sent / sizeof *sent };
    bool covered[EVENT_KIND_COUNT] = {false};
    Store *s = open_store(STORE_WRITE);
    int64_t id = new_session(s, "p1", "w");
    for (int i = 0; i < N; i++) {
        char step[24];
        snprintf(step, sizeof step, "step-%d", i);
        EventRecord e = {id, step, 1000 * i, sent[i], i % 2 ? NULL : "a sentence"};
        assert_int_equal(store_add_event(s, &e), STORE_OK);
        covered[sent[i].kind] = true;
    }
    for (int k = 0; k < EVENT_KIND_COUNT; k++)
        if (!covered[k])
            fail_msg("no event of kind %s is sent", event_name((EventKind)k));
    Events got = {.n = 0};
    assert_int_equal(store_each_event(s, NULL, keep_event, &got), STORE_OK);
    assert_int_equal(got.n, N);
    for (int i = 0; i < N; i++) {
        const EventRow *r = &got.rows[i];
        char step[24];
        snprintf(step, sizeof step, "step-%d", i);
        assert_int_equal(r->session, id);
        assert_string_equal(r->step, step);
        assert_int_equal(r->t_ms, 1000 * i);
        if (i % 2)
            assert_null(r->detail);
        else
            assert_string_equal(r->detail, "a sentence");
        assert_int_equal(r->event.kind, sent[i].kind);
        assert_int_equal(r->event.ms, sent[i].ms);
        assert_int_equal(r->event.count, sent[i].count);
        assert_int_equal(r->event.right, sent[i].right);
    }
    EventRecord bad = {id, "x", 0, {EVENT_KIND_COUNT, 0, 0, -1}, NULL};
    assert_int_equal(store_add_event(s, &bad), STORE_BAD_ARG);
    store_close(s);
    /* in the file, a number the kind does not have is NULL, not 0 */
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE kind = 'queue' AND number = 14 "
                                 "AND ms IS NULL AND correct IS NULL"),
                     1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE kind = 'enter' AND ms IS NULL "
                                 "AND number IS NULL AND correct IS NULL"),
                     1);
}

static void events_of_a_kind_this_teaser_does_not_know_are_skipped(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    int64_t id = new_session(s, "p1", "w");
    EventRecord e = {id, "hold", 5, {EVENT_HANGUP, 60000, 0, -1}, NULL};
    assert_int_equal(store_add_event(s, &e), STORE_OK);
    store_close(s);
    raw_sql(
        "INSERT INTO events (session, step, t_ms, kind, ms) VALUES (1, 'hold', 6, 'sneezed', 3)");
    s = open_store(STORE_READ);
    Events got = {.n = 0};
    assert_int_equal(store_each_event(s, NULL, keep_event, &got), STORE_OK);
    assert_int_equal(got.n, 1);
    assert_int_equal(got.rows[0].event.kind, EVENT_HANGUP);
    assert_int_equal(got.rows[0].event.ms, 60000);
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
        raw_sql(v < 4 ? "INSERT INTO sessions (scenario, scenario_hash, workshop, participant, "
                        "language, engine_version, started) "
                        "VALUES ('sc', 'h', 'w', 'old-p', 'en', '0.1.0', 'x')"
                      : "INSERT INTO sessions (scenario, scenario_hash, workshop, participant, "
                        "language, engine_version, started, uid) VALUES ('sc', 'h', 'w', "
                        "'old-p', 'en', '0.1.0', 'x', '6f1c2a4e-0b7d-4c3e-9a21-5d8e7f6a9b0c')");
        raw_sql("INSERT INTO ratings (session, step, valence, valence_points, onset_ms, "
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

/* tests/data/store-v1.sqlite was written by teaser at commit 4a99614 (store
 * version 1: events as sentences only), three sessions into one file:
 *   build/teaser play --headless --participant p-frictions --workshop w \
 *       --db store-v1.sqlite --input tests/data/script-energy-move-frictions.txt \
 *       scenarios/energy-move.yaml
 * then the same with p-branches and script-energy-move-branches.txt, and with
 * p-water-damage, script-water-damage.txt and scenarios/water-damage.yaml;
 * then sqlite3 store-v1.sqlite 'PRAGMA wal_checkpoint(TRUNCATE)'. Every kind
 * of event occurs in it, a letter answered wrong 9.5 s after it opened and a
 * hand-off's rejected detail among them. */
#define STORE_V1 "tests/data/store-v1.sqlite"

/* The store db, opened with the fixture it came from attached as alias, for
 * comparing them row by row. */
static sqlite3 *beside(const char *fixture, const char *alias)
{
    sqlite3 *h;
    char sql[256];
    assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL),
                     SQLITE_OK);
    snprintf(sql, sizeof sql, "ATTACH 'file:%s?immutable=1' AS %s", fixture, alias);
    assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
    return h;
}

/* The n integer columns of the one row sql gives in h. */
static void row_of(sqlite3 *h, const char *sql, int *out, int n)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    for (int i = 0; i < n; i++)
        out[i] = sqlite3_column_int(st, i);
    sqlite3_finalize(st);
}

static void copy_v1_store(void)
{
    assert_int_equal(shell("cp " STORE_V1 " %s", db), 0);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), 1);
}

/* The numbers a version-1 sentence holds, read here with sscanf, apart from
 * the migration's SQL; NONE where the kind has no such number. */
#define NONE INT64_MIN
typedef struct {
    int64_t ms, number, correct;
} Numbers;

static Numbers numbers_in(const char *kind, const char *d)
{
    Numbers n = {NONE, NONE, NONE};
    long long ms;
    int k;
    char word[8];
    if (!strcmp(kind, "waited") && sscanf(d, "%lld ms in %d call", &ms, &k) == 2)
        n.ms = ms, n.number = k;
    else if (!strcmp(kind, "queue") && sscanf(d, "position %d", &k) == 1)
        n.number = k;
    else if ((!strcmp(kind, "hangup") || !strcmp(kind, "disconnected")) &&
             sscanf(d, "after %lld ms", &ms) == 1)
        n.ms = ms;
    else if (!strcmp(kind, "answer") &&
             sscanf(d, "option %d (%7[a-z]) after %lld ms", &k, word, &ms) == 3)
        n.number = k, n.correct = !strcmp(word, "correct"), n.ms = ms;
    else if ((!strcmp(kind, "accepted") || !strcmp(kind, "form-rejected")) &&
             sscanf(d, "attempt %d:", &k) == 1)
        n.number = k;
    else if (!strcmp(kind, "timeout") &&
             sscanf(d, "the form was emptied after %lld ms without input", &ms) == 1)
        n.ms = ms;
    return n;
}

static int64_t column_or_none(sqlite3_stmt *st, int col)
{
    return sqlite3_column_type(st, col) == SQLITE_NULL ? NONE : sqlite3_column_int64(st, col);
}

/* Fails unless every row's typed columns hold what its sentence says; counts
 * the rows of each kind. */
static void check_typed_columns_against_sentences(int per_kind[EVENT_KIND_COUNT])
{
    sqlite3 *h;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(
                         h, "SELECT id, kind, detail, ms, number, correct FROM events ORDER BY id",
                         -1, &st, NULL),
                     SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int id = sqlite3_column_int(st, 0);
        const char *kind = (const char *)sqlite3_column_text(st, 1),
                   *detail = (const char *)sqlite3_column_text(st, 2);
        EventKind k;
        if (!event_kind(kind, &k))
            fail_msg("event %d: kind \"%s\" has no name in events.h", id, kind);
        per_kind[k]++;
        Numbers want = numbers_in(kind, detail);
        Numbers got = {column_or_none(st, 3), column_or_none(st, 4), column_or_none(st, 5)};
        if (got.ms != want.ms || got.number != want.number || got.correct != want.correct)
            fail_msg("event %d (%s \"%s\"): ms %lld, number %lld, correct %lld", id, kind, detail,
                     (long long)got.ms, (long long)got.number, (long long)got.correct);
        if (k == EVENT_REJECTED && !strncmp(detail, "attempt ", 8))
            fail_msg("event %d: a form's rejection is still \"rejected\"", id);
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
}

/* One typed column of the event with that id, which must still have that sentence. */
static long long column_of(int id, const char *column, const char *detail)
{
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT %s FROM events WHERE id = ?1 AND detail = ?2", column);
    sqlite3 *h;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_int(st, 1, id);
    sqlite3_bind_text(st, 2, detail, -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_ROW)
        fail_msg("no event %d \"%s\"", id, detail);
    long long v = sqlite3_column_type(st, 0) == SQLITE_NULL ? NONE : sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

static void a_version_1_store_from_a_play_gets_typed_numbers_from_its_sentences(void **state)
{
    (void)state;
    copy_v1_store();
    Store *s = open_store(STORE_UPDATE);
    assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
    assert_true(store_integrity_ok(s));
    store_close(s);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM pragma_integrity_check "
                                 "WHERE integrity_check <> 'ok'"),
                     0);

    /* a sample, by hand from the sentences */
    static const struct {
        int id;
        const char *column, *detail;
        long long want;
    } sample[] = {
        {9, "ms", "180000 ms in 1 call", 180000},
        {9, "number", "180000 ms in 1 call", 1},
        {71, "ms", "240000 ms in 2 calls", 240000},
        {71, "number", "240000 ms in 2 calls", 2},
        {6, "number", "position 6", 6},
        {6, "ms", "position 6", NONE},
        {67, "ms", "after 60000 ms", 60000},
        {131, "ms", "after 190000 ms", 190000},
        {22, "number", "option 1 (wrong) after 9500 ms", 1},
        {22, "correct", "option 1 (wrong) after 9500 ms", 0},
        {22, "ms", "option 1 (wrong) after 9500 ms", 9500},
        {47, "number", "option 3 (correct) after 0 ms", 3},
        {47, "correct", "option 3 (correct) after 0 ms", 1},
        {47, "ms", "option 3 (correct) after 0 ms", 0},
        {17, "ms", "the form was emptied after 120000 ms without input", 120000},
        {19, "number", "attempt 2: postcode=3811 AB; move-date=01-03-2027; meter=012345", 2},
        {12, "number", "Customer number: 4021 7789", NONE},
        {13, "number", "Customer number: 4021 7788", NONE},
    };
    for (size_t i = 0; i < sizeof sample / sizeof *sample; i++)
        if (column_of(sample[i].id, sample[i].column, sample[i].detail) != sample[i].want)
            fail_msg("event %d: %s is not %lld", sample[i].id, sample[i].column, sample[i].want);
    /* the form's rejections are form-rejected (attempts 1 to 3 of one form);
     * the hand-off's rejected detail stays rejected */
    assert_int_equal(sql_int(db, "SELECT group_concat(number, ',') = '1,2,3' FROM (SELECT number "
                                 "FROM events WHERE kind = 'form-rejected' AND session = 3 "
                                 "ORDER BY id)"),
                     1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE kind = 'form-rejected'"), 5);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE kind = 'rejected'"), 1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE id = 12 AND kind = 'rejected'"),
                     1);

    /* and every row, against its sentence read with sscanf */
    int per_kind[EVENT_KIND_COUNT] = {0};
    check_typed_columns_against_sentences(per_kind);
    for (int k = 0; k < EVENT_KIND_COUNT; k++)
        if (!per_kind[k])
            fail_msg("the v1 store has no event of kind %s", event_name((EventKind)k));

    /* nothing else changed: every row as it was, but for the kind of a form's rejection */
    sqlite3 *h = beside(STORE_V1, "v1");
    int got[5];
    row_of(h,
           "SELECT (SELECT count(*) FROM v1.events), (SELECT count(*) FROM events "
           "e JOIN v1.events o USING (id) WHERE e.session = o.session AND e.step "
           "= o.step AND e.t_ms = o.t_ms AND e.detail IS o.detail AND (e.kind = "
           "o.kind OR (o.kind = 'rejected' AND e.kind = 'form-rejected'))), "
           "(SELECT count(*) FROM events), (SELECT count(*) FROM v1.ratings), "
           "(SELECT count(*) FROM ratings)",
           got, 5);
    assert_int_equal(got[0], 176);
    assert_int_equal(got[1], 176);
    assert_int_equal(got[2], 176);
    assert_int_equal(got[4], got[3]);
    sqlite3_close(h);
}

typedef struct {
    int per_kind[EVENT_KIND_COUNT];
    int64_t waited_ms, answer_ms;
    int calls, right, wrong, attempts;
} KindTally;

static bool tally_kind(const EventRow *e, void *ctx)
{
    KindTally *t = ctx;
    const Event *ev = &e->event;
    t->per_kind[ev->kind]++;
    if (ev->kind == EVENT_WAITED)
        t->waited_ms += ev->ms, t->calls += ev->count;
    if (ev->kind == EVENT_ANSWER)
        t->answer_ms += ev->ms, t->right += ev->right == 1, t->wrong += ev->right == 0;
    if (ev->kind == EVENT_FORM_ACCEPTED)
        t->attempts += ev->count;
    return true;
}

/* The same file through the store's reading, as reports see it. */
static void a_version_1_store_reads_back_as_typed_events(void **state)
{
    (void)state;
    copy_v1_store();
    Store *s = open_store(STORE_READ);
    KindTally t = {{0}, 0, 0, 0, 0, 0, 0};
    assert_int_equal(store_each_event(s, NULL, tally_kind, &t), STORE_OK);
    store_close(s);
    static const int want[EVENT_KIND_COUNT] = {
        [EVENT_ENTER] = 52,        [EVENT_LEAVE] = 52,        [EVENT_WAITED] = 6,
        [EVENT_QUEUE] = 32,        [EVENT_HANGUP] = 2,        [EVENT_DISCONNECTED] = 1,
        [EVENT_REPEATED] = 15,     [EVENT_REJECTED] = 1,      [EVENT_ANSWER] = 6,
        [EVENT_FORM_ACCEPTED] = 3, [EVENT_FORM_REJECTED] = 5, [EVENT_FORM_EMPTIED] = 1,
    };
    for (int k = 0; k < EVENT_KIND_COUNT; k++)
        if (t.per_kind[k] != want[k])
            fail_msg("%d events of kind %s, not %d", t.per_kind[k], event_name((EventKind)k),
                     want[k]);
    /* 180 + 270 + 240 + 330 + 435 + 65 s on hold, in 1 + 1 + 2 + 2 + 2 + 1 calls */
    assert_int_equal(t.waited_ms, 1520000);
    assert_int_equal(t.calls, 9);
    /* three letters right, three wrong; only the first wrong one took time (9.5 s) */
    assert_int_equal(t.right, 3);
    assert_int_equal(t.wrong, 3);
    assert_int_equal(t.answer_ms, 9500);
    /* forms accepted at attempts 2, 2 and 4 */
    assert_int_equal(t.attempts, 8);
}

/* A hand-off asks for details by label: one labelled "attempt 2" is still a
 * hand-off, known by its step's enter event. */
static void a_handoff_rejection_that_reads_like_a_form_attempt_stays_rejected(void **state)
{
    (void)state;
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    StoreOptions v1 = {.max_version = 1};
    assert_int_equal(store_open(db, STORE_WRITE, &v1, &s, err, sizeof err), STORE_OK);
    store_close(s);
    raw_sql(
        "INSERT INTO sessions (scenario, scenario_hash, participant, language, "
        "engine_version, started) VALUES ('sc', 'h', 'p', 'en', '0.1.0', 'x');"
        "INSERT INTO events (session, step, t_ms, kind, detail) VALUES "
        "(1, 'ask', 0, 'enter', 'handoff'), (1, 'ask', 1, 'rejected', 'attempt 2: 12'),"
        "(1, 'form', 2, 'enter', 'form'), (1, 'form', 3, 'rejected', 'attempt 2: a=1 | a: no')");
    store_close(open_store(STORE_UPDATE));
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE step = 'ask' AND "
                                 "kind = 'rejected' AND number IS NULL"),
                     1);
    assert_int_equal(sql_int(db, "SELECT number FROM events WHERE step = 'form' AND "
                                 "kind = 'form-rejected'"),
                     2);
}

static void an_upgraded_store_is_not_upgraded_again(void **state)
{
    (void)state;
    copy_v1_store();
    store_close(open_store(STORE_UPDATE));
    assert_int_equal(sql_int(db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    /* a change the migration would undo if it ran again */
    raw_sql(
        "UPDATE events SET ms = 7 WHERE id = 9; UPDATE events SET kind = 'rejected' WHERE id = 18");
    Store *s = open_store(STORE_READ);
    assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
    store_close(s);
    s = open_store(STORE_UPDATE);
    store_close(s);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(sql_int(db, "SELECT ms FROM events WHERE id = 9"), 7);
    assert_int_equal(sql_int(db, "SELECT kind = 'rejected' FROM events WHERE id = 18"), 1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM pragma_table_info('events')"), 9);
}

static bool file_contains(const char *path, const char *needle);

/* A command that only reads (report, debrief, export) never writes the file,
 * not even to upgrade an older one: it reads the old schema through a copy
 * brought up to date in memory. The file is byte for byte as it was. */
static void reading_an_older_store_leaves_the_file_as_it_was(void **state)
{
    (void)state;
    copy_v1_store();
    Store *s = open_store(STORE_READ);
    assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
    KindTally t = {{0}, 0, 0, 0, 0, 0, 0};
    assert_int_equal(store_each_event(s, NULL, tally_kind, &t), STORE_OK);
    assert_int_equal(t.per_kind[EVENT_FORM_REJECTED], 5); /* migrated, in the copy */
    assert_int_equal(t.waited_ms, 1520000);
    Rows rows = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 8);
    store_close(s);
    assert_int_equal(shell("cmp -s " STORE_V1 " %s", db), 0);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), 1);
}

/* tests/data/store-v2.sqlite was written by teaser at commit 6dab270 (store
 * version 2), two sessions:
 *   teaser play --headless --participant p-frictions --workshop w \
 *       --db store-v2.sqlite --input tests/data/script-energy-move-frictions.txt \
 *       scenarios/energy-move.yaml
 * then p-water in workshop w2 with script-water-damage.txt and
 * scenarios/water-damage.yaml; then PRAGMA wal_checkpoint(TRUNCATE). Version 3
 * adds the tombstones of forget and changes no row. */
#define STORE_V2 "tests/data/store-v2.sqlite"

/* The columns sessions had up to version 3, in their order. */
#define SESSION_V1_COLUMNS                                                                         \
    "id, scenario, scenario_hash, workshop, participant, department, language, "                   \
    "engine_version, started, finished"
/* ... and ratings up to version 4 (version 5 adds kind, felt for all of them) */
#define RATING_V1_COLUMNS                                                                          \
    "id, session, step, touchpoint, valence, valence_points, arousal, arousal_points, emotion, "   \
    "onset_ms, response_ms, input_device, changes, timed_out, skipped, given"

static void a_version_2_store_gets_tombstones_and_keeps_every_row(void **state)
{
    (void)state;
    assert_int_equal(shell("cp " STORE_V2 " %s", db), 0);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), 2);
    Store *s = open_store(STORE_UPDATE);
    assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
    assert_true(store_integrity_ok(s));
    store_close(s);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM tombstones"), 0);
    sqlite3 *h = beside(STORE_V2, "v2");
    /* every row of every table as it was */
    int got[4];
    row_of(h,
           "SELECT (SELECT count(*) FROM (SELECT " SESSION_V1_COLUMNS " FROM sessions EXCEPT "
           "SELECT * FROM v2.sessions)) + (SELECT count(*) FROM (SELECT " RATING_V1_COLUMNS " FROM ratings "
           "EXCEPT SELECT * FROM v2.ratings)) + (SELECT count(*) FROM (SELECT * "
           "FROM events EXCEPT SELECT * FROM v2.events)), (SELECT count(*) FROM "
           "sessions), (SELECT count(*) FROM ratings WHERE kind = 'felt'), "
           "(SELECT count(*) FROM events)",
           got, 4);
    assert_int_equal(got[0], 0);
    assert_int_equal(got[1], 2);
    assert_int_equal(got[2], 18);
    assert_int_equal(got[3], 106);
    sqlite3_close(h);
    /* and forget works on it at once */
    s = open_store(STORE_UPDATE);
    ForgetCount n;
    assert_int_equal(store_forget(s, "p-water", NULL, &n), STORE_OK);
    assert_int_equal(n.sessions, 1);
    store_close(s);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM tombstones"), 1);
}

/* tests/data/store-v3.sqlite was written by teaser at commit 4aeebb3 (store
 * version 3), as store-v2.sqlite was (p-frictions in w, p-water in w2), and
 * then "teaser forget --participant p-nobody" (one tombstone); then PRAGMA
 * wal_checkpoint(TRUNCATE). Version 4 gives every session a uid and a site
 * column and changes no row. */
#define STORE_V3 "tests/data/store-v3.sqlite"

static void a_version_3_store_gives_each_session_its_own_uid_and_keeps_every_row(void **state)
{
    (void)state;
    assert_int_equal(shell("cp " STORE_V3 " %s", db), 0);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), 3);
    Store *s = open_store(STORE_UPDATE);
    assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
    assert_true(store_integrity_ok(s));
    Rows rows = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
    store_close(s);
    assert_int_equal(sql_int(db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    sqlite3 *h = beside(STORE_V3, "v3");
    int got[6];
    row_of(h,
           "SELECT (SELECT count(*) FROM (SELECT " SESSION_V1_COLUMNS " FROM sessions EXCEPT "
           "SELECT * FROM v3.sessions)) + (SELECT count(*) FROM (SELECT " RATING_V1_COLUMNS " FROM ratings "
           "EXCEPT SELECT * FROM v3.ratings)) + (SELECT count(*) FROM (SELECT * FROM events "
           "EXCEPT SELECT * FROM v3.events)) + (SELECT count(*) FROM (SELECT * FROM tombstones "
           "EXCEPT SELECT * FROM v3.tombstones)), (SELECT count(*) FROM sessions), "
           "(SELECT count(*) FROM ratings), (SELECT count(*) FROM events), "
           "(SELECT count(DISTINCT uid) FROM sessions), (SELECT count(site) FROM sessions)",
           got, 6);
    sqlite3_close(h);
    assert_int_equal(got[0], 0); /* every row as it was */
    assert_int_equal(got[1], 2);
    assert_int_equal(got[2], 18);
    assert_int_equal(got[3], 106);
    assert_int_equal(got[4], 2); /* one uid each, none shared */
    assert_int_equal(got[5], 0); /* no site was given then */
    /* each rating reads its session's uid, in the shape uid_new makes */
    assert_true(rows.n == 8);
    for (int i = 0; i < rows.n; i++) {
        assert_true(uid_valid(rows.rows[i].session_uid));
        assert_null(rows.rows[i].site);
    }
    /* and keeps it: opened again, nothing is made anew */
    char before[128];
    snprintf(before, sizeof before, "%s", rows.rows[0].session_uid);
    s = open_store(STORE_UPDATE);
    int64_t id = 0;
    assert_int_equal(store_find_session(s, before, &id), STORE_OK);
    assert_int_equal(id, rows.rows[0].session);
    store_close(s);
}

/* A uid can be neither left out nor changed, even by SQL written by hand. */
static void a_session_uid_is_required_and_never_changes(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    new_session(s, "p1", "w");
    store_close(s);
    sqlite3 *h;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, "UPDATE sessions SET uid = 'x'", NULL, NULL, NULL) & 0xFF,
                     SQLITE_CONSTRAINT);
    assert_int_equal(sqlite3_exec(h,
                                  "INSERT INTO sessions (scenario, scenario_hash, participant, "
                                  "language, engine_version, started) "
                                  "VALUES ('sc', 'h', 'p', 'en', '0', 'x')",
                                  NULL, NULL, NULL) &
                         0xFF,
                     SQLITE_CONSTRAINT);
    sqlite3_close(h);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM sessions"), 1);
}

static int64_t session_at(Store *s, const char *participant, const char *site, const char *uid,
                          StoreStatus want)
{
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "h",
                        .workshop = "w",
                        .participant = participant,
                        .language = "en",
                        .site = site,
                        .uid = uid};
    int64_t id = 0;
    assert_int_equal(store_begin_session(s, &info, &id), want);
    return id;
}

static bool count_site_events(const EventRow *e, void *ctx)
{
    int *n = ctx;
    *n += e->site && !strcmp(e->site, "Utrecht") && uid_valid(e->session_uid) ? 1 : 100;
    return true;
}

/* A session's uid is made by the store when not given, kept when given, and
 * refused when it is already there or not one; its site is stored, and a
 * filter by site selects its ratings and events. */
static void sessions_carry_a_uid_and_a_site_that_filters_select(void **state)
{
    (void)state;
    static const char given[] = "0f8fad5b-d9cb-469f-a165-70867728950e";
    Store *s = open_store(STORE_WRITE);
    int64_t utrecht = session_at(s, "p1", "Utrecht", NULL, STORE_OK);
    int64_t mine = session_at(s, "p2", "", given, STORE_OK);
    session_at(s, "p3", NULL, given, STORE_BAD_ARG);
    session_at(s, "p3", NULL, "0F8FAD5B-D9CB-469F-A165-70867728950E", STORE_BAD_ARG);
    session_at(s, "p3", NULL, "not a uid", STORE_BAD_ARG);
    int64_t found = -1;
    assert_int_equal(store_find_session(s, given, &found), STORE_OK);
    assert_int_equal(found, mine);
    assert_int_equal(store_find_session(s, "6f1c2a4e-0b7d-4c3e-9a21-5d8e7f6a9b0c", &found),
                     STORE_OK);
    assert_int_equal(found, 0);
    add(s, rating(utrecht, 2));
    add(s, rating(mine, 8));
    EventRecord e = {.session = utrecht, .step = "hold", .event = {.kind = EVENT_HANGUP}};
    assert_int_equal(store_add_event(s, &e), STORE_OK);
    e.session = mine;
    assert_int_equal(store_add_event(s, &e), STORE_OK);
    Rows rows = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 2);
    assert_string_equal(rows.rows[0].site, "Utrecht");
    assert_true(uid_valid(rows.rows[0].session_uid));
    assert_null(rows.rows[1].site); /* "" is not given */
    assert_string_equal(rows.rows[1].session_uid, given);
    StoreFilter f = {.site = "Utrecht"};
    rows.n = 0;
    assert_int_equal(store_each_valence(s, &f, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 1);
    assert_int_equal(rows.rows[0].valence, 2);
    assert_string_equal(rows.rows[0].site, "Utrecht");
    int events = 0;
    assert_int_equal(store_each_event(s, &f, count_site_events, &events), STORE_OK);
    assert_int_equal(events, 1);
    store_close(s);
    /* a hundred sessions, a hundred different uids */
    s = open_store(STORE_WRITE);
    for (int i = 0; i < 100; i++)
        session_at(s, "many", NULL, NULL, STORE_OK);
    store_close(s);
    assert_int_equal(sql_int(db, "SELECT count(DISTINCT uid) FROM sessions"), 102);
}

/* What forget leaves: a tombstone that marks sessions of that pseudonym
 * begun up to the forget (in its workshop, when forget named one), not the
 * ones begun after it (the pseudonym played again), nor other people's. */
static bool keep_event_session(const EventRow *e, void *ctx)
{
    int64_t *sessions = ctx;
    sessions[sessions[0] < 7 ? ++sessions[0] : 0] = e->session;
    return true;
}

/* Two laptops' files: the first one's session was copied into the second,
 * which also has one of its own. Read together, the copied session counts
 * once, each session keeps one number in every reading, and nothing can be
 * written to the two together. */
static void stores_read_together_count_a_shared_session_once(void **state)
{
    (void)state;
    static const char shared[] = "0f8fad5b-d9cb-469f-a165-70867728950e";
    char other[160];
    snprintf(other, sizeof other, "%s/other.sqlite", dir);
    Store *a = open_store(STORE_WRITE), *b;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(other, STORE_WRITE, NULL, &b, err, sizeof err), STORE_OK);
    int64_t in_a = session_at(a, "p1", NULL, shared, STORE_OK);
    session_at(b, "p0", NULL, NULL, STORE_OK); /* b numbers the copy 2, its own 1 */
    int64_t copy = session_at(b, "p1", NULL, shared, STORE_OK), own = 1;
    add(a, rating(in_a, 3));
    add(b, rating(copy, 3));
    add(b, rating(own, 7));
    EventRecord e = {.step = "hold", .event = {EVENT_ENTER, .right = -1}};
    e.session = in_a, assert_int_equal(store_add_event(a, &e), STORE_OK);
    e.session = copy, assert_int_equal(store_add_event(b, &e), STORE_OK);
    e.session = own, assert_int_equal(store_add_event(b, &e), STORE_OK);
    store_close(a);
    store_close(b);

    const char *const both[] = {db, other};
    Store *u;
    assert_int_equal(store_open_all(both, 2, STORE_READ, NULL, &u, err, sizeof err), STORE_OK);
    Rows rows = {.n = 0};
    assert_int_equal(store_each_rating(u, NULL, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 2); /* p1 once, p0 */
    assert_string_equal(rows.rows[0].participant, "p1");
    assert_string_equal(rows.rows[1].participant, "p0");
    assert_int_equal(rows.rows[1].valence, 7);
    assert_true(rows.rows[0].session != rows.rows[1].session);
    int64_t sessions[8] = {0};
    assert_int_equal(store_each_event(u, NULL, keep_event_session, sessions), STORE_OK);
    assert_int_equal(sessions[0], 2); /* the copy's event is the first file's */
    assert_int_equal(sessions[1], rows.rows[0].session);
    assert_int_equal(sessions[2], rows.rows[1].session);
    int64_t id;
    assert_int_equal(session_at(u, "p9", NULL, NULL, STORE_BAD_ARG), 0);
    assert_non_null(strstr(store_error(u), "nothing is written"));
    assert_int_equal(store_find_session(u, shared, &id), STORE_OK);
    assert_int_equal(id, rows.rows[0].session);
    store_close(u);
    assert_int_equal(store_open_all(both, 2, STORE_WRITE, NULL, &u, err, sizeof err),
                     STORE_BAD_ARG);
    const char *const missing[] = {db, "build/no-such-store.sqlite"};
    assert_int_equal(store_open_all(missing, 2, STORE_READ, NULL, &u, err, sizeof err),
                     STORE_MISSING);
    assert_null(u);
}

typedef struct {
    char uid[8][40], finished[8][32], started[8][32], engine[8][16];
    int n;
} Sessions;

static bool keep_session(const SessionRow *r, void *ctx)
{
    Sessions *k = ctx;
    if (k->n == 8)
        return false;
    snprintf(k->uid[k->n], sizeof k->uid[0], "%s", r->info.uid);
    snprintf(k->finished[k->n], sizeof k->finished[0], "%s", r->finished ? r->finished : "-");
    snprintf(k->started[k->n], sizeof k->started[0], "%s", r->started);
    snprintf(k->engine[k->n], sizeof k->engine[0], "%s", r->info.engine_version);
    k->n++;
    return true;
}

/* What sync relies on: a copy keeps the times and the teaser of the original
 * (given, started, finished, engine_version), every session is listed with
 * or without ratings, a filter selects one session by its uid, and a union
 * lists a shared session once and knows each uid of its parts. */
static void a_session_copied_keeps_its_times_and_every_session_is_listed(void **state)
{
    (void)state;
    static const char uid[] = "0f8fad5b-d9cb-469f-a165-70867728950e";
    Store *s = open_store(STORE_WRITE);
    SessionInfo info = {.scenario = "energy-move", .scenario_hash = "h", .workshop = "w",
                        .participant = "p1", .language = "en", .uid = uid,
                        .engine_version = "0.0.9"};
    int64_t id = 0;
    assert_int_equal(store_begin_session_at(s, &info, "2026-01-02T03:04:05.006Z", &id), STORE_OK);
    RatingRecord r = rating(id, 4);
    r.given = "2026-01-02T03:04:09.000Z";
    add(s, r);
    assert_int_equal(store_finish_session_at(s, id, "2026-01-02T03:05:00.000Z"), STORE_OK);
    int64_t other = new_session(s, "p2", "w"); /* no rating, unfinished */
    add(s, rating(other, 6));
    new_session(s, "p3", "w");

    Rows rows = {.n = 0};
    StoreFilter one = {.session = uid};
    assert_int_equal(store_each_rating(s, &one, keep, &rows), STORE_OK);
    assert_int_equal(rows.n, 1);
    assert_string_equal(rows.rows[0].started, "2026-01-02T03:04:05.006Z");
    assert_string_equal(rows.rows[0].finished, "2026-01-02T03:05:00.000Z");
    Sessions k = {.n = 0};
    assert_int_equal(store_each_session(s, NULL, keep_session, &k), STORE_OK);
    assert_int_equal(k.n, 3);
    assert_string_equal(k.uid[0], uid);
    assert_string_equal(k.engine[0], "0.0.9");
    assert_string_equal(k.finished[0], "2026-01-02T03:05:00.000Z");
    assert_string_equal(k.finished[2], "-");
    assert_string_equal(k.engine[2], TEASER_VERSION);
    k.n = 0;
    assert_int_equal(store_each_session(s, &one, keep_session, &k), STORE_OK);
    assert_int_equal(k.n, 1);
    bool has = false;
    assert_int_equal(store_has_session(s, uid, &has), STORE_OK);
    assert_true(has);
    store_close(s);
    sqlite3 *h;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(h, "SELECT given FROM ratings WHERE id = 1", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "2026-01-02T03:04:09.000Z");
    sqlite3_finalize(st);
    sqlite3_close(h);

    const char *const twice[] = {db, db};
    Store *u;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open_all(twice, 2, STORE_READ, NULL, &u, err, sizeof err), STORE_OK);
    k.n = 0;
    assert_int_equal(store_each_session(u, NULL, keep_session, &k), STORE_OK);
    assert_int_equal(k.n, 3);
    has = false;
    assert_int_equal(store_has_session(u, uid, &has), STORE_OK);
    assert_true(has);
    assert_int_equal(store_has_session(u, "00000000-0000-4000-8000-000000000000", &has), STORE_OK);
    assert_false(has);
    store_close(u);
}

static void forget_leaves_a_tombstone_for_sessions_begun_before_it(void **state)
{
    (void)state;
    Store *s = open_store(STORE_WRITE);
    ForgetCount n;
    SessionInfo gone = {.scenario = "sc",
                        .scenario_hash = "h",
                        .workshop = "w1",
                        .participant = "p-gone",
                        .department = NULL,
                        .language = "en"};
    SessionInfo other_workshop = gone, someone_else = gone;
    other_workshop.workshop = "w2";
    someone_else.participant = "p-stays";
    bool forgotten = true;
    assert_int_equal(store_is_forgotten(s, &gone, NULL, &forgotten), STORE_OK);
    assert_false(forgotten);
    assert_int_equal(store_forget(s, "p-gone", "w1", &n), STORE_OK);
    assert_int_equal(n.sessions, 0); /* nothing in the store: the tombstone is left all the same */
    const char *before = "2001-01-01T00:00:00.000Z", *after = "2999-01-01T00:00:00.000Z";
    assert_int_equal(store_is_forgotten(s, &gone, before, &forgotten), STORE_OK);
    assert_true(forgotten);
    assert_int_equal(store_is_forgotten(s, &gone, NULL, &forgotten), STORE_OK);
    assert_true(forgotten); /* a session of unknown start counts as before */
    assert_int_equal(store_is_forgotten(s, &gone, after, &forgotten), STORE_OK);
    assert_false(forgotten);
    assert_int_equal(store_is_forgotten(s, &other_workshop, before, &forgotten), STORE_OK);
    assert_false(forgotten);
    assert_int_equal(store_is_forgotten(s, &someone_else, before, &forgotten), STORE_OK);
    assert_false(forgotten);
    /* forgotten everywhere: every workshop */
    assert_int_equal(store_forget(s, "p-gone", NULL, &n), STORE_OK);
    assert_int_equal(store_is_forgotten(s, &other_workshop, before, &forgotten), STORE_OK);
    assert_true(forgotten);
    /* store_now writes what the tombstone compares with: a session begun now is after it */
    char now[STORE_TIME_SIZE];
    store_now(now);
    assert_int_equal(strlen(now), 24);
    assert_true(strcmp(now, before) > 0 && strcmp(now, after) < 0);
    store_close(s);
    assert_false(file_contains(db, "p-gone"));
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

/* In a child whose files may not grow beyond limit bytes (RLIMIT_FSIZE, with
 * SIGXFSZ ignored: writes past it fail with EFBIG, as on a full disk), opens
 * a store at db that does not exist yet and begins a session. Exit 0: done;
 * refused as full with the documented message: 1 by the open, 4 by the
 * session; 2: anything else (printed). */
static int create_with_file_limit(rlim_t limit)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {limit, limit};
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            _exit(3);
        Store *s = NULL;
        char err[STORE_ERR_MAX];
        StoreStatus st = store_open(db, STORE_WRITE, NULL, &s, err, sizeof err);
        int refused = 1;
        if (st == STORE_OK) {
            int64_t id = 0;
            SessionInfo info = {.scenario = "sc",
                                .scenario_hash = "h",
                                .workshop = "w",
                                .participant = "p",
                                .department = NULL,
                                .language = "en"};
            st = store_begin_session(s, &info, &id);
            snprintf(err, sizeof err, "%s", store_error(s));
            store_close(s);
            refused = 4;
        }
        if (st == STORE_OK)
            _exit(0);
        char want[STORE_ERR_MAX];
        snprintf(want, sizeof want, "the disk holding the results store %s is full", db);
        if (st == STORE_FULL && !strcmp(err, want))
            _exit(refused);
        fprintf(stderr, "limit %ld: status %d: %s\n", (long)limit, (int)st, err);
        _exit(2);
    }
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    return WEXITSTATUS(status);
}

/* A disk that is (nearly) full when the store is first created: "the disk
 * holding the results store PATH is full", never "disk I/O error", and no
 * empty or half-made store left behind for the next teaser to trip over. */
static void a_full_disk_at_creation_is_said_so_and_leaves_no_store(void **state)
{
    (void)state;
    static const rlim_t limits[] = {0, 512, 4096, 8192, 20000, 40000, 1 << 20};
    int refused = 0;
    for (size_t i = 0; i < sizeof limits / sizeof *limits; i++) {
        char cmd[512];
        snprintf(cmd, sizeof cmd, "rm -f %s %s-wal %s-shm", db, db, db);
        assert_int_equal(system(cmd), 0);
        int got = create_with_file_limit(limits[i]);
        assert_true(got == 0 || got == 1 || got == 4);
        if (got == 1) {
            refused++;
            struct stat sb;
            if (stat(db, &sb) == 0)
                fail_msg("limit %ld: a store of %ld bytes was left behind", (long)limits[i],
                         (long)sb.st_size);
        } else {
            Store *s = open_store(STORE_READ);
            assert_true(store_integrity_ok(s));
            store_close(s);
        }
    }
    assert_true(refused >= 3);                            /* the small limits */
    assert_int_equal(create_with_file_limit(1 << 20), 0); /* and room enough works */
}

static void write_ratings(int n, const char *who)
{
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    if (store_open(db, STORE_WRITE, NULL, &s, err, sizeof err) != STORE_OK)
        _exit(1);
    SessionInfo info = {.scenario = "sc",
                        .scenario_hash = "h",
                        .workshop = "w",
                        .participant = who,
                        .department = NULL,
                        .language = "en"};
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
            SessionInfo info = {.scenario = "sc",
                                .scenario_hash = "h",
                                .workshop = "w",
                                .participant = "killed",
                                .department = NULL,
                                .language = "en"};
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
        T(a_rating_keeps_its_kind),
        T(every_value_comes_back_as_it_was_stored),
        T(a_session_is_unfinished_until_it_is_finished),
        T(impossible_ratings_are_refused),
        T(filters_select_a_workshop),
        T(every_event_kind_comes_back_with_its_numbers),
        T(events_of_a_kind_this_teaser_does_not_know_are_skipped),
        T(stores_of_every_earlier_version_migrate_forward_keeping_data),
        T(a_version_3_store_gives_each_session_its_own_uid_and_keeps_every_row),
        T(a_session_uid_is_required_and_never_changes),
        T(sessions_carry_a_uid_and_a_site_that_filters_select),
        T(a_version_1_store_from_a_play_gets_typed_numbers_from_its_sentences),
        T(a_version_1_store_reads_back_as_typed_events),
        T(a_handoff_rejection_that_reads_like_a_form_attempt_stays_rejected),
        T(an_upgraded_store_is_not_upgraded_again),
        T(reading_an_older_store_leaves_the_file_as_it_was),
        T(a_version_2_store_gets_tombstones_and_keeps_every_row),
        T(stores_read_together_count_a_shared_session_once),
        T(a_session_copied_keeps_its_times_and_every_session_is_listed),
        T(forget_leaves_a_tombstone_for_sessions_begun_before_it),
        T(what_is_not_a_teaser_store_is_refused),
        T(a_store_from_a_newer_teaser_is_refused),
        T(a_read_only_store_is_reported),
        T(a_store_locked_for_long_is_reported_as_busy),
        T(a_full_disk_is_reported),
        T(a_full_disk_at_creation_is_said_so_and_leaves_no_store),
        T(two_players_writing_at_once_both_keep_every_rating),
        T(forget_leaves_nothing_of_the_person_in_the_files),
        T(confirmed_ratings_survive_hundreds_of_kills),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
