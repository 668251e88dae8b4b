#!/bin/sh
# tools/record-js-outputs.sh — regenerates tests/unit/js/programs/*.out from real Node (v20), the ground truth for the
# differential test (golden_test.cpp). Run from anywhere; review the diff before committing.
# Each program runs under `node` with its directory as the working directory; stdout and
# stderr are captured together, as the test host interleaves console.log and console.error.
set -eu
dir=$(cd "$(dirname "$0")/../tests/unit/js/programs" && pwd)
case "$(node --version)" in v20.*) ;; *) echo "node v20 is required" >&2; exit 1 ;; esac
for js in "$dir"/*.js; do
  (cd "$dir" && node "$(basename "$js")" > "${js%.js}.out" 2>&1) || true
done
echo "regenerated $(ls "$dir"/*.out | wc -l) outputs"
