/* The PostgreSQL store against a real server: the throwaway cluster of
 * tests/pg_cluster.sh (TEASER_TEST_PG), one new database per test. init
 * makes and upgrades the schema and is safe twice, a newer schema and
 * connection faults are refused with their sentence, values round-trip,
 * forget leaves a tombstone, and the two roles can do what they are for and
 * nothing else. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../engine/store_backend.h"

static char uri[512], dbname[32];
static int db_count;

/* One statement as the cluster's superuser, in database db. */
static void admin_sql(const char *db, const char *sql)
{
    const char *keys[] = {"dbname", "dbname", NULL};
    const char *values[] = {getenv("TEASER_TEST_PG"), db, NULL};
    PGconn *c = PQconnectdbParams(keys, values, 1);
    assert_int_equal(PQstatus(c), CONNECTION_OK);
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        print_error("%s: %s", sql, PQresultErrorMessage(r));
    assert_true(PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK);
    PQclear(r);
    PQfinish(c);
}

/* The URI of this test's database for user (NULL: the superuser, no password). */
static void uri_for(char *out, size_t size, const char *user, const char *password)
{
    const char *host = getenv("TEASER_TEST_PG_HOST");
    if (user)
        snprintf(out, size, "postgresql://%s:%s@/%s?host=%s", user, password, dbname, host);
    else
        snprintf(out, size, "postgresql:///%s?host=%s&user=teaser_admin", dbname, host);
}

static int new_database(void **state)
{
    (void)state;
    if (!getenv("TEASER_TEST_PG") || !getenv("TEASER_TEST_PG_HOST")) {
        print_error("run under tests/pg_cluster.sh (make test does)\n");
        return -1;
    }
    snprintf(dbname, sizeof dbname, "t%d", ++db_count);
    char sql[64];
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
    admin_sql("postgres", sql);
    uri_for(uri, sizeof uri, NULL, NULL);
    return 0;
}

static StoreStatus open_pg(const char *where, bool init, int max_version, int *found, Store **s,
                           char *err)
{
    StoreOptions opt = {.init = init, .max_version = max_version, .found_version = found};
    return store_pg.open(where, STORE_WRITE, &opt, s, err, STORE_ERR_MAX);
}

/* The store at uri made (store init) and opened, with the version it had before. */
static Store *init_store(int *found)
{
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    StoreStatus st = open_pg(uri, true, 0, found, &s, err);
    if (st != STORE_OK)
        print_error("%s\n", err);
    assert_int_equal(st, STORE_OK);
    return s;
}

/* The first value of a query as the cluster's superuser, as text (until the next call). */
static const char *admin_text(const char *sql)
{
    static char text[256];
    const char *keys[] = {"dbname", "dbname", NULL};
    const char *values[] = {getenv("TEASER_TEST_PG"), dbname, NULL};
    PGconn *c = PQconnectdbParams(keys, values, 1);
    PGresult *r = PQexec(c, sql);
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    snprintf(text, sizeof text, "%s", PQgetvalue(r, 0, 0));
    PQclear(r);
    PQfinish(c);
    return text;
}

static long long admin_int(const char *sql)
{
    return atoll(admin_text(sql));
}

static void init_makes_the_schema_and_twice_changes_nothing(void **state)
{
    (void)state;
    int found = -1;
    Store *s = init_store(&found);
    assert_int_equal(found, 0);
    assert_int_equal(s->version, 7);
    store_pg.close(s);
    s = init_store(&found);
    assert_int_equal(found, 7);
    assert_int_equal(s->version, 7);
    store_pg.close(s);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.schema_version"), 5);
    assert_int_equal(admin_int("SELECT count(*) FROM pg_roles WHERE rolname IN "
                               "('teaser_site', 'teaser_report') AND NOT rolcanlogin"),
                     2);
}

static void init_upgrades_an_older_store(void **state)
{
    (void)state;
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    int found = -1;
    assert_int_equal(open_pg(uri, true, 3, &found, &s, err), STORE_OK);
    assert_int_equal(s->version, 3);
    store_pg.close(s);
    assert_int_equal(open_pg(uri, false, 0, NULL, &s, err), STORE_MISSING);
    assert_non_null(strstr(err, "older teaser results store (version 3)"));
    assert_non_null(strstr(err, "teaser store init"));
    s = init_store(&found);
    assert_int_equal(found, 3);
    assert_int_equal(s->version, 7);
    store_pg.close(s);
    assert_int_equal(admin_int("SELECT count(*) FROM information_schema.columns WHERE "
                               "table_schema = 'teaser' AND table_name = 'sessions' AND "
                               "column_name IN ('uid', 'site')"),
                     2);
}

/* A store at 4 (made by the teaser before sync) gets sync's functions from init. */
static void init_upgrades_a_version_4_store_for_sync(void **state)
{
    (void)state;
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    int found = -1;
    assert_int_equal(open_pg(uri, true, 4, &found, &s, err), STORE_OK);
    assert_int_equal(s->version, 4);
    store_pg.close(s);
    assert_int_equal(admin_int("SELECT count(*) FROM pg_proc WHERE proname = 'has_session'"), 0);
    s = init_store(&found);
    assert_int_equal(found, 4);
    assert_int_equal(s->version, 7);
    bool has = true;
    assert_int_equal(store_has_session(s, "00000000-0000-4000-8000-000000000000", &has), STORE_OK);
    assert_false(has);
    store_pg.close(s);
    assert_int_equal(admin_int("SELECT count(*) FROM pg_proc WHERE proname = 'has_session'"), 1);
}

static void a_play_never_makes_the_schema(void **state)
{
    (void)state;
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    assert_int_equal(open_pg(uri, false, 0, NULL, &s, err), STORE_MISSING);
    assert_null(s);
    assert_non_null(strstr(err, "has no teaser results store yet: run teaser store init --db"));
    assert_int_equal(admin_int("SELECT count(*) FROM pg_namespace WHERE nspname = 'teaser'"), 0);
}

static void a_newer_schema_is_refused(void **state)
{
    (void)state;
    store_pg.close(init_store(NULL));
    char sql[128];
    snprintf(sql, sizeof sql,
             "INSERT INTO teaser.schema_version (version, engine_version) VALUES (8, '9')");
    admin_sql(dbname, sql);
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    for (int init = 0; init < 2; init++) {
        assert_int_equal(open_pg(uri, init, 0, NULL, &s, err), STORE_NEWER);
        assert_null(s);
        assert_non_null(strstr(err, "newer teaser (store version 8; this teaser reads up to 7)"));
    }
    assert_int_equal(admin_int("SELECT max(version) FROM teaser.schema_version"), 8);
}

