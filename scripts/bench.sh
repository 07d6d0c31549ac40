#!/usr/bin/env bash
# make bench: time ariadrift on a generated schema of BENCH_N tables (default
# 5000; BENCH_N=200 make bench is a quick run) in a throwaway PostgreSQL,
# side by side with its floor (the catalog queries ariadrift runs, executed
# by psql in one transaction), pg_dump --schema-only and Atlas's inspector.
# Each command runs BENCH_RUNS times (default 5) after one warm-up run; the
# table shows medians.
#
# Environment: ARIADRIFT (the binary, default bin/ariadrift), ARIADRIFT_BASE
# (optional: a second binary, such as a build of main, timed side by side
# as the "before" row), BENCH_N, BENCH_RUNS, BENCH_SEED (default 1),
# BENCH_TIMEOUT (seconds per command run, default 900), BENCH_TENANTS (the
# tenant schemas of 20 tables in the tenants row, default 1000; 0 leaves
# the row out).
#
# The floor row is the baseline: the catalog queries of the single-session
# read before the catalogs were decoded client-side (bench/queries
# legacy.go), unchanged from run to run. The "current queries" row is what
# ariadrift runs now, through psql in one session.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${ARIADRIFT:-bin/ariadrift}
n=${BENCH_N:-5000}
runs=${BENCH_RUNS:-5}
seed=${BENCH_SEED:-1}
limit=${BENCH_TIMEOUT:-900}
small=10 # the size whose round trips the large run must match
tenants=${BENCH_TENANTS:-1000}
tenant_tables=20

note() { echo "bench: $*" >&2; }
die() { note "$*"; exit 2; }

[[ -x $bin ]] || die "$bin is not an executable; run make build"
[[ $n =~ ^[1-9][0-9]*$ ]] || die "BENCH_N=$n: want a positive table count"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS=$runs: want a positive count"
[[ $tenants =~ ^[0-9]+$ ]] || die "BENCH_TENANTS=$tenants: want a count"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
base=${ARIADRIFT_BASE:-}
if [[ -n $base ]]; then
  [[ -x $base ]] || die "ARIADRIFT_BASE=$base is not an executable"
  base=$(cd "$(dirname "$base")" && pwd)/$(basename "$base")
fi

