/* The results store: sessions, ratings and in-step events, in one SQLite file
 * (WAL) or in PostgreSQL, behind this one interface (store.c picks the
 * backend; only the store files speak SQL). Every write is committed, with full
 * fsync, before the call returns (unless the caller grouped writes with
 * store_transaction): a killed process or a pulled plug loses nothing that a
 * call reported as stored. */
#ifndef TEASER_STORE_H
#define TEASER_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "events.h"
#include "rating_kind.h"

enum { STORE_SCHEMA_VERSION = 5, STORE_ERR_MAX = 320, STORE_TIME_SIZE = 32 };

typedef enum {
    STORE_OK = 0,
    STORE_MISSING,     /* reading, and there is no store at that path */
    STORE_NOT_TEASER,  /* not SQLite, or SQLite but not a teaser store */
    STORE_NEWER,       /* written by a newer teaser */
    STORE_READONLY,    /* the file or its folder cannot be written */
    STORE_BUSY,        /* locked by another program for longer than the timeout */
    STORE_FULL,        /* the disk (or the store's page limit) is full */
    STORE_IO,          /* any other failure of the file system or of SQLite */
    STORE_BAD_ARG,     /* a caller's mistake: no such session, an empty participant */
    STORE_UNSUPPORTED, /* not a thing this kind of store does (store_summarise on a file) */
} StoreStatus;

typedef enum {
    STORE_READ,   /* an existing store, read only (upgraded first if it is older) */
    STORE_UPDATE, /* an existing store, to write */
    STORE_WRITE,  /* to write; created when missing */
} StoreMode;

typedef struct {
    int busy_ms;     /* how long to wait for another writer; 0: 10 s */
    int max_version; /* for migration tests: build only up to this version; 0: all */
    long max_pages;  /* for fault tests: the store counts as full beyond this; 0: none */
    long fail_after; /* for fault drills: writes after this many fail as "disk full"; 0: no drill */
    bool fail_readonly; /* ... or as "read-only" */
    bool init; /* teaser store init: create or upgrade a PostgreSQL store's schema and roles;
                  without it a missing or older schema there is refused, never made */
    int *found_version; /* when not NULL: gets the schema version found before the open did
                           anything (0: no store) */
} StoreOptions;

typedef struct Store Store;

/* What a session is stored with (the strings are copied): the scenario's id
 * and its hash (Scenario.hash: which version of the file was played); the
 * workshop (NULL or "": none given); the participant's pseudonym (never NULL
 * or "": STORE_BAD_ARG); their department (NULL: not given); the language
 * played; the site it was played at (NULL or "": not given); its stable
 * unique id (uid.h; NULL: the store makes one, which store_find_session can
 * not know, so a caller that must find the session again makes it first);
 * the teaser that played it (NULL: this one; a sync keeps the laptop's). */
typedef struct {
    const char *scenario, *scenario_hash, *workshop, *participant, *department, *language;
    const char *site, *uid, *engine_version;
} SessionInfo;

typedef struct {
    int64_t session;               /* its id in the store (store_begin_session) */
    RatingKind kind;
    const char *step, *touchpoint; /* ids; touchpoint may be NULL */
    int valence;                   /* 1..valence_points; 0 when not given (skipped, timed out) */
    int valence_points;            /* the instrument's valence points, 2..99 */
    int arousal;                   /* 1..arousal_points; 0 when not asked or not given */
    int arousal_points;            /* 0 when the instrument has no arousal row */
    const char *emotion;           /* NULL when none was chosen */
    int64_t onset_ms, response_ms; /* monotonic, since the session started */
    const char *input_device;      /* keyboard, mouse, touch, script */
    int changes;                   /* times the choice changed before it was confirmed */
    bool timed_out, skipped;       /* the prompt ran out, or was passed; the player sets neither */
    const char *given; /* when it was given, as store_now writes it; NULL: now (a sync keeps
                          the laptop's time) */
} RatingRecord;

/* One in-step event to store. */
typedef struct {
    int64_t session;    /* the session it happened in */
    const char *step;   /* the id of the step it happened in */
    int64_t t_ms;       /* monotonic, since the session started */
    Event event;        /* the kind and its numbers: stored in typed columns */
    const char *detail; /* a readable sentence, or NULL; never read back by teaser */
} EventRecord;

/* One rating with its session, as export and reports read them: the fields
 * of SessionInfo and RatingRecord as stored. The strings live until the
 * callback returns; a column stored NULL reads as NULL (strings) or 0. */
