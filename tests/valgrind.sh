#!/bin/sh
# make valgrind: the suite's programs under valgrind's memcheck, and teaser's
# commands as users run them: any invalid read or write, any use of an
# uninitialised value, or any leak valgrind calls definite, fails it.
# usage: valgrind.sh BUILD
set -eu
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy
vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
--show-leak-kinds=definite --track-fds=no"
fail=0
run() { # NAME COMMAND...: a failure names the command and goes on
    name=$1
    shift
    status=0
    "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
    if [ $status = 99 ] || grep -q "^==[0-9]*== [A-Z]" "$tmp/err"; then
        echo "valgrind: $name: FAILED"
        grep "^==" "$tmp/err" | head -40
        fail=1
    else
        echo "valgrind: $name: clean"
    fi
}

db=$tmp/store.sqlite
run "play" $vg "$build/teaser" play --headless --participant p1 --db "$db" \
    --input tests/data/script-energy-move.txt --screenshots "$tmp/shots" scenarios/energy-move.yaml
run "play, branches" $vg "$build/teaser" play --headless --participant p2 --db "$db" \
    --input tests/data/script-water-damage-branches.txt scenarios/water-damage.yaml
for i in 3 4; do "$build/teaser" play --headless --participant p$i --db "$db" \
    --input tests/data/script-energy-move.txt scenarios/energy-move.yaml 2>/dev/null; done
TEASER_FAULT_STORE_WRITES=12 run "play, disk full" $vg "$build/teaser" play --headless \
    --participant p5 --db "$db" --input tests/data/script-energy-move.txt scenarios/energy-move.yaml
run "play, importing" $vg "$build/teaser" play --headless --participant p6 --db "$db" \
    --input tests/data/script-energy-move.txt scenarios/energy-move.yaml
run "check" $vg "$build/teaser" check scenarios/energy-move.yaml scenarios/internet-outage.yaml \
    scenarios/water-damage.yaml docs/tutorial/parcel.yaml tests/bad/yaml-alias.yaml
for f in html json csv text; do
    run "report $f" $vg "$build/teaser" report --db "$db" --scenario scenarios/energy-move.yaml \
        --min-group 3 --format $f -o "$tmp/report.$f"
done
run "debrief" $vg "$build/teaser" debrief --headless --db "$db" --scenario scenarios/energy-move.yaml \
    --workshop "" --min-group 3 --screenshots "$tmp/debrief"
run "export" $vg "$build/teaser" export --db "$db" -o "$tmp/export.csv"
run "forget" $vg "$build/teaser" forget --db "$db" --participant p2
TEASER_FAULT_STORE_WRITES=12 "$build/teaser" play --headless --participant p7 --db "$db" \
    --input tests/data/script-energy-move.txt scenarios/energy-move.yaml 2>/dev/null
run "forget, from a recovery file" $vg "$build/teaser" forget --db "$db" --participant p7
for t in "$build"/tests/test_*; do
    case $t in
    */test_play | */test_cli | */test_report_html | */test_docs) continue ;; # they run teaser itself: above
    esac
    case $t in
    *_pg) run "${t##*/}" sh tests/pg_cluster.sh run $vg "$t" ;; # beside a throwaway cluster
    *) run "${t##*/}" $vg "$t" ;;
    esac
done
exit $fail
