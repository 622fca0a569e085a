/* The results store on PostgreSQL (libpq), for an organisation's many sites.
 * Every value travels as a parameter (PQexecParams), never inside the SQL.
 * Durability: each write is its own transaction (autocommit, synchronous
 * commit), unless the caller grouped writes with store_transaction. This
 * file connects, writes and fills the backend's table; the schema, reading,
 * forget and a report's counts have files of their own (store_pg_impl.h).
 * Only `teaser store init` (opt->init) creates or upgrades the schema; a
 * play never does. Two group roles: teaser_site adds results and reads none back (ids come
 * from nextval, finishing and tombstones go through SECURITY DEFINER
 * functions), teaser_report only reads. Messages never show a password. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_pg_impl.h"

/* The server's notices ("schema already exists, skipping") are not for users. */
static void quiet(void *ctx, const char *message)
{
    (void)ctx;
    (void)message;
}

static void pg_close(Store *base)
{
    PgStore *s = (PgStore *)base;
    if (!s)
        return;
    PQfinish(s->conn);
    free(s->where);
    free(s);
}

/* Connects with a short timeout (the URI may set its own) and checks the
 * schema; every failure is one sentence naming the database, never its password. */
static StoreStatus pg_open(const char *where, StoreMode mode, const StoreOptions *opt, Store **out,
                           char *err, size_t err_size)
{
    *out = NULL;
    /* libpq's own message would quote the part it could not read: maybe the password */
    char *why = NULL;
    PQconninfoOption *parsed = PQconninfoParse(where, &why);
    PQconninfoFree(parsed);
    PQfreemem(why);
    if (!parsed) {
        snprintf(err, err_size,
                 "the --db value is not a PostgreSQL connection URI that libpq can read (see "
                 "docs/organisation.md)");
        return STORE_BAD_ARG;
    }
    PgStore *s = calloc(1, sizeof *s);
    if (!s || !(s->where = pg_describe(where))) {
        free(s);
        snprintf(err, err_size, "out of memory");
        return STORE_IO;
    }
    s->base.be = &store_pg;
    static const char *const keys[] = {"connect_timeout", "fallback_application_name",
                                       "client_encoding", "dbname", NULL};
    const char *values[] = {"5", "teaser", "UTF8", where, NULL};
    s->conn = PQconnectdbParams(keys, values, 1);
    if (s->conn)
        PQsetNoticeProcessor(s->conn, quiet, NULL);
    StoreStatus st = !s->conn ? STORE_IO
                     : PQstatus(s->conn) != CONNECTION_OK
                         ? pg_connect_failed(s, PQerrorMessage(s->conn))
                         : pg_check_schema(s, mode, opt);
    if (!s->conn)
        snprintf(s->base.err, sizeof s->base.err, "out of memory");
    if (st != STORE_OK) {
        snprintf(err, err_size, "%s", s->base.err);
        pg_close(&s->base);
        return st;
    }
    *out = &s->base;
    return STORE_OK;
}

/* An insert whose new id comes from the table's sequence, not from RETURNING,
 * which would need the right to read the table. */
static StoreStatus insert_id(PgStore *s, const char *sql, const PgParams *p, int64_t *id)
{
    long long v = -1;
    StoreStatus st = pg_query_int(s, sql, p, "add results", &v);
    if (st == STORE_OK && id)
        *id = v;
    return st;
}

static StoreStatus pg_begin_session(Store *base, const SessionInfo *in, const char *started,
                                    int64_t *id)
{
    PgStore *s = (PgStore *)base;
    PgParams p = {0};
    pg_text(&p, in->uid); /* never NULL here: store.c makes one */
    pg_text(&p, in->site);
    pg_text(&p, in->scenario);
    pg_text(&p, in->scenario_hash);
    pg_text(&p, in->workshop ? in->workshop : "");
    pg_text(&p, in->participant);
    pg_text(&p, in->department);
    pg_text(&p, in->language);
    pg_text(&p, in->engine_version ? in->engine_version : TEASER_VERSION);
    pg_text(&p, started);
    return insert_id(
        s,
        "WITH n AS (SELECT nextval('teaser.sessions_id_seq') AS id),"
        " i AS (INSERT INTO teaser.sessions (id, uid, site, scenario, scenario_hash, workshop,"
        "  participant, department, language, engine_version, started)"
        "  SELECT id, coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9,"
        "  coalesce($10::timestamptz, clock_timestamp()) FROM n)"
        " SELECT id FROM n",
        &p, id);
}

