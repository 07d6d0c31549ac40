#!/usr/bin/env bash
# make demo: a real four-way check of the bundled Aria example — the models
# code (read statically), the spec, the init scripts, and a throwaway database
# built from those scripts plus the hand-made production hotfixes in
# testdata/aria-hotfix.sql.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${ARIADRIFT:-bin/ariadrift}
. scripts/pg.sh

run_check() {
  echo "\$ ariadrift check $*"
  set +e
  "$bin" check "$@"
  code=$?
  set -e
  case $code in
    0) echo "exit 0: nothing at or above the gate" ;;
    1) echo "exit 1: drift at or above --fail-on high (expected for the Aria example)" ;;
    *) echo "exit $code: the check could not run" >&2; exit "$code" ;;
  esac
}

if ! pg_start; then
  echo "PostgreSQL server binaries not found (install the postgresql package):" >&2
  echo "running the offline check only." >&2
  run_check --config testdata/aria/ariadrift.yaml --orm testdata/aria/models.py --spec spec/models.yaml --sql testdata/aria
  exit 0
fi

pg_psql -d postgres -c 'CREATE DATABASE aria_warehouse' >/dev/null
pg_psql -d aria_warehouse -f testdata/aria/01-schema.sql -f testdata/aria/02-migrations.sql >/dev/null 2>&1
pg_psql -d aria_warehouse -f testdata/aria-hotfix.sql >/dev/null
echo "throwaway PostgreSQL ($("$PGBIN/postgres" --version)) loaded with testdata/aria and testdata/aria-hotfix.sql"
echo
run_check --config testdata/aria/ariadrift.yaml --orm testdata/aria/models.py --spec spec/models.yaml --sql testdata/aria --dsn "host=$PGSOCK user=postgres dbname=aria_warehouse"
