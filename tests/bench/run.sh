#!/bin/sh
# make bench: teaser's speed as measured facts, one line per figure in the form
# "bench: NAME VALUE UNIT", each the median of several runs, after a line that
# names the machine. docs/performance.md explains each figure and its budget.
# Never part of make test: timings are noisy; the fast paths' correctness is
# covered by the tests.
# usage: run.sh BUILD   (BUILD holds teaser and the bench programs)
set -eu
build=${1:-build}
teaser=$build/teaser
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

# The median of the numbers on standard input, with the given printf format.
median() {
    sort -g | awk -v f="$1" '{v[NR] = $1}
        END {printf f "\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.6f\n", b - a}'; }
say() { echo "bench: $1 $2 $3"; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)
echo "bench: machine $cpu, $(nproc) cores, $mem GiB, Debian $(cat /etc/debian_version), $(uname -r)"

# The letter with the most text: the final invoice of the default scenario.
for i in 1 2 3; do "$build/bench/bench_frame" scenarios/energy-move.yaml final-invoice 1920x1080 3000; done >"$tmp/frames"
for f in frame_p50_ms frame_p99_ms frame_redraw_p50_ms frame_redraw_p99_ms; do
    say $f "$(awk -v f=$f '$1 == f {print $2}' "$tmp/frames" | median %.2f)" ms
done

# From exec to the exit after the first frame was drawn: a headless play draws
# a frame only to save it, so the start screen is drawn and saved as a PNG
# (--screenshots), and an empty script then ends the play (with "the input ran
# out"). An upper bound of first_frame: a window presents without the PNG.
: >"$tmp/empty.txt"
for i in 1 2 3 4 5 6 7 8 9 10 11; do
    t=$(now)
    "$teaser" play --headless --db "$tmp/first.sqlite" --input "$tmp/empty.txt" \
        --screenshots "$tmp/first-shots" scenarios/energy-move.yaml 2>/dev/null || true
    since "$t"
done | awk '{print $1 * 1000}' >"$tmp/first"
say first_frame_ms "$(median %.1f <"$tmp/first")" ms

mkdir "$tmp/check"
cp scenarios/*.customers.csv "$tmp/check/"
n=0
while [ $n -lt 1000 ]; do
    for s in scenarios/*.yaml; do
        n=$((n + 1))
        cp "$s" "$tmp/check/$n-$(basename "$s")"
    done
done
for i in 1 2 3; do
    t=$(now)
    "$teaser" check --quiet "$tmp"/check/*.yaml
    since "$t"
done | awk -v n=$n '{print $1 * 1000 / n}' >"$tmp/check.ms"
say check_ms_per_scenario "$(median %.2f <"$tmp/check.ms")" ms

# A form's match patterns: the slowest the limits allow on a full field, and
# a 1 MB scenario of 30 such patterns per form checked (time and peak memory).
for i in 1 2 3; do "$build/bench/bench_pattern" | awk '{print $2}'; done >"$tmp/pattern"
say pattern_match_worst_us "$(median %.1f <"$tmp/pattern")" us
"$py" tests/bench/make_patterns.py "$tmp/patterns.yaml" 1000000
for i in 1 2 3; do
    "$py" -c 'import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], check=True)
print(time.monotonic() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)' \
        "$teaser" check --quiet "$tmp/patterns.yaml"
done >"$tmp/check-patterns"
say check_1mb_patterns_s "$(awk '{print $1}' "$tmp/check-patterns" | median %.3f)" s
say check_1mb_patterns_mb "$(awk '{print $2}' "$tmp/check-patterns" | median %.1f)" MB

"$teaser" play --headless --participant p0 --db "$tmp/report.sqlite" \
    --input tests/data/script-energy-move.txt scenarios/energy-move.yaml
"$py" tests/bench/make_data.py "$tmp/report.sqlite" "$tmp/customers.csv" 10000 1000000
report() {
    "$teaser" report --db "$tmp/report.sqlite" --scenario scenarios/energy-move.yaml \
        --customers "$tmp/customers.csv" --format json -o "$tmp/report.json"
}
report
for i in 1 2 3 4 5; do
    t=$(now)
    report
    since "$t"
done >"$tmp/report.s"
teaser_s=$(median %.3f <"$tmp/report.s")
say report_1m_rows_s "$teaser_s" s
# The same workshop had it predicted first: every session also predicts each
# touchpoint (twice the ratings to read, and the pairs for the shift).
"$teaser" play --headless --participant p0 --db "$tmp/predict.sqlite" \
    --input tests/data/script-energy-move.txt scenarios/energy-move.yaml >/dev/null
"$py" tests/bench/make_data.py "$tmp/predict.sqlite" "$tmp/customers-p.csv" 10000 1000000 predict
for i in 1 2 3 4 5; do
    t=$(now)
    "$teaser" report --db "$tmp/predict.sqlite" --scenario scenarios/energy-move.yaml \
        --customers "$tmp/customers-p.csv" --format json -o "$tmp/predict.json"
    since "$t"
done >"$tmp/predict.s"
say report_1m_rows_predicting_s "$(median %.3f <"$tmp/predict.s")" s
ids=$("$py" -c "import json, sys; print(','.join(t['id'] for t in json.load(open(sys.argv[1]))['touchpoints']))" "$tmp/report.json")
"$py" tests/bench/pandas_report.py "$tmp/report.sqlite" "$tmp/customers.csv" "$ids" "$tmp/report.json" >/dev/null
for i in 1 2 3; do
    t=$(now)
    "$py" tests/bench/pandas_report.py "$tmp/report.sqlite" "$tmp/customers.csv" "$ids" >/dev/null
    since "$t"
done >"$tmp/pandas.s"
pandas_s=$(median %.3f <"$tmp/pandas.s")
say report_pandas_s "$pandas_s" s
say report_vs_pandas "$(awk -v p="$pandas_s" -v t="$teaser_s" 'BEGIN {printf "%.1f", p / t}')" x

# Peak memory of a headless play of the largest shipped scenario (most steps).
big=$(for s in scenarios/*.yaml; do echo "$(grep -c '^  - id:' "$s") $s"; done | sort -n | tail -1 | cut -d' ' -f2)
script=tests/data/script-$(basename "$big" .yaml).txt
for i in 1 2 3; do
    "$py" -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)' \
        "$teaser" play --headless --participant bench --db "$tmp/rss-$i.sqlite" --input "$script" "$big"
done >"$tmp/rss"
say rss_play_mb "$(median %.1f <"$tmp/rss")" MB

for i in 1 2 3; do
    mkdir "$tmp/store-$i"
    "$build/bench/bench_store" "$tmp/store-$i" 2000 | awk '{print $2}'
done >"$tmp/store"
say store_ratings_per_s "$(median %.0f <"$tmp/store")" ratings/s

# teaser sync of a laptop's 2,000 sessions into a local server (a throwaway
# cluster of its own, as the tests make one).
sh tests/pg_cluster.sh run sh tests/bench/sync.sh "$build" 2000

# teaser report over an organisation's 100,000 sessions (20 rated touchpoints
# each) in PostgreSQL, in a throwaway cluster of its own.
sh tests/pg_cluster.sh run sh tests/bench/report_pg.sh "$build" 100000
