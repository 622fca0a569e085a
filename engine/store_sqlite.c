/* The results store's SQLite backend (store_sqlite, behind store.h): one
 * file. Durability: WAL with synchronous=FULL, so a commit is on disk (log
 * fsynced) when sqlite3_step returns; each write is one statement or one
 * explicit transaction. Privacy: secure_delete is always on,
 * so deleted rows are overwritten, and forget truncates the log. Identity: a
 * teaser store carries application_id 'teas' and its schema version in
 * user_version; migrations run forward, one transaction each. */
#include "store_backend.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "uid.h"
#include "version.h"

enum { STORE_APP_ID = 0x74656173 /* "teas" */, STORE_BUSY_MS = 10000 };

/* A Store of this backend: struct Store first, so that store.c reaches the
 * backend, the version and the last error. */
typedef struct {
    Store base;
    sqlite3 *db;
    char *path;
    int busy_ms;
    long writes, fail_after; /* fault drills: writes done, and where the disk "fills" */
    bool fail_readonly;      /* ... or the store "becomes" read-only */
} SqliteStore;

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
};

/* The typed columns each event kind fills; the others stay NULL. */
enum { COLUMN_MS = 1, COLUMN_NUMBER = 2, COLUMN_CORRECT = 4 };
static const unsigned char event_columns[EVENT_KIND_COUNT] = {
    [EVENT_WAITED] = COLUMN_MS | COLUMN_NUMBER,
    [EVENT_QUEUE] = COLUMN_NUMBER,
    [EVENT_HANGUP] = COLUMN_MS,
    [EVENT_DISCONNECTED] = COLUMN_MS,
    [EVENT_ANSWER] = COLUMN_MS | COLUMN_NUMBER | COLUMN_CORRECT,
    [EVENT_FORM_ACCEPTED] = COLUMN_NUMBER,
    [EVENT_FORM_REJECTED] = COLUMN_NUMBER,
    [EVENT_FORM_EMPTIED] = COLUMN_MS,
};

static StoreStatus status_of(int rc)
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
static StoreStatus fail(SqliteStore *s, int rc)
{
    /* SQLite keeps the errno of some failures only; errno itself still holds
     * it when the failing call has just returned */
    int sys_errno = errno;
    StoreStatus st = status_of(rc);
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

static StoreStatus exec(SqliteStore *s, const char *sql)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? STORE_OK : fail(s, rc);
}

/* One integer from a one-row query (a pragma); -1 on failure. */
static long long query_int(SqliteStore *s, const char *sql, int *rc)
{
    sqlite3_stmt *st;
    long long v = -1;
    *rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (*rc == SQLITE_OK) {
        *rc = sqlite3_step(st);
        if (*rc == SQLITE_ROW) {
            v = sqlite3_column_int64(st, 0);
            *rc = SQLITE_OK;
        }
        sqlite3_finalize(st);
    }
    return v;
}

