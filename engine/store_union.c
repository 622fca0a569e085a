/* Several stores read as one: report, debrief and export with --db given
 * more than once. A session found in two of them (a laptop's file copied,
 * or synced to the server and also kept) counts once, by its uid: the first
 * store, in the order given, that has rows of it gives them all. Sessions are
 * numbered afresh, one number per uid, the same in every call, since each
 * store's own numbers can meet. Nothing is written: the union is for reading.
 * No SQL here: it reads the stores through their backends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "store_backend.h"

typedef struct {
    Store base;
    Store **parts;
    int n;
    Names uids; /* every session seen, in order: its number is index + 1 */
    int *owner; /* per uid: the part that gives it */
    int n_owner, cap_owner;
} Union;

/* One reading pass over one part: the caller's callback and the part. */
typedef struct {
    Union *u;
    int part;
    bool (*rating)(const RatingRow *, void *);
    bool (*event)(const EventRow *, void *);
    bool (*session)(const SessionRow *, void *);
    void *ctx;
    bool stopped, failed;
} Pass;

/* The union's number for a session of this part, or 0 when an earlier part
 * gives that session (or memory ran out: failed is set). */
static int64_t number_of(Pass *p, int64_t session, const char *uid)
{
    Union *u = p->u;
    char own[48];
    if (!uid) { /* no uid (never from a store at version 4): this part's own session */
        snprintf(own, sizeof own, "%d:%lld", p->part, (long long)session);
        uid = own;
    }
    int k = names_add(&u->uids, uid);
    if (k >= 0 && k == u->n_owner) {
        if (u->n_owner == u->cap_owner) {
            int cap = u->cap_owner ? 2 * u->cap_owner : 256;
            int *grown = realloc(u->owner, (size_t)cap * sizeof *grown);
            if (!grown)
                return p->failed = true, 0;
            u->owner = grown, u->cap_owner = cap;
        }
        u->owner[u->n_owner++] = p->part;
    }
    if (k < 0)
        return p->failed = true, 0;
    return u->owner[k] == p->part ? k + 1 : 0;
}

static bool pass_rating(const RatingRow *row, void *ctx)
{
    Pass *p = ctx;
    int64_t n = number_of(p, row->session, row->session_uid);
    if (n <= 0) /* given by an earlier part, or memory ran out */
        return !p->failed;
    RatingRow r = *row;
    r.session = n;
    return !(p->stopped = !p->rating(&r, p->ctx));
}

static bool pass_event(const EventRow *row, void *ctx)
{
    Pass *p = ctx;
    int64_t n = number_of(p, row->session, row->session_uid);
    if (n <= 0) /* given by an earlier part, or memory ran out */
        return !p->failed;
    EventRow e = *row;
    e.session = n;
    return !(p->stopped = !p->event(&e, p->ctx));
}

static bool pass_session(const SessionRow *row, void *ctx)
{
    Pass *p = ctx;
    int64_t n = number_of(p, row->session, row->info.uid);
    if (n <= 0) /* given by an earlier part, or memory ran out */
        return !p->failed;
    SessionRow r = *row;
    r.session = n;
    return !(p->stopped = !p->session(&r, p->ctx));
}

typedef enum { READ_RATINGS, READ_VALENCES, READ_EVENTS, READ_SESSIONS } Reading;

/* Each part in turn, through its own backend. */
static StoreStatus read_all(Store *s, const StoreFilter *f, Reading what, Pass *pass)
{
    Union *u = (Union *)s;
    for (pass->part = 0; pass->part < u->n && !pass->stopped; pass->part++) {
        Store *part = u->parts[pass->part];
        const StoreBackend *be = part->be;
        StoreStatus st = what == READ_RATINGS    ? be->each_rating(part, f, pass_rating, pass)
                         : what == READ_VALENCES ? be->each_valence(part, f, pass_rating, pass)
                         : what == READ_EVENTS   ? be->each_event(part, f, pass_event, pass)
                                                 : be->each_session(part, f, pass_session, pass);
        if (pass->failed) {
            snprintf(s->err, sizeof s->err, "out of memory reading %d stores together", u->n);
            return STORE_IO;
        }
        if (st != STORE_OK) {
            snprintf(s->err, sizeof s->err, "%s", part->err);
            return st;
        }
    }
    return STORE_OK;
}

static StoreStatus each_rating(Store *s, const StoreFilter *f,
                               bool (*each)(const RatingRow *, void *), void *ctx)
{
    Pass pass = {.u = (Union *)s, .rating = each, .ctx = ctx};
    return read_all(s, f, READ_RATINGS, &pass);
}

static StoreStatus each_valence(Store *s, const StoreFilter *f,
                                bool (*each)(const RatingRow *, void *), void *ctx)
{
    Pass pass = {.u = (Union *)s, .rating = each, .ctx = ctx};
    return read_all(s, f, READ_VALENCES, &pass);
}

