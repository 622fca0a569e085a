#!/bin/sh
# A throwaway PostgreSQL cluster for the tests of the PostgreSQL store: made
# with initdb in a new temporary folder, listening only on a Unix socket in
# that folder (no TCP), and removed with the folder when COMMAND ends, also
# when it fails or is interrupted. Never touches the system's own clusters.
# initdb refuses to run as root, so as root the server runs as "nobody".
#
# usage: pg_cluster.sh run COMMAND [ARGS...]
#
# COMMAND runs with TEASER_TEST_PG set to the superuser's connection URI
# ("postgresql:///postgres?host=DIR&user=teaser_admin", which logs in without
# a password over the socket) and TEASER_TEST_PG_HOST to the socket's folder;
# every other role logs in with a password (scram-sha-256), so that the
# tests can try a wrong one. Exits with COMMAND's status.
set -eu

[ "${1:-}" = run ] && [ $# -ge 2 ] || {
    echo "usage: pg_cluster.sh run COMMAND [ARGS...]" >&2
    exit 2
}
shift
bin=$(pg_config --bindir 2>/dev/null || true)
[ -x "$bin/initdb" ] || bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || {
    echo "teaser: error: PostgreSQL's initdb is missing (install the Debian package postgresql)" >&2
    exit 3
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/teaser-pg.XXXXXX")
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    chown nobody "$dir"
    as_owner() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
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
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses= -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 3
}

export TEASER_TEST_PG="postgresql:///postgres?host=$dir&user=teaser_admin"
export TEASER_TEST_PG_HOST="$dir"
status=0
"$@" || status=$?
exit $status
