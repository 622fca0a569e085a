#!/bin/sh
# A throwaway PostgreSQL cluster for the tests of the PostgreSQL store: made
# with initdb in a new temporary folder, listening only on a Unix socket in
# that folder (no TCP), and removed with the folder when COMMAND ends, also
# when it fails or is interrupted. Never touches the system's own clusters.
# initdb refuses to run as root, so as root the server runs as "nobody".
#
# usage: pg_cluster.sh run COMMAND [ARGS...]
#        pg_cluster.sh stop | start      (from inside COMMAND)
#
# COMMAND runs with TEASER_TEST_PG set to the superuser's connection URI
# ("postgresql:///postgres?host=DIR&user=teaser_admin", which logs in without
# a password over the socket), TEASER_TEST_PG_HOST to the socket's folder and
# TEASER_TEST_PG_DATA to the cluster's data folder; every other role logs in
# with a password (scram-sha-256), so that the tests can try a wrong one.
# Exits with COMMAND's status. Inside COMMAND, "stop" stops that cluster at
# once, as a crash would (pg_ctl's immediate mode: no checkpoint, clients cut
# off, crash recovery at the next start), and "start" starts it again.
set -eu

usage() {
    echo "usage: pg_cluster.sh run COMMAND [ARGS...] | stop | start" >&2
    exit 2
}
bin=$(pg_config --bindir 2>/dev/null || true)
[ -x "$bin/initdb" ] || bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || {
    echo "teaser: error: PostgreSQL's initdb is missing (install the Debian package postgresql)" >&2
    exit 3
}
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    as_owner() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
fi

case "${1:-}" in
stop | start)
    [ -n "${TEASER_TEST_PG_DATA:-}" ] || usage
    if [ "$1" = stop ]; then
        as_owner "$bin/pg_ctl" -D "$TEASER_TEST_PG_DATA" -m immediate -w stop >/dev/null
    else
        as_owner "$bin/pg_ctl" -D "$TEASER_TEST_PG_DATA" -l "$TEASER_TEST_PG_DATA/../server.log" \
            -w -t 30 start >/dev/null
    fi
    exit 0
    ;;
run) [ $# -ge 2 ] || usage ;;
*) usage ;;
esac
shift

dir=$(mktemp -d "${TMPDIR:-/tmp}/teaser-pg.XXXXXX")
if [ "$(id -u)" = 0 ]; then
    chown nobody "$dir"
fi
stop() {
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM HUP

as_owner "$bin/initdb" -D "$dir/data" -U teaser_admin -A trust --no-sync -E UTF8 \
    --locale=C >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 3
}
printf 'local all teaser_admin trust\nlocal all all scram-sha-256\n' >"$dir/data/pg_hba.conf"
# in its configuration, so that "start" brings it back the same
printf "listen_addresses = ''\nunix_socket_directories = '%s'\nfsync = off\nfull_page_writes = off\n" \
    "$dir" >>"$dir/data/postgresql.conf"
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 3
}

export TEASER_TEST_PG="postgresql:///postgres?host=$dir&user=teaser_admin"
export TEASER_TEST_PG_HOST="$dir"
export TEASER_TEST_PG_DATA="$dir/data"
status=0
"$@" || status=$?
exit $status
