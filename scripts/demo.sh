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
"$db" migrate
"$db" status
echo
echo "The local cluster keeps running; connect with: psql \"\$($db dev url)\"   stop it with: $db dev stop"
