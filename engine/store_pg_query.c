/* Talking to the PostgreSQL server, for the store's files: parameters,
 * statements, rows one at a time, and every failure made one sentence with
 * the right status (never the password). */
#include <stdio.h>
#include <string.h>

#include "store_pg_impl.h"

const char pg_time_format[] = "YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"";

void pg_text(PgParams *p, const char *s)
{
    p->v[p->n++] = s;
}

void pg_int(PgParams *p, int64_t x)
{
    snprintf(p->num[p->n], sizeof p->num[p->n], "%lld", (long long)x);
    p->v[p->n] = p->num[p->n];
    p->n++;
}

/* An int where 0 means "not given" and is stored NULL. */
void pg_given(PgParams *p, int x)
{
    if (x)
        pg_int(p, x);
    else
        pg_text(p, NULL);
}

void pg_bool(PgParams *p, bool b)
{
    pg_text(p, b ? "true" : "false");
}

/* Who and where, from the connection string, without its password. */
char *pg_describe(const char *where)
{
    PQconninfoOption *opts = PQconninfoParse(where, NULL);
    const char *db = NULL, *host = NULL, *port = NULL, *user = NULL;
    for (PQconninfoOption *o = opts; o && o->keyword; o++) {
        const char **slot = !strcmp(o->keyword, "dbname") ? &db
                            : !strcmp(o->keyword, "host") ? &host
                            : !strcmp(o->keyword, "port") ? &port
                            : !strcmp(o->keyword, "user") ? &user
                                                          : NULL;
        if (slot && o->val && *o->val)
            *slot = o->val;
    }
    char text[STORE_ERR_MAX / 2];
    snprintf(text, sizeof text, "the PostgreSQL database \"%s\" at %s%s%s", db ? db : "(default)",
             host ? host : "the local server", port ? ":" : "", port ? port : "");
    if (user)
        snprintf(text + strlen(text), sizeof text - strlen(text), " (user %s)", user);
    PQconninfoFree(opts);
    return strdup(text);
}

/* libpq's first line of a failure, without its "connection to server ... failed: ". */
static void first_line(const char *msg, char *out, size_t size)
{
    const char *failed = strstr(msg, "failed: ");
    const char *from = failed ? failed + 8 : msg;
    if (!strncmp(from, "FATAL:  ", 8))
        from += 8;
    size_t n = strcspn(from, "\n");
    snprintf(out, size, "%.*s", (int)(n < size ? n : size - 1), from);
}

/* A connection that failed, told apart by libpq's words (it gives no code). */
StoreStatus pg_connect_failed(PgStore *s, const char *msg)
{
    char why[200];
    first_line(msg, why, sizeof why);
    if (strstr(msg, "password authentication failed") || strstr(msg, "no password supplied"))
        snprintf(s->base.err, sizeof s->base.err,
                 "%s refused the login: wrong password, or none given (see ~/.pgpass)", s->where);
    else if (strstr(msg, "database \"") && strstr(msg, "does not exist"))
        snprintf(s->base.err, sizeof s->base.err, "%s: there is no such database", s->where);
    else if (strstr(msg, "role \"") && strstr(msg, "does not exist"))
        snprintf(s->base.err, sizeof s->base.err, "%s: there is no such user", s->where);
    else
        snprintf(s->base.err, sizeof s->base.err, "cannot reach %s: %s", s->where, why);
    return STORE_IO;
}

/* Records a failed statement as one sentence and returns its status. doing
 * says what was asked ("read the results"), for a permission's message. */
