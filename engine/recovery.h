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

typedef struct Recovery Recovery;

/* Opens (appending) the first recovery file that can be written for the store
 * at store_path; NULL with err filled when none can. */
Recovery *recovery_open(const char *store_path, char *err, size_t err_size);
/* Where it writes. */
const char *recovery_path(const Recovery *r);
void recovery_close(Recovery *r);

/* A session: store_id is its id in the store when it was begun there, else 0.
 * Returns the number later records of this session carry (> 0), 0 on failure. */
int64_t recovery_session(Recovery *r, const SessionInfo *info, int64_t store_id);
/* A rating of session (from recovery_session); false when it could not be
 * made durable. */
bool recovery_rating(Recovery *r, int64_t session, const RatingRecord *rating);
bool recovery_finish(Recovery *r, int64_t session);

/* Moves every recovery file of the store at store_path into s: sessions begun
 * as needed, ratings added, sessions finished. A file is removed only once all
 * of it is in the store. Returns the ratings imported (0: none waiting), or -1
 * with err one line to show, "FILE:LINE:1: warning: MESSAGE; ..." (the file is
 * kept). */
long recovery_import(Store *s, const char *store_path, char *err, size_t err_size);

#endif
