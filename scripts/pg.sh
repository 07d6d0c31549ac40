#!/usr/bin/env bash
# Throwaway PostgreSQL for the demo and the benchmark: find the server binaries,
# start a cluster on a unix socket in a temporary directory, stop it on exit.
# Source this file, then call pg_start; it sets PGDIR, PGBIN and PGSOCK.

pg_find_bin() {
  local d
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x $d/initdb && -x $d/pg_ctl ]] && { echo "$d"; return 0; }
  done
  return 1
}

# pg_as runs a command as the postgres user when we are root: initdb refuses root.
pg_as() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  PGBIN=$(pg_find_bin) || return 1
  PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/ariadrift-pg.XXXXXX")
  [[ $(id -u) == 0 ]] && chown postgres "$PGDIR"
  PGSOCK=$PGDIR
  pg_as "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres --no-sync >"$PGDIR/initdb.log" 2>&1 \
    || { cat "$PGDIR/initdb.log" >&2; return 1; }
  pg_as "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
    -o "-k $PGDIR -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off ${PG_EXTRA_OPTS:-}" \
    start >/dev/null || { cat "$PGDIR/server.log" >&2; return 1; }
  trap pg_stop EXIT
}

pg_stop() {
  [[ -n ${PGDIR:-} && -d $PGDIR ]] || return 0
  pg_as "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PGDIR"
}

# pg_psql runs psql against the throwaway cluster.
pg_psql() {
  local psql=$PGBIN/psql
  [[ -x $psql ]] || psql=psql
  "$psql" -h "$PGSOCK" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"
}