/* Is this file a teaser store (or a new, empty one), and of which version? */
static StoreStatus identify(SqliteStore *s)
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
        return fail(s, rc);
    if (app != STORE_APP_ID && !(app == 0 && version == 0 && tables == 0)) {
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
static StoreStatus upgrade(SqliteStore *s, int target)
{
    StoreStatus st = exec(s, "BEGIN IMMEDIATE");
    if (st == STORE_OK)
        st = identify(s);
    for (int v = s->base.version; st == STORE_OK && v < target; v++) {
        char bump[96];
        snprintf(bump, sizeof bump, "PRAGMA user_version = %d; PRAGMA application_id = %d;", v + 1,
                 STORE_APP_ID);
        st = exec(s, migrations[v]);
        if (st == STORE_OK)
            st = exec(s, bump);
    }
    if (st == STORE_OK)
        st = exec(s, "COMMIT");
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
static int add_functions(sqlite3 *db)
{
    return sqlite3_create_function(db, "teaser_uid", 0, SQLITE_UTF8, NULL, sql_uid, NULL, NULL);
}

/* Switching a file to WAL needs a moment alone with it. When several teasers
 * start together on a new file SQLite may answer "busy" at once instead of
 * waiting, so the wait is here, as long as for any other lock. */
static StoreStatus use_wal(SqliteStore *s)
{
    for (int waited = 0;; waited += 10) {
        int rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
        if (rc == SQLITE_OK || status_of(rc) != STORE_BUSY || waited >= s->busy_ms)
            return rc == SQLITE_OK ? STORE_OK : fail(s, rc);
        sqlite3_sleep(10);
    }
}

/* A store older than this teaser opened only to read: its schema is brought
 * up to date in a copy in memory, so that reading never writes the file (which
 * may not be writable at all). The next play or forget upgrades the file. */
static StoreStatus upgrade_in_memory(SqliteStore *s)
{
    sqlite3 *mem = NULL;
    int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc == SQLITE_OK)
        rc = add_functions(mem);
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
        return fail(s, rc);
    }
    sqlite3_close(s->db);
    s->db = mem;
    StoreStatus st = exec(s, "PRAGMA foreign_keys = ON");
    return st == STORE_OK ? upgrade(s, STORE_SCHEMA_VERSION) : st;
}

static StoreStatus configure(SqliteStore *s, StoreMode mode, const StoreOptions *opt)
{
    StoreStatus st = exec(s, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
    if (st == STORE_OK)
        st = identify(s);
    if (st == STORE_OK && opt && opt->found_version)
        *opt->found_version = s->base.version;
    if (st != STORE_OK || mode == STORE_READ)
        return st == STORE_OK && s->base.version < STORE_SCHEMA_VERSION ? upgrade_in_memory(s) : st;
    /* SQLite quietly opens an unwritable file read-only; say so now, not at the first rating */
    if (sqlite3_db_readonly(s->db, "main") == 1)
        return fail(s, SQLITE_READONLY);
    st = use_wal(s);
    if (st == STORE_OK)
        st = exec(s, "PRAGMA synchronous = FULL;");
    if (st == STORE_OK && opt && opt->max_pages > 0) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld", opt->max_pages);
        st = exec(s, sql);
    }
    /* the version read above is only a shortcut: a store at the version wanted
     * stays there; any other is looked at again under the write lock */
    int target = opt && opt->max_version > 0 ? opt->max_version : STORE_SCHEMA_VERSION;
    return st == STORE_OK && s->base.version < target ? upgrade(s, target) : st;
}

/* Creates the file when it is missing, as this open's own: O_EXCL tells the one
 * teaser that made it from others that start at the same moment. */
static bool create_file(const char *path, int *err_no)
{
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    *err_no = fd < 0 ? errno : 0;
    if (fd >= 0)
        close(fd);
    return fd >= 0;
}

/* When SQLite cannot even read the file back (the disk too full for its
 * shared-memory index), the files say whether a schema was ever committed: in
 * the file's header (application id), or in its log, which then holds at
 * least one whole frame (a 32-byte header, then 24 bytes and a page). */
static bool committed_on_disk(const char *path)
{
    unsigned char head[100] = {0};
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(head, 1, sizeof head, f) : 0;
    if (f)
        fclose(f);
    unsigned long app = (unsigned long)head[68] << 24 | (unsigned long)head[69] << 16 |
                        (unsigned long)head[70] << 8 | head[71];
    if (n == sizeof head && app == STORE_APP_ID)
        return true;
    long page = n == sizeof head ? head[16] << 8 | head[17] : 4096;
    page = page == 1 ? 65536 : page;
    char wal[4200];
    struct stat sb;
    snprintf(wal, sizeof wal, "%s-wal", path);
    return stat(wal, &sb) == 0 && sb.st_size >= 32 + 24 + page;
}

