#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what is missing, builds, then `swift test`.
# The tests start their own throwaway PostgreSQL cluster; no running server is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test "$@"
