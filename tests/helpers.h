/* What several test programs need: running a shell command, reading a file
 * whole, and reading one number out of a results store behind teaser's back.
 * Static inline, so each program takes what it uses. Include after cmocka.h. */
#ifndef TEASER_TEST_HELPERS_H
#define TEASER_TEST_HELPERS_H

#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "../engine/store.h"

/* The exit status of the command made from fmt, or -1 when it did not exit. */
static inline int shell(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline int shell(const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    int status = system(cmd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* How many times needle occurs in s (overlapping counted). */
static inline int count_of(const char *s, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* The first column of the first row of sql in the store at db_path; -1: no row. */
static inline long long sql_int(const char *db_path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    long long n = -1;
    assert_int_equal(sqlite3_open(db_path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

/* The bytes of path (at most size - 1), NUL-terminated; 0 when it cannot be read. */
static inline size_t read_text(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(buf, 1, size - 1, f) : 0;
    buf[n] = '\0';
    if (f)
        fclose(f);
    return n;
}

/* A new store at path: one session of participant (scenario energy-move,
 * workshop "w") with one rating at call-wait. */
static inline void store_one_rating(const char *path, const char *participant)
{
    Store *s;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(path, STORE_WRITE, NULL, &s, err, sizeof err), STORE_OK);
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "h",
                        .workshop = "w",
                        .participant = participant,
                        .department = NULL,
                        .language = "en"};
    int64_t id;
    assert_int_equal(store_begin_session(s, &info, &id), STORE_OK);
    RatingRecord r = {.session = id,
                      .step = "hold",
                      .touchpoint = "call-wait",
                      .valence = 3,
                      .valence_points = 9,
                      .input_device = "keyboard"};
    assert_int_equal(store_add_rating(s, &r, NULL), STORE_OK);
    store_close(s);
}

#endif