/* A store this open created and could not make a teaser store of (a full
 * disk) is removed with its companions, so that no empty or half-made store
 * is left behind. Only while it has no schema: another teaser that started at
 * the same moment may have made it a store meanwhile. */
static void remove_if_unmade(SqliteStore *s)
{
    int rc;
    long long tables = query_int(s, "SELECT count(*) FROM sqlite_master", &rc);
    bool unmade = rc == SQLITE_OK ? tables == 0 : !committed_on_disk(s->path);
    sqlite3_close(s->db);
    s->db = NULL;
    if (!unmade)
        return;
    static const char *const companions[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof companions / sizeof *companions; i++) {
        char name[4200];
        snprintf(name, sizeof name, "%s%s", s->path, companions[i]);
        unlink(name);
    }
}

/* Does path still name the file that was there before it was opened? Not when
 * the teaser that created it removed it again (remove_if_unmade) meanwhile. */
static bool same_file(const char *path, const struct stat *before)
{
    struct stat now;
    return stat(path, &now) == 0 && now.st_ino == before->st_ino && now.st_dev == before->st_dev;
}

/* One attempt at opening; *again is set when the file was removed under it. */
static StoreStatus open_once(const char *path, StoreMode mode, const StoreOptions *opt,
                             SqliteStore *s, bool *again)
{
    struct stat sb;
    int err_no = 0;
    bool exists = stat(path, &sb) == 0, created = false;
    if (!exists && mode == STORE_WRITE) {
        created = create_file(path, &err_no);
        exists = stat(path, &sb) == 0;
    }
    if (!exists) {
        if (mode != STORE_WRITE) {
            snprintf(s->base.err, sizeof s->base.err, "there is no results store at %s", path);
            return STORE_MISSING;
        }
        snprintf(s->base.err, sizeof s->base.err, "cannot open the results store %s: %s", path,
                 err_no == ENOENT ? "its folder does not exist" : strerror(err_no));
        return err_no == EACCES || err_no == EROFS || err_no == EPERM ? STORE_READONLY
               : err_no == ENOSPC || err_no == EDQUOT                 ? STORE_FULL
                                                                      : STORE_IO;
    }
    if (!S_ISREG(sb.st_mode)) {
        snprintf(s->base.err, sizeof s->base.err, "%s is not a teaser results store (not a file)",
                 path);
        return STORE_NOT_TEASER;
    }
    int flags = mode == STORE_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    /* one thread per connection: SQLite's own mutexes would only cost time */
    int rc = sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    StoreStatus st;
    if (rc != SQLITE_OK) {
        st = (rc & 0xFF) == SQLITE_CANTOPEN ? STORE_READONLY : status_of(rc);
        snprintf(s->base.err, sizeof s->base.err, "cannot open the results store %s: %s", path,
                 sqlite3_errstr(rc));
    } else {
        sqlite3_extended_result_codes(s->db, 1);
        sqlite3_busy_timeout(s->db, s->busy_ms);
        rc = add_functions(s->db);
        st = rc == SQLITE_OK ? configure(s, mode, opt) : fail(s, rc);
    }
    if (st != STORE_OK && created)
        remove_if_unmade(s);
    *again = st == STORE_OK && mode != STORE_READ && !same_file(path, &sb);
    return st;
}

static void sqlite_close(Store *store);

/* Opening is where most failures are told apart, so each gets its status and
 * a sentence naming the path. The file is looked at first (missing, not a
 * regular file), then opened with the flags of the mode; configure checks
 * that it is a teaser store (or a new, empty file), not newer than this
 * teaser, and writable when it must be, sets WAL and synchronous=FULL, and
 * brings an older schema up to date: the file when writing, a copy in memory
 * when only reading. A file removed under the open (its creator failed) is
 * opened again, a few times at most. */
