#!/usr/bin/env bash
# The main job on the bundled sample: builds pgshift, plans the migration from
# samples/shop/current.sql to samples/shop/desired.sql into build/sample-plan, and prints
# the plan and its files.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
out="$root/build/sample-plan"
echo
"$root/build/pgshift" plan --from "$root/samples/shop/current.sql" --to "$root/samples/shop/desired.sql" --out "$out"
# In the order they run: up files by name, then down files in reverse.
for f in $(ls "$out"/*.up.sql) $(ls -r "$out"/*.down.sql); do
  printf '\n===== %s =====\n' "${f#"$root"/}"
  cat "$f"
done
