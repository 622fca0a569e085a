/* The results store's SQLite backend (store_sqlite, behind store.h): one
 * file. This file opens and closes it and fills the backend's table; the
 * other store_sqlite_*.c files do the rest (store_sqlite_impl.h says which).
 * Durability: WAL with synchronous=FULL, so a commit is on disk (log fsynced)
 * when sqlite3_step returns; each write is one statement or one explicit
 * transaction. Privacy: secure_delete is always on, so deleted rows are
 * overwritten, and forget truncates the log. Opening never leaves an empty
 * or half-made store behind. */
#include "store_sqlite_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { STORE_BUSY_MS = 10000 };

/* Switching a file to WAL needs a moment alone with it. When several teasers
 * start together on a new file SQLite may answer "busy" at once instead of
 * waiting, so the wait is here, as long as for any other lock. */
static StoreStatus use_wal(SqliteStore *s)
{
    for (int waited = 0;; waited += 10) {
        int rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
        if (rc == SQLITE_OK || sqlite_status_of(rc) != STORE_BUSY || waited >= s->busy_ms)
            return rc == SQLITE_OK ? STORE_OK : sqlite_fail(s, rc);
        sqlite3_sleep(10);
    }
}

static StoreStatus configure(SqliteStore *s, StoreMode mode, const StoreOptions *opt)
{
    StoreStatus st = sqlite_exec(s, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
    if (st == STORE_OK)
        st = sqlite_schema_identify(s);
    if (st == STORE_OK && opt && opt->found_version)
        *opt->found_version = s->base.version;
    if (st != STORE_OK || mode == STORE_READ)
        return st == STORE_OK && s->base.version < STORE_SCHEMA_VERSION
                   ? sqlite_schema_upgrade_in_memory(s)
                   : st;
    /* SQLite quietly opens an unwritable file read-only; say so now, not at the first rating */
    if (sqlite3_db_readonly(s->db, "main") == 1)
        return sqlite_fail(s, SQLITE_READONLY);
    st = use_wal(s);
    if (st == STORE_OK)
        st = sqlite_exec(s, "PRAGMA synchronous = FULL;");
    if (st == STORE_OK && opt && opt->max_pages > 0) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld", opt->max_pages);
        st = sqlite_exec(s, sql);
    }
    /* the version read above is only a shortcut: a store at the version wanted
     * stays there; any other is looked at again under the write lock */
    int target = opt && opt->max_version > 0 ? opt->max_version : STORE_SCHEMA_VERSION;
    return st == STORE_OK && s->base.version < target ? sqlite_schema_upgrade(s, target) : st;
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
    if (n == sizeof head && app == STORE_SQLITE_APP_ID)
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
    long long tables = sqlite_query_int(s, &rc, "SELECT count(*) FROM sqlite_master", "");
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

/* Looks at the file before SQLite does: a missing one is created when
 * writing (*created: this open made it), else refused; anything but a regular
 * file is refused. *sb is what was found, for same_file. */
static StoreStatus find_file(const char *path, StoreMode mode, SqliteStore *s, struct stat *sb,
                             bool *created)
{
    int err_no = 0;
    bool exists = stat(path, sb) == 0;
    if (!exists && mode == STORE_WRITE) {
        *created = create_file(path, &err_no);
        exists = stat(path, sb) == 0;
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
    if (!S_ISREG(sb->st_mode)) {
        snprintf(s->base.err, sizeof s->base.err, "%s is not a teaser results store (not a file)",
                 path);
        return STORE_NOT_TEASER;
    }
    return STORE_OK;
}

/* Opens the file with the flags of the mode and configures the connection. */
static StoreStatus open_connection(const char *path, StoreMode mode, const StoreOptions *opt,
                                   SqliteStore *s)
{
    int flags = mode == STORE_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    /* one thread per connection: SQLite's own mutexes would only cost time */
    int rc = sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        snprintf(s->base.err, sizeof s->base.err, "cannot open the results store %s: %s", path,
                 sqlite3_errstr(rc));
        return (rc & 0xFF) == SQLITE_CANTOPEN ? STORE_READONLY : sqlite_status_of(rc);
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, s->busy_ms);
    rc = sqlite_schema_functions(s->db);
    return rc == SQLITE_OK ? configure(s, mode, opt) : sqlite_fail(s, rc);
}

/* One attempt at opening; *again is set when the file was removed under it. */
static StoreStatus open_once(const char *path, StoreMode mode, const StoreOptions *opt,
                             SqliteStore *s, bool *again)
{
    struct stat sb;
    bool created = false;
    StoreStatus st = find_file(path, mode, s, &sb, &created);
    if (st != STORE_OK)
        return st;
    st = open_connection(path, mode, opt, s);
    if (st != STORE_OK && created)
        remove_if_unmade(s);
    *again = st == STORE_OK && mode != STORE_READ && !same_file(path, &sb);
    return st;
}

/* A store not yet opened, with the options that outlive the open. */
static SqliteStore *new_store(const char *path, const StoreOptions *opt)
{
    SqliteStore *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        return NULL;
    }
    s->base.be = &store_sqlite;
    s->busy_ms = opt && opt->busy_ms > 0 ? opt->busy_ms : STORE_BUSY_MS;
    s->fail_after = opt ? opt->fail_after : 0;
    s->fail_readonly = opt && opt->fail_readonly;
    return s;
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
        SqliteStore *s = new_store(path, opt);
        if (!s) {
            snprintf(err, err_size, "out of memory");
            return STORE_IO;
        }
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

static bool sqlite_integrity_ok(Store *store)
{
    SqliteStore *s = (SqliteStore *)store;
    sqlite3_stmt *st;
    bool ok = false;
    if (sqlite3_prepare_v2(s->db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
        ok = sqlite3_step(st) == SQLITE_ROW && !strcmp(sqlite_text_at(st, 0), "ok");
        sqlite3_finalize(st);
    }
    return ok;
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
