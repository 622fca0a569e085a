/* teaser sync against a real server that goes away in the middle: the
 * throwaway cluster of tests/pg_cluster.sh (TEASER_TEST_PG), stopped at once
 * (as a crash would: pg_cluster.sh stop) while a laptop's sessions are being
 * sent, then started again. What must hold whenever the stop came: the sync
 * says so in one line and exits 3, every session on the server is whole, and
 * a rerun sends exactly the rest. */
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
#include <time.h>
#include <unistd.h>

#include "helpers.h"

/* Enough sessions (energy-move's 9 ratings and 50 events each) that the sync
 * takes seconds, so that the stop comes long before its end. */
enum { SESSIONS = 1000, MAX_SESSIONS = 4096 };

static char uri[512];

static const char *teaser_bin(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

/* The test's database as the cluster's superuser; NULL while the server is down. */
static PGconn *admin(void)
{
    const char *keys[] = {"dbname", "dbname", NULL};
    const char *values[] = {getenv("TEASER_TEST_PG"), "sync", NULL};
    PGconn *c = PQconnectdbParams(keys, values, 1);
    if (PQstatus(c) == CONNECTION_OK)
        return c;
    PQfinish(c);
    return NULL;
}

/* One number from the server; -1 when it cannot be asked. */
static long long pg_int(const char *sql)
{
    PGconn *c = admin();
    if (!c)
        return -1;
    PGresult *r = PQexec(c, sql);
    long long v =
        PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 ? atoll(PQgetvalue(r, 0, 0)) : -1;
    PQclear(r);
    PQfinish(c);
    return v;
}

static int create_database(void **state)
{
    (void)state;
    if (!getenv("TEASER_TEST_PG") || !getenv("TEASER_TEST_PG_HOST") ||
        !getenv("TEASER_TEST_PG_DATA")) {
        print_error("run under tests/pg_cluster.sh (make test does)\n");
        return -1;
    }
    const char *keys[] = {"dbname", NULL};
    const char *values[] = {getenv("TEASER_TEST_PG"), NULL};
    PGconn *c = PQconnectdbParams(keys, values, 1);
    PGresult *r = PQexec(c, "CREATE DATABASE sync");
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    PQfinish(c);
    snprintf(uri, sizeof uri, "postgresql:///sync?host=%s&user=teaser_admin",
             getenv("TEASER_TEST_PG_HOST"));
    return ok && shell("%s store init --db '%s' >/dev/null", teaser_bin(), uri) == 0 ? 0 : -1;
}

/* The columns of table but those named in except ("'id', 'session'"), as a list for SQL. */
static void columns(sqlite3 *db, const char *table, const char *except, char *out, size_t size)
{
    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT group_concat(name, ', ') FROM pragma_table_info('%s') WHERE name NOT IN (%s)",
             table, except);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

/* A laptop's file of n finished plays of water-damage (which predicts, so
 * that both kinds of rating travel): one real play, copied
 * n - 1 times with its ratings and events, each copy with its own uid. */
static void make_laptop(const char *file, int n)
{
    assert_int_equal(shell("SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy %s play --headless "
                           "--participant p1 --workshop W --site Gent --db '%s' --input "
                           "tests/data/script-water-damage.txt scenarios/water-damage.yaml "
                           ">/dev/null",
                           teaser_bin(), file),
                     0);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(file, &db), SQLITE_OK);
    char session[512], rating[512], event[512], sql[4096];
    columns(db, "sessions", "'id', 'participant', 'uid'", session, sizeof session);
    columns(db, "ratings", "'id', 'session'", rating, sizeof rating);
    columns(db, "events", "'id', 'session'", event, sizeof event);
    snprintf(sql, sizeof sql,
             "BEGIN;"
             "WITH RECURSIVE k(id) AS (SELECT 2 UNION ALL SELECT id + 1 FROM k WHERE id < %d)"
             " INSERT INTO sessions (id, participant, uid, %s)"
             " SELECT k.id, 'p' || k.id, printf('00000000-0000-4000-8000-%%012d', k.id), %s"
             " FROM k, sessions WHERE sessions.id = 1;"
             "INSERT INTO ratings (session, %s) SELECT s.id, %s FROM sessions s"
             " JOIN ratings r ON r.session = 1 WHERE s.id > 1 ORDER BY s.id, r.id;"
             "INSERT INTO events (session, %s) SELECT s.id, %s FROM sessions s"
             " JOIN events e ON e.session = 1 WHERE s.id > 1 ORDER BY s.id, e.id;"
             "COMMIT;",
             n, session, session, rating, rating, event, event);
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
        print_error("%s\n", err);
    assert_null(err);
    sqlite3_close(db);
}

/* One session as a store holds it: its uid, how many ratings and events, finished or not. */
typedef struct {
    char uid[40];
    long long ratings, events;
    int finished;
} Held;

static int laptop_sessions(const char *file, Held *out)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(file, &db), SQLITE_OK);
    assert_int_equal(
        sqlite3_prepare_v2(db,
                           "SELECT uid, (SELECT count(*) FROM ratings WHERE session = s.id),"
                           " (SELECT count(*) FROM events WHERE session = s.id),"
                           " finished IS NOT NULL FROM sessions s ORDER BY uid",
                           -1, &st, NULL),
        SQLITE_OK);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        assert_true(n < MAX_SESSIONS);
        snprintf(out[n].uid, sizeof out[n].uid, "%s", (const char *)sqlite3_column_text(st, 0));
        out[n].ratings = sqlite3_column_int64(st, 1);
        out[n].events = sqlite3_column_int64(st, 2);
        out[n].finished = sqlite3_column_int(st, 3);
        n++;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

/* The sessions on the server, each checked against the laptop's (sorted by
 * uid, n of them): it must be one of them and hold all that it holds.
 * Returns how many the server has. */
