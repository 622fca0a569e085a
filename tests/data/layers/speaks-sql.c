/* A deliberate violation for tests/check_layers.sh: a core file other than
 * the store's backends that speaks SQL (SQLite's and libpq's calls, and a
 * helper private to the SQLite backend), without including their headers.
 * Never built into teaser. */
struct sqlite3;
int sqlite3_exec(struct sqlite3 *db, const char *sql, void *each, void *ctx, char **err);
void *PQexec(void *conn, const char *sql);
int sqlite_prepare(void *store, void **st, const char *sql, const char *types, ...);

void layers_violation(struct sqlite3 *db)
{
    sqlite3_exec(db, "DELETE FROM ratings", 0, 0, 0);
    PQexec(0, "DELETE FROM ratings");
    sqlite_prepare(0, 0, "DELETE FROM events", "");
}