static StoreStatus sqlite_open(const char *path, StoreMode mode, const StoreOptions *opt,
                               Store **out, char *err, size_t err_size)
{
    *out = NULL;
    for (int attempt = 0;; attempt++) {
        SqliteStore *s = calloc(1, sizeof *s);
        if (!s || !(s->path = strdup(path))) {
            free(s);
            snprintf(err, err_size, "out of memory");
            return STORE_IO;
        }
        s->base.be = &store_sqlite;
        s->busy_ms = opt && opt->busy_ms > 0 ? opt->busy_ms : STORE_BUSY_MS;
        s->fail_after = opt ? opt->fail_after : 0;
        s->fail_readonly = opt && opt->fail_readonly;
        bool again = false;
        StoreStatus st = open_once(path, mode, opt, s, &again);
        if (st == STORE_OK && !again) {
            *out = &s->base;
            return STORE_OK;
        }
        snprintf(err, err_size, "%s", s->base.err);
        sqlite_close(&s->base);
        if (st != STORE_OK || attempt == 3) {
            if (st == STORE_OK)
                snprintf(err, err_size, "the results store %s was removed while it was opened",
                         path);
            return st == STORE_OK ? STORE_IO : st;
        }
    }
}

static void sqlite_close(Store *store)
{
    SqliteStore *s = (SqliteStore *)store;
    if (!s)
        return;
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

/* Prepares sql and binds the arguments described by types: 't' text (NULL
 * binds NULL), 'i' int64, 'n' int where 0 binds NULL, 'p' a const int64_t *
 * (NULL binds NULL). */
static int prepare(SqliteStore *s, sqlite3_stmt **st, const char *sql, const char *types, ...)
{
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    va_list ap;
    va_start(ap, types);
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
    va_end(ap);
    return rc;
}

/* Runs one prepared write to completion; its commit is durable on return. */
static StoreStatus run(SqliteStore *s, sqlite3_stmt *st, int rc, int64_t *rowid)
{
    if (rc == SQLITE_OK && s->fail_after > 0 && ++s->writes > s->fail_after) {
        sqlite3_finalize(st);
        return fail(s, s->fail_readonly ? SQLITE_READONLY : SQLITE_FULL);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, rc);
    if (rowid)
        *rowid = sqlite3_last_insert_rowid(s->db);
    return STORE_OK;
}

#define NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

static StoreStatus sqlite_transaction(Store *store, StoreTx tx)
{
    SqliteStore *s = (SqliteStore *)store;
    static const char *const sql[] = {"BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"};
    if (tx == STORE_TX_ROLLBACK && sqlite3_get_autocommit(s->db))
        return STORE_OK; /* nothing begun, or SQLite rolled it back itself */
    return exec(s, sql[tx]);
}

static StoreStatus sqlite_begin_session(Store *store, const SessionInfo *in, const char *started,
                                        int64_t *id)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, &st,
                     "INSERT INTO sessions (scenario, scenario_hash, workshop, participant, "
                     "department, language, engine_version, started, uid, site) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     "tttttttttt", in->scenario, in->scenario_hash,
                     in->workshop ? in->workshop : "", in->participant, in->department,
                     in->language, in->engine_version ? in->engine_version : TEASER_VERSION,
                     started, in->uid, in->site);
    return run(s, st, rc, id);
}

static StoreStatus sqlite_add_rating(Store *store, const RatingRecord *r, int64_t *id)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc =
        prepare(s, &st,
                "INSERT INTO ratings (session, step, touchpoint, valence, valence_points, "
                "arousal, arousal_points, emotion, onset_ms, response_ms, input_device, "
                "changes, timed_out, skipped, given) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, " NOW "))",
                "ittnnnntiitiiit", r->session, r->step, r->touchpoint, r->valence,
                r->valence_points, r->arousal, r->arousal_points, r->emotion, r->onset_ms,
                r->response_ms, r->input_device, (int64_t)r->changes, (int64_t)r->timed_out,
                (int64_t)r->skipped, r->given);
    return run(s, st, rc, id);
}

