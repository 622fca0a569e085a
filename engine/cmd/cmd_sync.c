/* teaser sync --db LAPTOP.sqlite --to URI: pushes every session of one store
 * into another (a workshop laptop's file into the organisation's PostgreSQL).
 * Idempotent by the sessions' uids: a session the target has is skipped, one
 * whose participant the target forgot is never sent, every other one goes in
 * one transaction of its own, so that a failure half way leaves whole sessions
 * only and a rerun completes the rest. Reads nothing back from the target but
 * "is this uid there?" and "was this person forgotten?": a site login will do. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "cli.h"

static const char usage[] =
    "usage: teaser sync [--db PATH] --to URI\n"
    "\n"
    "Sends every session of a results store (a workshop laptop's file) to another\n"
    "one, usually the organisation's PostgreSQL store: each session with all its\n"
    "ratings and events, its site, and the times it began, was rated and ended.\n"
    "Each session goes in one transaction, so an interruption leaves whole\n"
    "sessions only; run it again and it sends the rest. A session the target\n"
    "already has is skipped, so running it twice adds nothing twice; a session of\n"
    "a participant forgotten there (teaser forget) is not sent. Prints one line:\n"
    "sessions new (with their ratings and events), already there, forgotten there.\n"
    "A site login (teaser_site) is enough.\n"
    "\n"
    "  --db PATH     the store to read (default: TEASER_DB, else\n"
    "                ~/.local/share/teaser/results.sqlite); a file or a URI\n"
    "  --to URI      the store to add to: postgresql://... (or a file)\n"
    "  -h, --help    show this help\n"
    "\n"
    "Exit: 0 done (also when there was nothing to send), 2 usage error,\n"
    "3 a store cannot be used or the connection failed (the sessions sent so far\n"
    "are in whole; run it again).\n";

/* One session of the source, copied out of its reading (the strings in the
 * arena): the source is read in full before the target is written, since a
 * PostgreSQL source cannot run a second query during the first. */
typedef struct {
    SessionInfo info;
    const char *started, *finished;
} SessionCopy;

typedef struct {
    Arena *arena;
    SessionCopy *items;
    int n, cap;
    bool failed;
} SessionList;

static const char *dup_or_null(Arena *a, const char *s)
{
    return s ? arena_strdup(a, s) : NULL;
}

static bool collect(const SessionRow *row, void *ctx)
{
    SessionList *l = ctx;
    if (l->n == l->cap) {
        int cap = l->cap ? 2 * l->cap : 64;
        SessionCopy *grown = realloc(l->items, (size_t)cap * sizeof *grown);
        if (!grown)
            return !(l->failed = true);
        l->items = grown, l->cap = cap;
    }
    Arena *a = l->arena;
    const SessionInfo *in = &row->info;
    l->items[l->n++] = (SessionCopy){
        .info = {.scenario = dup_or_null(a, in->scenario),
                 .scenario_hash = dup_or_null(a, in->scenario_hash),
                 .workshop = dup_or_null(a, in->workshop),
                 .participant = dup_or_null(a, in->participant),
                 .department = dup_or_null(a, in->department),
                 .language = dup_or_null(a, in->language),
                 .site = dup_or_null(a, in->site),
                 .uid = dup_or_null(a, in->uid),
                 .engine_version = dup_or_null(a, in->engine_version)},
        .started = dup_or_null(a, row->started),
        .finished = dup_or_null(a, row->finished),
    };
    return true;
}

typedef struct {
    int sessions, ratings, events, already, forgotten;
} SyncCount;

/* One session being copied: the target, its id there, and the first failure. */
typedef struct {
    Store *to;
    int64_t id;
    StoreStatus st;
    SyncCount *n;
} Copy;

static bool copy_rating(const RatingRow *row, void *ctx)
{
    Copy *c = ctx;
    RatingRecord r = {
        .session = c->id,
        .step = row->step,
        .touchpoint = row->touchpoint,
        .valence = row->valence,
        .valence_points = row->valence_points,
        .arousal = row->arousal,
        .arousal_points = row->arousal_points,
        .emotion = row->emotion,
        .onset_ms = row->onset_ms,
        .response_ms = row->response_ms,
        .input_device = row->input_device,
        .changes = row->changes,
        .timed_out = row->timed_out,
        .skipped = row->skipped,
        .given = row->given,
        .kind = row->kind,
    };
    c->st = store_add_rating(c->to, &r, NULL);
    c->n->ratings += c->st == STORE_OK;
    return c->st == STORE_OK;
}

