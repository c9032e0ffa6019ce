#!/usr/bin/env bash
# Compares, in one run, `db diff --from A --to B` (database to database, the whole command) with
# `migra --unsafe A B` on the same two databases: A from bench/generate_schema.py, B the same plus
# bench/mutate_schema.py (about 5% of the objects changed). Prints medians and the ratio migra/db (goal >= 10x),
# a breakdown of db's time (process start, introspection of each side, in-memory diff+plan on the introspected
# catalogs) and DiffBench on built catalogs (goal: diff+plan of 1,000 tables < 100 ms).
# Sanity checks: both outputs are non-empty, and applying db's output to a copy of A leaves no difference to B.
#
# Usage: bench/diff_vs_migra.sh [TABLES]   (default 1000; ROUNDS=3; DB_BIN=path/to/db and
#        DIFFBENCH_BIN=path/to/DiffBench skip the release builds)
# Starts its own throwaway cluster in a temporary directory and removes it.
set -euo pipefail
cd "$(dirname "$0")/.."
tables=${1:-1000}
rounds=${ROUNDS:-3}

if ! command -v migra >/dev/null; then
    echo "bench: migra is not installed; install it with: pip install migra psycopg2-binary 'setuptools<81'" >&2
    exit 1
fi
if [[ -z ${DB_BIN:-} ]]; then
    swift build -c release --product db >/dev/null
    DB_BIN=$(swift build -c release --show-bin-path)/db
fi
if [[ -z ${DIFFBENCH_BIN:-} ]]; then
    swift build -c release --product DiffBench >/dev/null
    DIFFBENCH_BIN=$(swift build -c release --show-bin-path)/DiffBench
fi
DB_BIN=$(realpath "$DB_BIN")
DIFFBENCH_BIN=$(realpath "$DIFFBENCH_BIN")

work=$(mktemp -d /tmp/db-bench.XXXXXX)
chmod 755 "$work"
port=$((40000 + RANDOM % 9000))
cleanup() { (cd "$work" && "$DB_BIN" dev stop >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && "$DB_BIN" dev start --port "$port" >/dev/null)
url=$(cd "$work" && "$DB_BIN" dev url)
base=${url%%\?*}
query=${url#*\?}
# postgresql://postgres@/NAME?host=/socket/dir&port=N for libpq; migra's SQLAlchemy 2 needs the driver named
# (its default for postgresql:// is psycopg 3).
database_url() { echo "${base%/*}/$1?$query"; }
a=$(database_url bench_a)
b=$(database_url bench_b)
copy=$(database_url bench_a_copy)
migra_a="postgresql+psycopg2://${a#postgresql://}"
migra_b="postgresql+psycopg2://${b#postgresql://}"

now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
run_psql() { psql -X -q -v ON_ERROR_STOP=1 "$@" >/dev/null; }

python3 bench/generate_schema.py "$tables" >"$work/schema.sql"
python3 bench/mutate_schema.py "$tables" >"$work/changes.sql"
start=$(now_ms)
run_psql "$url" -c "CREATE DATABASE bench_a"
run_psql "$a" --single-transaction -f "$work/schema.sql"
run_psql "$url" -c "CREATE DATABASE bench_b TEMPLATE bench_a"
run_psql "$b" -f "$work/changes.sql"
echo "setup: $tables tables, $(grep -c ';$' "$work/changes.sql") change statements for B, loaded in $(($(now_ms) - start)) ms"

# Sanity (also warms both programs and the server's caches before timing).
failed=0
"$DB_BIN" diff --from "$a" --to "$b" >"$work/db.sql"
"$DB_BIN" diff --from "$a" --to "$b" --json >"$work/db.json"
statements=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["changes"]))' "$work/db.json")
if [[ ! -s $work/db.sql ]]; then echo "bench: FAIL: db diff printed nothing" >&2; exit 1; fi
run_psql "$url" -c "CREATE DATABASE bench_a_copy TEMPLATE bench_a"
if ! psql -X -q -v ON_ERROR_STOP=1 "$copy" -f "$work/db.sql" >/dev/null 2>"$work/apply.err"; then
    echo "bench: FAIL: db diff's script does not apply to a copy of A:" >&2
    cat "$work/apply.err" >&2
    failed=1
