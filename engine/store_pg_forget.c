/* Forgetting a person in the PostgreSQL store: their rows deleted in one
 * transaction and a tombstone left (the pseudonym's fingerprint), which
 * sync and recovery imports ask through teaser.is_forgotten. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fingerprint.h"
#include "store_pg_impl.h"

/* How a tombstone names a pseudonym, the same in either store: its
 * fingerprint, which keeps the pseudonym's text out of the store. */
static void participant_hash(const char *participant, char out[17])
{
    fingerprint(participant, strlen(participant), out);
}

#define OF_PERSON                                                                                  \
    "(SELECT id FROM teaser.sessions WHERE participant = $1 AND ($2::text IS NULL OR workshop = "  \
    "$2))"

/* Counts, then deletes, one person's rows; inside forget's transaction. */
static StoreStatus delete_person(PgStore *s, const PgParams *p, ForgetCount *count)
{
    static const char *const counts[] = {
        "SELECT count(*) FROM teaser.sessions WHERE id IN " OF_PERSON,
        "SELECT count(*) FROM teaser.ratings WHERE session IN " OF_PERSON,
        "SELECT count(*) FROM teaser.events WHERE session IN " OF_PERSON,
    };
    static const char *const deletes[] = {
        "DELETE FROM teaser.events WHERE session IN " OF_PERSON,
        "DELETE FROM teaser.ratings WHERE session IN " OF_PERSON,
        "DELETE FROM teaser.sessions WHERE id IN " OF_PERSON,
    };
    int *into[] = {&count->sessions, &count->ratings, &count->events};
    StoreStatus st = STORE_OK;
    for (size_t i = 0; st == STORE_OK && i < 3; i++) {
        long long n = 0;
        st = pg_query_int(s, counts[i], p, "forget a participant", &n);
        *into[i] = (int)n;
    }
    for (size_t i = 0; st == STORE_OK && i < 3; i++)
        st = pg_run(s, deletes[i], p, "forget a participant", NULL);
    return st;
}

/* Takes the person out of the sums per cell (a report must not hold them),
 * deletes them and leaves the tombstone, in one transaction. PostgreSQL
 * keeps the bytes of deleted rows until VACUUM reuses their space
 * (docs/organisation.md). */
StoreStatus pg_forget(Store *base, const char *participant, const char *workshop,
                      ForgetCount *count)
{
    PgStore *s = (PgStore *)base;
    memset(count, 0, sizeof *count);
    char hash[17];
    participant_hash(participant, hash);
    PgParams p = {0}, t = {0};
    pg_text(&p, participant);
    pg_text(&p, workshop);
    pg_text(&t, hash);
    pg_text(&t, workshop);
    StoreStatus st = pg_run(s, "BEGIN", NULL, "forget a participant", NULL);
    if (st == STORE_OK) /* out of the sums per cell first, while their rows are there */
        st = pg_run(s, "SELECT teaser.cube_forget($1, $2)", &p, "forget a participant", NULL);
    if (st == STORE_OK)
        st = delete_person(s, &p, count);
    if (st == STORE_OK)
        st = pg_run(s,
                    "INSERT INTO teaser.tombstones (participant_hash, workshop, forgotten)"
                    " VALUES ($1, $2, clock_timestamp())",
                    &t, "forget a participant", NULL);
    if (st == STORE_OK)
        st = pg_run(s, "COMMIT", NULL, "forget a participant", NULL);
    if (st != STORE_OK) {
        PQclear(PQexec(s->conn, "ROLLBACK"));
        memset(count, 0, sizeof *count);
    }
    return st;
}

StoreStatus pg_is_forgotten(Store *base, const SessionInfo *info, const char *started,
                            bool *forgotten)
{
    char hash[17];
    participant_hash(info->participant ? info->participant : "", hash);
    PgParams p = {0};
    pg_text(&p, hash);
    pg_text(&p, info->workshop ? info->workshop : "");
    pg_text(&p, started);
    long long v = 0;
    StoreStatus st = pg_query_int((PgStore *)base, "SELECT teaser.is_forgotten($1, $2, $3)::int",
                                  &p, "read the tombstones", &v);
    *forgotten = st == STORE_OK && v == 1;
    return st;
}

/* The session with this uid (a report login may ask; a site login may not). */