typedef struct {
    int64_t session, rating; /* the ids of the session and of the rating */
    const char *workshop, *participant, *department, *scenario, *scenario_hash, *language;
    /* the teaser that played it, when the session began and ended (UTC,
     * "YYYY-MM-DDTHH:MM:SS.sssZ"); finished NULL: unfinished */
    const char *engine_version, *started, *finished;
    /* as RatingRecord; given: when the rating was stored (UTC, as started) */
    const char *step, *touchpoint, *emotion, *input_device, *given;
    int valence, valence_points, arousal, arousal_points, changes; /* 0: none */
    int64_t onset_ms, response_ms; /* monotonic, since the session started */
    bool timed_out, skipped;
    const char *site, *session_uid; /* the session's (SessionInfo); site NULL: not given */
    RatingKind kind;
} RatingRow;

typedef struct {
    const char *workshop;   /* NULL: every workshop */
    const char *scenario;   /* NULL: every scenario */
    const char *department; /* NULL: every department */
    const char *site;       /* NULL: every site */
    const char *session;    /* one session's uid; NULL: every session */
} StoreFilter;

/* Opens (and for STORE_WRITE creates and migrates) the store at path. On
 * failure *out is NULL and err holds one sentence naming the path. */
StoreStatus store_open(const char *path, StoreMode mode, const StoreOptions *opt, Store **out,
                       char *err, size_t err_size);
/* Opens n stores (n >= 1) to read as one: with more than one, a session in
 * several of them (by its uid) counts once, sessions are numbered afresh and
 * nothing can be written (STORE_BAD_ARG). mode must be STORE_READ when n > 1. */
StoreStatus store_open_all(const char *const *where, int n, StoreMode mode, const StoreOptions *opt,
                           Store **out, char *err, size_t err_size);
void store_close(Store *s);
/* The last failure, as one sentence. */
const char *store_error(const Store *s);
int store_version(const Store *s);

/* STORE_BAD_ARG when info->uid is not an id as uid_new makes them, or is
 * already in the store (store_find_session first). */
StoreStatus store_begin_session(Store *s, const SessionInfo *info, int64_t *id);
/* The same with the time it began (as store_now wrote it; NULL: now), for a
 * session kept in a recovery file and imported later. */
StoreStatus store_begin_session_at(Store *s, const SessionInfo *info, const char *started,
                                   int64_t *id);
/* The store's id of the session with this uid; 0 when there is none. */
StoreStatus store_find_session(Store *s, const char *uid, int64_t *id);
/* The wall-clock time now, as the store writes times: "2026-11-23T11:40:00.123Z". */
void store_now(char out[STORE_TIME_SIZE]);
StoreStatus store_add_rating(Store *s, const RatingRecord *r, int64_t *id);
/* Writes kind (event_name) and the typed columns the kind uses; the others
 * are NULL. STORE_BAD_ARG for a kind outside EventKind. */
StoreStatus store_add_event(Store *s, const EventRecord *e);
StoreStatus store_finish_session(Store *s, int64_t session);
/* The same with the time it finished (as store_now writes it; NULL: now), for
 * a session copied from another store. */
StoreStatus store_finish_session_at(Store *s, int64_t session, const char *finished);
/* Does the store hold a session with this uid? Unlike store_find_session
 * this needs no right to read the results: a PostgreSQL site login may ask. */
StoreStatus store_has_session(Store *s, const char *uid, bool *has);

/* Several writes as one: after BEGIN, the calls above are kept until COMMIT
 * (or undone by ROLLBACK), so that an import is in the store whole or not at all. */
typedef enum { STORE_TX_BEGIN, STORE_TX_COMMIT, STORE_TX_ROLLBACK } StoreTx;
StoreStatus store_transaction(Store *s, StoreTx tx);

/* Calls each(row) for every rating, in session then rating order; stops
 * early when each returns false. */
StoreStatus store_each_rating(Store *s, const StoreFilter *f,
                              bool (*each)(const RatingRow *, void *), void *ctx);
/* The same for reports, reading only session, workshop, participant, department,
 * site, started, kind, touchpoint, valence, valence_points and input_device
 * (the rest of the row is empty): much faster. */
StoreStatus store_each_valence(Store *s, const StoreFilter *f,
                               bool (*each)(const RatingRow *, void *), void *ctx);

/* One session as stored, finished or not, with or without ratings: what a
 * sync copies. The strings live until the callback returns. */
typedef struct {
    int64_t session;                /* its id in the store */
    SessionInfo info;               /* as begun; info.uid never NULL, info.site NULL: none */
    const char *started, *finished; /* as RatingRow; finished NULL: unfinished */
} SessionRow;

/* Calls each(row) for every selected session in id order; stops early when
 * each returns false. */
StoreStatus store_each_session(Store *s, const StoreFilter *f,
                               bool (*each)(const SessionRow *, void *), void *ctx);

/* One in-step event with its session, for reports. The strings live until
 * the callback returns. */
