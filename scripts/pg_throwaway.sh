#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS server for tests and benchmarks: a cluster in a temporary
# folder owned by the unprivileged user "postgres", listening only on a Unix socket in that folder
# and on a free local port number (no TCP: listen_addresses=''). Nothing else is touched.
#
#   scripts/pg_throwaway.sh start      prints  PGHOST=... PGPORT=... PGDATABASE=... PGUSER=... DIR=...
#   scripts/pg_throwaway.sh stop DIR   stops that server and removes its folder
#
# Run as root (runuser becomes postgres), as the postgres user itself, or with sudo rights.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"
    elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
    else sudo -u postgres -- "$@"; fi
}
as_root() {
    if [ "$(id -u)" -eq 0 ] || [ "$(id -un)" = postgres ]; then "$@"; else sudo -- "$@"; fi
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/el-pg-XXXXXX)
    chmod 755 "$dir"
    as_root chown postgres:postgres "$dir"
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses='' -c fsync=off -c max_connections=100" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_postgres "$BIN/psql" -h "$dir" -p "$port" -U postgres -d postgres -qAt \
        -c "CREATE DATABASE economic" >/dev/null
    as_postgres "$BIN/psql" -h "$dir" -p "$port" -U postgres -d economic -qAt \
        -c "CREATE EXTENSION postgis" >/dev/null
    echo "PGHOST=$dir PGPORT=$port PGDATABASE=economic PGUSER=postgres DIR=$dir"
    ;;
stop)
    dir=${2:?usage: pg_throwaway.sh stop DIR}
    case "$dir" in /tmp/el-pg-*) ;; *) echo "not a throwaway server folder: $dir" >&2; exit 2 ;; esac
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_postgres "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    as_root rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
