/* What a results store backend provides (private to the store files:
 * store.c, store_sqlite*.c, store_pg*.c). store.c picks the backend by the
 * --db value (a PostgreSQL URI, else a file) and forwards every call of
 * store.h to it; a backend's Store begins with struct Store, so that store.c
 * can reach the backend and the last error from any of them. store_union.c
 * is a backend of backends: several stores read as one. */
#ifndef TEASER_STORE_BACKEND_H
#define TEASER_STORE_BACKEND_H

#include "store.h"

typedef struct StoreBackend StoreBackend;

struct Store {
    const StoreBackend *be;
    int version;             /* the schema version found (or made) at open */
    char err[STORE_ERR_MAX]; /* the last failure, one sentence */
};

struct StoreBackend {
    const char *name; /* "SQLite", "PostgreSQL": for messages */
    StoreStatus (*open)(const char *where, StoreMode mode, const StoreOptions *opt, Store **out,
                        char *err, size_t err_size);
    void (*close)(Store *s);
    /* started: as store_now writes it, never NULL here; info->uid: never NULL here
     * (store.c makes one), info->site: NULL when not given, never "" */
    StoreStatus (*begin_session)(Store *s, const SessionInfo *info, const char *started,
                                 int64_t *id);
    StoreStatus (*add_rating)(Store *s, const RatingRecord *r, int64_t *id);
    StoreStatus (*add_event)(Store *s, const EventRecord *e);
    /* finished: as store_now writes it; NULL: now */
    StoreStatus (*finish_session)(Store *s, int64_t session, const char *finished);
    StoreStatus (*transaction)(Store *s, StoreTx tx);
    StoreStatus (*each_rating)(Store *s, const StoreFilter *f,
                               bool (*each)(const RatingRow *, void *), void *ctx);
    StoreStatus (*each_valence)(Store *s, const StoreFilter *f,
                                bool (*each)(const RatingRow *, void *), void *ctx);
    StoreStatus (*each_event)(Store *s, const StoreFilter *f,
                              bool (*each)(const EventRow *, void *), void *ctx);
    StoreStatus (*forget)(Store *s, const char *participant, const char *workshop,
                          ForgetCount *count);
    StoreStatus (*is_forgotten)(Store *s, const SessionInfo *info, const char *started,
                                bool *forgotten);
    bool (*integrity_ok)(Store *s);
    /* added after the first shape: the session with this uid, *id 0 when none */
    StoreStatus (*find_session)(Store *s, const char *uid, int64_t *id);
    /* for sync: whether a uid is there (NULL: store.c asks find_session),
     * and every session with its own fields */
    StoreStatus (*has_session)(Store *s, const char *uid, bool *has);
    StoreStatus (*each_session)(Store *s, const StoreFilter *f,
                                bool (*each)(const SessionRow *, void *), void *ctx);
    /* NULL: the store does not count (store_summarise says STORE_UNSUPPORTED) */
    StoreStatus (*summarise)(Store *s, const StoreFilter *f, const StoreSummarySink *sink);
};

extern const StoreBackend store_sqlite;
extern const StoreBackend store_pg;
extern const StoreBackend store_union;

/* Stores opened to read, read as one (store_union.c): takes the parts over
 * (store_close closes them) unless it fails. */
StoreStatus store_union_of(Store **parts, int n, Store **out, char *err, size_t err_size);

#endif