static void a_wrong_password_is_one_sentence_without_it(void **state)
{
    (void)state;
    store_pg.close(init_store(NULL));
    admin_sql(dbname, "CREATE ROLE bob LOGIN PASSWORD 'right-one'");
    char where[512], err[STORE_ERR_MAX];
    uri_for(where, sizeof where, "bob", "Wr0ngSecret");
    Store *s = NULL;
    assert_int_equal(open_pg(where, false, 0, NULL, &s, err), STORE_IO);
    assert_non_null(strstr(err, "refused the login: wrong password"));
    assert_non_null(strstr(err, "(user bob)"));
    assert_null(strstr(err, "Wr0ngSecret"));
    assert_null(strchr(err, '\n'));
    admin_sql(dbname, "DROP ROLE bob");
}

static void no_such_database_says_so(void **state)
{
    (void)state;
    char where[512], err[STORE_ERR_MAX];
    snprintf(where, sizeof where, "postgresql:///nosuchdb?host=%s&user=teaser_admin",
             getenv("TEASER_TEST_PG_HOST"));
    Store *s = NULL;
    assert_int_equal(open_pg(where, true, 0, NULL, &s, err), STORE_IO);
    assert_non_null(strstr(err, "the PostgreSQL database \"nosuchdb\" at /"));
    assert_non_null(strstr(err, ": there is no such database"));
}

static void an_unreachable_server_says_so(void **state)
{
    (void)state;
    char dir[] = "/tmp/teaser-nopg-XXXXXX", where[256], err[STORE_ERR_MAX];
    assert_non_null(mkdtemp(dir));
    snprintf(where, sizeof where, "postgres://someone:pw@/results?host=%s", dir);
    Store *s = NULL;
    assert_int_equal(open_pg(where, false, 0, NULL, &s, err), STORE_IO);
    rmdir(dir);
    assert_non_null(strstr(err, "cannot reach the PostgreSQL database \"results\" at /tmp/"));
    assert_null(strstr(err, ":pw"));
    assert_null(strchr(err, '\n'));
}

static int64_t new_session(Store *s, const char *participant, const char *started)
{
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "0123456789abcdef",
                        .workshop = "w1",
                        .participant = participant,
                        .department = "Billing",
                        .language = "nl"};
    int64_t id = 0;
    assert_int_equal(store_pg.begin_session(s, &info, started, &id), STORE_OK);
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

/* A store at 5 with finished sessions: init to 6 adds them up per cell, so
 * that the first report after the upgrade reads sums, not every row. */
static void init_to_6_adds_up_the_finished_sessions(void **state)
{
    (void)state;
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    assert_int_equal(open_pg(uri, true, 5, NULL, &s, err), STORE_OK);
    for (int i = 0; i < 3; i++) {
        char who[16];
        snprintf(who, sizeof who, "p%d", i);
        int64_t id = new_session(s, who, NULL);
        /* as a teaser of then wrote it: no kind */
        char sql[256];
        snprintf(sql, sizeof sql,
                 "INSERT INTO teaser.ratings (session, step, touchpoint, valence, valence_points,"
                 " onset_ms, input_device, given) VALUES (%lld, 'hold', 'call-wait', %d, 9, 1000,"
                 " 'keyboard', now())",
                 (long long)id, 2 + i);
        admin_sql(dbname, sql);
        if (i < 2)
            assert_int_equal(store_pg.finish_session(s, id, NULL), STORE_OK);
    }
    store_pg.close(s);
    s = init_store(NULL);
    store_pg.close(s);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions WHERE summarised"), 2);
    assert_int_equal(admin_int("SELECT sum(n) FROM teaser.cube_values"), 2);
    assert_int_equal(admin_int("SELECT n FROM teaser.cube_census WHERE layer = 1"), 2);
}

typedef struct {
    int n;
    RatingRow rows[4];
    char text[4][6][64]; /* copies of the strings the checks look at */
} Got;

static bool keep_rating(const RatingRow *r, void *ctx)
{
    Got *g = ctx;
    assert_true(g->n < 4);
    const char *keep[6] = {r->participant, r->started, r->finished,
                           r->emotion,     r->given,   r->touchpoint};
    g->rows[g->n] = *r;
    for (int i = 0; i < 6; i++)
        snprintf(g->text[g->n][i], sizeof g->text[g->n][i], "%s", keep[i] ? keep[i] : "(null)");
    g->n++;
    return true;
}

static void ratings_and_events_read_back_as_written(void **state)
{
    (void)state;
    Store *s = init_store(NULL);
    int64_t id = new_session(s, "p1", "2026-11-23T11:40:00.123Z");
    RatingRecord a = rating(id, 3), b = rating(id, 0);
    a.arousal = 7, a.arousal_points = 9, a.emotion = "annoyed", a.changes = 2;
    b.step = "letter", b.touchpoint = NULL, b.valence_points = 5, b.timed_out = true;
    b.response_ms = 0;
    int64_t ra = 0, rb = 0;
    assert_int_equal(store_pg.add_rating(s, &a, &ra), STORE_OK);
    assert_int_equal(store_pg.add_rating(s, &b, &rb), STORE_OK);
    assert_true(rb > ra);
    EventRecord waited = {id, "hold", 5000, {EVENT_WAITED, 180000, 2, -1}, "180000 ms in 2 calls"};
    EventRecord answer = {id, "letter", 9000, {EVENT_ANSWER, 9500, 1, 0}, NULL};
    assert_int_equal(store_pg.add_event(s, &waited), STORE_OK);
    assert_int_equal(store_pg.add_event(s, &answer), STORE_OK);
    assert_int_equal(store_pg.finish_session(s, id, NULL), STORE_OK);
    assert_int_equal(store_pg.finish_session(s, id + 100, NULL), STORE_BAD_ARG);

    Got got = {0};
    assert_int_equal(store_pg.each_rating(s, NULL, keep_rating, &got), STORE_OK);
    assert_int_equal(got.n, 2);
    const RatingRow *r = &got.rows[0];
    assert_int_equal(r->session, id);
    assert_int_equal(r->rating, ra);
    assert_string_equal(got.text[0][0], "p1");
    assert_string_equal(got.text[0][1], "2026-11-23T11:40:00.123Z");
    assert_int_equal(strlen(got.text[0][2]), strlen("2026-11-23T11:40:00.123Z"));
    assert_string_equal(got.text[0][3], "annoyed");
    assert_int_equal(got.text[0][4][23], 'Z');
    assert_int_equal(r->valence, 3);
    assert_int_equal(r->arousal, 7);
    assert_int_equal(r->changes, 2);
    assert_int_equal(r->onset_ms, 1000);
    assert_int_equal(r->response_ms, 3500);
    assert_false(r->timed_out);
    r = &got.rows[1];
    assert_int_equal(r->valence, 0);
    assert_int_equal(r->valence_points, 5);
    assert_int_equal(r->arousal_points, 0);
    assert_string_equal(got.text[1][3], "(null)");
    assert_string_equal(got.text[1][5], "(null)");
    assert_true(r->timed_out);

    StoreFilter other = {.workshop = "w2"};
    got.n = 0;
    assert_int_equal(store_pg.each_valence(s, &other, keep_rating, &got), STORE_OK);
    assert_int_equal(got.n, 0);
    StoreFilter w1 = {.workshop = "w1", .department = "Billing"};
    assert_int_equal(store_pg.each_valence(s, &w1, keep_rating, &got), STORE_OK);
    assert_int_equal(got.n, 2);
    assert_int_equal(got.rows[0].valence, 3);
    assert_int_equal(got.rows[0].valence_points, 9);
    assert_string_equal(got.text[0][5], "call-wait");
    store_pg.close(s);
}