static StoreStatus sqlite_add_event(Store *store, const EventRecord *e)
{
    SqliteStore *s = (SqliteStore *)store;
    const Event *ev = &e->event;
    if ((unsigned)ev->kind >= EVENT_KIND_COUNT) {
        snprintf(s->base.err, sizeof s->base.err, "no event kind %d", (int)ev->kind);
        return STORE_BAD_ARG;
    }
    unsigned use = event_columns[ev->kind];
    int64_t number = ev->count, correct = ev->right;
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, &st,
                     "INSERT INTO events (session, step, t_ms, kind, ms, number, correct, detail) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     "ititpppt", e->session, e->step, e->t_ms, event_name(ev->kind),
                     use & COLUMN_MS ? &ev->ms : NULL, use & COLUMN_NUMBER ? &number : NULL,
                     use & COLUMN_CORRECT ? &correct : NULL, e->detail);
    return run(s, st, rc, NULL);
}

static StoreStatus sqlite_finish_session(Store *store, int64_t session, const char *finished)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, &st, "UPDATE sessions SET finished = coalesce(?, " NOW ") WHERE id = ?",
                     "ti", finished, session);
    StoreStatus status = run(s, st, rc, NULL);
    if (status == STORE_OK && sqlite3_changes(s->db) != 1) {
        snprintf(s->base.err, sizeof s->base.err, "the results store %s has no session %lld",
                 s->path, (long long)session);
        return STORE_BAD_ARG;
    }
    return status;
}

static const char *text_at(sqlite3_stmt *st, int col)
{
    return (const char *)sqlite3_column_text(st, col);
}

static void read_row(sqlite3_stmt *st, RatingRow *r)
{
    r->session = sqlite3_column_int64(st, 0);
    r->rating = sqlite3_column_int64(st, 1);
    r->workshop = text_at(st, 2);
    r->participant = text_at(st, 3);
    r->department = text_at(st, 4);
    r->scenario = text_at(st, 5);
    r->scenario_hash = text_at(st, 6);
    r->language = text_at(st, 7);
    r->engine_version = text_at(st, 8);
    r->started = text_at(st, 9);
    r->finished = text_at(st, 10);
    r->step = text_at(st, 11);
    r->touchpoint = text_at(st, 12);
    r->emotion = text_at(st, 13);
    r->input_device = text_at(st, 14);
    r->given = text_at(st, 15);
    r->valence = sqlite3_column_int(st, 16);
    r->valence_points = sqlite3_column_int(st, 17);
    r->arousal = sqlite3_column_int(st, 18);
    r->arousal_points = sqlite3_column_int(st, 19);
    r->changes = sqlite3_column_int(st, 20);
    r->onset_ms = sqlite3_column_int64(st, 21);
    r->response_ms = sqlite3_column_int64(st, 22);
    r->timed_out = sqlite3_column_int(st, 23) != 0;
    r->skipped = sqlite3_column_int(st, 24) != 0;
    r->site = text_at(st, 25);
    r->session_uid = text_at(st, 26);
}

/* The sessions (s) a StoreFilter selects: ?1 workshop, ?2 scenario, ?3
 * department, ?4 site; NULL selects every one. */
#define SELECTED                                                                                   \
    "(?1 IS NULL OR s.workshop = ?1) AND (?2 IS NULL OR s.scenario = ?2) "                         \
    "AND (?3 IS NULL OR s.department = ?3) AND (?4 IS NULL OR s.site = ?4) "

/* Prepares SELECT columns FROM from WHERE SELECTED ORDER BY order, with the
 * filter's values bound. One session (?5, its uid) is asked for as "s.uid =
 * ?5" only when given: "?5 IS NULL OR ..." would keep SQLite from its index,
 * and a sync reads each session alone (a full scan each: quadratic). */
