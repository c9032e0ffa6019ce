#!/usr/bin/env bash
# Times `db inspect --json` against `pg_dump --schema-only` on generated schemas of 100, 1,000 and 5,000 tables,
# in one run on a throwaway cluster, and prints the ratio (inspect time / pg_dump time; < 1.0 means faster).
#
# usage: bench/inspect_vs_pg_dump.sh            (from the repository root; builds nothing)
#   SIZES="100 1000 5000"  table counts          RUNS=3  timed runs per tool (the best is reported)
#   DB_BINARY=path         default .build/release/db, else .build/debug/db
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"100 1000 5000"}
RUNS=${RUNS:-3}
DB_BINARY=${DB_BINARY:-}
if [ -z "$DB_BINARY" ]; then
    if [ -x .build/release/db ]; then DB_BINARY=.build/release/db; else DB_BINARY=.build/debug/db; fi
fi
[ -x "$DB_BINARY" ] || { echo "error: $DB_BINARY not found; run \`swift build\` first" >&2; exit 2; }
PGBIN=$(pg_config --bindir 2>/dev/null || true)
[ -x "$PGBIN/initdb" ] || PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-55439}

WORK=$(mktemp -d /tmp/db-bench.XXXXXX)
chmod 755 "$WORK"
# Postgres refuses to run as root: then the server runs as the unprivileged `postgres` OS user.
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; fi
stop() {
    as_server "$PGBIN/pg_ctl" stop -w -m fast -D "$WORK/data" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap stop EXIT
as_server "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
as_server "$PGBIN/pg_ctl" start -w -D "$WORK/data" -l "$WORK/server.log" \
    -o "-p $PORT -k $WORK -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.3f", ns / 1e9 }'; }

echo "db: $DB_BINARY ($("$PGBIN/postgres" --version)), best of $RUNS runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s %14s %14s %8s %12s %12s\n' tables "inspect (s)" "pg_dump (s)" ratio "json bytes" "dump bytes"
for size in $SIZES; do
    database="bench_$size"
    "$PGBIN/createdb" -h "$WORK" -p "$PORT" -U postgres "$database"
    python3 bench/generate_schema.py "$size" \
        | "$PGBIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$WORK" -p "$PORT" -U postgres -d "$database" >/dev/null
    "$PGBIN/vacuumdb" -q -h "$WORK" -p "$PORT" -U postgres -d "$database" --analyze-only
    url="host=$WORK port=$PORT user=postgres dbname=$database"
    best_inspect=0 best_dump=0
    for _ in $(seq "$RUNS"); do
        start=$(now)
        "$DB_BINARY" inspect --json --database-url "$url" >"$WORK/inspect.json"
        elapsed=$(($(now) - start))
        if [ "$best_inspect" = 0 ] || [ "$elapsed" -lt "$best_inspect" ]; then best_inspect=$elapsed; fi
        start=$(now)
        "$PGBIN/pg_dump" --schema-only -h "$WORK" -p "$PORT" -U postgres "$database" >"$WORK/dump.sql"
        elapsed=$(($(now) - start))
        if [ "$best_dump" = 0 ] || [ "$elapsed" -lt "$best_dump" ]; then best_dump=$elapsed; fi
    done
    printf '%8s %14s %14s %8s %12s %12s\n' "$size" "$(seconds "$best_inspect")" "$(seconds "$best_dump")" \
        "$(awk -v a="$best_inspect" -v b="$best_dump" 'BEGIN { printf "%.2f", a / b }')" \
        "$(stat -c %s "$WORK/inspect.json")" "$(stat -c %s "$WORK/dump.sql")"
done