StoreStatus pg_fail(PgStore *s, const PGresult *res, const char *doing)
{
    const char *code = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    char why[200];
    first_line(res ? PQresultErrorMessage(res) : PQerrorMessage(s->conn), why, sizeof why);
    StoreStatus st = STORE_IO;
    if (PQstatus(s->conn) == CONNECTION_BAD || !code || !strncmp(code, "08", 2)) {
        snprintf(s->base.err, sizeof s->base.err, "lost the connection to %s: %s", s->where, why);
        return STORE_IO;
    }
    if (!strcmp(code, "42501")) {
        snprintf(s->base.err, sizeof s->base.err,
                 "%s: this login has no permission to %s (%s); a teaser_site login only adds "
                 "results, a teaser_report login only reads them",
                 s->where, doing, why);
        return STORE_READONLY;
    }
    if (!strcmp(code, "25006"))
        st = STORE_READONLY;
    else if (!strncmp(code, "53", 2))
        st = !strcmp(code, "53300") ? STORE_BUSY : STORE_FULL;
    else if (!strcmp(code, "40001") || !strcmp(code, "40P01") || !strcmp(code, "55P03"))
        st = STORE_BUSY;
    else if (!strncmp(code, "22", 2) || !strncmp(code, "23", 2))
        st = STORE_BAD_ARG;
    snprintf(s->base.err, sizeof s->base.err, "%s: %s", s->where, why);
    return st;
}

/* Runs one statement; on success *res holds its result (the caller clears it). */
StoreStatus pg_run(PgStore *s, const char *sql, const PgParams *p, const char *doing,
                   PGresult **res)
{
    PGresult *r = PQexecParams(s->conn, sql, p ? p->n : 0, NULL, p ? p->v : NULL, NULL, NULL, 0);
    ExecStatusType es = PQresultStatus(r);
    if (es != PGRES_COMMAND_OK && es != PGRES_TUPLES_OK) {
        StoreStatus st = pg_fail(s, r, doing);
        PQclear(r);
        return st;
    }
    if (res)
        *res = r;
    else
        PQclear(r);
    return STORE_OK;
}

/* Several statements without parameters (migrations, roles): PQexec allows that. */
StoreStatus pg_exec_script(PgStore *s, const char *sql, const char *doing)
{
    PGresult *r = PQexec(s->conn, sql);
    StoreStatus st = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK
                         ? STORE_OK
                         : pg_fail(s, r, doing);
    PQclear(r);
    return st;
}

/* One integer from a one-row query; -1 when the value is NULL. */
StoreStatus pg_query_int(PgStore *s, const char *sql, const PgParams *p, const char *doing,
                         long long *v)
{
    PGresult *r = NULL;
    StoreStatus st = pg_run(s, sql, p, doing, &r);
    if (st == STORE_OK) {
        *v = PQntuples(r) == 1 && !PQgetisnull(r, 0, 0) ? atoll(PQgetvalue(r, 0, 0)) : -1;
        PQclear(r);
    }
    return st;
}

StoreStatus pg_each_result(PgStore *s, const char *sql, const StoreFilter *f,
                           bool (*read)(const PGresult *, void *), void *ctx)
{
    PgParams p = {0};
    pg_text(&p, f ? f->workshop : NULL);
    pg_text(&p, f ? f->scenario : NULL);
    pg_text(&p, f ? f->department : NULL);
    pg_text(&p, f ? f->site : NULL);
    pg_text(&p, f ? f->session : NULL);
    if (strstr(sql, "$6"))
        pg_text(&p, pg_time_format); /* the queries that read times */
    if (!PQsendQueryParams(s->conn, sql, p.n, NULL, p.v, NULL, NULL, 0) ||
        !PQsetSingleRowMode(s->conn))
        return pg_fail(s, NULL, "read the results");
    StoreStatus st = STORE_OK;
    bool going = true;
    PGresult *r;
    while ((r = PQgetResult(s->conn))) {
        ExecStatusType es = PQresultStatus(r);
        if (es == PGRES_SINGLE_TUPLE && going && st == STORE_OK)
            going = read(r, ctx);
        else if (es != PGRES_SINGLE_TUPLE && es != PGRES_TUPLES_OK && st == STORE_OK)
            st = pg_fail(s, r, "read the results");
        PQclear(r);
    }
    return st;
}
