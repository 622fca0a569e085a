/* The SQLite backend's writes: a session begun and finished, a rating, an
 * event, and the transactions a sync wraps a session's rows in. Each write
 * is one statement, committed (and on disk: WAL with synchronous=FULL) when
 * it returns, unless the caller has begun a transaction. */
#include "store_sqlite_impl.h"

#include <stdio.h>

#include "version.h"

StoreStatus sqlite_transaction(Store *store, StoreTx tx)
{
    SqliteStore *s = (SqliteStore *)store;
    static const char *const sql[] = {"BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"};
    if (tx == STORE_TX_ROLLBACK && sqlite3_get_autocommit(s->db))
        return STORE_OK; /* nothing begun, or SQLite rolled it back itself */
    return sqlite_exec(s, sql[tx]);
}

StoreStatus sqlite_begin_session(Store *store, const SessionInfo *in, const char *started,
                                 int64_t *id)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = sqlite_prepare(s, &st,
                            "INSERT INTO sessions (scenario, scenario_hash, workshop, participant, "
                            "department, language, engine_version, started, uid, site) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            "tttttttttt", in->scenario, in->scenario_hash,
                            in->workshop ? in->workshop : "", in->participant, in->department,
                            in->language, in->engine_version ? in->engine_version : TEASER_VERSION,
                            started, in->uid, in->site);
    return sqlite_run(s, st, rc, id);
}

StoreStatus sqlite_add_rating(Store *store, const RatingRecord *r, int64_t *id)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = sqlite_prepare(
        s, &st,
        "INSERT INTO ratings (session, step, touchpoint, valence, valence_points, "
        "arousal, arousal_points, emotion, onset_ms, response_ms, input_device, "
        "changes, timed_out, skipped, given, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, " STORE_SQLITE_NOW "), ?)",
        "ittnnnntiitiiitt", r->session, r->step, r->touchpoint, r->valence, r->valence_points,
        r->arousal, r->arousal_points, r->emotion, r->onset_ms, r->response_ms, r->input_device,
        (int64_t)r->changes, (int64_t)r->timed_out, (int64_t)r->skipped, r->given,
        rating_kind_name(r->kind));
    return sqlite_run(s, st, rc, id);
}

StoreStatus sqlite_add_event(Store *store, const EventRecord *e)
{
    SqliteStore *s = (SqliteStore *)store;
    const Event *ev = &e->event;
    if ((unsigned)ev->kind >= EVENT_KIND_COUNT) {
        snprintf(s->base.err, sizeof s->base.err, "no event kind %d", (int)ev->kind);
        return STORE_BAD_ARG;
    }
    /* the typed columns a kind uses (events.c, shared with store_pg); the others stay NULL */
    unsigned use = event_uses(ev->kind);
    int64_t number = ev->count, correct = ev->right;
    sqlite3_stmt *st = NULL;
    int rc = sqlite_prepare(
        s, &st,
        "INSERT INTO events (session, step, t_ms, kind, ms, number, correct, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "ititpppt", e->session, e->step, e->t_ms, event_name(ev->kind),
        use & EVENT_USES_MS ? &ev->ms : NULL, use & EVENT_USES_COUNT ? &number : NULL,
        use & EVENT_USES_RIGHT ? &correct : NULL, e->detail);
    return sqlite_run(s, st, rc, NULL);
}

StoreStatus sqlite_finish_session(Store *store, int64_t session, const char *finished)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = sqlite_prepare(
        s, &st, "UPDATE sessions SET finished = coalesce(?, " STORE_SQLITE_NOW ") WHERE id = ?",
        "ti", finished, session);
    StoreStatus status = sqlite_run(s, st, rc, NULL);
    if (status == STORE_OK && sqlite3_changes(s->db) != 1) {
        snprintf(s->base.err, sizeof s->base.err, "the results store %s has no session %lld",
                 s->path, (long long)session);
        return STORE_BAD_ARG;
    }
    return status;
}
