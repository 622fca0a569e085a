#!/bin/sh
# The layer check of make test (docs/architecture.md): the core never draws.
#  1. No core file (engine/*.c, engine/steps/*.c) includes, directly or through
#     another header, SDL, SDL_ttf, a file of engine/view/ or engine/cmd/
#     (ui.h, platform.h, theme.h, a *_view.h ...). The preprocessor itself
#     lists every header a file pulls in (-H), so a header that includes
#     another is followed as the compiler follows it.
#  2. The core library has no undefined symbol of SDL, SDL_ttf or libpng, and
#     none that the view library or the commands define.
#  3. No two core modules call each other, directly or round a longer loop
#     (engine/steps/ counts as one module): the calls between the core's
#     objects, read with nm, must sort in order (tsort finds any loop).
#  4. Only the store's backends speak SQL: no core object but the SQLite
#     backend's (store_sqlite.o and the store_sqlite_*.o named in sql_ok)
#     calls SQLite (sqlite3_*) or the helpers those files share (sqlite_*,
#     store_sqlite_impl.h), none but the PostgreSQL backend's (store_pg.o and
#     the store_pg_*.o named in sql_ok) calls libpq (PQ*, lo_*) or the
#     helpers they share (pg_*, store_pg_impl.h).
#  5. The check itself fails on deliberate violations (tests/data/layers/):
#     a direct include, an include through a core-looking header, a call
#     into the view, two modules that call each other, and SQL elsewhere
#     (also in an object named like the SQLite backend's but not one of them).
# Usage: check_layers.sh BUILD   (after make has built BUILD's libraries)
set -u
build=${1:-build}
cc=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-std=c11 -D_XOPEN_SOURCE=700 -DTEASER_VERSION=\"0\" -DTEASER_SHARE_DIR=\"/\" -Iengine \
$(pkg-config --cflags yaml-0.1 sqlite3 libpq)"

# Prints "FILE: includes HEADER (through A -> B)" for each forbidden header
# FILE pulls in; fails when there is one.
includes_ok() {
    # shellcheck disable=SC2086
    $cc $flags -E -H "$1" -o "$tmp/out.i" 2>"$tmp/h" || { cat "$tmp/h"; return 1; }
    awk -v file="$1" '
        /^\.+ / {
            depth = length($1); path = $2; sub(/^\.\//, "", path)
            chain[depth] = path
            if (path ~ /(^|\/)SDL2?\/|SDL_ttf|espeak-ng|(^|\/)engine\/(view|cmd)\/|(^|\/)(ui|ui_private|platform|theme|screens|fit|cli)\.h$|_view\.h$|step_views\.h$/) {
                via = ""
                for (d = 1; d < depth; d++) via = via (d > 1 ? " -> " : "") chain[d]
                printf "%s: error: the core includes %s%s\n", file, path, via == "" ? "" : " (through " via ")"
                bad = 1
            }
        }
        END { exit bad }' "$tmp/h"
}

# Undefined symbols of an archive or object that belong to the view.
symbols_ok() {
    nm --defined-only "$build/libteaser-view.a" 2>/dev/null | awk '$2 ~ /[TDBR]/ {print $3}' |
        sort -u >"$tmp/view-syms"
    nm -u "$1" 2>/dev/null | awk '{print $2}' | sort -u >"$tmp/undef"
    { grep -E '^(SDL_|TTF_|IMG_|Mix_|png_|espeak_)' "$tmp/undef"; comm -12 "$tmp/undef" "$tmp/view-syms"; } |
        sort -u | sed "s|^|$1: error: the core uses the view's symbol |" >"$tmp/bad"
    cat "$tmp/bad"
    [ ! -s "$tmp/bad" ]
}

# Succeeds when the calls between the core's objects have no loop; prints it otherwise.
calls_ok() {
    for o in "$build"/obj/engine/*.o "$build"/obj/engine/steps/*.o; do
        [ -e "$o" ] || continue
        m=${o#"$build"/obj/engine/}
        case $m in steps/*) m=steps ;; *) m=${m%.o} ;; esac
        nm --defined-only "$o" | awk -v m="$m" '$2 ~ /[TDBR]/ {print "D", m, $3}'
        nm -u "$o" | awk -v m="$m" '{print "U", m, $2}'
    done | awk '$1 == "D" {owner[$3] = $2; next}
        {use[NR] = $2 " " $3}
        END {for (i in use) {split(use[i], u, " ")
             if ((u[2] in owner) && owner[u[2]] != u[1]) print u[1], owner[u[2]]}}' |
        sort -u >"$tmp/calls"
    if ! tsort "$tmp/calls" >/dev/null 2>"$tmp/tsort"; then
        echo "engine: error: core modules call each other in a loop:"
        sed 's/^/  /' "$tmp/tsort"
        return 1
    fi
}

# Calls of SQLite or libpq in object $1, other than from the backend that owns them.
sql_ok() {
    case ${1##*/} in
    store_sqlite.o | store_sqlite_stmt.o | store_sqlite_schema.o | store_sqlite_write.o | \
        store_sqlite_rows.o | store_sqlite_forget.o) own='sqlite3?_' ;;
    store_pg.o | store_pg_query.o | store_pg_schema.o | store_pg_rows.o | store_pg_forget.o | \
        store_pg_summary.o) own='PQ|lo_|pg_' ;;
    *) own=none ;;
    esac
    nm -u "$1" | awk '{print $2}' | grep -E '^(sqlite3?_|PQ|lo_|pg_)' | grep -Ev "^($own)" |
        sed "s|^|$1: error: only the store's backends speak SQL, not this: |" >"$tmp/sql"
    cat "$tmp/sql"
    [ ! -s "$tmp/sql" ]
}

