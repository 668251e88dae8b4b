#!/bin/sh
# tools/calibrate-costs.sh — rewrites engine/node/cost_table.h from measurements of the
# installed `node` on this machine (tools/calibrate-costs.js), then shows the change.
# Run it on an otherwise idle machine: every figure is the fastest of CALIBRATE_RUNS runs
# (default 7), and a busy machine only makes runs slower. Rebuild afterwards.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
node "$root/tools/calibrate-costs.js" "$root/engine/node/cost_table.h"
git -C "$root" --no-pager diff --stat -- engine/node/cost_table.h || true