static int prepare_selected(SqliteStore *s, sqlite3_stmt **st, const char *columns,
                            const char *from, const char *order, const StoreFilter *f)
{
    char sql[1024];
    bool one = f && f->session;
    snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE " SELECTED "AND %s ORDER BY %s", columns,
             from, one ? "s.uid = ?5" : "?5 IS NULL", order);
    return prepare(s, st, sql, "ttttt", f ? f->workshop : NULL, f ? f->scenario : NULL,
                   f ? f->department : NULL, f ? f->site : NULL, one ? f->session : NULL);
}

/* The ratings a filter selects, one row at a time, read by read into a RatingRow. */
static StoreStatus each_row(SqliteStore *s, const StoreFilter *f, const char *columns,
                            void (*read)(sqlite3_stmt *, RatingRow *),
                            bool (*each)(const RatingRow *, void *), void *ctx)
{
    sqlite3_stmt *st = NULL;
    int rc = prepare_selected(s, &st, columns, "ratings r JOIN sessions s ON s.id = r.session",
                              "s.id, r.id", f);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            RatingRow row = {0};
            read(st, &row);
            if (!each(&row, ctx)) {
                rc = SQLITE_DONE;
                break;
            }
        }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? STORE_OK : fail(s, rc);
}

static StoreStatus sqlite_each_rating(Store *store, const StoreFilter *f,
                                      bool (*each)(const RatingRow *, void *), void *ctx)
{
    SqliteStore *s = (SqliteStore *)store;
    return each_row(s, f,
                    "s.id, r.id, s.workshop, s.participant, s.department, s.scenario, "
                    "s.scenario_hash, s.language, s.engine_version, s.started, s.finished, "
                    "r.step, r.touchpoint, r.emotion, r.input_device, r.given, r.valence, "
                    "r.valence_points, r.arousal, r.arousal_points, r.changes, r.onset_ms, "
                    "r.response_ms, r.timed_out, r.skipped, s.site, s.uid",
                    read_row, each, ctx);
}

static void read_valence(sqlite3_stmt *st, RatingRow *r)
{
    r->session = sqlite3_column_int64(st, 0);
    r->participant = text_at(st, 1);
    r->started = text_at(st, 2);
    r->touchpoint = text_at(st, 3);
    r->valence = sqlite3_column_int(st, 4);
    r->valence_points = sqlite3_column_int(st, 5);
    r->workshop = text_at(st, 6);
    r->department = text_at(st, 7);
    r->site = text_at(st, 8);
    r->session_uid = text_at(st, 9);
}

static StoreStatus sqlite_each_valence(Store *store, const StoreFilter *f,
                                       bool (*each)(const RatingRow *, void *), void *ctx)
{
    SqliteStore *s = (SqliteStore *)store;
    return each_row(s, f,
                    "s.id, s.participant, s.started, r.touchpoint, r.valence, r.valence_points, "
                    "s.workshop, s.department, s.site, s.uid",
                    read_valence, each, ctx);
}

/* An event row's kind and typed columns; false when the kind has no name. */
static bool read_event(sqlite3_stmt *st, EventRow *row)
{
    row->session = sqlite3_column_int64(st, 0);
    row->step = text_at(st, 1);
    row->detail = text_at(st, 3);
    row->t_ms = sqlite3_column_int64(st, 4);
    Event *ev = &row->event;
    bool null_ms = sqlite3_column_type(st, 5) == SQLITE_NULL,
         null_number = sqlite3_column_type(st, 6) == SQLITE_NULL,
         null_correct = sqlite3_column_type(st, 7) == SQLITE_NULL;
    ev->ms = null_ms ? 0 : sqlite3_column_int64(st, 5);
    ev->count = null_number ? 0 : sqlite3_column_int(st, 6);
    ev->right = null_correct ? -1 : sqlite3_column_int(st, 7);
    row->workshop = text_at(st, 8);
    row->participant = text_at(st, 9);
    row->department = text_at(st, 10);
    row->site = text_at(st, 11);
    row->session_uid = text_at(st, 12);
    return event_kind(text_at(st, 2), &ev->kind);
}