typedef struct {
    int n;
    EventRow rows[4];
    bool detail[4];
} GotEvents;

static bool keep_event(const EventRow *e, void *ctx)
{
    GotEvents *g = ctx;
    assert_true(g->n < 4);
    g->detail[g->n] = e->detail != NULL;
    g->rows[g->n++] = *e;
    return true;
}

static void events_keep_their_typed_columns(void **state)
{
    (void)state;
    Store *s = init_store(NULL);
    int64_t id = new_session(s, "p1", NULL);
    EventRecord waited = {id, "hold", 5000, {EVENT_WAITED, 180000, 2, -1}, "180000 ms in 2 calls"};
    EventRecord answer = {id, "letter", 9000, {EVENT_ANSWER, 9500, 1, 0}, NULL};
    EventRecord bad = {id, "letter", 9000, {EVENT_KIND_COUNT, 0, 0, 0}, NULL};
    assert_int_equal(store_pg.add_event(s, &waited), STORE_OK);
    assert_int_equal(store_pg.add_event(s, &answer), STORE_OK);
    assert_int_equal(store_pg.add_event(s, &bad), STORE_BAD_ARG);
    GotEvents got = {0};
    assert_int_equal(store_pg.each_event(s, NULL, keep_event, &got), STORE_OK);
    assert_int_equal(got.n, 2);
    assert_int_equal(got.rows[0].event.kind, EVENT_WAITED);
    assert_int_equal(got.rows[0].event.ms, 180000);
    assert_int_equal(got.rows[0].event.count, 2);
    assert_int_equal(got.rows[0].event.right, -1);
    assert_int_equal(got.rows[0].t_ms, 5000);
    assert_true(got.detail[0]);
    assert_int_equal(got.rows[1].event.kind, EVENT_ANSWER);
    assert_int_equal(got.rows[1].event.right, 0);
    assert_int_equal(got.rows[1].event.count, 1);
    assert_false(got.detail[1]);
    store_pg.close(s);
}

static void a_rolled_back_transaction_leaves_nothing(void **state)
{
    (void)state;
    Store *s = init_store(NULL);
    assert_int_equal(store_pg.transaction(s, STORE_TX_ROLLBACK), STORE_OK);
    assert_int_equal(store_pg.transaction(s, STORE_TX_BEGIN), STORE_OK);
    int64_t id = new_session(s, "p1", NULL);
    RatingRecord r = rating(id, 4);
    assert_int_equal(store_pg.add_rating(s, &r, NULL), STORE_OK);
    assert_int_equal(store_pg.transaction(s, STORE_TX_ROLLBACK), STORE_OK);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions"), 0);
    assert_int_equal(store_pg.transaction(s, STORE_TX_BEGIN), STORE_OK);
    new_session(s, "p1", NULL);
    assert_int_equal(store_pg.transaction(s, STORE_TX_COMMIT), STORE_OK);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions"), 1);
    store_pg.close(s);
}

static void forget_leaves_a_tombstone_that_is_honoured(void **state)
{
    (void)state;
    Store *s = init_store(NULL);
    int64_t gone = new_session(s, "p1", "2026-01-01T10:00:00.000Z");
    int64_t kept = new_session(s, "p2", "2026-01-01T10:00:00.000Z");
    RatingRecord r1 = rating(gone, 2), r2 = rating(kept, 6);
    EventRecord ev = {gone, "hold", 1, {EVENT_QUEUE, 0, 4, -1}, NULL};
    assert_int_equal(store_pg.add_rating(s, &r1, NULL), STORE_OK);
    assert_int_equal(store_pg.add_rating(s, &r2, NULL), STORE_OK);
    assert_int_equal(store_pg.add_event(s, &ev), STORE_OK);
    ForgetCount n;
    assert_int_equal(store_pg.forget(s, "p1", NULL, &n), STORE_OK);
    assert_int_equal(n.sessions, 1);
    assert_int_equal(n.ratings, 1);
    assert_int_equal(n.events, 1);
    Got got = {0};
    assert_int_equal(store_pg.each_rating(s, NULL, keep_rating, &got), STORE_OK);
    assert_int_equal(got.n, 1);
    assert_string_equal(got.text[0][0], "p2");
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.tombstones"), 1);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.tombstones WHERE participant_hash "
                               "LIKE '%p1%'"),
                     0);

    SessionInfo p1 = {.scenario = "energy-move",
                      .scenario_hash = "x",
                      .workshop = "w1",
                      .participant = "p1",
                      .department = NULL,
                      .language = "nl"},
                p2 = p1;
    p2.participant = "p2";
    bool forgotten = false;
    assert_int_equal(store_pg.is_forgotten(s, &p1, "2026-01-01T10:00:00.000Z", &forgotten),
                     STORE_OK);
    assert_true(forgotten);
    assert_int_equal(store_pg.is_forgotten(s, &p1, NULL, &forgotten), STORE_OK);
    assert_true(forgotten);
    assert_int_equal(store_pg.is_forgotten(s, &p1, "2999-01-01T00:00:00.000Z", &forgotten),
                     STORE_OK);
    assert_false(forgotten); /* played again after the forget */
    assert_int_equal(store_pg.is_forgotten(s, &p2, NULL, &forgotten), STORE_OK);
    assert_false(forgotten);
    assert_int_equal(store_forget(s, "", NULL, &n), STORE_BAD_ARG);
    store_pg.close(s);
}

