/* teaser play's sink (play_private.h): every confirmed rating is committed
 * by the store before the next screen, and goes to a recovery file when the
 * store fails mid-session; a --watch play stores nothing. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "play_private.h"

/* ---- the sink: the player's records go to the store ---- */

/* Ratings kept in a recovery file by an earlier session or play go into the
 * store now that it can be written; said on standard error either way. */
static void import_recovered(Play *pl)
{
    char err[STORE_ERR_MAX + 200];
    long left_out = 0, n = recovery_import(pl->store, pl->store_path, &left_out, err, sizeof err);
    if (n > 0)
        fprintf(stderr, "teaser: %ld rating%s kept in a recovery file while the store could not "
                        "be written are now in the store\n", n, n == 1 ? "" : "s");
    else if (n < 0)
        fprintf(stderr, "%s\n", err);
    if (n >= 0 && left_out > 0)
        fprintf(stderr, "teaser: %ld rating%s in a recovery file belonged to participants "
                        "forgotten (teaser forget) after their session began; left out\n",
                left_out, left_out == 1 ? "" : "s");
}

/* The store failed (why): the session goes on in a recovery file, and the
 * facilitator is told at once where it is. False when no file can be written. */
static bool to_recovery(Play *pl, const char *why, char *err, size_t n)
{
    char none[256];
    if (!pl->rec && !(pl->rec = recovery_open(pl->store_path, none, sizeof none))) {
        snprintf(err, n, "%s, and %s", why, none);
        return false;
    }
    if (!pl->rec_session &&
        !(pl->rec_session = recovery_session(pl->rec, &pl->info, pl->started, pl->session))) {
        snprintf(err, n, "%s, and the recovery file %s cannot be written either", why,
                 recovery_path(pl->rec));
        return false;
    }
    fprintf(stderr,
            "teaser: warning: %s; this session's ratings are kept in %s until the store can be "
            "written again (the next session or play imports them)\n",
            why, recovery_path(pl->rec));
    return true;
}

static bool sink_begin(void *ctx, const char *participant, const char *workshop, char *err,
                       size_t n)
{
    Play *pl = ctx;
    pl->info = (SessionInfo){.scenario = pl->s->id,
                             .scenario_hash = pl->s->hash,
                             .workshop = workshop,
                             .participant = participant,
                             .department = pl->o.department,
                             .language = pl->o.lang ? pl->o.lang : pl->s->language,
                             .site = pl->o.site,
                             .uid = pl->uid};
    if (!uid_new(pl->uid)) {
        snprintf(err, n, "the system gave no random bytes for a session id");
        return false;
    }
    pl->ratings = 0;
    pl->session = pl->rec_session = 0;
    import_recovered(pl);
    store_now(pl->started);
    if (store_begin_session_at(pl->store, &pl->info, pl->started, &pl->session) == STORE_OK)
        return true;
    pl->session = 0;
    return to_recovery(pl, store_error(pl->store), err, n);
}

static bool sink_rating(void *ctx, const RatingRecord *r, char *err, size_t n)
{
    Play *pl = ctx;
    RatingRecord rec = *r;
    rec.session = pl->session;
    if (!pl->rec_session && store_add_rating(pl->store, &rec, NULL) == STORE_OK) {
        pl->ratings++;
        return true;
    }
    if (!pl->rec_session && !to_recovery(pl, store_error(pl->store), err, n))
        return false;
    if (!recovery_rating(pl->rec, pl->rec_session, &rec)) {
        snprintf(err, n, "neither the results store nor the recovery file %s can be written",
                 recovery_path(pl->rec));
        return false;
    }
    pl->ratings++;
    return true;
}

/* Events are what participants did inside steps: kept in the store when it can
 * be written, not in the recovery file (ratings are what must not be lost). */
static void sink_event(void *ctx, const char *step, int64_t t_ms, const Event *ev,
                       const char *text)
{
    Play *pl = ctx;
    EventRecord e = {pl->session, step, t_ms, *ev, text};
    if (pl->rec_session || store_add_event(pl->store, &e) == STORE_OK || pl->event_failed)
        return;
    pl->event_failed = true;
    fprintf(stderr, "teaser: warning: %s (what happens inside the steps is not kept from here on)\n",
            store_error(pl->store));
}

static bool sink_finish(void *ctx, char *err, size_t n)
{
    Play *pl = ctx;
    bool ok = !pl->rec_session && store_finish_session(pl->store, pl->session) == STORE_OK;
    if (!ok && !pl->rec_session && !to_recovery(pl, store_error(pl->store), err, n))
        return false;
    if (!ok && !recovery_finish(pl->rec, pl->rec_session)) {
        snprintf(err, n, "the recovery file %s cannot be written", recovery_path(pl->rec));
        return false;
    }
    recovery_close(pl->rec); /* the next session tries the store again */
    pl->rec = NULL;
    pl->rec_session = 0;
    return true;
}

/* A watch play stores nothing: it only keeps who plays, for the next reload. */
static bool watch_begin(void *ctx, const char *participant, const char *workshop, char *err,
                        size_t n)
{
    (void)err, (void)n;
    Play *pl = ctx;
    snprintf(pl->who, sizeof pl->who, "%s", participant ? participant : "");
    snprintf(pl->who_workshop, sizeof pl->who_workshop, "%s", workshop ? workshop : "");
    return true;
}

PlayerSink play_sink(Play *pl)
{
    return pl->o.watch ? (PlayerSink){watch_begin, NULL, NULL, NULL, pl}
                       : (PlayerSink){sink_begin, sink_rating, sink_event, sink_finish, pl};
}