static StoreStatus sqlite_each_event(Store *store, const StoreFilter *f,
                                     bool (*each)(const EventRow *, void *), void *ctx)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = prepare_selected(s, &st,
                              "e.session, e.step, e.kind, e.detail, e.t_ms, e.ms, e.number, "
                              "e.correct, s.workshop, s.participant, s.department, s.site, s.uid",
                              "events e JOIN sessions s ON s.id = e.session", "e.session, e.id", f);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            EventRow row = {0};
            if (!read_event(st, &row))
                continue; /* a kind this teaser has no name for */
            if (!each(&row, ctx)) {
                rc = SQLITE_DONE;
                break;
            }
        }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? STORE_OK : fail(s, rc);
}

static StoreStatus sqlite_each_session(Store *store, const StoreFilter *f,
                                       bool (*each)(const SessionRow *, void *), void *ctx)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = prepare_selected(s, &st,
                              "s.id, s.scenario, s.scenario_hash, s.workshop, s.participant, "
                              "s.department, s.language, s.site, s.uid, s.engine_version, "
                              "s.started, s.finished",
                              "sessions s", "s.id", f);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            SessionRow row = {
                .session = sqlite3_column_int64(st, 0),
                .info = {.scenario = text_at(st, 1), .scenario_hash = text_at(st, 2),
                         .workshop = text_at(st, 3), .participant = text_at(st, 4),
                         .department = text_at(st, 5), .language = text_at(st, 6),
                         .site = text_at(st, 7), .uid = text_at(st, 8),
                         .engine_version = text_at(st, 9)},
                .started = text_at(st, 10),
                .finished = text_at(st, 11),
            };
            if (!each(&row, ctx)) {
                rc = SQLITE_DONE;
                break;
            }
        }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? STORE_OK : fail(s, rc);
}

static int count_of(SqliteStore *s, const char *sql, const char *participant, const char *workshop,
                    int *rc)
{
    sqlite3_stmt *st = NULL;
    int n = 0;
    *rc = prepare(s, &st, sql, "tt", participant, workshop);
    if (*rc == SQLITE_OK && (*rc = sqlite3_step(st)) == SQLITE_ROW) {
        n = sqlite3_column_int(st, 0);
        *rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return n;
}

#define OF_PERSON                                                                                  \
    "(SELECT id FROM sessions WHERE participant = ?1 AND (?2 IS NULL OR workshop = ?2))"

/* How a tombstone names a pseudonym: FNV-1a, 64 bits, hex. Enough to know
 * the pseudonym again; it keeps the pseudonym's text out of the file. */
static void participant_hash(const char *participant, char out[17])
{
    uint64_t h = 0xcbf29ce484222325u;
    for (const char *c = participant; *c; c++)
        h = (h ^ (unsigned char)*c) * 0x100000001b3u;
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static StoreStatus add_tombstone(SqliteStore *s, const char *participant, const char *workshop)
{
    char hash[17];
    participant_hash(participant, hash);
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, &st,
                     "INSERT INTO tombstones (participant_hash, workshop, forgotten) "
                     "VALUES (?, ?, " NOW ")",
                     "tt", hash, workshop);
    return run(s, st, rc, NULL);
}

static StoreStatus sqlite_is_forgotten(Store *store, const SessionInfo *info, const char *started,
                                       bool *forgotten)
{
    SqliteStore *s = (SqliteStore *)store;
    char hash[17];
    participant_hash(info->participant ? info->participant : "", hash);
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, &st,
                     "SELECT count(*) FROM tombstones WHERE participant_hash = ?1 "
                     "AND (workshop IS NULL OR workshop = ?2) AND (?3 IS NULL OR forgotten >= ?3)",
                     "ttt", hash, info->workshop ? info->workshop : "", started);
    *forgotten = false;
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        *forgotten = sqlite3_column_int(st, 0) > 0;
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? STORE_OK : fail(s, rc);
}

