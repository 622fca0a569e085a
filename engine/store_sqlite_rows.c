/* The SQLite backend's reads: the rows a StoreFilter selects (ratings, the
 * valences a report folds, events, sessions), each handed to the caller's
 * function as it is read, and one session found by its uid. Nothing here
 * writes. */
#include "store_sqlite_impl.h"

#include <stdio.h>

/* A whole rating with its session's fields, in sqlite_each_rating's columns. */
static void read_row(sqlite3_stmt *st, RatingRow *r)
{
    r->session = sqlite3_column_int64(st, 0);
    r->rating = sqlite3_column_int64(st, 1);
    r->workshop = sqlite_text_at(st, 2);
    r->participant = sqlite_text_at(st, 3);
    r->department = sqlite_text_at(st, 4);
    r->scenario = sqlite_text_at(st, 5);
    r->scenario_hash = sqlite_text_at(st, 6);
    r->language = sqlite_text_at(st, 7);
    r->engine_version = sqlite_text_at(st, 8);
    r->started = sqlite_text_at(st, 9);
    r->finished = sqlite_text_at(st, 10);
    r->step = sqlite_text_at(st, 11);
    r->touchpoint = sqlite_text_at(st, 12);
    r->emotion = sqlite_text_at(st, 13);
    r->input_device = sqlite_text_at(st, 14);
    r->given = sqlite_text_at(st, 15);
    r->valence = sqlite3_column_int(st, 16);
    r->valence_points = sqlite3_column_int(st, 17);
    r->arousal = sqlite3_column_int(st, 18);
    r->arousal_points = sqlite3_column_int(st, 19);
    r->changes = sqlite3_column_int(st, 20);
    r->onset_ms = sqlite3_column_int64(st, 21);
    r->response_ms = sqlite3_column_int64(st, 22);
    r->timed_out = sqlite3_column_int(st, 23) != 0;
    r->skipped = sqlite3_column_int(st, 24) != 0;
    r->site = sqlite_text_at(st, 25);
    r->session_uid = sqlite_text_at(st, 26);
    rating_kind_parse(sqlite_text_at(st, 27), &r->kind);
}

/* The sessions (s) a StoreFilter selects: ?1 workshop, ?2 scenario, ?3
 * department, ?4 site; NULL selects every one. */
#define SELECTED                                                                                   \
    "(?1 IS NULL OR s.workshop = ?1) AND (?2 IS NULL OR s.scenario = ?2) "                         \
    "AND (?3 IS NULL OR s.department = ?3) AND (?4 IS NULL OR s.site = ?4) "

/* A read: its columns, the tables they come from (the sessions always as s)
 * and the order of its rows. */
typedef struct {
    const char *columns, *from, *order;
} RowQuery;

/* Prepares SELECT columns FROM from WHERE SELECTED ORDER BY order, with the
 * filter's values bound. One session (?5, its uid) is asked for as "s.uid =
 * ?5" only when given: "?5 IS NULL OR ..." would keep SQLite from its index,
 * and a sync reads each session alone (a full scan each: quadratic). */
static int prepare_selected(SqliteStore *s, sqlite3_stmt **st, const RowQuery *q,
                            const StoreFilter *f)
{
    char sql[1024];
    bool one = f && f->session;
    snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE " SELECTED "AND %s ORDER BY %s", q->columns,
             q->from, one ? "s.uid = ?5" : "?5 IS NULL", q->order);
    return sqlite_prepare(s, st, sql, "ttttt", f ? f->workshop : NULL, f ? f->scenario : NULL,
                          f ? f->department : NULL, f ? f->site : NULL, one ? f->session : NULL);
}

/* The one loop of every read: the rows a filter selects, each handed to
 * visit, which reads it into the caller's row type and passes it on. visit
 * returns false when the caller wants no more rows: an early end, not a
 * failure. A row's text is SQLite's: it lasts only until the next row. */
static StoreStatus each_selected(SqliteStore *s, const StoreFilter *f, const RowQuery *q,
                                 bool (*visit)(sqlite3_stmt *, const void *), const void *visitor)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare_selected(s, &st, q, f);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            if (!visit(st, visitor)) {
                rc = SQLITE_DONE;
                break;
            }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? STORE_OK : sqlite_fail(s, rc);
}

/* A rating read (whole, or only what a report folds) and where it goes. */
typedef struct {
    void (*read)(sqlite3_stmt *, RatingRow *);
    bool (*each)(const RatingRow *, void *);
    void *ctx;
} RatingVisit;

static bool visit_rating(sqlite3_stmt *st, const void *visitor)
{
    const RatingVisit *v = visitor;
    RatingRow row = {0};
    v->read(st, &row);
    return v->each(&row, v->ctx);
}

/* The ratings a filter selects, in the order they were given, session by session. */
static StoreStatus each_rating_row(SqliteStore *s, const StoreFilter *f, const char *columns,
                                   const RatingVisit *v)
{
    const RowQuery q = {columns, "ratings r JOIN sessions s ON s.id = r.session", "s.id, r.id"};
    return each_selected(s, f, &q, visit_rating, v);
}

StoreStatus sqlite_each_rating(Store *store, const StoreFilter *f,
                               bool (*each)(const RatingRow *, void *), void *ctx)
{
    const RatingVisit v = {read_row, each, ctx};
    return each_rating_row((SqliteStore *)store, f,
                           "s.id, r.id, s.workshop, s.participant, s.department, s.scenario, "
                           "s.scenario_hash, s.language, s.engine_version, s.started, s.finished, "
                           "r.step, r.touchpoint, r.emotion, r.input_device, r.given, r.valence, "
                           "r.valence_points, r.arousal, r.arousal_points, r.changes, r.onset_ms, "
                           "r.response_ms, r.timed_out, r.skipped, s.site, s.uid, r.kind",
                           &v);
}

