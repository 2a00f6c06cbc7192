#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, usable as root (the server then runs as the
# 'postgres' OS user, since initdb refuses root).
#   pg-throwaway.sh start DIR   initdb + start; writes DIR/conninfo (a libpq string) and DIR/env
#   pg-throwaway.sh stop DIR    fast stop, then rm -rf DIR
# The server listens only on a unix socket inside DIR, so the port never clashes with
# another cluster; fsync is off because the data is thrown away.
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PGBIN/initdb" ] || { echo "pg-throwaway: no PostgreSQL server binaries (apt-get install postgresql-15)" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then AS_PG=(runuser -u postgres --); else AS_PG=(); fi
cmd=${1:?usage: pg-throwaway.sh start|stop DIR}
base=$(realpath -m "${2:?usage: pg-throwaway.sh start|stop DIR}")

stop_cluster() {
  if [ -f "$base/data/postmaster.pid" ]; then
    "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$base/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
}

case "$cmd" in
start)
  stop_cluster
  rm -rf "$base"
  mkdir -p "$base"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$base"
  chmod 700 "$base"
  # unix socket paths are limited to 107 bytes
  [ ${#base} -lt 90 ] || { echo "pg-throwaway: $base is too long for a socket directory" >&2; exit 1; }
  "${AS_PG[@]}" "$PGBIN/initdb" -D "$base/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$base/initdb.log" 2>&1 || { cat "$base/initdb.log" >&2; exit 1; }
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
    -o "-p 5432 -k $base -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    start >/dev/null || { cat "$base/server.log" >&2; exit 1; }
  echo "host=$base port=5432 user=postgres dbname=postgres" >"$base/conninfo"
  printf 'export PGHOST=%s PGPORT=5432 PGUSER=postgres PGDATABASE=postgres\n' "$base" >"$base/env"
  echo "pg-throwaway: started, $(cat "$base/conninfo")"
  ;;
stop)
  stop_cluster
  rm -rf "$base"
  echo "pg-throwaway: stopped"
  ;;
*)
  echo "usage: pg-throwaway.sh start|stop DIR" >&2
  exit 2
  ;;
esac
