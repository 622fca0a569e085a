#!/bin/sh
# make bench, beside a throwaway cluster (run.sh runs it under
# tests/pg_cluster.sh): teaser sync's throughput, a laptop's file of SESSIONS
# finished plays of energy-move (each with its ratings and events) sent to a
# local PostgreSQL over its Unix socket, one transaction per session.
# Prints "bench: sync_sessions_per_s N sessions/s", the median of three syncs
# into a fresh schema each.
# usage: sync.sh BUILD [SESSIONS]
set -eu
build=${1:-build}
sessions=${2:-2000}
teaser=$build/teaser
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

"$teaser" play --headless --participant p0 --workshop bench --db "$tmp/laptop.sqlite" \
    --input tests/data/script-energy-move.txt scenarios/energy-move.yaml >/dev/null
# The one real play copied SESSIONS - 1 times, each copy with its own uid.
/usr/bin/python3 - "$tmp/laptop.sqlite" "$sessions" <<'PY'
import sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1])
cols = "scenario, scenario_hash, workshop, department, language, engine_version, started, finished, site"
with db:
    for k in range(1, int(sys.argv[2])):
        cur = db.execute(f"INSERT INTO sessions (participant, uid, {cols}) SELECT ?, ?, {cols} "
                         "FROM sessions WHERE id = 1", ("p%05d" % k, str(uuid.uuid4())))
        for table in ("ratings", "events"):
            rest = [r[1] for r in db.execute(f"PRAGMA table_info({table})")
                    if r[1] not in ("id", "session")]
            names = ", ".join(rest)
            db.execute(f"INSERT INTO {table} (session, {names}) SELECT ?, {names} FROM {table} "
                       "WHERE session = 1 ORDER BY id", (cur.lastrowid,))
PY
for i in 1 2 3; do
    db="postgresql:///bench$i?host=$TEASER_TEST_PG_HOST&user=teaser_admin"
    "$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)/createdb" \
        -h "$TEASER_TEST_PG_HOST" -U teaser_admin "bench$i"
    "$teaser" store init --db "$db" >/dev/null
    start=$(date +%s.%N)
    "$teaser" sync --db "$tmp/laptop.sqlite" --to "$db" >"$tmp/out"
    awk -v a="$start" -v b="$(date +%s.%N)" -v n="$sessions" 'BEGIN {printf "%.0f\n", n / (b - a)}'
    grep -q "^sync: $sessions sessions new" "$tmp/out"
done | sort -g | sed -n 2p | awk '{print "bench: sync_sessions_per_s " $1 " sessions/s"}'
