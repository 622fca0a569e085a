/* A report's figures counted by the PostgreSQL server (GROUP BY), so that
 * the reader's time and memory do not grow with the organisation's
 * sessions: what comes back is one row per touchpoint and value, per step
 * and event kind, per cell and layer of the census. The rules are the ones
 * report.c applies to rows read one by one from a file, written in SQL: a
 * session's value at a touchpoint is the mean of its ratings there on the
 * common scale (scale.c, summed in rating order, as report.c does); a step's
 * events count when the visit they belong to (a run of events at one step)
 * was left. The tests hold the two ways to the same report. */
#include <string.h>

#include "store_pg_impl.h"

/* Who is in which cell: the scenario's participants who played in one cell
 * only are counted per cell and layer, the few who played in more are named. */
static const char census_sql[] =
    "WITH ss AS (SELECT s.id, s.workshop, s.department, s.site, s.participant"
    "  FROM teaser.sessions s" PG_FILTER "),"
    " multi AS (SELECT participant FROM ss GROUP BY participant"
    "  HAVING count(DISTINCT format('%L|%L|%L', workshop, department, site)) > 1),"
    " rated AS (SELECT DISTINCT r.session,"
    "  CASE WHEN r.valence IS NOT NULL THEN r.touchpoint END AS touchpoint" /* not answered */
    "  FROM teaser.ratings r JOIN ss ON ss.id = r.session),"
    " marks AS (SELECT DISTINCT session, 0 AS layer, NULL::text AS id FROM rated"
    "  UNION ALL SELECT session, 1, touchpoint FROM rated WHERE touchpoint IS NOT NULL"
    "  UNION ALL SELECT DISTINCT e.session, 2, e.step"
    "  FROM teaser.events e JOIN ss ON ss.id = e.session WHERE e.kind = 'leave')"
    " SELECT ss.workshop, ss.department, ss.site, m.participant, marks.layer, marks.id,"
    "  count(DISTINCT ss.participant)"
    " FROM marks JOIN ss ON ss.id = marks.session"
    " LEFT JOIN multi m ON m.participant = ss.participant"
    " GROUP BY 1, 2, 3, 4, 5, 6";

/* The group's frequency tables: each session's mean per touchpoint, counted. */
static const char values_sql[] =
    "SELECT site, touchpoint, value, count(*) FROM ("
    "  SELECT s.site, r.touchpoint,"
    "   avg((r.valence - 1.0::float8) / (r.valence_points - 1) * 8 - 4 ORDER BY r.id) AS value"
    "  FROM teaser.ratings r JOIN teaser.sessions s ON s.id = r.session" PG_FILTER
    "  AND r.touchpoint IS NOT NULL AND r.valence IS NOT NULL"
    "  GROUP BY s.id, r.touchpoint) v"
    " GROUP BY site, touchpoint, value";

/* The group's events in visits that were left: a run starts where the step
 * changes; an event counts when a "leave" follows it in its run. */
static const char steps_sql[] =
    "WITH ev AS (SELECT e.session, e.id, e.step, e.kind, e.ms, e.number, e.correct,"
    "  CASE WHEN e.step IS DISTINCT FROM lag(e.step) OVER (PARTITION BY e.session ORDER BY e.id)"
    "   THEN 1 ELSE 0 END AS starts"
    "  FROM teaser.events e JOIN teaser.sessions s ON s.id = e.session" PG_FILTER "),"
    " runs AS (SELECT *, sum(starts) OVER (PARTITION BY session ORDER BY id) AS run FROM ev),"
    " visits AS (SELECT *, bool_or(kind = 'leave')"
    "  OVER (PARTITION BY session, run ORDER BY id DESC) AS counted FROM runs)"
    " SELECT step, kind, count(*), count(DISTINCT session), coalesce(sum(ms), 0),"
    "  coalesce(sum(number), 0), count(*) FILTER (WHERE correct = 1)"
    " FROM visits WHERE counted GROUP BY step, kind";

static const char dates_sql[] =
    "SELECT to_char(min(s.started), 'YYYY-MM-DD'), to_char(max(s.started), 'YYYY-MM-DD')"
    " FROM teaser.sessions s" PG_FILTER
    " AND EXISTS (SELECT 1 FROM teaser.ratings r WHERE r.session = s.id)";

static const StoreLayer layers[] = {STORE_LAYER_SCENARIO, STORE_LAYER_TOUCHPOINT, STORE_LAYER_STEP};

static bool read_census(const PGresult *r, void *ctx)
{
    const StoreSummarySink *sink = ctx;
    long long layer = pg_int_at(r, 4);
    StoreCensusRow row = {
        .workshop = pg_text_at(r, 0),
        .department = pg_text_at(r, 1),
        .site = pg_text_at(r, 2),
        .participant = pg_text_at(r, 3),
        .layer = layers[layer >= 0 && layer <= 2 ? layer : 0],
        .id = pg_text_at(r, 5),
        .n = pg_int_at(r, 6),
    };
    return sink->census(&row, sink->ctx);
}

static bool read_value(const PGresult *r, void *ctx)
{
    const StoreSummarySink *sink = ctx;
    StoreValueRow row = {
        .site = pg_text_at(r, 0),
        .touchpoint = pg_text_at(r, 1),
        .value = strtod(PQgetvalue(r, 0, 2), NULL), /* float8 text is exact since PG 12 */
        .n = pg_int_at(r, 3),
    };
    return sink->value(&row, sink->ctx);
}

static bool read_step(const PGresult *r, void *ctx)
{
    const StoreSummarySink *sink = ctx;
    StoreStepRow row = {
        .step = pg_text_at(r, 0),
        .events = pg_int_at(r, 2),
        .sessions = pg_int_at(r, 3),
        .ms = pg_int_at(r, 4),
        .count = pg_int_at(r, 5),
        .right = pg_int_at(r, 6),
    };
    if (!event_kind(pg_text_at(r, 1), &row.kind))
        return true; /* a kind this teaser has no name for */
    return sink->step(&row, sink->ctx);
}

static bool read_dates(const PGresult *r, void *ctx)
{
    const StoreSummarySink *sink = ctx;
    const char *first = pg_text_at(r, 0), *last = pg_text_at(r, 1);
    return !first || !last || sink->dates(first, last, sink->ctx);
}

/* The four queries see one snapshot (a session synced meanwhile is in all
 * of them or none), with room to group in memory rather than on disk. */
StoreStatus pg_summarise(Store *base, const StoreFilter *f, const StoreSummarySink *sink)
{
    PgStore *s = (PgStore *)base;
    StoreFilter scenario = {.scenario = f->scenario};
    StoreStatus st = pg_exec_script(s,
                                    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"
                                    "SET LOCAL work_mem = '16MB'",
                                    "read the results");
    if (st == STORE_OK)
        st = pg_each_result(s, census_sql, &scenario, read_census, (void *)sink);
    if (st == STORE_OK)
        st = pg_each_result(s, values_sql, f, read_value, (void *)sink);
    if (st == STORE_OK)
        st = pg_each_result(s, steps_sql, f, read_step, (void *)sink);
    if (st == STORE_OK)
        st = pg_each_result(s, dates_sql, f, read_dates, (void *)sink);
    if (PQtransactionStatus(s->conn) != PQTRANS_IDLE)
        PQclear(PQexec(s->conn, st == STORE_OK ? "COMMIT" : "ROLLBACK"));
    return st;
}