static Store *open_as(const char *user, const char *password, StoreMode mode)
{
    char where[512], err[STORE_ERR_MAX];
    uri_for(where, sizeof where, user, password);
    Store *s = NULL;
    StoreStatus st = store_pg.open(where, mode, NULL, &s, err, sizeof err);
    if (st != STORE_OK)
        print_error("%s\n", err);
    assert_int_equal(st, STORE_OK);
    return s;
}

static bool count_row(const RatingRow *r, void *ctx)
{
    (void)r;
    ++*(int *)ctx;
    return true;
}

static void the_site_role_adds_and_cannot_read(void **state)
{
    (void)state;
    store_pg.close(init_store(NULL));
    admin_sql(dbname, "CREATE ROLE site1 LOGIN PASSWORD 'pw-site' IN ROLE teaser_site");
    Store *s = open_as("site1", "pw-site", STORE_WRITE);
    int64_t id = new_session(s, "p1", NULL);
    RatingRecord r = rating(id, 5);
    int64_t rid = 0;
    assert_int_equal(store_pg.add_rating(s, &r, &rid), STORE_OK);
    assert_true(rid > 0);
    EventRecord ev = {id, "hold", 1, {EVENT_QUEUE, 0, 4, -1}, NULL};
    assert_int_equal(store_pg.add_event(s, &ev), STORE_OK);
    assert_int_equal(store_pg.finish_session(s, id, NULL), STORE_OK);
    bool forgotten = true;
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "x",
                        .workshop = "w1",
                        .participant = "p1",
                        .department = NULL,
                        .language = "nl"};
    assert_int_equal(store_pg.is_forgotten(s, &info, NULL, &forgotten), STORE_OK);
    assert_false(forgotten);
    int n = 0;
    assert_int_equal(store_pg.each_rating(s, NULL, count_row, &n), STORE_READONLY);
    assert_int_equal(n, 0);
    assert_non_null(strstr(s->err, "this login has no permission to read the results"));
    assert_int_equal(store_pg.each_valence(s, NULL, count_row, &n), STORE_READONLY);
    ForgetCount fc;
    assert_int_equal(store_pg.forget(s, "p1", NULL, &fc), STORE_READONLY);
    store_pg.close(s);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.ratings WHERE valence = 5"), 1);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions WHERE finished IS NOT NULL"),
                     1);
}

/* teaser itself, the binary the Makefile names, with its output kept in out. */
static int teaser(const char *args, char *out, size_t size)
{
    const char *bin = getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s %s >build/pg-cmd.out 2>&1", bin, args);
    int status = system(cmd);
    FILE *f = fopen("build/pg-cmd.out", "rb");
    size_t n = f ? fread(out, 1, size - 1, f) : 0;
    out[n] = '\0';
    if (f)
        fclose(f);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The whole way through the commands, as an organisation would: IT runs
 * store init; five participants play at a site with the site's login; the
 * manager's report login reads the report; the site login cannot. */
static void plays_at_a_site_and_a_report_through_the_commands(void **state)
{
    (void)state;
    char args[1024], out[8192], site[600], report[600];
    snprintf(args, sizeof args, "store init --db '%s'", uri);
    assert_int_equal(teaser(args, out, sizeof out), 0);
    assert_string_equal(out, "created schema version 7\n"
                             "the roles teaser_site and teaser_report are ready to grant\n");
    admin_sql(dbname, "CREATE ROLE utrecht LOGIN PASSWORD 'pw-u' IN ROLE teaser_site");
    admin_sql(dbname, "CREATE ROLE manager LOGIN PASSWORD 'pw-m' IN ROLE teaser_report");
    uri_for(site, sizeof site, "utrecht", "pw-u");
    uri_for(report, sizeof report, "manager", "pw-m");
    for (int i = 0; i < 5; i++) {
        snprintf(args, sizeof args,
                 "play --headless --participant p%d --workshop W --site Utrecht --db '%s' --input "
                 "tests/data/script-store-tiny.txt tests/data/store-tiny.yaml",
                 i, site);
        assert_int_equal(teaser(args, out, sizeof out), 0);
    }
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions WHERE site = 'Utrecht' AND "
                               "finished IS NOT NULL"),
                     5);
    snprintf(args, sizeof args,
             "report --scenario tests/data/store-tiny.yaml --format json --site Utrecht --db '%s'",
             report);
    assert_int_equal(teaser(args, out, sizeof out), 0);
    assert_non_null(strstr(out, "\"participants\": 5,"));
    assert_non_null(strstr(out, "\"n_employees\": 5, \"n_customers\": 0, \"mean_employees\": 0,"));
    snprintf(args, sizeof args, "export --db '%s'", site);
    assert_int_equal(teaser(args, out, sizeof out), 3);
    assert_non_null(strstr(out, "no permission to read the results"));
    assert_null(strstr(out, "pw-u"));
}

/* The server refuses a site's ratings in the middle of a play (here: its
 * right to add them taken away): the play goes on into the recovery file,
 * in the player's own data folder, and the next play, once the right is
 * back, brings every rating in. */
static void a_server_that_refuses_mid_play_hands_over_to_the_recovery_file(void **state)
{
    (void)state;
    char args[1024], site[600], home[] = "build/pg-home-XXXXXX";
    assert_non_null(mkdtemp(home));
    store_pg.close(init_store(NULL));
    admin_sql(dbname, "CREATE ROLE gent LOGIN PASSWORD 'pw-g' IN ROLE teaser_site");
    admin_sql(dbname, "REVOKE INSERT ON teaser.ratings FROM teaser_site");
    uri_for(site, sizeof site, "gent", "pw-g");
    snprintf(args, sizeof args,
             "play --headless --participant p1 --db '%s' --input "
             "tests/data/script-energy-move.txt scenarios/energy-move.yaml",
             site);
    char cmd[1400];
    snprintf(cmd, sizeof cmd, "HOME=%s XDG_DATA_HOME= %s %s >build/pg-cmd.out 2>&1", home,
             getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser", args);
    assert_int_equal(system(cmd), 0);
    char rec[128];
    snprintf(rec, sizeof rec, "ls %s/.local/share/teaser/recovery-* >/dev/null 2>&1", home);
    assert_int_equal(system(rec), 0);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.ratings"), 0);
    admin_sql(dbname, "GRANT INSERT ON teaser.ratings TO teaser_site");
    snprintf(cmd, sizeof cmd,
             "HOME=%s XDG_DATA_HOME= %s play --headless --participant p2 --db '%s' --input "
             "tests/data/script-store-tiny.txt tests/data/store-tiny.yaml >build/pg-cmd.out 2>&1",
             home, getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser", site);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.ratings r JOIN teaser.sessions s ON "
                               "s.id = r.session WHERE s.participant = 'p1'"),
                     9);
    assert_true(system(rec) != 0); /* imported: the file is gone */
    snprintf(cmd, sizeof cmd, "rm -rf %s", home);
    assert_int_equal(system(cmd), 0);
}