typedef struct {
    int64_t session;    /* the session it happened in */
    const char *step;   /* the id of the step it happened in */
    const char *detail; /* the readable sentence; NULL when none was stored */
    int64_t t_ms;       /* monotonic, since the session started */
    Event event;        /* from the typed columns: numbers a kind does not use are 0 (right -1) */
    const char *workshop, *participant, *department; /* its session's; NULL: none */
    const char *site, *session_uid;                  /* its session's; site NULL: none */
} EventRow;

/* Calls each(row) for every event of the selected sessions, session by session, in the
 * order they happened; stops early when each returns false. Rows whose kind has no name in
 * events.h (a kind this teaser does not know) are skipped. */
StoreStatus store_each_event(Store *s, const StoreFilter *f, bool (*each)(const EventRow *, void *),
                             void *ctx);

/* ---- a report's figures counted by the store (a server) ----
 * What a report needs of a scenario, grouped and counted where the rows are,
 * so that the reader's time and memory do not grow with the sessions. Only a
 * PostgreSQL store counts; the others answer STORE_UNSUPPORTED and the report
 * reads their rows. Strings live until the callback returns. */

/* Who took part in what, for the privacy floor: participant with n = 1, or
 * n participants counted without names, each of whom is in this cell only
 * (no session of theirs in another workshop, department or site). */
typedef enum {
    STORE_LAYER_SCENARIO,   /* rated anything */
    STORE_LAYER_TOUCHPOINT, /* rated the touchpoint id */
    STORE_LAYER_STEP,       /* left the step id (a visit that counts) */
    STORE_LAYER_PREDICTED,  /* predicted the touchpoint id */
    STORE_LAYER_PAIRED,     /* predicted and felt the touchpoint id in one session */
} StoreLayer;

typedef struct {
    const char *workshop, *department, *site; /* the cell; NULL: not given */
    const char *participant;                  /* NULL: n counted without names */
    StoreLayer layer;
    const char *id; /* the touchpoint or step; NULL for STORE_LAYER_SCENARIO */
    int64_t n;
} StoreCensusRow;

/* n of the group's sessions at site whose ratings of kind at touchpoint
 * average to value on the common scale (scale.h), summed in rating order. */
typedef struct {
    const char *site, *touchpoint;
    double value;
    int64_t n;
    RatingKind kind;
} StoreValueRow;

/* n of the group's sessions whose predictions at touchpoint average to
 * predicted and whose felt ratings there to felt (as StoreValueRow). */
typedef struct {
    const char *touchpoint;
    double predicted, felt;
    int64_t n;
} StorePairRow;

/* The group's events of one kind at one step, in visits that were left:
 * how many, in how many sessions, and their numbers summed (right: how
 * many were right). */
typedef struct {
    const char *step;
    EventKind kind;
    int64_t events, sessions, ms, count, right;
} StoreStepRow;

typedef struct {
    bool (*census)(const StoreCensusRow *, void *); /* over the whole scenario */
    bool (*value)(const StoreValueRow *, void *);   /* the group's, then: */
    bool (*step)(const StoreStepRow *, void *);
    /* the first and last day a session of the group with ratings began
     * (YYYY-MM-DD, UTC); not called when there is none */
    bool (*dates)(const char *first, const char *last, void *);
    bool (*pair)(const StorePairRow *, void *);
    /* the group's sessions with ratings, and how many of them were played
     * from a script (a rating's input device "script"); called once */
    bool (*sessions)(int64_t sessions, int64_t scripted, void *);
    void *ctx;
} StoreSummarySink;

/* The summary of the group f selects (f->scenario set): every callback
 * false stops it. STORE_UNSUPPORTED from a store that does not count. */
StoreStatus store_summarise(Store *s, const StoreFilter *f, const StoreSummarySink *sink);

/* Deletes everything of one pseudonym (in one workshop, or everywhere) and
 * scrubs it from the file: deleted content is overwritten and the log
 * truncated. Counts what was deleted. Leaves a tombstone (the pseudonym's
 * fingerprint, the workshop, the time), also when nothing was deleted, which
 * store_is_forgotten reads. */
typedef struct {
    int sessions, ratings, events; /* rows deleted from each table */
    bool log_kept; /* deleted, but another program has the store open, so traces stay in
                      its log until that closes (store_error says so): run forget again */
} ForgetCount;
StoreStatus store_forget(Store *s, const char *participant, const char *workshop,
                         ForgetCount *count);

/* Was this session forgotten? True when forget ran for its participant (in
 * its workshop, or everywhere) at or after started (as store_now writes it;
 * NULL: not known, so any forget of that participant counts). A pseudonym
 * forgotten and then played again is not blocked: its new sessions start
 * after the tombstone. */
StoreStatus store_is_forgotten(Store *s, const SessionInfo *info, const char *started,
                               bool *forgotten);

/* PRAGMA integrity_check: true when the file is sound. */
bool store_integrity_ok(Store *s);

#endif