. scripts/pg.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/ariadrift-bench.XXXXXX")
cleanup() {
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT

note "building the benchmark programs"
go build -o "$work/" ./bench/schemagen ./bench/queries ./bench/measure ./bench/load

# Atlas is a separate module: fetching it may fail (no network, no proxy),
# and that must not stop the rest of the benchmark.
atlas_status=
if ! (cd bench/peers/atlas && go build -o "$work/atlas-inspect" .) >"$work/atlas-build.log" 2>&1; then
  atlas_status="unavailable: $(grep -v '^#' "$work/atlas-build.log" | head -1 | cut -c1-70)"
  note "Atlas could not be built: see below"
  cat "$work/atlas-build.log" >&2
fi

note "generating $n and $small tables (seed $seed)"
"$work/schemagen" -n "$n" -seed "$seed" >"$work/gen.sql"
"$work/schemagen" -n "$small" -seed "$seed" >"$work/gen$small.sql"
if ((tenants > 0)); then
  "$work/schemagen" -n "$tenant_tables" -seed "$seed" >"$work/tenant.sql"
  "$work/schemagen" -n "$tenant_tables" -tenants "$tenants" -seed "$seed" >"$work/tenants.sql"
  "$work/schemagen" -n "$tenant_tables" -tenants "$small" -seed "$seed" >"$work/tenants$small.sql"
fi

# pg_dump takes a lock on every table in one transaction: the default lock
# table (64 per connection) is too small for thousands of tables.
PG_EXTRA_OPTS="-c max_locks_per_transaction=1024 ${PG_EXTRA_OPTS:-}"
pg_start || die "PostgreSQL server binaries not found (install the postgresql package)"
trap cleanup EXIT # pg_start replaced the trap with its own pg_stop

note "loading the generated schemas (this takes a while for large N)"
for db in gen "gen$small"; do
  pg_psql -d postgres -c "CREATE DATABASE $db" >/dev/null
done
# Statement by statement, not in one transaction, for the same lock table.
pg_psql -d gen -f "$work/gen.sql" >/dev/null
pg_psql -d "gen$small" -f "$work/gen$small.sql" >/dev/null
pg_psql -d gen -c 'VACUUM ANALYZE' >/dev/null
if ((tenants > 0)); then
  for db in tenants "tenants$small"; do
    pg_psql -d postgres -c "CREATE DATABASE $db" >/dev/null
    pg_psql -d "$db" -f "$work/$db.sql" >/dev/null
    pg_psql -d "$db" -c 'VACUUM ANALYZE' >/dev/null
  done
fi

dsn="host=$PGSOCK user=postgres dbname=gen"
dsn_small="host=$PGSOCK user=postgres dbname=gen$small"
# PGBIN may be a directory of symlinks to the server binaries (initdb,
# pg_ctl): the client tools sit beside their targets.
pgreal=$(dirname "$(readlink -f "$PGBIN/initdb")")
client() {
  local d
  for d in "$PGBIN" "$pgreal"; do
    [[ -x $d/$1 ]] && { echo "$d/$1"; return; }
  done
  command -v "$1" || die "$1 not found"
}
psql_bin=$(client psql)
pg_dump_bin=$(client pg_dump)

"$pg_dump_bin" --schema-only -h "$PGSOCK" -U postgres -d gen -f "$work/dump.sql"
"$work/queries" >"$work/floor.sql"
"$work/queries" -current >"$work/current.sql"

# Each row is a command registered with add KEY COMMAND...; the rounds run
# every command once in turn, so that a busy machine slows all rows alike.
# Round 0 warms caches and is not counted. Measurements go to $work/KEY.m as
# "seconds peak_rss_kb" lines, the last run's output to $work/KEY.out; a
# failed run ends its row (reason in $work/KEY.fail), not the script.
keys=()
declare -A cmds
add() {
  local key=$1
  shift
  keys+=("$key")
  cmds[$key]=$(printf '%q ' "$@")
}

run_once() {
  local key=$1 m=$2 code=0 argv
  eval "argv=(${cmds[$key]})"
  "$work/measure" -o "$m" -- timeout "$limit" "${argv[@]}" >"$work/$key.out" 2>"$work/$key.err" || code=$?
  ((code == 0)) && return 0
  rm -f "$work/$key.m"
  if ((code == 124)); then
    echo "timed out after ${limit}s" >"$work/$key.fail"
  else
    echo "failed (exit $code): $(head -1 "$work/$key.err" | cut -c1-120)" >"$work/$key.fail"
  fi
  note "$key: $(cat "$work/$key.fail")"
}

# median KEY COLUMN: the median of a column of $work/KEY.m.
median() {
  cut -d' ' -f"$2" "$work/$1.m" | sort -g | awk '{v[NR] = $1} END {
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

add floor "$psql_bin" -h "$PGSOCK" -U postgres -X -q -A -t -v ON_ERROR_STOP=1 -d gen -o /dev/null -f "$work/floor.sql"
add current "$psql_bin" -h "$PGSOCK" -U postgres -X -q -A -t -v ON_ERROR_STOP=1 -d gen -o /dev/null -f "$work/current.sql"
add introspect "$work/load" -dsn "$dsn"
add introspect1 "$work/load" -sessions 1 -dsn "$dsn"
add check "$bin" check --fail-on none --sql "$work/gen.sql" --dsn "$dsn"
add spec_import "$bin" spec import --dsn "$dsn" -o "$work/imported.yaml"
[[ -n $base ]] && add check_base "$base" check --fail-on none --sql "$work/gen.sql" --dsn "$dsn"
add pg_dump "$pg_dump_bin" --schema-only -h "$PGSOCK" -U postgres -d gen -f "$work/dump-run.sql"
[[ -z $atlas_status ]] && add atlas "$work/atlas-inspect" -dsn "$dsn"
add replay_gen "$work/load" -sql "$work/gen.sql"
add replay_dump "$work/load" -sql "$work/dump.sql"
tenant_args=(check --fail-on none --sql "$work/tenant.sql" --tenants 'tenant_*')
((tenants > 0)) && add tenants "$bin" "${tenant_args[@]}" --dsn "host=$PGSOCK user=postgres dbname=tenants"

for ((round = 0; round <= runs; round++)); do
  label=
  ((round == 0)) && label=" (warm-up)"
  note "timing: round $round of $runs$label"
  for key in "${keys[@]}"; do
    [[ -f $work/$key.fail ]] && continue
    m=$work/$key.m
    ((round == 0)) && m=$work/$key.warm
    run_once "$key" "$m"
  done
done

# Round trips: every statement the server executes for one check, counted
# from its log with log_statement = all, at $small tables and at $n.
queries_for() {
  local db=$1 log=$PGDIR/server.log before after
  shift
  pg_psql -d postgres -c "ALTER DATABASE $db SET log_statement = 'all'" >/dev/null
  before=$(stat -c %s "$log")
  "$bin" "$@" --dsn "host=$PGSOCK user=postgres dbname=$db" >/dev/null 2>&1 || true
  sleep 0.2 # the logger writes asynchronously
  after=$(tail -c +"$((before + 1))" "$log" | grep -cE 'LOG:  (statement|execute [^:]*):' || true)
  pg_psql -d postgres -c "ALTER DATABASE $db RESET log_statement" >/dev/null
  echo "$after"
}
trips_small=$(queries_for "gen$small" check --fail-on none --sql "$work/gen$small.sql")
trips_n=$(queries_for gen check --fail-on none --sql "$work/gen.sql")
if ((tenants > 0)); then
  trips_t_small=$(queries_for "tenants$small" "${tenant_args[@]}")
  trips_t=$(queries_for tenants "${tenant_args[@]}")
  tenant_findings=$(grep -h '^tenants: ' "$work/tenants.out" 2>/dev/null | tail -1 || true)
fi

# Findings of the zero-drift check: the total line of its report.
findings=$(grep -h '^total: ' "$work/check.out" 2>/dev/null | tail -1 || true)
findings=${findings:-"findings unknown (see the output of check)"}
tables_gen=$(head -1 "$work/replay_gen.out" 2>/dev/null || true)
tables_dump=$(head -1 "$work/replay_dump.out" 2>/dev/null || true)

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }

echo
echo "ariadrift benchmark: $n generated tables (seed $seed), median of $runs runs after a warm-up"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GB RAM", $2 / 1048576}' /proc/meminfo)"
echo "PostgreSQL: $(pg_psql -d gen -Atc 'SHOW server_version'), unix socket, fsync off"
echo "inputs: gen.sql $(mb "$work/gen.sql") MB, pg_dump --schema-only $(mb "$work/dump.sql") MB"
echo

floor_s=
[[ -f $work/floor.m ]] && floor_s=$(median floor 1)

row() {
  local key=$1 what=$2 extra=${3:-} s rss ratio
  if [[ -f $work/$key.fail ]]; then
    printf '%-52s %10s %8s %11s  %s\n' "$what" - - - "$(cat "$work/$key.fail")"
    return
  fi
  if [[ ! -f $work/$key.m ]]; then
    printf '%-52s %10s %8s %11s  %s\n' "$what" - - - "$extra"
    return
  fi
  s=$(median "$key" 1)
  rss=$(cut -d' ' -f2 "$work/$key.m" | sort -n | tail -1 | awk '{printf "%.0f", $1 / 1024}')
  ratio=-
  [[ -n $floor_s && $key != replay_* && $key != tenants ]] && ratio=$(awk -v a="$s" -v b="$floor_s" 'BEGIN { printf "%.2fx", a / b }')
  printf '%-52s %10.3f %8s %11s  %s\n' "$what" "$s" "$ratio" "$rss" "$extra"
}

throughput() {
  [[ -f $work/$1.m ]] || return 0
  awk -v b="$(stat -c %s "$2")" -v s="$(median "$1" 1)" 'BEGIN { printf "%.1f MB/s", b / 1048576 / s }'
}

printf '%-52s %10s %8s %11s  %s\n' "what" "median s" "vs floor" "peak RSS MB" "notes"
printf '%.0s-' {1..110}
echo
row floor "floor: the baseline catalog queries, psql, 1 tx"
row current "current catalog queries, psql, 1 session"
row introspect "ariadrift: read the database only (introspect)"
row introspect1 "ariadrift: read the database, one session"
row check "ariadrift check --sql gen.sql --dsn (end to end)" "$findings"
[[ -n $base ]] && row check_base "before: ARIADRIFT_BASE check (end to end)"
row spec_import "ariadrift spec import --dsn (read + write the spec)"
row pg_dump "pg_dump --schema-only"
row atlas "Atlas InspectRealm (public)" "$atlas_status"
row replay_gen "offline: parse+replay gen.sql (sqlparse.Files)" "$(throughput replay_gen "$work/gen.sql") ${tables_gen:+($tables_gen)}"
row replay_dump "offline: parse+replay the pg_dump output" "$(throughput replay_dump "$work/dump.sql") ${tables_dump:+($tables_dump)}"
((tenants > 0)) && row tenants "check --tenants: $tenants schemas x $tenant_tables tables" "${tenant_findings:-tenant summary unknown}"
echo
# faster KEY: how many times faster the end-to-end check is than KEY.
faster() {
  [[ -f $work/check.m && -f $work/$1.m ]] || { echo "-"; return; }
  awk -v a="$(median "$1" 1)" -v b="$(median check 1)" 'BEGIN { printf "%.1fx", a / b }'
}
echo "ariadrift check is $(faster pg_dump) as fast as pg_dump --schema-only and $(faster atlas) as fast as Atlas"
[[ -n $base ]] && echo "ariadrift check is $(faster check_base) as fast as the ARIADRIFT_BASE check"
if [[ -f $work/spec_import.m && -f $work/introspect.m ]]; then
  echo "spec import takes $(awk -v a="$(median spec_import 1)" -v b="$(median introspect 1)" 'BEGIN { printf "%.3f s", a - b }') beyond the read (the introspect row)"
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) when the table was printed"
echo "catalog statements per check (server log, log_statement = all): $trips_small at $small tables, $trips_n at $n tables"
((tenants > 0)) && echo "catalog statements per tenants check: $trips_t_small at $small tenant schemas, $trips_t at $tenants (the tenants row is not a ratio: its floor is another database)"
echo "peak RSS is the largest of the runs, of the measured client process (psql, pg_dump, ariadrift), not the server."
echo "the check row includes replaying gen.sql, reading the database, the comparison and the report."
