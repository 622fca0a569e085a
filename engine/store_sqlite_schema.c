/* The SQLite backend's schema: its history as migrations, telling a teaser
 * store (and its version) from any other file, and bringing an older one up
 * to date, in the file or, when only reading, in a copy in memory. A store
 * carries application_id 'teas' and its schema version in user_version;
 * migrations run forward, one transaction each, and are never edited once
 * released. */
#include "store_sqlite_impl.h"

#include <stdio.h>

#include "uid.h"

/* Schema history: migrations[k] takes a store from version k to k + 1. Never
 * edit a released entry; add a new one and raise STORE_SCHEMA_VERSION. */
static const char *const migrations[STORE_SCHEMA_VERSION] = {
    "CREATE TABLE sessions ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  scenario TEXT NOT NULL,"
    "  scenario_hash TEXT NOT NULL,"
    "  workshop TEXT NOT NULL DEFAULT '',"
    "  participant TEXT NOT NULL CHECK (participant <> ''),"
    "  department TEXT,"
    "  language TEXT NOT NULL,"
    "  engine_version TEXT NOT NULL,"
    "  started TEXT NOT NULL,"
    "  finished TEXT);"
    "CREATE INDEX sessions_by_workshop ON sessions(workshop);"
    "CREATE INDEX sessions_by_participant ON sessions(participant);"
    "CREATE TABLE ratings ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  session INTEGER NOT NULL REFERENCES sessions(id),"
    "  step TEXT NOT NULL,"
    "  touchpoint TEXT,"
    "  valence INTEGER CHECK (valence BETWEEN 1 AND valence_points),"
    "  valence_points INTEGER NOT NULL CHECK (valence_points BETWEEN 2 AND 99),"
    "  arousal INTEGER CHECK (arousal BETWEEN 1 AND arousal_points),"
    "  arousal_points INTEGER CHECK (arousal_points BETWEEN 2 AND 99),"
    "  emotion TEXT,"
    "  onset_ms INTEGER NOT NULL,"
    "  response_ms INTEGER,"
    "  input_device TEXT NOT NULL,"
    "  changes INTEGER NOT NULL DEFAULT 0,"
    "  timed_out INTEGER NOT NULL DEFAULT 0,"
    "  skipped INTEGER NOT NULL DEFAULT 0,"
    "  given TEXT NOT NULL);"
    "CREATE INDEX ratings_by_session ON ratings(session);"
    "CREATE TABLE events ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  session INTEGER NOT NULL REFERENCES sessions(id),"
    "  step TEXT NOT NULL,"
    "  t_ms INTEGER NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  detail TEXT);"
    "CREATE INDEX events_by_session ON events(session);",

    /* 2: events get typed columns beside the sentence, filled here from the
     * sentences version 1 wrote (engine/steps/ at that time). A form's
     * rejection becomes "form-rejected": its sentence starts "attempt N:",
     * unless the step entered was not a form (a hand-off's label that happens
     * to read so). A sentence that does not have the expected shape leaves
     * its columns NULL rather than a wrong number. */
    "ALTER TABLE events ADD COLUMN ms INTEGER;"
    "ALTER TABLE events ADD COLUMN number INTEGER;"
    "ALTER TABLE events ADD COLUMN correct INTEGER;"
    /* "180000 ms in 2 calls" */
    "UPDATE events SET ms = CAST(detail AS INTEGER),"
    "  number = CAST(substr(detail, instr(detail, ' ms in ') + 7) AS INTEGER)"
    "  WHERE kind = 'waited' AND detail GLOB '[0-9]* ms in [0-9]* call*';"
    /* "position 6" */
    "UPDATE events SET number = CAST(substr(detail, 10) AS INTEGER)"
    "  WHERE kind = 'queue' AND detail GLOB 'position [0-9]*';"
    /* "after 60000 ms" */
    "UPDATE events SET ms = CAST(substr(detail, 7) AS INTEGER)"
    "  WHERE kind IN ('hangup', 'disconnected') AND detail GLOB 'after [0-9]* ms';"
    /* "option 1 (wrong) after 9500 ms" */
    "UPDATE events SET number = CAST(substr(detail, 8) AS INTEGER),"
    "  correct = instr(detail, ' (correct) after ') > 0,"
    "  ms = CAST(substr(detail, instr(detail, ') after ') + 8) AS INTEGER)"
    "  WHERE kind = 'answer' AND (detail GLOB 'option [0-9]* (correct) after [0-9]* ms'"
    "    OR detail GLOB 'option [0-9]* (wrong) after [0-9]* ms');"
    /* "attempt 1: postcode=3811 AB | postcode: This postcode is not known to us." */
    "UPDATE events SET kind = 'form-rejected'"
    "  WHERE kind = 'rejected' AND detail GLOB 'attempt [0-9]*: *'"
    "  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.session = events.session"
    "    AND e.step = events.step AND e.kind = 'enter' AND e.detail <> 'form');"
    /* "attempt 2: postcode=3811 AB" */
    "UPDATE events SET number = CAST(substr(detail, 9) AS INTEGER)"
    "  WHERE kind IN ('accepted', 'form-rejected') AND detail GLOB 'attempt [0-9]*: *';"
    /* "the form was emptied after 120000 ms without input" */
    "UPDATE events SET ms = CAST(substr(detail, 28) AS INTEGER)"
    "  WHERE kind = 'timeout'"
    "  AND detail GLOB 'the form was emptied after [0-9]* ms without input';",

    /* 3: what forget leaves behind, so that a recovery file imported later
     * cannot bring a forgotten participant's sessions back. The pseudonym is
     * kept as its fingerprint (participant_hash below), never as text, so that
     * the file holds no trace of it; workshop NULL: forgotten in every workshop. */
    "CREATE TABLE tombstones ("
    "  participant_hash TEXT NOT NULL,"
    "  workshop TEXT,"
    "  forgotten TEXT NOT NULL);"
    "CREATE INDEX tombstones_by_participant ON tombstones(participant_hash);",

    /* 4: every session gets a stable unique id (uid.h), the same in every store
     * it is copied to, so that a sync or an import knows it again; sessions
     * stored before get a fresh one each. And the site it was played at (NULL:
     * not given). SQLite adds a NOT NULL column only with a default, so the
     * triggers hold what NOT NULL and "never changes" would: a uid is given
     * with every session and kept. */
    "ALTER TABLE sessions ADD COLUMN uid TEXT;"
    "ALTER TABLE sessions ADD COLUMN site TEXT;"
    "UPDATE sessions SET uid = teaser_uid();"
    "CREATE UNIQUE INDEX sessions_by_uid ON sessions(uid);"
    "CREATE TRIGGER sessions_have_a_uid BEFORE INSERT ON sessions"
    "  WHEN coalesce(NEW.uid, '') = ''"
    "  BEGIN SELECT RAISE(ABORT, 'a session needs a uid'); END;"
    "CREATE TRIGGER sessions_keep_their_uid BEFORE UPDATE OF uid ON sessions"
    "  WHEN NEW.uid IS NOT OLD.uid"
    "  BEGIN SELECT RAISE(ABORT, 'a session keeps its uid'); END;",

    /* 5: a rating is felt while playing or predicted before it; every rating
     * stored before predictions existed was felt. */
    "ALTER TABLE ratings ADD COLUMN kind TEXT NOT NULL DEFAULT 'felt'"
    "  CHECK (kind IN ('felt', 'predicted'));",
};

