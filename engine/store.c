/* The results store's public side (store.h): picks the backend by the --db
 * value, a PostgreSQL URI or else a file, and forwards every call to it. What
 * is the same for every backend (the time format, a session's defaults) is
 * done here, once; no SQL here, that is the backends' (store_sqlite*.c,
 * store_pg*.c). */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_backend.h"
#include "uid.h"

/* A PostgreSQL connection URI (libpq's two spellings); anything else names a file. */
static bool is_pg_uri(const char *where)
{
    return !strncmp(where, "postgresql://", 13) || !strncmp(where, "postgres://", 11);
}

StoreStatus store_open(const char *where, StoreMode mode, const StoreOptions *opt, Store **out,
                       char *err, size_t err_size)
{
    const StoreBackend *be = is_pg_uri(where) ? &store_pg : &store_sqlite;
    *out = NULL;
    return be->open(where, mode, opt, out, err, err_size);
}

StoreStatus store_open_all(const char *const *where, int n, StoreMode mode,
                           const StoreOptions *opt, Store **out, char *err, size_t err_size)
{
    *out = NULL;
    if (n == 1)
        return store_open(where[0], mode, opt, out, err, err_size);
    if (n < 1 || mode != STORE_READ) {
        snprintf(err, err_size, "several results stores can only be read together");
        return STORE_BAD_ARG;
    }
    Store **parts = calloc((size_t)n, sizeof *parts);
    StoreStatus st = parts ? STORE_OK : STORE_IO;
    if (!parts)
        snprintf(err, err_size, "out of memory");
    for (int i = 0; st == STORE_OK && i < n; i++)
        st = store_open(where[i], STORE_READ, opt, &parts[i], err, err_size);
    if (st == STORE_OK)
        st = store_union_of(parts, n, out, err, err_size);
    for (int i = 0; st != STORE_OK && parts && i < n; i++)
        store_close(parts[i]);
    free(parts);
    return st;
}

void store_close(Store *s)
{
    if (s)
        s->be->close(s);
}

const char *store_error(const Store *s)
{
    return s->err;
}

int store_version(const Store *s)
{
    return s->version;
}

void store_now(char out[STORE_TIME_SIZE])
{
    struct timespec t;
    struct tm utc;
    clock_gettime(CLOCK_REALTIME, &t);
    gmtime_r(&t.tv_sec, &utc);
    size_t n = strftime(out, STORE_TIME_SIZE, "%Y-%m-%dT%H:%M:%S", &utc);
    snprintf(out + n, STORE_TIME_SIZE - n, ".%03ldZ", t.tv_nsec / 1000000);
}

/* What every backend is handed: a start time, a uid (a new one when none was
 * given; one given must have the shape uid_new makes, so that no two spellings
 * of an id meet in one store) and a site that is NULL when not given. */
StoreStatus store_begin_session_at(Store *s, const SessionInfo *info, const char *started,
                                   int64_t *id)
{
    char now[STORE_TIME_SIZE], uid[UID_SIZE];
    SessionInfo in = *info;
    if (!started) {
        store_now(now);
        started = now;
    }
    if (in.site && !*in.site)
        in.site = NULL;
    if (in.uid && !uid_valid(in.uid)) {
        snprintf(s->err, sizeof s->err, "\"%.64s\" is not a session id (a UUID in lowercase)",
                 in.uid);
        return STORE_BAD_ARG;
    }
    if (!in.uid) {
        if (!uid_new(uid)) {
            snprintf(s->err, sizeof s->err, "the system gave no random bytes for a session id");
            return STORE_IO;
        }
        in.uid = uid;
    }
    return s->be->begin_session(s, &in, started, id);
}

StoreStatus store_find_session(Store *s, const char *uid, int64_t *id)
{
    *id = 0;
    return s->be->find_session(s, uid, id);
}

StoreStatus store_begin_session(Store *s, const SessionInfo *info, int64_t *id)
{
    return store_begin_session_at(s, info, NULL, id);
}

StoreStatus store_add_rating(Store *s, const RatingRecord *r, int64_t *id)
{
    return s->be->add_rating(s, r, id);
}

StoreStatus store_add_event(Store *s, const EventRecord *e)
{
    return s->be->add_event(s, e);
}

StoreStatus store_finish_session(Store *s, int64_t session)
{
    return s->be->finish_session(s, session, NULL);
}

StoreStatus store_finish_session_at(Store *s, int64_t session, const char *finished)
{
    return s->be->finish_session(s, session, finished);
}

StoreStatus store_has_session(Store *s, const char *uid, bool *has)
{
    int64_t id = 0;
    *has = false;
    if (s->be->has_session)
        return s->be->has_session(s, uid, has);
    StoreStatus st = s->be->find_session(s, uid, &id);
    *has = st == STORE_OK && id > 0;
    return st;
}

StoreStatus store_each_session(Store *s, const StoreFilter *f,
                               bool (*each)(const SessionRow *, void *), void *ctx)
{
    return s->be->each_session(s, f, each, ctx);
}

StoreStatus store_transaction(Store *s, StoreTx tx)
{
    return s->be->transaction(s, tx);
}

StoreStatus store_each_rating(Store *s, const StoreFilter *f,
                              bool (*each)(const RatingRow *, void *), void *ctx)
{
    return s->be->each_rating(s, f, each, ctx);
}

StoreStatus store_each_valence(Store *s, const StoreFilter *f,
                               bool (*each)(const RatingRow *, void *), void *ctx)
{
    return s->be->each_valence(s, f, each, ctx);
}

StoreStatus store_each_event(Store *s, const StoreFilter *f, bool (*each)(const EventRow *, void *),
                             void *ctx)
{
    return s->be->each_event(s, f, each, ctx);
}

StoreStatus store_summarise(Store *s, const StoreFilter *f, const StoreSummarySink *sink)
{
    return s->be->summarise ? s->be->summarise(s, f, sink) : STORE_UNSUPPORTED;
}

StoreStatus store_forget(Store *s, const char *participant, const char *workshop,
                         ForgetCount *count)
{
    if (!participant || !*participant) {
        memset(count, 0, sizeof *count);
        snprintf(s->err, sizeof s->err, "no participant named");
        return STORE_BAD_ARG;
    }
    return s->be->forget(s, participant, workshop, count);
}

StoreStatus store_is_forgotten(Store *s, const SessionInfo *info, const char *started,
                               bool *forgotten)
{
    return s->be->is_forgotten(s, info, started, forgotten);
}

bool store_integrity_ok(Store *s)
{
    return s->be->integrity_ok(s);
}
