#!/usr/bin/env bash
# The whole test suite: builds pgshift and runs every test through CTest. Integration
# tests start and stop their own throwaway PostgreSQL cluster.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
ctest --test-dir "$root/build" --output-on-failure --no-tests=error -j"$(nproc)"
