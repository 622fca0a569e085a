/* A report's figures counted by the PostgreSQL server, so that the
 * reader's time and memory do not grow with the organisation's sessions:
 * what comes back is one row per touchpoint and value, per step and event
 * kind, per cell and layer of the census. The rules are the ones report_fold.c
 * applies to rows read one by one from a file, written in SQL (the
 * functions teaser.session_values, session_visits and session_marks of
 * schema 6): a session's value at a touchpoint is the mean of its ratings
 * there on the common scale (scale.c, summed in rating order, as report_fold.c
 * does); a step's events count when the visit they belong to (a run of
 * events at one step) was left. The tests hold the two ways to the same
 * report. */
#include <string.h>

#include "store_pg_impl.h"

/* The finished sessions are added up per cell as they finish (the cube_*
 * tables, schema 6); the few not added (unfinished ones, or rows written
 * into the tables by hand) are counted here, session by session, by the
 * same SQL functions. A report with a session's uid ($5)
 * counts that session alone. */
#define CUBE_FILTER                                                                                \
    " WHERE $5::text IS NULL AND c.scenario = $2 AND ($1::text IS NULL OR c.workshop = $1)"        \
    " AND ($3::text IS NULL OR c.department = $3) AND ($4::text IS NULL OR c.site = $4)"
#define NOT_ADDED " AND (NOT s.summarised OR $5::text IS NOT NULL)"

/* Who is in which cell: the scenario's participants who played in one cell
 * only are counted per cell and layer; the others, and everyone with a
 * session not added yet, are named. */
static const char census_sql[] =
    "WITH named AS (SELECT participant FROM teaser.cube_participants"
    "  WHERE scenario = $2 AND multi"
    "  UNION SELECT s.participant FROM teaser.sessions s" PG_FILTER NOT_ADDED "),"
    " named_cube AS (SELECT p.* FROM teaser.cube_people p JOIN named USING (participant)"
    "  WHERE p.scenario = $2)"
    " SELECT c.workshop, c.department, c.site, NULL, c.layer, c.id, c.n - coalesce(x.n, 0)"
    " FROM teaser.cube_census c LEFT JOIN (SELECT cell, layer, id, count(*) AS n FROM named_cube"
    "  GROUP BY 1, 2, 3) x USING (cell, layer, id)" CUBE_FILTER
    " UNION ALL SELECT workshop, department, site, participant, layer, id, 1 FROM named_cube"
    " UNION ALL SELECT s.workshop, s.department, s.site, s.participant, m.layer, m.id, 1"
    " FROM teaser.sessions s CROSS JOIN LATERAL teaser.session_marks(s.id) m" PG_FILTER NOT_ADDED;

/* The group's frequency tables: each session's mean per touchpoint, counted,
 * of its felt ratings and of its predictions. */
static const char values_sql[] =
    "SELECT site, touchpoint, kind, value, sum(n) FROM ("
    "  SELECT c.site, c.touchpoint, 'felt' AS kind, c.value, c.n FROM teaser.cube_values "
    "c" CUBE_FILTER "  UNION ALL SELECT c.site, c.touchpoint, 'predicted', c.value, c.n"
    "  FROM teaser.cube_predicted c" CUBE_FILTER
    "  UNION ALL SELECT s.site, v.touchpoint, k.kind, v.value, 1 FROM teaser.sessions s"
    "  CROSS JOIN (VALUES ('felt'), ('predicted')) k(kind)"
    "  CROSS JOIN LATERAL teaser.session_values(s.id, k.kind) v" PG_FILTER NOT_ADDED
    ") x GROUP BY site, touchpoint, kind, value";

/* The group's (predicted, felt) pairs per touchpoint, counted. */
static const char pairs_sql[] =
    "SELECT touchpoint, predicted, felt, sum(n) FROM ("
    "  SELECT c.touchpoint, c.predicted, c.felt, c.n FROM teaser.cube_pairs c" CUBE_FILTER
    "  UNION ALL SELECT v.touchpoint, v.predicted, v.felt, 1"
    "  FROM teaser.sessions s CROSS JOIN LATERAL teaser.session_pairs(s.id) v" PG_FILTER NOT_ADDED
    ") x GROUP BY touchpoint, predicted, felt";

