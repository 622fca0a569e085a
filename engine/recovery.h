/* The recovery file: when the results store cannot be written during a play
 * (disk full, made read-only, taken away), every confirmed rating goes here
 * instead, one line each, flushed to disk before the participant sees the next
 * screen, so that nothing confirmed is lost. recovery_import puts them into
 * the store as soon as it can be written again, and removes the file.
 *
 * The file is the store's path with ".recovery" added; when that cannot be
 * written either (the same full disk, the same read-only folder), a file in
 * /dev/shm, then in /tmp, named after the store. Plain text, one record per
 * line, fields separated by tabs, %-escaped. No SQL here: import goes through
 * store.h. */
#ifndef TEASER_RECOVERY_H
#define TEASER_RECOVERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store.h"

enum { RECOVERY_PLACES = 3 }; /* beside the store, in /dev/shm, in /tmp */

typedef struct Recovery Recovery;

/* Opens (appending) the first recovery file that can be written for the store
 * at store_path; NULL with err filled when none can. Holds a shared lock on it
 * until recovery_close, so that import and forget leave it alone meanwhile. */
Recovery *recovery_open(const char *store_path, char *err, size_t err_size);
/* Where it writes. */
const char *recovery_path(const Recovery *r);
void recovery_close(Recovery *r);

/* A session: started is when it began (store_now; NULL: not known), store_id
 * its id in the store when it was begun there, else 0. Returns the number
 * later records of this session carry (> 0), 0 on failure. */
int64_t recovery_session(Recovery *r, const SessionInfo *info, const char *started,
                         int64_t store_id);
/* A rating of session (from recovery_session); false when it could not be
 * made durable. */
bool recovery_rating(Recovery *r, int64_t session, const RatingRecord *rating);
bool recovery_finish(Recovery *r, int64_t session);

/* Moves every recovery file of the store at store_path into s: sessions begun
 * as needed (with the uid and site they were recorded with), ratings added,
 * sessions finished. The sessions of participants forgotten since they began
 * (store_is_forgotten) are left out, their ratings counted in *left_out; a
 * session the file began whose uid is in the store already (imported before)
 * adds nothing. A file is removed only once all of it is in the
 * store; one that a play is still writing is left for later. Returns the
 * ratings imported (0: none waiting), or -1 with err one line to show,
 * "FILE:LINE:1: warning: MESSAGE; ..." (the file is kept). */
long recovery_import(Store *s, const char *store_path, long *left_out, char *err, size_t err_size);

/* What forget took out of one recovery file. */
typedef struct {
    char path[4096];
    int sessions, ratings; /* removed */
    bool deleted;          /* nothing else was in it: the file is gone */
} RecoveryForgotten;

/* Removes one pseudonym's sessions (in one workshop, or all) from every
 * recovery file of the store at store_path: a file is replaced whole by one
 * without them (the old bytes overwritten), or removed when nothing else is
 * left. Fills out[] with the files changed and returns how many. A file that
 * cannot be read as a recovery file, or that a play is writing, is left as it
 * was, and err tells the first such ("FILE:LINE:1: error: ..."); else err is "". */
int recovery_forget(const char *store_path, const char *participant, const char *workshop,
                    RecoveryForgotten out[RECOVERY_PLACES], char *err, size_t err_size);

#endif