/* A laptop's file: n plays of store-tiny by PREFIX0.. at site (two events
 * each), then, through
 * the store, a session left unfinished with a rating and an event, and one
 * with neither (a participant who closed the window at once). */
static void make_laptop(const char *file, const char *prefix, int n, const char *site)
{
    char args[1024], out[4096];
    for (int i = 0; i < n; i++) {
        snprintf(args, sizeof args,
                 "play --headless --participant %s%d --workshop W --site %s --db '%s' --input "
                 "tests/data/script-store-tiny.txt tests/data/store-tiny.yaml",
                 prefix, i, site, file);
        assert_int_equal(teaser(args, out, sizeof out), 0);
    }
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(file, STORE_UPDATE, NULL, &s, err, sizeof err), STORE_OK);
    SessionInfo info = {.scenario = "store-tiny",
                        .scenario_hash = "h",
                        .workshop = "W",
                        .participant = "late",
                        .language = "en",
                        .site = site};
    int64_t id = 0;
    assert_int_equal(store_begin_session(s, &info, &id), STORE_OK);
    RatingRecord r = {.session = id,
                      .step = "hello",
                      .touchpoint = "call",
                      .valence = 2,
                      .valence_points = 9,
                      .onset_ms = 10,
                      .response_ms = 900,
                      .input_device = "keyboard",
                      .changes = 2};
    assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
    EventRecord ev = {id, "hello", 5, {EVENT_QUEUE, 0, 4, -1}, "queue 4"};
    assert_int_equal(store_add_event(s, &ev), STORE_OK);
    info.participant = "gone";
    assert_int_equal(store_begin_session(s, &info, &id), STORE_OK);
    store_close(s);
}

/* An export without its session and rating columns (the 1st and 14th: each
 * store numbers its own), for comparing two stores' exports; no cell here is
 * quoted. */
static void drop_rating_ids(char *csv)
{
    char *w = csv;
    for (const char *r = csv; *r;) {
        int field = 1;
        for (; *r && *r != '\n'; r++) {
            field += *r == ',';
            if (field != 1 && field != 14)
                *w++ = *r;
        }
        if (*r)
            *w++ = *r++;
    }
    *w = '\0';
}

/* Removes a test's temporary folder and whatever the stores left in it. */
static void remove_tree(const char *dir)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

/* The text of a command's output, for comparing two of them. */
static void output_of(const char *args, char *out, size_t size)
{
    assert_int_equal(teaser(args, out, size), 0);
}

/* What IT and the sites do: two laptops synced with a site login; the report
 * over the server equals the report over their files, figure for figure; a
 * second sync adds nothing; a participant forgotten on the server stays
 * forgotten; times and unfinished sessions arrive as they were. */
static void sync_sends_every_session_once_and_honours_forget(void **state)
{
    (void)state;
    char args[2048], out[8192], want[8192], site[600], a[64], b[64];
    char tmp[] = "/tmp/teaser-sync-XXXXXX";
    assert_non_null(mkdtemp(tmp));
    snprintf(a, sizeof a, "%s/a.sqlite", tmp);
    snprintf(b, sizeof b, "%s/b.sqlite", tmp);
    make_laptop(a, "p", 5, "Utrecht");
    make_laptop(b, "q", 5, "Breda");
    snprintf(args, sizeof args, "store init --db '%s'", uri);
    output_of(args, out, sizeof out);
    admin_sql(dbname, "CREATE ROLE laptop LOGIN PASSWORD 'pw-l' IN ROLE teaser_site");
    uri_for(site, sizeof site, "laptop", "pw-l");

    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", a, site);
    output_of(args, out, sizeof out);
    assert_string_equal(out, "sync: 7 sessions new (6 ratings, 11 events), 0 already there, 0 "
                             "forgotten there and not sent\n");
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions WHERE finished IS NULL"), 2);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.ratings WHERE changes = 2 AND "
                               "response_ms = 900 AND valence = 2"),
                     1);

    const char *json = "report --scenario tests/data/store-tiny.yaml --format json";
    snprintf(args, sizeof args, "%s --db '%s'", json, a);
    output_of(args, want, sizeof want);
    snprintf(args, sizeof args, "%s --db '%s'", json, uri);
    output_of(args, out, sizeof out);
    assert_string_equal(out, want);

    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", a, site);
    output_of(args, out, sizeof out);
    assert_string_equal(out, "sync: 0 sessions new (0 ratings, 0 events), 7 already there, 0 "
                             "forgotten there and not sent\n");
    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", b, site);
    output_of(args, out, sizeof out);
    snprintf(args, sizeof args, "%s --db '%s' --db '%s'", json, a, b);
    output_of(args, want, sizeof want);
    snprintf(args, sizeof args, "%s --db '%s'", json, uri);
    output_of(args, out, sizeof out);
    assert_string_equal(out, want);
    /* the same times on both sides: started, finished and each rating's given */
    snprintf(args, sizeof args, "export --db '%s' --db '%s'", a, b);
    output_of(args, want, sizeof want);
    snprintf(args, sizeof args, "export --db '%s'", uri);
    output_of(args, out, sizeof out);
    drop_rating_ids(want), drop_rating_ids(out);
    assert_non_null(strstr(out, ",9,,10,900,keyboard,2,0,")); /* "late": every field */
    assert_string_equal(out, want);

    snprintf(args, sizeof args, "forget --participant p1 --db '%s'", uri);
    output_of(args, out, sizeof out);
    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", a, site);
    output_of(args, out, sizeof out);
    assert_string_equal(out, "sync: 0 sessions new (0 ratings, 0 events), 6 already there, 1 "
                             "forgotten there and not sent\n");
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions WHERE participant = 'p1'"), 0);
    remove_tree(tmp);
}

