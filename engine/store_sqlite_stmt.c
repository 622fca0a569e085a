/* The SQLite backend's statements: preparing one with its values bound,
 * running a write (where the fault drills fail it on purpose), and turning
 * SQLite's result codes into a StoreStatus with one sentence that names the
 * store. It calls no other file of the backend: every other one calls it. */
#include "store_sqlite_impl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

StoreStatus sqlite_status_of(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return STORE_OK;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return STORE_BUSY;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return STORE_READONLY;
    case SQLITE_FULL:
        return STORE_FULL;
    case SQLITE_NOTADB:
        return STORE_NOT_TEASER;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return STORE_BAD_ARG;
    default:
        return STORE_IO;
    }
}

/* A write the file system refused for lack of room: a full disk, a quota, or
 * a file size limit. SQLite calls only ENOSPC on a plain write "full"; the
 * others (and ENOSPC while it grows the log or its index) come back as an
 * I/O error, with the system's errno beside it. */
static bool out_of_room(int rc, int sys_errno)
{
    return (rc & 0xFF) == SQLITE_IOERR &&
           (sys_errno == ENOSPC || sys_errno == EFBIG || sys_errno == EDQUOT);
}

/* Records a failure as one sentence and returns its status. */
StoreStatus sqlite_fail(SqliteStore *s, int rc)
{
    /* SQLite keeps the errno of some failures only; errno itself still holds
     * it when the failing call has just returned */
    int sys_errno = errno;
    StoreStatus st = sqlite_status_of(rc);
    if (st == STORE_IO &&
        (out_of_room(rc, sys_errno) || (s->db && out_of_room(rc, sqlite3_system_errno(s->db)))))
        st = STORE_FULL;
    const char *why = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    switch (st) {
    case STORE_BUSY:
        snprintf(s->base.err, sizeof s->base.err,
                 "the results store %s is locked by another program (waited %g s)", s->path,
                 s->busy_ms / 1000.0);
        break;
    case STORE_READONLY:
        snprintf(s->base.err, sizeof s->base.err,
                 "the results store %s cannot be written (read-only)", s->path);
        break;
    case STORE_FULL:
        snprintf(s->base.err, sizeof s->base.err, "the disk holding the results store %s is full",
                 s->path);
        break;
    case STORE_NOT_TEASER:
        snprintf(s->base.err, sizeof s->base.err,
                 "%s is not a teaser results store (not an SQLite database)", s->path);
        break;
    default:
        snprintf(s->base.err, sizeof s->base.err, "the results store %s: %s", s->path, why);
    }
    return st;
}

StoreStatus sqlite_exec(SqliteStore *s, const char *sql)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? STORE_OK : sqlite_fail(s, rc);
}

/* Prepares sql and binds the arguments described by types: 't' text (NULL
 * binds NULL), 'i' int64, 'n' int where 0 binds NULL, 'p' a const int64_t *
 * (NULL binds NULL). */
static int prepare_va(SqliteStore *s, sqlite3_stmt **st, const char *sql, const char *types,
                      va_list ap)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    for (int i = 0; rc == SQLITE_OK && types[i]; i++) {
        if (types[i] == 't') {
            const char *v = va_arg(ap, const char *);
            rc = v ? sqlite3_bind_text(*st, i + 1, v, -1, SQLITE_TRANSIENT)
                   : sqlite3_bind_null(*st, i + 1);
        } else if (types[i] == 'i') {
            rc = sqlite3_bind_int64(*st, i + 1, va_arg(ap, int64_t));
        } else if (types[i] == 'p') {
            const int64_t *v = va_arg(ap, const int64_t *);
            rc = v ? sqlite3_bind_int64(*st, i + 1, *v) : sqlite3_bind_null(*st, i + 1);
        } else {
            int v = va_arg(ap, int);
            rc = v ? sqlite3_bind_int(*st, i + 1, v) : sqlite3_bind_null(*st, i + 1);
        }
    }
    return rc;
}

int sqlite_prepare(SqliteStore *s, sqlite3_stmt **st, const char *sql, const char *types, ...)
{
    va_list ap;
    va_start(ap, types);
    int rc = prepare_va(s, st, sql, types, ap);
    va_end(ap);
    return rc;
}

/* One integer from a one-row query (a count), its values bound as by
 * sqlite_prepare. *rc is SQLITE_OK when the row was read, else why not; the
 * integer is then 0. */
long long sqlite_query_int(SqliteStore *s, int *rc, const char *sql, const char *types, ...)
{
    sqlite3_stmt *st = NULL;
    long long v = 0;
    va_list ap;
    va_start(ap, types);
    *rc = prepare_va(s, &st, sql, types, ap);
    va_end(ap);
    if (*rc == SQLITE_OK && (*rc = sqlite3_step(st)) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
        *rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return v;
}

/* Runs one prepared write to completion; its commit is durable on return. */
StoreStatus sqlite_run(SqliteStore *s, sqlite3_stmt *st, int rc, int64_t *rowid)
{
    if (rc == SQLITE_OK && s->fail_after > 0 && ++s->writes > s->fail_after) {
        sqlite3_finalize(st);
        return sqlite_fail(s, s->fail_readonly ? SQLITE_READONLY : SQLITE_FULL);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return sqlite_fail(s, rc);
    if (rowid)
        *rowid = sqlite3_last_insert_rowid(s->db);
    return STORE_OK;
}

const char *sqlite_text_at(sqlite3_stmt *st, int col)
{
    return (const char *)sqlite3_column_text(st, col);
}