/* Only what a report folds, in sqlite_each_valence's columns: a report reads
 * every rating of a scenario, so the rest is not read at all. */
static void read_valence(sqlite3_stmt *st, RatingRow *r)
{
    r->session = sqlite3_column_int64(st, 0);
    r->participant = sqlite_text_at(st, 1);
    r->started = sqlite_text_at(st, 2);
    r->touchpoint = sqlite_text_at(st, 3);
    r->valence = sqlite3_column_int(st, 4);
    r->valence_points = sqlite3_column_int(st, 5);
    r->workshop = sqlite_text_at(st, 6);
    r->department = sqlite_text_at(st, 7);
    r->site = sqlite_text_at(st, 8);
    r->session_uid = sqlite_text_at(st, 9);
    rating_kind_parse(sqlite_text_at(st, 10), &r->kind);
    r->input_device = sqlite_text_at(st, 11);
}

StoreStatus sqlite_each_valence(Store *store, const StoreFilter *f,
                                bool (*each)(const RatingRow *, void *), void *ctx)
{
    const RatingVisit v = {read_valence, each, ctx};
    return each_rating_row((SqliteStore *)store, f,
                           "s.id, s.participant, s.started, r.touchpoint, r.valence, "
                           "r.valence_points, s.workshop, s.department, s.site, s.uid, r.kind, "
                           "r.input_device",
                           &v);
}

/* An event row's kind and typed columns; false when the kind has no name. */
static bool read_event(sqlite3_stmt *st, EventRow *row)
{
    row->session = sqlite3_column_int64(st, 0);
    row->step = sqlite_text_at(st, 1);
    row->detail = sqlite_text_at(st, 3);
    row->t_ms = sqlite3_column_int64(st, 4);
    Event *ev = &row->event;
    bool null_ms = sqlite3_column_type(st, 5) == SQLITE_NULL,
         null_number = sqlite3_column_type(st, 6) == SQLITE_NULL,
         null_correct = sqlite3_column_type(st, 7) == SQLITE_NULL;
    ev->ms = null_ms ? 0 : sqlite3_column_int64(st, 5);
    ev->count = null_number ? 0 : sqlite3_column_int(st, 6);
    ev->right = null_correct ? -1 : sqlite3_column_int(st, 7);
    row->workshop = sqlite_text_at(st, 8);
    row->participant = sqlite_text_at(st, 9);
    row->department = sqlite_text_at(st, 10);
    row->site = sqlite_text_at(st, 11);
    row->session_uid = sqlite_text_at(st, 12);
    return event_kind(sqlite_text_at(st, 2), &ev->kind);
}

typedef struct {
    bool (*each)(const EventRow *, void *);
    void *ctx;
} EventVisit;

static bool visit_event(sqlite3_stmt *st, const void *visitor)
{
    const EventVisit *v = visitor;
    EventRow row = {0};
    /* a kind this teaser has no name for (a newer one's) is passed over */
    return !read_event(st, &row) || v->each(&row, v->ctx);
}

StoreStatus sqlite_each_event(Store *store, const StoreFilter *f,
                              bool (*each)(const EventRow *, void *), void *ctx)
{
    static const RowQuery q = {
        "e.session, e.step, e.kind, e.detail, e.t_ms, e.ms, e.number, e.correct, s.workshop, "
        "s.participant, s.department, s.site, s.uid",
        "events e JOIN sessions s ON s.id = e.session", "e.session, e.id"};
    const EventVisit v = {each, ctx};
    return each_selected((SqliteStore *)store, f, &q, visit_event, &v);
}

typedef struct {
    bool (*each)(const SessionRow *, void *);
    void *ctx;
} SessionVisit;

static bool visit_session(sqlite3_stmt *st, const void *visitor)
{
    const SessionVisit *v = visitor;
    SessionRow row = {
        .session = sqlite3_column_int64(st, 0),
        .info = {.scenario = sqlite_text_at(st, 1),
                 .scenario_hash = sqlite_text_at(st, 2),
                 .workshop = sqlite_text_at(st, 3),
                 .participant = sqlite_text_at(st, 4),
                 .department = sqlite_text_at(st, 5),
                 .language = sqlite_text_at(st, 6),
                 .site = sqlite_text_at(st, 7),
                 .uid = sqlite_text_at(st, 8),
                 .engine_version = sqlite_text_at(st, 9)},
        .started = sqlite_text_at(st, 10),
        .finished = sqlite_text_at(st, 11),
    };
    return v->each(&row, v->ctx);
}

StoreStatus sqlite_each_session(Store *store, const StoreFilter *f,
                                bool (*each)(const SessionRow *, void *), void *ctx)
{
    static const RowQuery q = {"s.id, s.scenario, s.scenario_hash, s.workshop, s.participant, "
                               "s.department, s.language, s.site, s.uid, s.engine_version, "
                               "s.started, s.finished",
                               "sessions s", "s.id"};
    const SessionVisit v = {each, ctx};
    return each_selected((SqliteStore *)store, f, &q, visit_session, &v);
}

StoreStatus sqlite_find_session(Store *store, const char *uid, int64_t *id)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = sqlite_prepare(s, &st, "SELECT id FROM sessions WHERE uid = ?", "t", uid);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        *id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : sqlite_fail(s, rc);
}
