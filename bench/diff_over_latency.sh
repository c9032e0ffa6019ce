#!/usr/bin/env bash
# How much network latency costs `db diff --from A --to B`: the same two databases reached directly and through
# bench/latency_proxy.py, which delays every byte by DELAY_MS each way (round trip 2 x DELAY_MS). Prints medians and
# the round trips on the command's critical path, (through proxy - direct) / round trip, which is what latency adds.
# A is bench/generate_schema.py TABLES, B the same plus bench/mutate_schema.py.
#
# Usage: bench/diff_over_latency.sh [TABLES]   (default 20; DELAY_MS=5, ROUNDS=5; DB_BIN=path/to/db skips the build)
# Starts its own throwaway cluster in a temporary directory and removes it.
set -euo pipefail
cd "$(dirname "$0")/.."
tables=${1:-20}
delay_ms=${DELAY_MS:-5}
rounds=${ROUNDS:-5}

if [[ -z ${DB_BIN:-} ]]; then
    swift build -c release --product db >/dev/null
    DB_BIN=$(swift build -c release --show-bin-path)/db
fi
DB_BIN=$(realpath "$DB_BIN")

work=$(mktemp -d /tmp/db-latency.XXXXXX)
chmod 755 "$work"
port=$((40000 + RANDOM % 9000))
proxy_port=$((port + 1))
proxy=
cleanup() {
    [[ -n $proxy ]] && kill "$proxy" 2>/dev/null
    (cd "$work" && "$DB_BIN" dev stop >/dev/null 2>&1) || true
    rm -rf "$work"
}
trap cleanup EXIT

(cd "$work" && "$DB_BIN" dev start --port "$port" >/dev/null)
url=$(cd "$work" && "$DB_BIN" dev url)
run_psql() { psql -X -q -v ON_ERROR_STOP=1 "$@" >/dev/null; }
python3 bench/generate_schema.py "$tables" >"$work/schema.sql"
python3 bench/mutate_schema.py "$tables" >"$work/changes.sql"
run_psql "$url" -c "CREATE DATABASE bench_a"
base=${url%%\?*}
query=${url#*\?}
run_psql "${base%/*}/bench_a?$query" --single-transaction -f "$work/schema.sql"
run_psql "$url" -c "CREATE DATABASE bench_b TEMPLATE bench_a"
run_psql "${base%/*}/bench_b?$query" -f "$work/changes.sql"

# The proxy listens on TCP and forwards to the cluster's TCP port on localhost.
python3 bench/latency_proxy.py "$proxy_port" 127.0.0.1 "$port" "$delay_ms" &
proxy=$!
sleep 1
direct() { echo "postgresql://postgres@127.0.0.1:$port/$1"; }
delayed() { echo "postgresql://postgres@127.0.0.1:$proxy_port/$1"; }

now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
time_diff() {
    local start
    start=$(now_ms)
    "$DB_BIN" diff --from "$1" --to "$2" >/dev/null
    echo $(($(now_ms) - start))
}

"$DB_BIN" diff --from "$(direct bench_a)" --to "$(direct bench_b)" >"$work/direct.sql"
"$DB_BIN" diff --from "$(delayed bench_a)" --to "$(delayed bench_b)" >"$work/delayed.sql"
if [[ ! -s $work/direct.sql ]] || ! cmp -s "$work/direct.sql" "$work/delayed.sql"; then
    echo "bench: FAIL: db diff printed nothing, or something else through the proxy" >&2
    exit 1
fi
direct_times=()
delayed_times=()
for ((round = 1; round <= rounds; round++)); do
    direct_times+=("$(time_diff "$(direct bench_a)" "$(direct bench_b)")")
    delayed_times+=("$(time_diff "$(delayed bench_a)" "$(delayed bench_b)")")
done
direct_ms=$(median "${direct_times[@]}")
delayed_ms=$(median "${delayed_times[@]}")
round_trip=$((2 * delay_ms))
echo "tables: $tables, round trip through the proxy: $round_trip ms, rounds: $rounds (medians)"
echo "db diff --from A --to B, direct: $direct_ms ms (${direct_times[*]})"
echo "db diff --from A --to B, through the proxy: $delayed_ms ms (${delayed_times[*]})"
awk -v d="$direct_ms" -v l="$delayed_ms" -v r="$round_trip" \
    'BEGIN { printf "latency adds %d ms: %.1f round trips on the critical path\n", l - d, (l - d) / r }'