static StoreStatus each_event(Store *s, const StoreFilter *f,
                              bool (*each)(const EventRow *, void *), void *ctx)
{
    Pass pass = {.u = (Union *)s, .event = each, .ctx = ctx};
    return read_all(s, f, READ_EVENTS, &pass);
}

static StoreStatus each_session(Store *s, const StoreFilter *f,
                                bool (*each)(const SessionRow *, void *), void *ctx)
{
    Pass pass = {.u = (Union *)s, .session = each, .ctx = ctx};
    return read_all(s, f, READ_SESSIONS, &pass);
}

/* ---- what a union does not do: write ---- */

static StoreStatus read_only(Store *s)
{
    snprintf(s->err, sizeof s->err,
             "several results stores are read together here; nothing is written to them");
    return STORE_BAD_ARG;
}

static StoreStatus begin_session(Store *s, const SessionInfo *info, const char *started,
                                 int64_t *id)
{
    (void)info, (void)started, (void)id;
    return read_only(s);
}

static StoreStatus add_rating(Store *s, const RatingRecord *r, int64_t *id)
{
    (void)r, (void)id;
    return read_only(s);
}

static StoreStatus add_event(Store *s, const EventRecord *e)
{
    (void)e;
    return read_only(s);
}

static StoreStatus finish_session(Store *s, int64_t session, const char *finished)
{
    (void)session, (void)finished;
    return read_only(s);
}

static StoreStatus transaction(Store *s, StoreTx tx)
{
    (void)tx;
    return read_only(s);
}

static StoreStatus forget(Store *s, const char *participant, const char *workshop,
                          ForgetCount *count)
{
    (void)participant, (void)workshop, (void)count;
    return read_only(s);
}

/* Forgotten in any of them. */
static StoreStatus is_forgotten(Store *s, const SessionInfo *info, const char *started,
                                bool *forgotten)
{
    Union *u = (Union *)s;
    *forgotten = false;
    for (int i = 0; i < u->n && !*forgotten; i++) {
        StoreStatus st = u->parts[i]->be->is_forgotten(u->parts[i], info, started, forgotten);
        if (st != STORE_OK)
            return snprintf(s->err, sizeof s->err, "%s", u->parts[i]->err), st;
    }
    return STORE_OK;
}

static bool integrity_ok(Store *s)
{
    Union *u = (Union *)s;
    for (int i = 0; i < u->n; i++)
        if (!u->parts[i]->be->integrity_ok(u->parts[i]))
            return false;
    return true;
}

/* The union's number of the session with this uid, once a reading saw it. */
static StoreStatus find_session(Store *s, const char *uid, int64_t *id)
{
    int k = names_find(&((Union *)s)->uids, uid);
    *id = k < 0 ? 0 : k + 1;
    return STORE_OK;
}

/* In any of them (through their backends: store.c calls this file). */
static StoreStatus has_session(Store *s, const char *uid, bool *has)
{
    Union *u = (Union *)s;
    for (int i = 0; i < u->n && !*has; i++) {
        Store *part = u->parts[i];
        int64_t id = 0;
        StoreStatus st = part->be->has_session ? part->be->has_session(part, uid, has)
                                               : part->be->find_session(part, uid, &id);
        *has = *has || id > 0;
        if (st != STORE_OK)
            return snprintf(s->err, sizeof s->err, "%s", u->parts[i]->err), st;
    }
    return STORE_OK;
}

static void close_union(Store *s)
{
    Union *u = (Union *)s;
    for (int i = 0; i < u->n; i++)
        u->parts[i]->be->close(u->parts[i]);
    free(u->parts);
    names_free(&u->uids);
    free(u->owner);
    free(u);
}

static StoreStatus open_union(const char *where, StoreMode mode, const StoreOptions *opt,
                              Store **out, char *err, size_t err_size)
{
    (void)where, (void)mode, (void)opt, (void)out;
    snprintf(err, err_size, "several results stores are opened with store_open_all");
    return STORE_BAD_ARG;
}

const StoreBackend store_union = {
    "stores read together", open_union,   close_union, begin_session, add_rating, add_event,
    finish_session,         transaction,  each_rating, each_valence,  each_event, forget,
    is_forgotten,           integrity_ok, find_session,  has_session,   each_session,
    NULL /* summarise: a session in two stores would count twice in their sums */};

StoreStatus store_union_of(Store **parts, int n, Store **out, char *err, size_t err_size)
{
    Union *u = calloc(1, sizeof *u);
    Store **own = malloc((size_t)n * sizeof *own);
    if (!u || !own) {
        free(u), free(own);
        snprintf(err, err_size, "out of memory");
        return STORE_IO;
    }
    memcpy(own, parts, (size_t)n * sizeof *own);
    u->base.be = &store_union;
    u->base.version = STORE_SCHEMA_VERSION;
    u->parts = own, u->n = n;
    *out = &u->base;
    return STORE_OK;
}
