#!/usr/bin/env bash
# Times the full validating import of a Nordic sales-line file against the bare engine load of the same file:
#   SQLite:     salgskraft import (fresh database)   vs  sqlite3 .import into a bare table
#   PostgreSQL: salgskraft import (fresh database)   vs  psql \copy into a bare table
# Usage: bench/import.sh [LINES] (default 1000000). PostgreSQL runs when BENCH_POSTGRES is set to an admin
# connection URI (e.g. postgresql://postgres:secret@127.0.0.1:5432/postgres).
# Peak memory: BENCH_MEMORY=1 also reports the import's maximum resident set size (/usr/bin/time -v).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-1000000}
OUT=bench/out
mkdir -p "$OUT"
FILE="$OUT/sales-$LINES.csv"

dotnet build -c Release -v q src/Salgskraft.Cli >/dev/null
dotnet build -c Release -v q bench/SalesFileGenerator >/dev/null
CLI="dotnet src/Salgskraft.Cli/bin/Release/net10.0/salgskraft.dll"
[ -f "$FILE" ] || dotnet bench/SalesFileGenerator/bin/Release/net10.0/SalesFileGenerator.dll "$LINES" "$FILE"

now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }
report() { # engine, import seconds, bare seconds
  printf '%-10s import %8.2f s (%9.0f rows/s)   bare %8.2f s (%9.0f rows/s)   ratio %.2f\n' \
    "$1" "$2" "$(echo "$LINES / $2" | bc -l)" "$3" "$(echo "$LINES / $3" | bc -l)" "$(echo "$2 / $3" | bc -l)"
}
run_import() { # prints the import's wall time; with BENCH_MEMORY=1 also its peak RSS
  local t0 t1
  t0=$(now)
  if [ "${BENCH_MEMORY:-0}" = 1 ]; then
    /usr/bin/time -v $CLI import sales-lines "$FILE" --company bench 2>"$OUT/time.txt" >&2
    grep "Maximum resident set size" "$OUT/time.txt" | awk '{printf "peak working set %.0f MB\n", $6/1024}' >&2
  else
    $CLI import sales-lines "$FILE" --company bench >&2
  fi
  t1=$(now)
  seconds "$t0" "$t1"
}

# --- SQLite --------------------------------------------------------------------------------------------------
DB="$OUT/bench.db"
rm -f "$DB" "$DB-wal" "$DB-shm" "$OUT/bare.db"
export Salgskraft__Database__Provider=Sqlite ConnectionStrings__Salgskraft="Data Source=$DB"
$CLI migrate >/dev/null
$CLI company add bench --name "Bench AS" >/dev/null
IMPORT=$(run_import)
T0=$(now)
sqlite3 "$OUT/bare.db" <<SQL
CREATE TABLE sales (invoice_no TEXT, line_no TEXT, date TEXT, customer_id TEXT, customer_name TEXT, salesperson_id TEXT,
  product_id TEXT, product_group TEXT, quantity TEXT, revenue TEXT, cost TEXT);
.mode csv
.separator ";"
.import --skip 1 $FILE sales
SQL
T1=$(now)
report SQLite "$IMPORT" "$(seconds "$T0" "$T1")"

# --- PostgreSQL ----------------------------------------------------------------------------------------------
if [ -n "${BENCH_POSTGRES:-}" ]; then
  psql -q "$BENCH_POSTGRES" -c "DROP DATABASE IF EXISTS salgskraft_bench" -c "CREATE DATABASE salgskraft_bench" \
    -c "DROP DATABASE IF EXISTS salgskraft_bench_bare" -c "CREATE DATABASE salgskraft_bench_bare" >/dev/null
  BASE=${BENCH_POSTGRES%/*}
  export Salgskraft__Database__Provider=Postgres ConnectionStrings__Salgskraft
  ConnectionStrings__Salgskraft=$(echo "$BASE/salgskraft_bench" | sed -E 's#postgresql://([^:]+):([^@]+)@([^:/]+):?([0-9]*)/(.*)#Host=\3;Port=\4;Username=\1;Password=\2;Database=\5#')
  $CLI migrate >/dev/null
  $CLI company add bench --name "Bench AS" >/dev/null
  IMPORT=$(run_import)
  psql -q "$BASE/salgskraft_bench_bare" -c "CREATE TABLE sales (invoice_no text, line_no text, date text, customer_id text, customer_name text,
    salesperson_id text, product_id text, product_group text, quantity text, revenue text, cost text)" >/dev/null
  T0=$(now)
  psql -q "$BASE/salgskraft_bench_bare" -c "\\copy sales FROM '$FILE' WITH (FORMAT csv, DELIMITER ';', HEADER true)" >/dev/null
  T1=$(now)
  report PostgreSQL "$IMPORT" "$(seconds "$T0" "$T1")"
fi
