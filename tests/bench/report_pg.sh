#!/bin/sh
# make bench, beside a throwaway cluster (run.sh runs it under
# tests/pg_cluster.sh): teaser report over a whole organisation's PostgreSQL
# store, SESSIONS sessions of tests/bench/wide.yaml (20 rated touchpoints)
# made on the server by tests/bench/report_pg.sql. Prints
#   bench: report_pg_100k_s S s      the report's wall time
#   bench: report_pg_100k_mb N MB    the client's peak memory (max RSS)
#   bench: report_pg_100k_cube_build_s S s   adding up every session per cell
#                                    at once (teaser.cube_rebuild)
#   bench: forget_pg_100k_s S s      teaser forget of one person there
# each the median of three runs, or of one when it takes over 20 s (the names
# say 100k whatever SESSIONS is; make bench gives 100,000). docs/performance.md
# says what the data are like.
# usage: report_pg.sh BUILD [SESSIONS]
set -eu
build=${1:-build}
sessions=${2:-100000}
teaser=$build/teaser
bin=$(pg_config --bindir 2>/dev/null || true)
[ -x "$bin/psql" ] || bin=/usr/lib/postgresql/15/bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

fail() {
    echo "teaser: error: report_pg.sh: $1" >&2
    exit 1
}
sql() { "$bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$TEASER_TEST_PG_HOST" -U teaser_admin "$@" report; }

"$bin/createdb" -h "$TEASER_TEST_PG_HOST" -U teaser_admin report
db="postgresql:///report?host=$TEASER_TEST_PG_HOST&user=teaser_admin"
"$teaser" store init --db "$db" >/dev/null

# One real play, synced the way a site does: session 1, the template of the
# generated sessions and the shape their rows must have.
"$teaser" play --headless --participant real --workshop real --db "$tmp/laptop.sqlite" \
    --input tests/bench/wide-script.txt tests/bench/wide.yaml >/dev/null
"$teaser" sync --db "$tmp/laptop.sqlite" --to "$db" >/dev/null
sql -v sessions="$sessions" -f tests/bench/report_pg.sql

# Every kind of generated row must be one the real play wrote: the same step,
# kind and the same columns left NULL (events); the same step, touchpoint,
# scale and NULLs (ratings). The first 2,000 sessions show every kind.
events="DISTINCT step, kind, ms IS NULL, number IS NULL, correct IS NULL, detail IS NULL
    FROM teaser.events"
ratings="DISTINCT step, touchpoint, valence_points, arousal IS NULL, emotion IS NULL,
    response_ms IS NULL, timed_out, skipped FROM teaser.ratings"
some="session BETWEEN 2 AND 2001"
odd=$(sql -c "SELECT $events WHERE $some EXCEPT SELECT $events WHERE session = 1;
    SELECT $ratings WHERE $some EXCEPT SELECT $ratings WHERE session = 1;
    SELECT 'session ' || session || ': ' || count(*) || ' ratings' FROM teaser.ratings
    GROUP BY session HAVING count(*) <> 20")
[ -z "$odd" ] || fail "generated rows unlike a real play's: $(echo "$odd" | head -3 | tr '\n' ' ')"
sql -c "DELETE FROM teaser.events WHERE session = 1; DELETE FROM teaser.ratings WHERE session = 1;
    DELETE FROM teaser.sessions WHERE id = 1;
    SELECT setval('teaser.sessions_id_seq', (SELECT max(id) FROM teaser.sessions))" >/dev/null
# The sums per cell, as the sessions' finishing would have kept them (the
# generated ones were written without finish_session, and session 1 is gone).
start=$(date +%s.%N)
sql -c "SELECT teaser.cube_rebuild()" >/dev/null
awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "bench: report_pg_100k_cube_build_s %.1f s\n", b - a}'
sql -c "VACUUM ANALYZE"
[ "$(sql -c 'SELECT count(*) FROM teaser.sessions')" = "$sessions" ] ||
    fail "the store does not hold $sessions sessions"

# Wall time from outside, peak memory from GNU time; a report that failed or
# lacks a touchpoint stops the bench instead of being timed. Three runs, the
# median; one only when it takes over 20 s (a report that streams every
# rating and event), so that make bench stays within minutes.
report() {
    start=$(date +%s.%N)
    /usr/bin/time -f %M -o "$tmp/rss" "$teaser" report --db "$db" --scenario tests/bench/wide.yaml \
        --format json -o "$tmp/report.json" || fail "teaser report exited $?"
    end=$(date +%s.%N)
    n=$(/usr/bin/python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["touchpoints"]))' \
        "$tmp/report.json")
    [ "$n" = 20 ] || fail "the report has $n touchpoints, not 20"
    rm "$tmp/report.json"
    awk -v a="$start" -v b="$end" -v kb="$(cat "$tmp/rss")" 'BEGIN {printf "%.3f %.1f\n", b - a, kb / 1024}'
}
report >"$tmp/runs"
runs=1
if awk '{exit !($1 <= 20)}' "$tmp/runs"; then
    report >>"$tmp/runs"
    report >>"$tmp/runs"
    runs=3
fi
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
note=""
[ $runs = 3 ] || note=" (one run: over 20 s)"
echo "bench: report_pg_100k_s $(awk '{print $1}' "$tmp/runs" | median) s$note"
echo "bench: report_pg_100k_mb $(awk '{print $2}' "$tmp/runs" | median) MB$note"

# Forgetting one person on that store: out of every sum per cell, then out of
# the tables, in one transaction.
who=$(sql -c "SELECT participant FROM teaser.sessions WHERE finished IS NOT NULL ORDER BY id LIMIT 1")
start=$(date +%s.%N)
"$teaser" forget --participant "$who" --db "$db" >/dev/null || fail "teaser forget exited $?"
awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "bench: forget_pg_100k_s %.2f s\n", b - a}'
