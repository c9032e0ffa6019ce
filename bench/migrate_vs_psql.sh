#!/usr/bin/env bash
# Compares, in one run, `db migrate` applying N small migration files against one psql session running the
# same files, each wrapped in BEGIN/COMMIT. Prints both times and the ratio (goal: db ≤ 1.3× psql).
#
# Usage: bench/migrate_vs_psql.sh [N]   (default 1000 files; ROUNDS=3; DB_BIN=path/to/db skips the release build)
# Starts its own throwaway cluster (default settings; FSYNC=off removes the disk flush from both sides, which
# measures db's own overhead) in a temporary directory and removes it.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
rounds=${ROUNDS:-3}
source bench/lib.sh
bench_db_binary
bench_start_cluster
if [[ ${FSYNC:-on} == off ]]; then
    psql -X -q "$url" -c "ALTER SYSTEM SET fsync = off" -c "SELECT pg_reload_conf()" >/dev/null
fi

mkdir -p "$work/migrations"
script="$work/psql_script.sql"
: >"$script"
for ((i = 1; i <= count; i++)); do
    version=$(printf '20260101%02d%02d%02d' $((i / 3600)) $((i / 60 % 60)) $((i % 60)))
    file="$work/migrations/${version}_step_${i}.sql"
    printf 'CREATE TABLE t_%d (id bigint PRIMARY KEY, name text NOT NULL);\nINSERT INTO t_%d VALUES (1, %s);\n' \
        "$i" "$i" "'row $i'" >"$file"
    printf 'BEGIN;\n\\i %s\nCOMMIT;\n' "$file" >>"$script"
done

now_ms() { date +%s%3N; }

run_db() {
    local target start
    target=$(bench_database_url "bench_db_$1")
    start=$(now_ms)
    "$DB_BIN" migrate --database-url "$target" --migrations-dir "$work/migrations" >/dev/null
    echo $(($(now_ms) - start))
    local applied
    applied=$(psql -X -qtA "$target" -c "SELECT count(*) FROM public.__migrations")
    [[ $applied == "$count" ]] || { echo "bench: expected $count applied migrations, found $applied" >&2; exit 1; }
}

run_psql() {
    local target start
    target=$(bench_database_url "bench_psql_$1")
    start=$(now_ms)
    psql -X -q -v ON_ERROR_STOP=1 "$target" -f "$script" >/dev/null
    echo $(($(now_ms) - start))
}

# The machine may be shared: alternate which side goes first and compare medians of $rounds rounds.
db_times=()
psql_times=()
for ((round = 1; round <= rounds; round++)); do
    psql -X -q "$url" -c "CREATE DATABASE bench_db_$round" -c "CREATE DATABASE bench_psql_$round"
    if ((round % 2)); then
        db_times+=("$(run_db "$round")")
        psql_times+=("$(run_psql "$round")")
    else
        psql_times+=("$(run_psql "$round")")
        db_times+=("$(run_db "$round")")
    fi
    echo "round $round: db migrate ${db_times[-1]} ms, psql ${psql_times[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
db_ms=$(median "${db_times[@]}")
psql_ms=$(median "${psql_times[@]}")
ratio=$(awk -v a="$db_ms" -v b="$psql_ms" 'BEGIN { printf "%.2f", a / b }')
echo "files: $count, rounds: $rounds (medians), fsync ${FSYNC:-on}"
echo "db migrate: ${db_ms} ms"
echo "psql (BEGIN/COMMIT per file): ${psql_ms} ms"
echo "ratio db/psql: ${ratio}x (goal <= 1.3x)"
