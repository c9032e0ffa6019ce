# Sourced by the bench scripts: the db binary they time and the throwaway cluster they time it against.

# Sets DB_BIN to a release build of db, unless DB_BIN is already set.
bench_db_binary() {
    if [[ -z ${DB_BIN:-} ]]; then
        swift build -c release --product db >/dev/null
        DB_BIN=$(swift build -c release --show-bin-path)/db
    fi
}

# Starts a `db dev` cluster in a new temporary directory ($work), removed on exit, and sets $url (its URL) and
# $base/$query (the URL's two halves, for bench_database_url).
bench_start_cluster() {
    work=$(mktemp -d /tmp/db-bench.XXXXXX)
    chmod 755 "$work"
    local port=$((40000 + RANDOM % 9000))
    trap '(cd "$work" && "$DB_BIN" dev stop >/dev/null 2>&1) || true; rm -rf "$work"' EXIT
    (cd "$work" && "$DB_BIN" dev start --port "$port" >/dev/null)
    url=$(cd "$work" && "$DB_BIN" dev url)
    base=${url%%\?*}
    query=${url#*\?}
}

# The URL of database $1 on the bench cluster.
bench_database_url() { echo "${base%/*}/$1?$query"; }