static StoreStatus pg_add_rating(Store *base, const RatingRecord *r, int64_t *id)
{
    PgParams p = {0};
    pg_int(&p, r->session);
    pg_text(&p, r->step);
    pg_text(&p, r->touchpoint);
    pg_given(&p, r->valence);
    pg_given(&p, r->valence_points);
    pg_given(&p, r->arousal);
    pg_given(&p, r->arousal_points);
    pg_text(&p, r->emotion);
    pg_int(&p, r->onset_ms);
    pg_int(&p, r->response_ms);
    pg_text(&p, r->input_device);
    pg_int(&p, r->changes);
    pg_bool(&p, r->timed_out);
    pg_bool(&p, r->skipped);
    pg_text(&p, r->given);
    pg_text(&p, rating_kind_name(r->kind));
    return insert_id((PgStore *)base,
                     "WITH n AS (SELECT nextval('teaser.ratings_id_seq') AS id),"
                     " i AS (INSERT INTO teaser.ratings (id, session, step, touchpoint, valence,"
                     "  valence_points, arousal, arousal_points, emotion, onset_ms, response_ms,"
                     "  input_device, changes, timed_out, skipped, given, kind)"
                     "  SELECT id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,"
                     "  coalesce($15::timestamptz, clock_timestamp()), $16 FROM n)"
                     " SELECT id FROM n",
                     &p, id);
}

static StoreStatus pg_add_event(Store *base, const EventRecord *e)
{
    PgStore *s = (PgStore *)base;
    const Event *ev = &e->event;
    if ((unsigned)ev->kind >= EVENT_KIND_COUNT) {
        snprintf(s->base.err, sizeof s->base.err, "no event kind %d", (int)ev->kind);
        return STORE_BAD_ARG;
    }
    unsigned use = event_uses(ev->kind);
    PgParams p = {0};
    pg_int(&p, e->session);
    pg_text(&p, e->step);
    pg_int(&p, e->t_ms);
    pg_text(&p, event_name(ev->kind));
    if (use & EVENT_USES_MS)
        pg_int(&p, ev->ms);
    else
        pg_text(&p, NULL);
    if (use & EVENT_USES_COUNT)
        pg_int(&p, ev->count);
    else
        pg_text(&p, NULL);
    if (use & EVENT_USES_RIGHT)
        pg_int(&p, ev->right);
    else
        pg_text(&p, NULL);
    pg_text(&p, e->detail);
    return pg_run(
        s,
        "INSERT INTO teaser.events (session, step, t_ms, kind, ms, number, correct, detail)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        &p, "add results", NULL);
}

static StoreStatus pg_finish_session(Store *base, int64_t session, const char *finished)
{
    PgStore *s = (PgStore *)base;
    PgParams p = {0};
    pg_int(&p, session);
    pg_text(&p, finished);
    long long done = -1;
    StoreStatus st = pg_query_int(s, "SELECT teaser.finish_session($1, $2::timestamptz)::int", &p,
                                  "add results", &done);
    if (st == STORE_OK && done != 1) {
        snprintf(s->base.err, sizeof s->base.err, "%s has no session %lld", s->where,
                 (long long)session);
        return STORE_BAD_ARG;
    }
    return st;
}

static StoreStatus pg_transaction(Store *base, StoreTx tx)
{
    PgStore *s = (PgStore *)base;
    static const char *const sql[] = {"BEGIN", "COMMIT", "ROLLBACK"};
    if (tx == STORE_TX_ROLLBACK && PQtransactionStatus(s->conn) == PQTRANS_IDLE)
        return STORE_OK;
    /* the server undoes what a lost connection left open; the reason it was
     * lost is the one to tell, not that a ROLLBACK found no connection */
    if (tx == STORE_TX_ROLLBACK && PQstatus(s->conn) == CONNECTION_BAD)
        return STORE_IO;
    return pg_run(s, sql[tx], NULL, "add results", NULL);
}

static StoreStatus pg_find_session(Store *base, const char *uid, int64_t *id)
{
    PgParams p = {0};
    pg_text(&p, uid);
    long long v = -1;
    StoreStatus st =
        pg_query_int((PgStore *)base, "SELECT id FROM teaser.sessions WHERE uid = $1::uuid", &p,
                     "read the results", &v);
    *id = st == STORE_OK && v > 0 ? v : 0;
    return st;
}

/* Through the owner's function: a site login may ask this, not read the table. */
static StoreStatus pg_has_session(Store *base, const char *uid, bool *has)
{
    PgParams p = {0};
    pg_text(&p, uid);
    long long v = 0;
    StoreStatus st = pg_query_int((PgStore *)base, "SELECT teaser.has_session($1::uuid)::int", &p,
                                  "ask for a session", &v);
    *has = st == STORE_OK && v == 1;
    return st;
}

/* The server keeps its own data sound; this only asks that it still answers. */
static bool pg_integrity_ok(Store *base)
{
    long long v = 0;
    return pg_query_int((PgStore *)base, "SELECT 1", NULL, "read", &v) == STORE_OK && v == 1;
}

const StoreBackend store_pg = {
    .name = "PostgreSQL",
    .open = pg_open,
    .close = pg_close,
    .begin_session = pg_begin_session,
    .add_rating = pg_add_rating,
    .add_event = pg_add_event,
    .finish_session = pg_finish_session,
    .transaction = pg_transaction,
    .each_rating = pg_each_rating,
    .each_valence = pg_each_valence,
    .each_event = pg_each_event,
    .forget = pg_forget,
    .is_forgotten = pg_is_forgotten,
    .integrity_ok = pg_integrity_ok,
    .find_session = pg_find_session,
    .has_session = pg_has_session,
    .each_session = pg_each_session,
    .summarise = pg_summarise,
};
