#!/bin/sh
# tools/record-time-zone-outputs.sh — regenerates tests/unit/js/time_zones/*.out from real
# Node (v20) run in each program's zone (its first line: "// time zone: Europe/Paris"), the
# ground truth for time_zone_test.cpp. Review the diff before committing.
set -eu
dir=$(cd "$(dirname "$0")/../tests/unit/js/time_zones" && pwd)
case "$(node --version)" in v20.*) ;; *) echo "node v20 is required" >&2; exit 1 ;; esac
for js in "$dir"/*.js; do
  zone=$(head -n 1 "$js" | sed -n 's|^// time zone: ||p')
  [ -n "$zone" ] || { echo "$js: no '// time zone:' first line" >&2; exit 1; }
  (cd "$dir" && TZ="$zone" node "$(basename "$js")" > "${js%.js}.out" 2>&1) || true
done
echo "regenerated $(ls "$dir"/*.out | wc -l) outputs"
