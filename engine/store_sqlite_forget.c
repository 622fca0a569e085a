/* The SQLite backend's forget: a participant's sessions, ratings and events
 * deleted in one transaction, a tombstone left in their place (so that no
 * recovery file or sync brings them back), and the log truncated so that no
 * trace stays on disk (secure_delete is on: deleted rows are overwritten). */
#include "store_sqlite_impl.h"

#include "fingerprint.h"

#include <stdio.h>
#include <string.h>

#define OF_PERSON                                                                                  \
    "(SELECT id FROM sessions WHERE participant = ?1 AND (?2 IS NULL OR workshop = ?2))"

/* How a tombstone names a pseudonym, the same in either store: its
 * fingerprint, which keeps the pseudonym's text out of the store. */
static void participant_hash(const char *participant, char out[17])
{
    fingerprint(participant, strlen(participant), out);
}

static StoreStatus add_tombstone(SqliteStore *s, const char *participant, const char *workshop)
{
    char hash[17];
    participant_hash(participant, hash);
    sqlite3_stmt *st = NULL;
    int rc = sqlite_prepare(s, &st,
                            "INSERT INTO tombstones (participant_hash, workshop, forgotten) "
                            "VALUES (?, ?, " STORE_SQLITE_NOW ")",
                            "tt", hash, workshop);
    return sqlite_run(s, st, rc, NULL);
}

StoreStatus sqlite_is_forgotten(Store *store, const SessionInfo *info, const char *started,
                                bool *forgotten)
{
    SqliteStore *s = (SqliteStore *)store;
    char hash[17];
    participant_hash(info->participant ? info->participant : "", hash);
    int rc;
    *forgotten = sqlite_query_int(s, &rc,
                                  "SELECT count(*) FROM tombstones WHERE participant_hash = ?1 "
                                  "AND (workshop IS NULL OR workshop = ?2) "
                                  "AND (?3 IS NULL OR forgotten >= ?3)",
                                  "ttt", hash, info->workshop ? info->workshop : "", started) > 0;
    return rc == SQLITE_OK ? STORE_OK : sqlite_fail(s, rc);
}

/* Counts the person's rows in each table, then deletes them: a rating or an
 * event before the session it belongs to. */
static StoreStatus delete_person(SqliteStore *s, const char *participant, const char *workshop,
                                 ForgetCount *count)
{
    static const char *const counts[] = {
        "SELECT count(*) FROM sessions WHERE id IN " OF_PERSON,
        "SELECT count(*) FROM ratings WHERE session IN " OF_PERSON,
        "SELECT count(*) FROM events WHERE session IN " OF_PERSON,
    };
    static const char *const deletes[] = {
        "DELETE FROM events WHERE session IN " OF_PERSON,
        "DELETE FROM ratings WHERE session IN " OF_PERSON,
        "DELETE FROM sessions WHERE id IN " OF_PERSON,
    };
    int *const counted[] = {&count->sessions, &count->ratings, &count->events};
    int rc = SQLITE_OK;
    for (size_t i = 0; rc == SQLITE_OK && i < sizeof counts / sizeof *counts; i++)
        *counted[i] = (int)sqlite_query_int(s, &rc, counts[i], "tt", participant, workshop);
    for (size_t i = 0; rc == SQLITE_OK && i < sizeof deletes / sizeof *deletes; i++) {
        sqlite3_stmt *st = NULL;
        rc = sqlite_prepare(s, &st, deletes[i], "tt", participant, workshop);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(s->db);
        sqlite3_finalize(st);
    }
    return rc == SQLITE_OK ? STORE_OK : sqlite_fail(s, rc);
}

/* The deleted rows are zeroed in the log; copying it into the file and
 * truncating it leaves no trace. Other readers keep the log alive: then the
 * rows are gone, but their traces stay until the log is truncated, and the
 * caller is told so. */
static void scrub_log(SqliteStore *s, ForgetCount *count)
{
    int log_frames = -1, copied = -1;
    int rc =
        sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log_frames, &copied);
    if (rc != SQLITE_OK) {
        snprintf(s->base.err, sizeof s->base.err,
                 "deleted, but another program has the results store %s open, so traces stay "
                 "in its log until it closes; run forget again then",
                 s->path);
        count->log_kept = true;
    }
}

StoreStatus sqlite_forget(Store *store, const char *participant, const char *workshop,
                          ForgetCount *count)
{
    SqliteStore *s = (SqliteStore *)store;
    memset(count, 0, sizeof *count);
    StoreStatus st = sqlite_exec(s, "BEGIN IMMEDIATE");
    if (st == STORE_OK)
        st = delete_person(s, participant, workshop, count);
    if (st == STORE_OK)
        st = add_tombstone(s, participant, workshop);
    if (st == STORE_OK)
        st = sqlite_exec(s, "COMMIT");
    if (st != STORE_OK) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return st;
    }
    scrub_log(s, count);
    return STORE_OK;
}
