#!/usr/bin/env bash
# The demo on a fresh Debian/Ubuntu machine: installs missing system packages, builds `db`, starts the local
# PostgreSQL cluster under .db/, applies the migrations in migrations/, and shows `db status`.
# Safe to run again: the cluster is reused and already-applied migrations are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product db
db="$(swift build --show-bin-path)/db"
"$db" dev start
# The example schema's policies name the application role; roles are cluster-wide, so create it once.
psql "$("$db" dev url)" -qX -v ON_ERROR_STOP=1 \
    -c "DO \$\$ BEGIN CREATE ROLE app_user LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$"
"$db" migrate
"$db" status
echo
echo "The local cluster keeps running; connect with: psql \"\$($db dev url)\"   stop it with: $db dev stop"