/* Is this file a teaser store (or a new, empty one), and of which version? */
StoreStatus sqlite_schema_identify(SqliteStore *s)
{
    /* one statement, so one snapshot: another teaser may be creating the schema */
    sqlite3_stmt *st;
    long long app = -1, version = -1, tables = -1;
    int rc = sqlite3_prepare_v2(s->db,
                                "SELECT (SELECT application_id FROM pragma_application_id), "
                                "(SELECT user_version FROM pragma_user_version), "
                                "(SELECT count(*) FROM sqlite_master)",
                                -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        app = sqlite3_column_int64(st, 0);
        version = sqlite3_column_int64(st, 1);
        tables = sqlite3_column_int64(st, 2);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        return sqlite_fail(s, rc);
    if (app != STORE_SQLITE_APP_ID && !(app == 0 && version == 0 && tables == 0)) {
        snprintf(s->base.err, sizeof s->base.err,
                 "%s is an SQLite database, but not a teaser results store", s->path);
        return STORE_NOT_TEASER;
    }
    if (version > STORE_SCHEMA_VERSION) {
        snprintf(s->base.err, sizeof s->base.err,
                 "the results store %s was written by a newer teaser (store version %lld; this "
                 "teaser reads up to %d)",
                 s->path, version, STORE_SCHEMA_VERSION);
        return STORE_NEWER;
    }
    s->base.version = (int)version;
    return STORE_OK;
}

/* Brings the store to version target in one BEGIN IMMEDIATE transaction, which
 * also sets user_version (and the application id): a crash or a full disk
 * leaves the store at the version it had, never between two. The version is
 * read again inside the transaction, under the write lock: several teasers
 * that start together on a new (or older) file each find either nothing done
 * or everything done, and only the first one creates the schema. */
StoreStatus sqlite_schema_upgrade(SqliteStore *s, int target)
{
    StoreStatus st = sqlite_exec(s, "BEGIN IMMEDIATE");
    if (st == STORE_OK)
        st = sqlite_schema_identify(s);
    for (int v = s->base.version; st == STORE_OK && v < target; v++) {
        char bump[96];
        snprintf(bump, sizeof bump, "PRAGMA user_version = %d; PRAGMA application_id = %d;", v + 1,
                 STORE_SQLITE_APP_ID);
        st = sqlite_exec(s, migrations[v]);
        if (st == STORE_OK)
            st = sqlite_exec(s, bump);
    }
    if (st == STORE_OK)
        st = sqlite_exec(s, "COMMIT");
    if (st != STORE_OK) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return st;
    }
    if (s->base.version < target)
        s->base.version = target;
    return STORE_OK;
}