static int server_sessions_are_whole(const Held *laptop, int n)
{
    PGconn *c = admin();
    assert_non_null(c);
    PGresult *r = PQexec(c, "SELECT s.uid::text COLLATE \"C\" AS u,"
                            " (SELECT count(*) FROM teaser.ratings WHERE session = s.id),"
                            " (SELECT count(*) FROM teaser.events WHERE session = s.id),"
                            " (finished IS NOT NULL)::int FROM teaser.sessions s ORDER BY u");
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    int rows = PQntuples(r), i = 0;
    for (int row = 0; row < rows; row++) {
        const char *uid = PQgetvalue(r, row, 0);
        while (i < n && strcmp(laptop[i].uid, uid) < 0)
            i++;
        assert_true(i < n);
        assert_string_equal(laptop[i].uid, uid);
        assert_int_equal(atoll(PQgetvalue(r, row, 1)), laptop[i].ratings);
        assert_int_equal(atoll(PQgetvalue(r, row, 2)), laptop[i].events);
        assert_int_equal(atoi(PQgetvalue(r, row, 3)), laptop[i].finished);
        i++;
    }
    PQclear(r);
    PQfinish(c);
    return rows;
}

/* teaser sync in the background, its output and errors into files. */
static pid_t start_sync(const char *file, const char *out, const char *err)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        char cmd[2048];
        snprintf(cmd, sizeof cmd, "exec %s sync --db '%s' --to '%s' >'%s' 2>'%s'", teaser_bin(),
                 file, uri, out, err);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    return pid;
}

/* Waits until the server holds a session or the sync has ended (then
 * *status is set and true returned). Bounded: a minute at most. */
static bool sync_ended_before_a_session_arrived(pid_t pid, int *status)
{
    for (int i = 0; i < 12000; i++) {
        if (waitpid(pid, status, WNOHANG) == pid)
            return true;
        if (pg_int("SELECT count(*) FROM teaser.sessions") > 0)
            return false;
        nanosleep(&(struct timespec){.tv_nsec = 5000000}, NULL);
    }
    fail_msg("no session arrived within a minute");
    return false;
}

/* The sync that met the stop: exit 3 and one line that says how many
 * sessions it sent, which the server holds (held), give or take the last. */
static void the_stopped_sync_said_so_in_one_line(int status, const char *err_file, int held)
{
    char text[4096];
    read_text(err_file, text, sizeof text);
    assert_true(WIFEXITED(status)); /* not a crash */
    if (WEXITSTATUS(status) == 0) {
        print_message("the sync ended before the server was stopped\n");
        assert_int_equal(held, SESSIONS);
        return;
    }
    int sent = -1;
    assert_int_equal(WEXITSTATUS(status), 3);
    assert_int_equal(sscanf(text, "teaser: error: sync: stopped after %d session", &sent), 1);
    assert_non_null(strstr(text, "run teaser sync again for the rest"));
    /* why: the connection lost, not the ROLLBACK that found it gone */
    assert_non_null(strstr(text, "lost the connection"));
    assert_null(strstr(text, "no connection to the server"));
    assert_non_null(strchr(text, '\n'));
    assert_int_equal(strchr(text, '\n') - text + 1, (long)strlen(text)); /* one line */
    /* a COMMIT the server made as it went down may not have been answered */
    assert_true(sent == held || sent + 1 == held);
    assert_true(held > 0 && held < SESSIONS);
}

static void a_server_stopped_mid_sync_loses_nothing_and_a_rerun_completes_it(void **state)
{
    (void)state;
    char tmp[] = "/tmp/teaser-sync-XXXXXX", file[64], out[64], err[64];
    assert_non_null(mkdtemp(tmp));
    snprintf(file, sizeof file, "%s/laptop.sqlite", tmp);
    snprintf(out, sizeof out, "%s/out", tmp);
    snprintf(err, sizeof err, "%s/err", tmp);
    make_laptop(file, SESSIONS);
    static Held laptop[MAX_SESSIONS];
    assert_int_equal(laptop_sessions(file, laptop), SESSIONS);

    int status = 0;
    pid_t pid = start_sync(file, out, err);
    bool ended = sync_ended_before_a_session_arrived(pid, &status);
    assert_int_equal(shell("sh tests/pg_cluster.sh stop"), 0);
    if (!ended)
        assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_int_equal(shell("sh tests/pg_cluster.sh start"), 0);
    int held = server_sessions_are_whole(laptop, SESSIONS);
    the_stopped_sync_said_so_in_one_line(status, err, held);

    assert_int_equal(
        shell("exec %s sync --db '%s' --to '%s' >'%s' 2>&1", teaser_bin(), file, uri, out), 0);
    char text[4096], want[256];
    int rest = SESSIONS - held; /* every session a copy: the same counts */
    snprintf(want, sizeof want,
             "sync: %d sessions new (%d ratings, %d events), %d already there, 0 forgotten there "
             "and not sent\n",
             rest, rest * (int)laptop[0].ratings, rest * (int)laptop[0].events, held);
    read_text(out, text, sizeof text);
    assert_string_equal(text, want);
    assert_int_equal(server_sessions_are_whole(laptop, SESSIONS), SESSIONS);
    assert_int_equal(pg_int("SELECT count(DISTINCT uid) FROM teaser.sessions"), SESSIONS);
    /* each with its nine predictions, kept apart from what was felt */
    assert_int_equal(pg_int("SELECT count(*) FROM teaser.ratings WHERE kind = 'predicted'"),
                     SESSIONS * 9);
    assert_int_equal(shell("rm -rf '%s'", tmp), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(a_server_stopped_mid_sync_loses_nothing_and_a_rerun_completes_it,
                               create_database),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