/* The group's events in visits that were left, per step and kind. */
static const char steps_sql[] =
    "SELECT step, kind, sum(events), sum(sessions), sum(ms), sum(number), sum(correct) FROM ("
    "  SELECT c.step, c.kind, c.events, c.sessions, c.ms, c.number, c.correct"
    "  FROM teaser.cube_steps c" CUBE_FILTER
    "  UNION ALL SELECT v.step, v.kind, count(*), count(DISTINCT s.id), coalesce(sum(v.ms), 0),"
    "   coalesce(sum(v.number), 0), count(*) FILTER (WHERE v.correct = 1)"
    "  FROM teaser.sessions s CROSS JOIN LATERAL teaser.session_visits(s.id) v" PG_FILTER NOT_ADDED
    "  GROUP BY v.step, v.kind"
    ") x GROUP BY step, kind";

/* The group's sessions with ratings: the first and last day, how many, and
 * how many were played from a script. */
static const char dates_sql[] =
    "SELECT to_char(min(s.started), 'YYYY-MM-DD'), to_char(max(s.started), 'YYYY-MM-DD'),"
    " count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM teaser.ratings r"
    "  WHERE r.session = s.id AND r.input_device = 'script'))"
    " FROM teaser.sessions s" PG_FILTER
    " AND EXISTS (SELECT 1 FROM teaser.ratings r WHERE r.session = s.id)";

/* The census layers as the SQL numbers them (teaser.session_marks). */
static const StoreLayer layers[] = {STORE_LAYER_SCENARIO, STORE_LAYER_TOUCHPOINT, STORE_LAYER_STEP,
                                    STORE_LAYER_PREDICTED, STORE_LAYER_PAIRED};
enum { N_LAYERS = sizeof layers / sizeof *layers };

static bool read_census(const PGresult *r, void *ctx)
{
    const StoreSummarySink *sink = ctx;
    long long layer = pg_int_at(r, 4);
    StoreCensusRow row = {
        .workshop = pg_text_at(r, 0),
        .department = pg_text_at(r, 1),
        .site = pg_text_at(r, 2),
        .participant = pg_text_at(r, 3),
        .layer = layers[layer >= 0 && layer < N_LAYERS ? layer : 0],
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
        .value = strtod(PQgetvalue(r, 0, 3), NULL), /* float8 text is exact since PG 12 */
        .n = pg_int_at(r, 4),
    };
    if (!rating_kind_parse(pg_text_at(r, 2), &row.kind))
        return true;
    return sink->value(&row, sink->ctx);
}

static bool read_pair(const PGresult *r, void *ctx)
{
    const StoreSummarySink *sink = ctx;
    StorePairRow row = {
        .touchpoint = pg_text_at(r, 0),
        .predicted = strtod(PQgetvalue(r, 0, 1), NULL),
        .felt = strtod(PQgetvalue(r, 0, 2), NULL),
        .n = pg_int_at(r, 3),
    };
    return sink->pair(&row, sink->ctx);
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
    return (!first || !last || sink->dates(first, last, sink->ctx)) &&
           sink->sessions(pg_int_at(r, 2), pg_int_at(r, 3), sink->ctx);
}

/* The queries see one snapshot (a session synced meanwhile is in all
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
        st = pg_each_result(s, pairs_sql, f, read_pair, (void *)sink);
    if (st == STORE_OK)
        st = pg_each_result(s, steps_sql, f, read_step, (void *)sink);
    if (st == STORE_OK)
        st = pg_each_result(s, dates_sql, f, read_dates, (void *)sink);
    if (PQtransactionStatus(s->conn) != PQTRANS_IDLE)
        PQclear(PQexec(s->conn, st == STORE_OK ? "COMMIT" : "ROLLBACK"));
    return st;
}