/* A failure in the middle of a session (here a trigger that refuses the
 * third session's rating) leaves the sessions before it whole and nothing of
 * that one; run again, the sync sends the rest. */
static void a_sync_that_fails_half_way_is_completed_by_a_rerun(void **state)
{
    (void)state;
    char args[2048], out[8192], file[64];
    char tmp[] = "/tmp/teaser-sync-XXXXXX";
    assert_non_null(mkdtemp(tmp));
    snprintf(file, sizeof file, "%s/a.sqlite", tmp);
    make_laptop(file, "p", 5, "Utrecht");
    snprintf(args, sizeof args, "store init --db '%s'", uri);
    output_of(args, out, sizeof out);
    admin_sql(dbname, "CREATE FUNCTION teaser.drill() RETURNS trigger LANGUAGE plpgsql AS $$"
                      " BEGIN IF (SELECT participant FROM teaser.sessions WHERE id = NEW.session)"
                      " = 'p2' THEN RAISE EXCEPTION 'drill: the server went away'; END IF;"
                      " RETURN NEW; END $$;"
                      "CREATE TRIGGER drill BEFORE INSERT ON teaser.ratings"
                      " FOR EACH ROW EXECUTE FUNCTION teaser.drill()");
    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", file, uri);
    assert_int_equal(teaser(args, out, sizeof out), 3);
    assert_non_null(strstr(out, "teaser: error: sync: stopped after 2 sessions new: "));
    assert_non_null(strstr(out, "drill: the server went away"));
    assert_non_null(strstr(out, "run teaser sync again"));
    assert_int_equal(strchr(out, '\n') - out + 1, (long)strlen(out)); /* one line */
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions"), 2);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.ratings"), 2);
    admin_sql(dbname, "DROP TRIGGER drill ON teaser.ratings");
    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", file, uri);
    output_of(args, out, sizeof out);
    assert_string_equal(out, "sync: 5 sessions new (4 ratings, 7 events), 2 already there, 0 "
                             "forgotten there and not sent\n");
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.ratings"), 6);
    remove_tree(tmp);
}

/* A wrong password, an unreachable server, a missing --to: one line each,
 * exit 3 (2 for the usage), nothing sent, the password never shown. */
static void a_sync_to_a_wrong_password_is_one_line_and_exit_3(void **state)
{
    (void)state;
    char args[2048], out[4096], to[600], file[64];
    char tmp[] = "/tmp/teaser-sync-XXXXXX";
    assert_non_null(mkdtemp(tmp));
    snprintf(file, sizeof file, "%s/a.sqlite", tmp);
    Store *s = NULL;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(file, STORE_WRITE, NULL, &s, err, sizeof err), STORE_OK);
    store_close(s);
    snprintf(args, sizeof args, "store init --db '%s'", uri);
    output_of(args, out, sizeof out);
    admin_sql(dbname, "CREATE ROLE laptop2 LOGIN PASSWORD 'pw-l' IN ROLE teaser_site");
    uri_for(to, sizeof to, "laptop2", "wrong-pw");
    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", file, to);
    assert_int_equal(teaser(args, out, sizeof out), 3);
    assert_int_equal(strchr(out, '\n') - out + 1, (long)strlen(out));
    assert_non_null(strstr(out, "teaser: error: "));
    assert_non_null(strstr(out, "refused the login"));
    assert_null(strstr(out, "wrong-pw"));
    snprintf(args, sizeof args, "sync --db '%s' --to 'postgresql:///x?host=%s/no-server'", file,
             tmp);
    assert_int_equal(teaser(args, out, sizeof out), 3);
    assert_int_equal(strchr(out, '\n') - out + 1, (long)strlen(out));
    assert_non_null(strstr(out, "teaser: error: cannot reach"));
    snprintf(args, sizeof args, "sync --db '%s'", file);
    assert_int_equal(teaser(args, out, sizeof out), 2);
    assert_non_null(strstr(out, "teaser: error: sync: name the store to send to"));
    remove_tree(tmp);
}

static void the_report_role_reads_and_cannot_add(void **state)
{
    (void)state;
    Store *s = init_store(NULL);
    new_session(s, "p1", NULL);
    RatingRecord r = rating(1, 5);
    assert_int_equal(store_pg.add_rating(s, &r, NULL), STORE_OK);
    store_pg.close(s);
    admin_sql(dbname, "CREATE ROLE report1 LOGIN PASSWORD 'pw-report' IN ROLE teaser_report");
    s = open_as("report1", "pw-report", STORE_READ);
    int n = 0;
    assert_int_equal(store_pg.each_rating(s, NULL, count_row, &n), STORE_OK);
    assert_int_equal(n, 1);
    store_pg.close(s);
    s = open_as("report1", "pw-report", STORE_WRITE);
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "x",
                        .workshop = "w1",
                        .participant = "p9",
                        .department = NULL,
                        .language = "nl"};
    int64_t id = 0;
    assert_int_equal(store_pg.begin_session(s, &info, NULL, &id), STORE_READONLY);
    assert_non_null(strstr(s->err, "this login has no permission to add results"));
    assert_int_equal(store_pg.finish_session(s, 1, NULL), STORE_READONLY);
    store_pg.close(s);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions"), 1);
}

/* Two inits at once on a new database: the advisory lock lets one make
 * each version and the other find it made. */