static bool copy_event(const EventRow *row, void *ctx)
{
    Copy *c = ctx;
    EventRecord e = {
        .session = c->id, .step = row->step, .t_ms = row->t_ms, .event = row->event,
        .detail = row->detail};
    c->st = store_add_event(c->to, &e);
    c->n->events += c->st == STORE_OK;
    return c->st == STORE_OK;
}

/* The session, its ratings and events, and its end, in one transaction of
 * the target. *err names the store that failed. */
static StoreStatus send_session(Store *from, Store *to, const SessionCopy *s, SyncCount *n,
                                const char **err)
{
    SyncCount before = *n;
    Copy c = {.to = to, .n = n};
    StoreFilter one = {.session = s->info.uid};
    *err = store_error(to);
    c.st = store_transaction(to, STORE_TX_BEGIN);
    if (c.st == STORE_OK)
        c.st = store_begin_session_at(to, &s->info, s->started, &c.id);
    StoreStatus read = c.st == STORE_OK ? store_each_rating(from, &one, copy_rating, &c) : STORE_OK;
    if (read == STORE_OK && c.st == STORE_OK)
        read = store_each_event(from, &one, copy_event, &c);
    if (read == STORE_OK && c.st == STORE_OK && s->finished)
        c.st = store_finish_session_at(to, c.id, s->finished);
    if (read == STORE_OK && c.st == STORE_OK)
        c.st = store_transaction(to, STORE_TX_COMMIT);
    if (read == STORE_OK && c.st == STORE_OK)
        return n->sessions++, STORE_OK;
    store_transaction(to, STORE_TX_ROLLBACK);
    *n = before; /* nothing of it stayed */
    if (read != STORE_OK)
        *err = store_error(from);
    return read != STORE_OK ? read : c.st;
}

/* Each session in turn: skipped when the target has it or forgot its participant. */
static StoreStatus sync_all(Store *from, Store *to, const SessionList *l, SyncCount *n,
                            const char **err)
{
    for (int i = 0; i < l->n; i++) {
        const SessionCopy *s = &l->items[i];
        bool has = false, forgotten = false;
        StoreStatus st = store_has_session(to, s->info.uid, &has);
        if (st == STORE_OK && !has)
            st = store_is_forgotten(to, &s->info, s->started, &forgotten);
        if (st != STORE_OK)
            return *err = store_error(to), st;
        if (has || forgotten) {
            n->already += has;
            n->forgotten += forgotten;
            continue;
        }
        st = send_session(from, to, s, n, err);
        if (st != STORE_OK)
            return st;
    }
    return STORE_OK;
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

static int run_sync(Store *from, Store *to)
{
    SessionList l = {.arena = arena_new()};
    StoreStatus st = l.arena ? store_each_session(from, NULL, collect, &l) : STORE_IO;
    SyncCount n = {0};
    const char *err = store_error(from);
    if (st == STORE_OK && (l.failed || !l.arena))
        st = STORE_IO, err = "out of memory";
    if (st == STORE_OK)
        st = sync_all(from, to, &l, &n, &err);
    if (st != STORE_OK)
        cli_error("sync: stopped after %d session%s new: %s; what was sent is there whole, run "
                  "teaser sync again for the rest",
                  n.sessions, plural(n.sessions), err);
    else
        printf("sync: %d session%s new (%d rating%s, %d event%s), %d already there, %d forgotten "
               "there and not sent\n",
               n.sessions, plural(n.sessions), n.ratings, plural(n.ratings), n.events,
               plural(n.events), n.already, n.forgotten);
    free(l.items);
    arena_free(l.arena);
    return st == STORE_OK ? EXIT_OK : EXIT_ENV;
}

int cmd_sync(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, NULL, 'd'},
                                         {"to", required_argument, NULL, 't'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *db = NULL, *to = NULL;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 't')
            to = optarg;
        else if (c == 'h')
            return fputs(usage, stdout), EXIT_OK;
        else
            return cli_bad_option("sync", c, argv[optind - 1]);
    }
    if (!to || !*to || optind < argc) {
        cli_error("sync: name the store to send to: teaser sync --db PATH --to URI");
        return EXIT_USAGE;
    }
    int code;
    Store *from = cli_open_store(db, STORE_READ, &code);
    if (!from)
        return code;
    Store *target = cli_open_store(to, STORE_WRITE, &code);
    if (target)
        code = run_sync(from, target);
    store_close(target);
    store_close(from);
    return code;
}