fi
"$DB_BIN" diff --from "$copy" --to "$b" >"$work/second.sql"
if [[ -s $work/second.sql ]]; then
    echo "bench: FAIL: after applying db diff's script, a second db diff still prints:" >&2
    cat "$work/second.sql" >&2
    failed=1
fi
migra_status=0
migra --unsafe "$migra_a" "$migra_b" >"$work/migra.sql" || migra_status=$?
# migra exits 2 when it found differences.
if ((migra_status != 2)) || [[ ! -s $work/migra.sql ]]; then
    echo "bench: FAIL: migra exited $migra_status with $(wc -c <"$work/migra.sql") bytes of output" >&2
    exit 1
fi
echo "db diff: $statements statements ($(wc -l <"$work/db.sql") lines); applied to a copy of A, a second db diff" \
    "prints $(wc -c <"$work/second.sql") bytes; migra: $(grep -c ';$' "$work/migra.sql") statements"

time_db() {
    local start
    start=$(now_ms)
    "$DB_BIN" diff --from "$a" --to "$b" >/dev/null
    echo $(($(now_ms) - start))
}
time_migra() {
    local start status=0
    start=$(now_ms)
    migra --unsafe "$migra_a" "$migra_b" >/dev/null || status=$?
    ((status == 2)) || { echo "bench: migra exited $status" >&2; exit 1; }
    echo $(($(now_ms) - start))
}
time_inspect() {
    local start
    start=$(now_ms)
    "$DB_BIN" inspect --json --database-url "$1" >"$2"
    echo $(($(now_ms) - start))
}

# The machine may be shared: alternate which side goes first and compare medians of $rounds rounds.
db_times=()
migra_times=()
inspect_times=()
start_times=()
for ((round = 1; round <= rounds; round++)); do
    if ((round % 2)); then
        db_times+=("$(time_db)")
        migra_times+=("$(time_migra)")
    else
        migra_times+=("$(time_migra)")
        db_times+=("$(time_db)")
    fi
    inspect_times+=("$(time_inspect "$a" "$work/a.json")")
    start=$(now_ms)
    "$DB_BIN" --help >/dev/null
    start_times+=("$(($(now_ms) - start))")
    echo "round $round: db diff ${db_times[-1]} ms, migra ${migra_times[-1]} ms, db inspect --json A ${inspect_times[-1]} ms"
done
time_inspect "$b" "$work/b.json" >/dev/null
db_ms=$(median "${db_times[@]}")
migra_ms=$(median "${migra_times[@]}")
ratio=$(awk -v a="$migra_ms" -v b="$db_ms" 'BEGIN { printf "%.1f", a / b }')

echo
echo "tables: $tables, rounds: $rounds (medians)"
echo "db diff --from A --to B: ${db_ms} ms"
echo "migra --unsafe A B: ${migra_ms} ms"
echo "ratio migra/db: ${ratio}x (goal >= 10x)"
echo
echo "where db diff's time goes:"
echo "  process start (db --help): $(median "${start_times[@]}") ms"
echo "  db inspect --json of A (connect, introspect, encode JSON): $(median "${inspect_times[@]}") ms"
echo "  in-memory diff+plan of the two introspected catalogs (DiffBench --catalogs):"
"$DIFFBENCH_BIN" --catalogs "$work/a.json" "$work/b.json" 15 | sed 's/^/    /'
echo
echo "in-memory diff+plan on built catalogs (DiffBench $tables; goal < 100 ms for 1,000 tables):"
"$DIFFBENCH_BIN" "$tables" 15 | sed 's/^/  /'
if ((failed)); then
    echo "bench: sanity checks FAILED (see above)" >&2
    exit 1
fi