static void concurrent_inits_make_the_schema_once(void **state)
{
    (void)state;
    pid_t kids[3];
    for (int i = 0; i < 3; i++) {
        kids[i] = fork();
        assert_true(kids[i] >= 0);
        if (kids[i] == 0) {
            Store *s = NULL;
            char err[STORE_ERR_MAX];
            StoreStatus st = open_pg(uri, true, 0, NULL, &s, err);
            if (st != STORE_OK)
                fprintf(stderr, "%s\n", err);
            _exit(st == STORE_OK && s->version == 7 ? 0 : 1);
        }
    }
    for (int i = 0; i < 3; i++) {
        int status = 0;
        assert_int_equal(waitpid(kids[i], &status, 0), kids[i]);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.schema_version"), 5);
}

static void a_uri_libpq_cannot_read_is_refused_without_quoting_it(void **state)
{
    (void)state;
    char err[STORE_ERR_MAX];
    Store *s = NULL;
    assert_int_equal(
        open_pg("postgresql://bob:pa%zzword@db.example.org/x", false, 0, NULL, &s, err),
        STORE_BAD_ARG);
    assert_null(s);
    assert_string_equal(err, "the --db value is not a PostgreSQL connection URI that libpq can "
                             "read (see docs/organisation.md)");
}

/* A seeded generator for varied sessions: the same every run. */
static unsigned draw(unsigned *seed, unsigned n)
{
    *seed = *seed * 1103515245u + 12345u;
    return (*seed >> 16) % n;
}

static void add_event(Store *s, int64_t session, const char *step, EventKind kind, int64_t ms,
                      int count, int right)
{
    EventRecord e = {session, step, 0, {kind, ms, count, right}, NULL};
    assert_int_equal(store_add_event(s, &e), STORE_OK);
}

/* One visit to a friction step: its events, left or not (closed halfway). */
static void visit(Store *s, int64_t id, const char *step, unsigned *seed)
{
    add_event(s, id, step, EVENT_ENTER, 0, 0, -1);
    if (!strcmp(step, "hold"))
        add_event(s, id, step, EVENT_WAITED, 1000 + draw(seed, 90000), 1 + draw(seed, 3), -1);
    if (draw(seed, 3) == 0)
        add_event(s, id, step, EVENT_HANGUP, draw(seed, 5000), 0, -1);
    if (!strcmp(step, "billing"))
        add_event(s, id, step, draw(seed, 2) ? EVENT_REPEATED : EVENT_REJECTED, 0, 0, -1);
    if (!strcmp(step, "move-form"))
        add_event(s, id, step, EVENT_FORM_ACCEPTED, 0, 1 + draw(seed, 4), -1);
    if (!strcmp(step, "letter"))
        add_event(s, id, step, EVENT_ANSWER, draw(seed, 60000), 1, (int)draw(seed, 2));
    if (draw(seed, 6) == 0) /* wandered off and came back: a new run */
        add_event(s, id, "ivr", EVENT_QUEUE, 0, 3, -1);
    if (draw(seed, 5))
        add_event(s, id, step, EVENT_LEAVE, 0, 0, -1);
}

/* The predictions of a session before it plays: none (a third), a few
 * touchpoints (a third), or every one, unknown ones too; on 5 or 9 points;
 * some played from a script. */
static void predict(Store *s, int64_t id, const char *const *tps, int n_tps, unsigned *seed)
{
    int how = (int)draw(seed, 3);
    const char *device = draw(seed, 2) ? "script" : "keyboard";
    for (int t = 0; how && t < n_tps; t++) {
        if (how == 1 && draw(seed, 3))
            continue;
        int points = draw(seed, 2) ? 9 : 5;
        RatingRecord r = {.session = id,
                          .kind = RATING_PREDICTED,
                          .step = "predict",
                          .touchpoint = tps[t],
                          .valence = 1 + (int)draw(seed, (unsigned)points),
                          .valence_points = points,
                          .input_device = device};
        assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
    }
}

/* 160 sessions of energy-move over 4 workshops, 2 departments (and none), 3
 * sites (and none): predictions at all, some or no touchpoints, 1 to 3
 * ratings a touchpoint on 5 or 9 points, ratings the report ignores, visits
 * left and not, ten people who played twice in different places,
 * unfinished sessions. */
static void make_varied_laptop(const char *file)
{
    static const char *const tps[] = {"call-menu",    "call-wait",           "transfer",
                                      "move-form",    "confirmation-letter", "first-debit",
                                      "hold-again",   "meter-transfer",      "final-invoice",
                                      "looking-back", "not-in-the-scenario"};
    static const char *const steps[] = {"hold", "billing", "move-form", "letter", "nowhere"};
    static const char *const workshops[] = {"W1", "W2", "W3", "W4"};
    static const char *const departments[] = {"A", "B", NULL};
    static const char *const sites[] = {"Utrecht", "Breda", "Zwolle", NULL};
    unsigned seed = 20261206;
    Store *s = NULL;
    char err[STORE_ERR_MAX], who[16];
    assert_int_equal(store_open(file, STORE_WRITE, NULL, &s, err, sizeof err), STORE_OK);
    for (int k = 0; k < 160; k++) {
        snprintf(who, sizeof who, "p%d", k < 20 ? k % 10 : k);
        SessionInfo info = {.scenario = "energy-move",
                            .scenario_hash = "h",
                            .workshop = workshops[draw(&seed, 4)],
                            .participant = who,
                            .department = departments[draw(&seed, 3)],
                            .language = "en",
                            .site = sites[draw(&seed, 4)]};
        int64_t id = 0;
        assert_int_equal(store_begin_session(s, &info, &id), STORE_OK);
        predict(s, id, tps, 11, &seed);
        for (int t = 0; t < 11; t++)
            for (int n = draw(&seed, 4) ? (draw(&seed, 4) ? 1 : 3) : 0; n > 0; n--) {
                int points = draw(&seed, 2) ? 9 : 5;
                RatingRecord r = {.session = id,
                                  .step = "somewhere",
                                  .touchpoint = t == 10 && n == 2 ? NULL : tps[t],
                                  .valence = 1 + (int)draw(&seed, (unsigned)points),
                                  .valence_points = points,
                                  .input_device = "keyboard"};
                assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
            }
        for (int i = 0; i < 5; i++)
            if (draw(&seed, 4))
                visit(s, id, steps[i], &seed);
        if (draw(&seed, 9))
            assert_int_equal(store_finish_session(s, id), STORE_OK);
    }
    store_close(s);
}

/* The server counts (GROUP BY) what a report over a file reads row by row:
 * the same report, figure for figure, for every group a manager can ask for,
 * withheld figures and behaviour lines included. */
static void the_server_counts_what_the_file_reads(void **state)
{
    (void)state;
    static char args[2048], out[1 << 16], want[1 << 16];
    char tmp[] = "/tmp/teaser-counts-XXXXXX", file[64], csv[64];
    assert_non_null(mkdtemp(tmp));
    snprintf(file, sizeof file, "%s/laptop.sqlite", tmp);
    snprintf(csv, sizeof csv, "%s/customers.csv", tmp);
    make_varied_laptop(file);
    FILE *f = fopen(csv, "w");
    assert_non_null(f);
    fprintf(f, "touchpoint,value,count,scale_min,scale_max,source\n");
    const char *tps[] = {"call-menu",           "call-wait",   "transfer",   "move-form",
                         "confirmation-letter", "first-debit", "hold-again", "meter-transfer",
                         "final-invoice",       "looking-back"};
    for (int t = 0; t < 10; t++)
        for (int v = 1; v <= 5; v++)
            fprintf(f, "%s,%d,%d,1,5,survey\n", tps[t], v, 1 + (t * 7 + v * 3) % 11);
    fclose(f);
    snprintf(args, sizeof args, "store init --db '%s'", uri);
    output_of(args, out, sizeof out);
    snprintf(args, sizeof args, "sync --db '%s' --to '%s'", file, uri);
    output_of(args, out, sizeof out);
    assert_non_null(strstr(out, "sync: 160 sessions new"));
    static const char *const groups[] = {
        "",
        "--workshop W1",
        "--department A",
        "--site Breda",
        "--workshop W2 --department B",
        "--workshop W3 --site Zwolle --min-group 3",
        "--min-group 3",
        "--min-group 12",
    };
    for (size_t g = 0; g < sizeof groups / sizeof *groups; g++)
        for (int text = 0; text < 2; text++) {
            const char *report = "report --scenario scenarios/energy-move.yaml --format";
            snprintf(args, sizeof args, "%s %s --customers '%s' %s --db '%s'", report,
                     text ? "text" : "json", csv, groups[g], file);
            output_of(args, want, sizeof want);
            snprintf(args, sizeof args, "%s %s --customers '%s' %s --db '%s'", report,
                     text ? "text" : "json", csv, groups[g], uri);
            output_of(args, out, sizeof out);
            if (strcmp(out, want))
                print_error("report %s differs\n", groups[g]);
            assert_string_equal(out, want);
        }
    /* the finished sessions were added up per cell as they arrived, the
     * unfinished ones are counted one by one: both ways were in the reports */
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.sessions WHERE summarised"),
                     admin_int("SELECT count(*) FROM teaser.sessions WHERE finished IS NOT NULL"));
    assert_true(admin_int("SELECT count(*) FROM teaser.sessions WHERE NOT summarised") > 0);
    /* forgotten on both sides: someone everywhere, and someone who played in
     * two workshops in one of them only: the sums lose them, and keep the
     * other workshop's session */
    char twice[64], where[64], sql[256];
    snprintf(twice, sizeof twice, "%s",
             admin_text("SELECT min(participant) FROM (SELECT participant FROM teaser.sessions"
                        " WHERE participant <> 'p3' GROUP BY 1"
                        " HAVING count(DISTINCT workshop) = 2) x"));
    snprintf(sql, sizeof sql,
             "SELECT min(workshop) FROM teaser.sessions WHERE participant = '%s'", twice);
    snprintf(where, sizeof where, "%s", admin_text(sql));
    assert_true(twice[0] && where[0]);
    for (int side = 0; side < 2; side++) {
        snprintf(args, sizeof args, "forget --participant p3 --db '%s'", side ? uri : file);
        output_of(args, out, sizeof out);
        snprintf(args, sizeof args, "forget --participant %s --workshop %s --db '%s'", twice,
                 where, side ? uri : file);
        output_of(args, out, sizeof out);
    }
    snprintf(args, sizeof args,
             "report --scenario scenarios/energy-move.yaml --format json --customers '%s' "
             "--min-group 3 --db '%s'",
             csv, file);
    output_of(args, want, sizeof want);
    snprintf(args, sizeof args,
             "report --scenario scenarios/energy-move.yaml --format json --customers '%s' "
             "--min-group 3 --db '%s'",
             csv, uri);
    output_of(args, out, sizeof out);
    assert_string_equal(out, want);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.cube_people WHERE participant = 'p3'"),
                     0);
    snprintf(sql, sizeof sql, "SELECT count(*) FROM teaser.cube_people WHERE participant = '%s'",
             twice);
    assert_true(admin_int(sql) > 0); /* their other workshop's session stays */
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.cube_values WHERE n <= 0"), 0);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.cube_predicted WHERE n <= 0"), 0);
    assert_int_equal(admin_int("SELECT count(*) FROM teaser.cube_pairs WHERE n <= 0"), 0);
    /* every sum made again from the tables gives the same report */
    admin_sql(dbname, "SELECT teaser.cube_rebuild()");
    output_of(args, out, sizeof out);
    assert_string_equal(out, want);
    /* the predictions were counted, paired and partly withheld, and the
     * scripted sessions counted */
    assert_true(admin_int("SELECT count(*) FROM teaser.cube_pairs") > 0);
    assert_non_null(strstr(out, "\"predicted_withheld\": null, \"shift_withheld\": null"));
    assert_non_null(strstr(out, "\"predicted_withheld\": \""));
    assert_null(strstr(out, "\"scripted_sessions\": 0,"));
    /* the data is varied enough that the floor withholds something and
     * the behaviour counts visits */
    snprintf(args, sizeof args,
             "report --scenario scenarios/energy-move.yaml --format json --workshop W1 --db '%s'",
             uri);
    output_of(args, out, sizeof out);
    assert_non_null(strstr(out, "\"withheld\""));
    remove_tree(tmp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup(f, new_database)
        T(init_makes_the_schema_and_twice_changes_nothing),
        T(init_upgrades_an_older_store),
        T(init_upgrades_a_version_4_store_for_sync),
        T(init_to_6_adds_up_the_finished_sessions),
        T(a_play_never_makes_the_schema),
        T(a_newer_schema_is_refused),
        T(a_wrong_password_is_one_sentence_without_it),
        T(ratings_and_events_read_back_as_written),
        T(events_keep_their_typed_columns),
        T(a_rolled_back_transaction_leaves_nothing),
        T(forget_leaves_a_tombstone_that_is_honoured),
        T(the_site_role_adds_and_cannot_read),
        T(the_report_role_reads_and_cannot_add),
        T(plays_at_a_site_and_a_report_through_the_commands),
        T(a_server_that_refuses_mid_play_hands_over_to_the_recovery_file),
        T(sync_sends_every_session_once_and_honours_forget),
        T(a_sync_that_fails_half_way_is_completed_by_a_rerun),
        T(a_sync_to_a_wrong_password_is_one_line_and_exit_3),
        T(concurrent_inits_make_the_schema_once),
        T(the_server_counts_what_the_file_reads),
        cmocka_unit_test(no_such_database_says_so),
        cmocka_unit_test(an_unreachable_server_says_so),
        cmocka_unit_test(a_uri_libpq_cannot_read_is_refused_without_quoting_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
