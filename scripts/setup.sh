#!/usr/bin/env bash
# Installs the system packages db needs when they are missing (Debian/Ubuntu): libpq, libpg_query,
# the PostgreSQL server and contrib extensions, and PgBouncer (tests run db migrate through it).
# Safe to run again; does nothing when all are present.
set -euo pipefail

needed=(libpq-dev libpg-query-dev postgresql postgresql-contrib pkg-config pgbouncer)
missing=()
for package in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
