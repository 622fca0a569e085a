/* What the PostgreSQL store's files share (store_pg_query.c: talking to the
 * server; store_pg.c: connecting and writing; store_pg_schema.c: the schema
 * and its migrations; store_pg_rows.c: reading rows back; store_pg_forget.c:
 * forget and tombstones; store_pg_summary.c: a report's figures counted by
 * the server). Private to them. */
#ifndef TEASER_STORE_PG_IMPL_H
#define TEASER_STORE_PG_IMPL_H

#include <libpq-fe.h>
#include <stdlib.h>

#include "store_backend.h"

typedef struct {
    Store base;
    PGconn *conn;
    char *where; /* "database D at HOST (user U)": the URI without its password */
} PgStore;

enum { PG_PARAMS = 16 };

/* A statement's parameters as libpq takes them: text, NULL for SQL NULL. */
typedef struct {
    const char *v[PG_PARAMS];
    char num[PG_PARAMS][24];
    int n;
} PgParams;

void pg_text(PgParams *p, const char *s);
void pg_int(PgParams *p, int64_t x);
/* An int where 0 means "not given" and is stored NULL. */
void pg_given(PgParams *p, int x);
void pg_bool(PgParams *p, bool b);

/* How times read back (the session's time zone is UTC): as store_now writes
 * them, "2026-11-23T11:40:00.123Z". */
extern const char pg_time_format[];

/* Who and where, from the connection string, without its password (malloc'd). */
char *pg_describe(const char *where);
/* A connection that failed, as one sentence in s->base.err; STORE_IO. */
StoreStatus pg_connect_failed(PgStore *s, const char *msg);
/* Records a failed statement (res NULL: the connection's failure) as one
 * sentence and returns its status. doing says what was asked ("read the
 * results"), for a permission's message. */
StoreStatus pg_fail(PgStore *s, const PGresult *res, const char *doing);
/* Runs one statement; on success *res holds its result (the caller clears it). */
StoreStatus pg_run(PgStore *s, const char *sql, const PgParams *p, const char *doing,
                   PGresult **res);
/* Several statements without parameters (migrations, roles): PQexec allows that. */
StoreStatus pg_exec_script(PgStore *s, const char *sql, const char *doing);
/* One integer from a one-row query; -1 when the value is NULL. */
StoreStatus pg_query_int(PgStore *s, const char *sql, const PgParams *p, const char *doing,
                         long long *v);

/* The rows of the group f selects, as " WHERE ..." over sessions s: the
 * parameters $1 workshop, $2 scenario, $3 department, $4 site, $5 session
 * uid that pg_each_result binds (NULL: any). */
#define PG_FILTER                                                                                  \
    " WHERE ($1::text IS NULL OR s.workshop = $1) AND ($2::text IS NULL OR s.scenario = $2)"       \
    " AND ($3::text IS NULL OR s.department = $3) AND ($4::text IS NULL OR s.site = $4)"           \
    " AND ($5::text IS NULL OR s.uid = $5::uuid)"

/* A query's rows one at a time (libpq's single-row mode), so that memory does
 * not grow with the store; read(row) false stops early (the rest is drained).
 * Binds f as PG_FILTER says, and $6 the time format when the SQL uses it. */
StoreStatus pg_each_result(PgStore *s, const char *sql, const StoreFilter *f,
                           bool (*read)(const PGresult *, void *), void *ctx);

/* A column of a single-row result (NULL, 0, false when it is NULL). */
static inline const char *pg_text_at(const PGresult *r, int col)
{
    return PQgetisnull(r, 0, col) ? NULL : PQgetvalue(r, 0, col);
}

static inline long long pg_int_at(const PGresult *r, int col)
{
    return PQgetisnull(r, 0, col) ? 0 : atoll(PQgetvalue(r, 0, col));
}

static inline bool pg_bool_at(const PGresult *r, int col)
{
    return !PQgetisnull(r, 0, col) && PQgetvalue(r, 0, col)[0] == 't';
}

/* The backend's calls that live in files of their own (store_backend.h says
 * what each does). */
StoreStatus pg_check_schema(PgStore *s, StoreMode mode, const StoreOptions *opt);
StoreStatus pg_each_rating(Store *base, const StoreFilter *f,
                           bool (*each)(const RatingRow *, void *), void *ctx);
StoreStatus pg_each_valence(Store *base, const StoreFilter *f,
                            bool (*each)(const RatingRow *, void *), void *ctx);
StoreStatus pg_each_event(Store *base, const StoreFilter *f, bool (*each)(const EventRow *, void *),
                          void *ctx);
StoreStatus pg_each_session(Store *base, const StoreFilter *f,
                            bool (*each)(const SessionRow *, void *), void *ctx);
StoreStatus pg_forget(Store *base, const char *participant, const char *workshop,
                      ForgetCount *count);
StoreStatus pg_is_forgotten(Store *base, const SessionInfo *info, const char *started,
                            bool *forgotten);
StoreStatus pg_summarise(Store *base, const StoreFilter *f, const StoreSummarySink *sink);

#endif