/* teaser_uid(): a new session id, for migration 4. Not deterministic, so
 * SQLite calls it once per row. */
static void sql_uid(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc, (void)argv;
    char uid[UID_SIZE];
    if (uid_new(uid))
        sqlite3_result_text(ctx, uid, -1, SQLITE_TRANSIENT);
    else
        sqlite3_result_error(ctx, "the system gave no random bytes for a session id", -1);
}

/* What every connection needs before a migration can run on it. */
int sqlite_schema_functions(sqlite3 *db)
{
    return sqlite3_create_function(db, "teaser_uid", 0, SQLITE_UTF8, NULL, sql_uid, NULL, NULL);
}

/* A store older than this teaser opened only to read: its schema is brought
 * up to date in a copy in memory, so that reading never writes the file (which
 * may not be writable at all). The next play or forget upgrades the file. */
StoreStatus sqlite_schema_upgrade_in_memory(SqliteStore *s)
{
    sqlite3 *mem = NULL;
    int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite_schema_functions(mem);
    sqlite3_backup *copy = rc == SQLITE_OK ? sqlite3_backup_init(mem, "main", s->db, "main") : NULL;
    if (copy) {
        rc = sqlite3_backup_step(copy, -1);
        sqlite3_backup_finish(copy);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    } else if (rc == SQLITE_OK) {
        rc = sqlite3_errcode(mem);
    }
    if (rc != SQLITE_OK) {
        sqlite3_close(mem);
        return sqlite_fail(s, rc);
    }
    sqlite3_close(s->db);
    s->db = mem;
    StoreStatus st = sqlite_exec(s, "PRAGMA foreign_keys = ON");
    return st == STORE_OK ? sqlite_schema_upgrade(s, STORE_SCHEMA_VERSION) : st;
}