fail=0 pass=0
for f in engine/*.c engine/steps/*.c; do
    if includes_ok "$f"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
if symbols_ok "$build/libteaser-core.a"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
if calls_ok; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
for o in "$build"/obj/engine/*.o "$build"/obj/engine/steps/*.o; do
    if sql_ok "$o"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done

# The check must see deliberate violations, or it proves nothing.
for f in tests/data/layers/include-direct.c tests/data/layers/include-through.c; do
    if includes_ok "$f" >"$tmp/said"; then
        echo "$f: error: the layer check missed this violation"; fail=$((fail + 1))
    elif grep -q "the core includes" "$tmp/said"; then
        pass=$((pass + 1))
    else
        cat "$tmp/said"; fail=$((fail + 1))
    fi
done
# shellcheck disable=SC2086
$cc $flags -c tests/data/layers/calls-view.c -o "$tmp/calls-view.o"
if symbols_ok "$tmp/calls-view.o" >"$tmp/said"; then
    echo "tests/data/layers/calls-view.c: error: the layer check missed this violation"
    fail=$((fail + 1))
else
    pass=$((pass + 1))
fi

# shellcheck disable=SC2086
$cc $flags -c tests/data/layers/speaks-sql.c -o "$tmp/speaks-sql.o"
if sql_ok "$tmp/speaks-sql.o" >"$tmp/said" || ! grep -q "PQexec" "$tmp/said" ||
    ! grep -q "sqlite_prepare" "$tmp/said"; then
    echo "tests/data/layers/speaks-sql.c: error: the layer check missed this violation"
    fail=$((fail + 1))
else
    pass=$((pass + 1))
fi
# A name that only looks like the SQLite backend's is not one of its files.
cp "$tmp/speaks-sql.o" "$tmp/store_sqlite_extra.o"
if sql_ok "$tmp/store_sqlite_extra.o" >"$tmp/said" || ! grep -q "sqlite3_exec" "$tmp/said"; then
    echo "tests/data/layers/speaks-sql.c: error: the layer check let store_sqlite_extra.o speak SQL"
    fail=$((fail + 1))
else
    pass=$((pass + 1))
fi

mkdir -p "$tmp/fake/obj/engine/steps"
for m in loop-a loop-b; do
    # shellcheck disable=SC2086
    $cc $flags -c "tests/data/layers/$m.c" -o "$tmp/fake/obj/engine/$m.o"
done
if (build=$tmp/fake && calls_ok) >"$tmp/said" || ! grep -q "loop-a" "$tmp/said"; then
    echo "tests/data/layers/loop-a.c: error: the layer check missed this loop"
    fail=$((fail + 1))
else
    pass=$((pass + 1))
fi

echo "layers: $pass passed, $fail failed"
[ "$fail" = 0 ]
