/* What the files of the SQLite backend share, and nothing outside them may
 * include: store_sqlite.c (open, close, the backend table), store_sqlite_stmt.c
 * (statements, and a failure as a status and a sentence), store_sqlite_schema.c
 * (the schema and its migrations), store_sqlite_write.c (sessions, ratings,
 * events), store_sqlite_rows.c (reading rows back) and store_sqlite_forget.c
 * (forget and its tombstones). Calls go one way (the layer check refuses a
 * loop): every file calls stmt, which calls none of them; only store_sqlite.c
 * calls the schema's functions, and the others' through its table. */
#ifndef TEASER_STORE_SQLITE_IMPL_H
#define TEASER_STORE_SQLITE_IMPL_H

#include <sqlite3.h>

#include "store_backend.h"

/* A teaser store's application_id ("teas"), in the file's header: set by
 * every migration, checked by sqlite_schema_identify, and read from the bytes
 * by open when SQLite cannot read the file back (a full disk). */
enum { STORE_SQLITE_APP_ID = 0x74656173 };

/* Wall-clock now, as every stored time is written. */
#define STORE_SQLITE_NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

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

/* store_sqlite_stmt.c */
StoreStatus sqlite_status_of(int rc);
StoreStatus sqlite_fail(SqliteStore *s, int rc);
StoreStatus sqlite_exec(SqliteStore *s, const char *sql);
int sqlite_prepare(SqliteStore *s, sqlite3_stmt **st, const char *sql, const char *types, ...);
StoreStatus sqlite_run(SqliteStore *s, sqlite3_stmt *st, int rc, int64_t *rowid);
long long sqlite_query_int(SqliteStore *s, int *rc, const char *sql, const char *types, ...);
const char *sqlite_text_at(sqlite3_stmt *st, int col);

/* store_sqlite_schema.c */
int sqlite_schema_functions(sqlite3 *db);
StoreStatus sqlite_schema_identify(SqliteStore *s);
StoreStatus sqlite_schema_upgrade(SqliteStore *s, int target);
StoreStatus sqlite_schema_upgrade_in_memory(SqliteStore *s);

/* store_sqlite_write.c */
StoreStatus sqlite_transaction(Store *store, StoreTx tx);
StoreStatus sqlite_begin_session(Store *store, const SessionInfo *in, const char *started,
                                 int64_t *id);
StoreStatus sqlite_add_rating(Store *store, const RatingRecord *r, int64_t *id);
StoreStatus sqlite_add_event(Store *store, const EventRecord *e);
StoreStatus sqlite_finish_session(Store *store, int64_t session, const char *finished);

/* store_sqlite_rows.c */
StoreStatus sqlite_each_rating(Store *store, const StoreFilter *f,
                               bool (*each)(const RatingRow *, void *), void *ctx);
StoreStatus sqlite_each_valence(Store *store, const StoreFilter *f,
                                bool (*each)(const RatingRow *, void *), void *ctx);
StoreStatus sqlite_each_event(Store *store, const StoreFilter *f,
                              bool (*each)(const EventRow *, void *), void *ctx);
StoreStatus sqlite_each_session(Store *store, const StoreFilter *f,
                                bool (*each)(const SessionRow *, void *), void *ctx);
StoreStatus sqlite_find_session(Store *store, const char *uid, int64_t *id);

/* store_sqlite_forget.c */
StoreStatus sqlite_forget(Store *store, const char *participant, const char *workshop,
                          ForgetCount *count);
StoreStatus sqlite_is_forgotten(Store *store, const SessionInfo *info, const char *started,
                                bool *forgotten);

#endif
