#!/usr/bin/env bash
# Measures, in one run, what the lock plan costs `db migrate` of N pending files: `db migrate --allow-long-locks`
# (no lock plan) against `db migrate` (which plans every pending statement's locks and checks the budget before
# applying), and `db migrate --plan` alone. Prints medians and the ratio (goal: the plan adds under 10 %).
#
# Usage: bench/plan_overhead.sh [N]   (default 100 files; ROUNDS=5; DB_BIN=path/to/db skips the release build)
# Starts its own throwaway cluster in a temporary directory and removes it.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100}
rounds=${ROUNDS:-5}
source bench/lib.sh
bench_db_binary
bench_start_cluster

# Each file creates a table, fills it, and alters the table of the file before it (index, column, constraint).
mkdir -p "$work/migrations"
for ((i = 1; i <= count; i++)); do
    version=$(printf '20260101%02d%02d%02d' $((i / 3600)) $((i / 60 % 60)) $((i % 60)))
    {
        printf 'CREATE TABLE t_%d (id bigint PRIMARY KEY, name text NOT NULL);\n' "$i"
        printf 'INSERT INTO t_%d SELECT g, %s FROM generate_series(1, 100) g;\n' "$i" "'row ' || g"
        if ((i > 1)); then
            printf 'CREATE INDEX ON t_%d (name);\nALTER TABLE t_%d ADD COLUMN note text;\n' $((i - 1)) $((i - 1))
        fi
    } >"$work/migrations/${version}_step_${i}.sql"
done

now_ms() { date +%s%3N; }
timed() {
    local start
    start=$(now_ms)
    "$@" >/dev/null
    echo $(($(now_ms) - start))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

plain=() budgeted=() planned=()
for ((round = 1; round <= rounds; round++)); do
    for kind in plain budgeted planned; do
        psql -X -q "$url" -c "CREATE DATABASE bench_${kind}_$round" >/dev/null
    done
    dir=(--migrations-dir "$work/migrations")
    plain+=("$(timed "$DB_BIN" migrate --allow-long-locks --database-url "$(bench_database_url bench_plain_$round)" "${dir[@]}")")
    budgeted+=("$(timed "$DB_BIN" migrate --database-url "$(bench_database_url bench_budgeted_$round)" "${dir[@]}")")
    planned+=("$(timed "$DB_BIN" migrate --plan --database-url "$(bench_database_url bench_planned_$round)" "${dir[@]}")")
    echo "round $round: migrate (no plan) ${plain[-1]} ms, migrate (budget checked) ${budgeted[-1]} ms," \
        "--plan alone ${planned[-1]} ms"
done
p=$(median "${plain[@]}") b=$(median "${budgeted[@]}") q=$(median "${planned[@]}")
echo "files: $count, rounds: $rounds (medians): no plan $p ms, budget checked $b ms, --plan alone $q ms"
awk -v p="$p" -v b="$b" -v q="$q" 'BEGIN {
    printf "plan added to migrate: %+.1f%% (goal < 10%%); --plan alone / migrate: %.2fx\n", (b - p) * 100 / p, q / p }'
