/* The PostgreSQL store's rows read back, one at a time (pg_each_result):
 * ratings, the report's valences, events and sessions, as store.h gives them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_pg_impl.h"

typedef struct {
    bool (*each)(const RatingRow *, void *);
    void *ctx;
} RatingCall;

static bool read_rating(const PGresult *r, void *ctx)
{
    RatingRow row = {
        .session = pg_int_at(r, 0),
        .rating = pg_int_at(r, 1),
        .workshop = pg_text_at(r, 2),
        .participant = pg_text_at(r, 3),
        .department = pg_text_at(r, 4),
        .scenario = pg_text_at(r, 5),
        .scenario_hash = pg_text_at(r, 6),
        .language = pg_text_at(r, 7),
        .engine_version = pg_text_at(r, 8),
        .started = pg_text_at(r, 9),
        .finished = pg_text_at(r, 10),
        .step = pg_text_at(r, 11),
        .touchpoint = pg_text_at(r, 12),
        .emotion = pg_text_at(r, 13),
        .input_device = pg_text_at(r, 14),
        .given = pg_text_at(r, 15),
        .valence = (int)pg_int_at(r, 16),
        .valence_points = (int)pg_int_at(r, 17),
        .arousal = (int)pg_int_at(r, 18),
        .arousal_points = (int)pg_int_at(r, 19),
        .changes = (int)pg_int_at(r, 20),
        .onset_ms = pg_int_at(r, 21),
        .response_ms = pg_int_at(r, 22),
        .timed_out = pg_bool_at(r, 23),
        .skipped = pg_bool_at(r, 24),
        .session_uid = pg_text_at(r, 25),
        .site = pg_text_at(r, 26),
    };
    rating_kind_parse(pg_text_at(r, 27), &row.kind);
    const RatingCall *call = ctx;
    return call->each(&row, call->ctx);
}

StoreStatus pg_each_rating(Store *base, const StoreFilter *f,
                           bool (*each)(const RatingRow *, void *), void *ctx)
{
    RatingCall call = {each, ctx};
    return pg_each_result(
        (PgStore *)base,
        "SELECT s.id, r.id, s.workshop, s.participant, s.department, s.scenario,"
        " s.scenario_hash, s.language, s.engine_version, to_char(s.started, $6),"
        " to_char(s.finished, $6), r.step, r.touchpoint, r.emotion,"
        " r.input_device, to_char(r.given, $6), r.valence, r.valence_points,"
        " r.arousal, r.arousal_points, r.changes, r.onset_ms, r.response_ms,"
         " r.timed_out, r.skipped, s.uid::text, s.site, r.kind"
        " FROM teaser.ratings r JOIN teaser.sessions s ON s.id = r.session" PG_FILTER
        " ORDER BY s.id, r.id",
        f, read_rating, &call);
}

static bool read_valence(const PGresult *r, void *ctx)
{
    RatingRow row = {
        .session = pg_int_at(r, 0),
        .participant = pg_text_at(r, 1),
        .started = pg_text_at(r, 2),
        .touchpoint = pg_text_at(r, 3),
        .valence = (int)pg_int_at(r, 4),
        .valence_points = (int)pg_int_at(r, 5),
        .workshop = pg_text_at(r, 6),
        .department = pg_text_at(r, 7),
        .session_uid = pg_text_at(r, 8),
        .site = pg_text_at(r, 9),
        .input_device = pg_text_at(r, 11),
    };
    rating_kind_parse(pg_text_at(r, 10), &row.kind);
    const RatingCall *call = ctx;
    return call->each(&row, call->ctx);
}

StoreStatus pg_each_valence(Store *base, const StoreFilter *f,
                            bool (*each)(const RatingRow *, void *), void *ctx)
{
    RatingCall call = {each, ctx};
    return pg_each_result(
        (PgStore *)base,
        "SELECT s.id, s.participant, to_char(s.started, $6), r.touchpoint,"
        " r.valence, r.valence_points, s.workshop, s.department, s.uid::text,"
         " s.site, r.kind, r.input_device FROM teaser.ratings r JOIN teaser.sessions s ON s.id = r.session" PG_FILTER
        " ORDER BY s.id, r.id",
        f, read_valence, &call);
}

typedef struct {
    bool (*each)(const EventRow *, void *);
    void *ctx;
} EventCall;

static bool read_event(const PGresult *r, void *ctx)
{
    EventRow row = {
        .session = pg_int_at(r, 0),
        .step = pg_text_at(r, 1),
        .detail = pg_text_at(r, 3),
        .t_ms = pg_int_at(r, 4),
        .event = {.ms = pg_int_at(r, 5),
                  .count = (int)pg_int_at(r, 6),
                  .right = PQgetisnull(r, 0, 7) ? -1 : (int)pg_int_at(r, 7)},
        .workshop = pg_text_at(r, 8),
        .participant = pg_text_at(r, 9),
        .department = pg_text_at(r, 10),
        .session_uid = pg_text_at(r, 11),
        .site = pg_text_at(r, 12),
    };
    if (!event_kind(pg_text_at(r, 2), &row.event.kind))
        return true; /* a kind this teaser has no name for */
    const EventCall *call = ctx;
    return call->each(&row, call->ctx);
}

StoreStatus pg_each_event(Store *base, const StoreFilter *f, bool (*each)(const EventRow *, void *),
                          void *ctx)
{
    EventCall call = {each, ctx};
    return pg_each_result(
        (PgStore *)base,
        "SELECT e.session, e.step, e.kind, e.detail, e.t_ms, e.ms, e.number,"
        " e.correct, s.workshop, s.participant, s.department, s.uid::text, s.site"
        " FROM teaser.events e JOIN teaser.sessions s ON s.id = e.session" PG_FILTER
        " ORDER BY e.session, e.id",
        f, read_event, &call);
}

typedef struct {
    bool (*each)(const SessionRow *, void *);
    void *ctx;
} SessionCall;

static bool read_session(const PGresult *r, void *ctx)
{
    SessionRow row = {
        .session = pg_int_at(r, 0),
        .info = {.scenario = pg_text_at(r, 1),
                 .scenario_hash = pg_text_at(r, 2),
                 .workshop = pg_text_at(r, 3),
                 .participant = pg_text_at(r, 4),
                 .department = pg_text_at(r, 5),
                 .language = pg_text_at(r, 6),
                 .site = pg_text_at(r, 7),
                 .uid = pg_text_at(r, 8),
                 .engine_version = pg_text_at(r, 9)},
        .started = pg_text_at(r, 10),
        .finished = pg_text_at(r, 11),
    };
    const SessionCall *call = ctx;
    return call->each(&row, call->ctx);
}

StoreStatus pg_each_session(Store *base, const StoreFilter *f,
                            bool (*each)(const SessionRow *, void *), void *ctx)
{
    SessionCall call = {each, ctx};
    return pg_each_result((PgStore *)base,
                          "SELECT s.id, s.scenario, s.scenario_hash, s.workshop, s.participant,"
                          " s.department, s.language, s.site, s.uid::text, s.engine_version,"
                          " to_char(s.started, $6), to_char(s.finished, $6)"
                          " FROM teaser.sessions s" PG_FILTER " ORDER BY s.id",
                          f, read_session, &call);
}
