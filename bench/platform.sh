#!/usr/bin/env bash
# Times the year's customer platform through the CLI (start-up included) against the bare GROUP BY over the same
# sales lines in the database's own shell:
#   SQLite:     salgskraft platform bench --period 2025 --format json   vs  sqlite3: revenue, cost per customer in 2025
#   PostgreSQL: the same                                                vs  psql:    the same GROUP BY
# and reports how long SalesAggregate.RefreshAsync takes over all lines (the cost of keeping the aggregate).
# Usage: bench/platform.sh [LINES] [CUSTOMERS]   (default 1000000 25000). PostgreSQL runs when BENCH_POSTGRES is an
# admin connection URI (e.g. postgresql://postgres:secret@127.0.0.1:5432/postgres). Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-1000000}
CUSTOMERS=${2:-25000}
OUT=bench/out
mkdir -p "$OUT"

# ReadyToRun: the CLI starts from precompiled code instead of JIT-compiling EF Core and its own code on every run
# (about half the CPU time of a run here). Cultures stay on (InvariantGlobalization=false) for the users' formats.
dotnet publish src/Salgskraft.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/cli" -v q >/dev/null
dotnet build -c Release -v q bench/PlatformSeed >/dev/null
CLI="dotnet $OUT/cli/salgskraft.dll"
SEED="dotnet bench/PlatformSeed/bin/Release/net10.0/PlatformSeed.dll"
# The bare query in a file, so no shell quoting stands between hyperfine and the database shell.
GROUP_BY="$OUT/group-by.sql"
echo "SELECT \"CustomerId\", sum(\"Revenue\"), sum(\"Cost\") FROM \"SalesLines\" WHERE \"CompanyId\" = 1
  AND \"Date\" >= '2025-01-01' AND \"Date\" <= '2025-12-31' GROUP BY \"CustomerId\";" > "$GROUP_BY"

compare() { # engine, bare command
  hyperfine -N --warmup 2 --runs "${BENCH_RUNS:-10}" --export-json "$OUT/$1.json" \
    -n cli "$CLI platform bench --period 2025 --format json" -n bare "$2" >/dev/null
  python3 - "$OUT/$1.json" "$1" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
cli, bare = r["cli"], r["bare"]
print(f'{sys.argv[2]:<10} cli {cli["mean"]:.3f} s ± {cli["stddev"]:.3f} (min {cli["min"]:.3f})   '
      f'bare GROUP BY {bare["mean"]:.3f} s ± {bare["stddev"]:.3f} (min {bare["min"]:.3f})   ratio {cli["mean"] / bare["mean"]:.2f} (goal ≤ 0.50)')
PY
}

# --- SQLite --------------------------------------------------------------------------------------------------
DB="$OUT/platform.db"
export Salgskraft__Database__Provider=Sqlite ConnectionStrings__Salgskraft="Data Source=$DB"
if [ "${BENCH_REUSE:-0}" != 1 ]; then  # BENCH_REUSE=1 times again on the databases of the last run
  rm -f "$DB" "$DB-wal" "$DB-shm"
  echo "SQLite: $($SEED "$LINES" "$CUSTOMERS" | tr '\n' ' ')"
fi
$CLI platform bench --period 2025 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("  2025:", len(d["customers"]), "placed,", len(d["noRevenue"]), "no revenue, revenue", d["total"]["revenue"])'
compare SQLite "sqlite3 $DB .read\ $GROUP_BY"

# --- PostgreSQL ----------------------------------------------------------------------------------------------
if [ -n "${BENCH_POSTGRES:-}" ]; then
  URI="${BENCH_POSTGRES%/*}/salgskraft_platform_bench"
  export Salgskraft__Database__Provider=Postgres
  ConnectionStrings__Salgskraft=$(echo "$URI" | sed -E 's#postgresql://([^:]+):([^@]+)@([^:/]+):?([0-9]*)/(.*)#Host=\3;Port=\4;Username=\1;Password=\2;Database=\5#')
  export ConnectionStrings__Salgskraft
  if [ "${BENCH_REUSE:-0}" != 1 ]; then
    psql -q "$BENCH_POSTGRES" -c "DROP DATABASE IF EXISTS salgskraft_platform_bench" -c "CREATE DATABASE salgskraft_platform_bench" >/dev/null
    echo "PostgreSQL: $($SEED "$LINES" "$CUSTOMERS" | tr '\n' ' ')"
    psql -q "$URI" -c 'VACUUM ANALYZE' >/dev/null
  fi
  compare PostgreSQL "psql -q -o /dev/null -f $GROUP_BY $URI"
fi
