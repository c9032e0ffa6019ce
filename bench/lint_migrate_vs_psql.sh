#!/usr/bin/env bash
# Times, in one run, `db lint` and `db migrate --dry-run` on one migration file of N `CREATE TABLE` statements
# (bench/generate_migration.py) against two things measured on the same file in the same run: `psql -f`
# applying it to an empty database (autocommit with synchronous_commit off, so no flush waits; as one transaction
# the file would need more than the default max_locks_per_transaction), and libpg_query's own parse of it
# (pg_query_parse, called from Python through ctypes). Both commands start from that parse tree; the ratios say
# what they cost next to running the SQL and next to parsing it.
#
# Usage: bench/lint_migrate_vs_psql.sh [N]   (default 2000 tables; ROUNDS=5; DB_BIN=path/to/db skips the build)
# Starts its own throwaway cluster (`db dev start`) in a temporary directory and removes it.
set -euo pipefail
unset DATABASE_URL
cd "$(dirname "$0")/.."
count=${1:-2000}
rounds=${ROUNDS:-5}
source bench/lib.sh
bench_db_binary
bench_start_cluster

mkdir -p "$work/migrations"
file="$work/migrations/20260101000000_create_tables.sql"
python3 bench/generate_migration.py "$count" >"$file"
psql -X -q "$url" -c "CREATE DATABASE bench_dry_run"

now_ms() { date +%s%3N; }

run_lint() {
    local start output
    start=$(now_ms)
    output=$("$DB_BIN" lint "$file" --migrations-dir "$work/migrations")
    echo $(($(now_ms) - start))
    [[ $output == *"1 file checked: 0 errors, 0 warnings"* ]] || { echo "bench: db lint said: $output" >&2; exit 1; }
}

run_dry_run() {
    local start output
    start=$(now_ms)
    output=$("$DB_BIN" migrate --dry-run --database-url "$(bench_database_url bench_dry_run)" --migrations-dir "$work/migrations")
    echo $(($(now_ms) - start))
    [[ $output == *"gates pass"* ]] || { echo "bench: db migrate --dry-run said: $output" >&2; exit 1; }
}

run_psql() {
    local start tables
    psql -X -q "$url" -c "CREATE DATABASE bench_psql_$1"
    start=$(now_ms)
    PGOPTIONS="-c synchronous_commit=off" psql -X -q -v ON_ERROR_STOP=1 "$(bench_database_url "bench_psql_$1")" -f "$file" >/dev/null
    echo $(($(now_ms) - start))
    tables=$(psql -X -qtA "$(bench_database_url "bench_psql_$1")" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    [[ $tables == "$count" ]] || { echo "bench: psql created $tables tables, expected $count" >&2; exit 1; }
}

# libpg_query's parse of the file (statements to JSON), the work both commands start from.
run_raw_parse() {
    python3 - "$file" <<'PY'
import ctypes, ctypes.util, sys, time
library = ctypes.CDLL(ctypes.util.find_library("pg_query") or "libpg_query.so")
class Result(ctypes.Structure):
    _fields_ = [("parse_tree", ctypes.c_char_p), ("stderr_buffer", ctypes.c_char_p), ("error", ctypes.c_void_p)]
library.pg_query_parse.restype = Result
library.pg_query_free_parse_result.argtypes = [Result]
sql = open(sys.argv[1], "rb").read()
start = time.monotonic()
result = library.pg_query_parse(sql)
elapsed = round((time.monotonic() - start) * 1000)
if result.error or not result.parse_tree:
    sys.exit("bench: libpg_query could not parse the file")
library.pg_query_free_parse_result(result)
print(elapsed)
PY
}

# The machine may be shared: rotate which one goes first and compare medians of $rounds rounds.
lint_times=() dry_times=() psql_times=() parse_times=()
for ((round = 1; round <= rounds; round++)); do
    for ((step = 0; step < 4; step++)); do
        case $(((round + step) % 4)) in
            0) lint_times+=("$(run_lint)") ;;
            1) dry_times+=("$(run_dry_run)") ;;
            2) psql_times+=("$(run_psql "$round")") ;;
            3) parse_times+=("$(run_raw_parse)") ;;
        esac
    done
    echo "round $round: db lint ${lint_times[-1]} ms, db migrate --dry-run ${dry_times[-1]} ms," \
        "psql ${psql_times[-1]} ms, libpg_query parse ${parse_times[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }'; }
lint_ms=$(median "${lint_times[@]}")
dry_ms=$(median "${dry_times[@]}")
psql_ms=$(median "${psql_times[@]}")
parse_ms=$(median "${parse_times[@]}")
echo "file: $count CREATE TABLE statements ($(wc -c <"$file") bytes, $(grep -c ';$' "$file") statements), rounds: $rounds (medians)"
echo "db lint: ${lint_ms} ms"
echo "db migrate --dry-run: ${dry_ms} ms"
echo "psql -f into an empty database: ${psql_ms} ms"
echo "libpg_query parse: ${parse_ms} ms"
echo "ratio db lint / psql: $(ratio "$lint_ms" "$psql_ms")x, db migrate --dry-run / psql: $(ratio "$dry_ms" "$psql_ms")x"
echo "ratio db lint / libpg_query parse: $(ratio "$lint_ms" "$parse_ms")x, db migrate --dry-run / libpg_query parse: $(ratio "$dry_ms" "$parse_ms")x"