static StoreStatus delete_person(SqliteStore *s, const char *participant, const char *workshop,
                                 ForgetCount *count)
{
    static const char *const deletes[] = {
        "DELETE FROM events WHERE session IN " OF_PERSON,
        "DELETE FROM ratings WHERE session IN " OF_PERSON,
        "DELETE FROM sessions WHERE id IN " OF_PERSON,
    };
    int rc;
    count->sessions = count_of(s, "SELECT count(*) FROM sessions WHERE id IN " OF_PERSON,
                               participant, workshop, &rc);
    if (rc == SQLITE_OK)
        count->ratings = count_of(s, "SELECT count(*) FROM ratings WHERE session IN " OF_PERSON,
                                  participant, workshop, &rc);
    if (rc == SQLITE_OK)
        count->events = count_of(s, "SELECT count(*) FROM events WHERE session IN " OF_PERSON,
                                 participant, workshop, &rc);
    for (size_t i = 0; rc == SQLITE_OK && i < sizeof deletes / sizeof *deletes; i++) {
        sqlite3_stmt *st = NULL;
        rc = prepare(s, &st, deletes[i], "tt", participant, workshop);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(s->db);
        sqlite3_finalize(st);
    }
    return rc == SQLITE_OK ? STORE_OK : fail(s, rc);
}

static StoreStatus sqlite_forget(Store *store, const char *participant, const char *workshop,
                                 ForgetCount *count)
{
    SqliteStore *s = (SqliteStore *)store;
    memset(count, 0, sizeof *count);
    if (!participant || !*participant) {
        snprintf(s->base.err, sizeof s->base.err, "no participant named");
        return STORE_BAD_ARG;
    }
    StoreStatus st = exec(s, "BEGIN IMMEDIATE");
    if (st == STORE_OK)
        st = delete_person(s, participant, workshop, count);
    if (st == STORE_OK)
        st = add_tombstone(s, participant, workshop);
    if (st == STORE_OK)
        st = exec(s, "COMMIT");
    if (st != STORE_OK) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return st;
    }
    /* The deleted rows are zeroed in the log; copying it into the file and
     * truncating it leaves no trace. Other readers keep the log alive. */
    int log_frames = -1, copied = -1;
    int rc =
        sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log_frames, &copied);
    if (rc != SQLITE_OK) {
        snprintf(s->base.err, sizeof s->base.err,
                 "deleted, but another program has the results store %s open, so traces stay "
                 "in its log until it closes; run forget again then",
                 s->path);
        count->log_kept = true;
    }
    return STORE_OK;
}

static bool sqlite_integrity_ok(Store *store)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st;
    bool ok = false;
    if (sqlite3_prepare_v2(s->db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
        ok = sqlite3_step(st) == SQLITE_ROW && !strcmp(text_at(st, 0), "ok");
        sqlite3_finalize(st);
    }
    return ok;
}

static StoreStatus sqlite_find_session(Store *store, const char *uid, int64_t *id)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, &st, "SELECT id FROM sessions WHERE uid = ?", "t", uid);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        *id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : fail(s, rc);
}

const StoreBackend store_sqlite = {
    .name = "SQLite",
    .open = sqlite_open,
    .close = sqlite_close,
    .begin_session = sqlite_begin_session,
    .add_rating = sqlite_add_rating,
    .add_event = sqlite_add_event,
    .finish_session = sqlite_finish_session,
    .transaction = sqlite_transaction,
    .each_rating = sqlite_each_rating,
    .each_valence = sqlite_each_valence,
    .each_event = sqlite_each_event,
    .forget = sqlite_forget,
    .is_forgotten = sqlite_is_forgotten,
    .integrity_ok = sqlite_integrity_ok,
    .find_session = sqlite_find_session,
    .each_session = sqlite_each_session,
};
