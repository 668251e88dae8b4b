#!/bin/sh
# tools/hostile-timing.sh — how long each hostile case takes to stop, measured, not asserted.
#
# The hostile tests (tests/hostile, `ctest -R hostile`) check what loopscope does with each
# file; they never time it, since a loaded machine is slower and the limits that stop a
# runaway are deterministic. This script is where the speed target lives: it runs every case
# of tests/hostile/cases.txt once through the binary and prints its wall time, then the
# slowest, and flags any case over the budget (default 5 s; first argument overrides).
# Usage: tools/hostile-timing.sh [BUDGET_SECONDS]   (after a build into ./build)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${LOOPSCOPE_BUILD_DIR:-"$root/build"}
loopscope=$build_dir/app/loopscope
budget=${1:-5}
cases=$root/tests/hostile/cases.txt
gen=$(mktemp -d)
scratch=$(mktemp -d)
trap 'rm -rf "$gen" "$scratch"' EXIT

[ -x "$loopscope" ] || { echo "hostile-timing: build first ($loopscope is missing)" >&2; exit 2; }
sh "$root/tests/hostile/generate.sh" "$gen" >/dev/null

grep -v '^#' "$cases" | grep -v '^$' | while IFS="$(printf '\t')" read -r file command _rest; do
  case $file in
    gen/*) path=$gen/${file#gen/} ;;
    *) path=$root/tests/hostile/files/$file ;;
  esac
  case $command in
    check) set -- check "$path" ;;
    run) set -- run "$path" ;;
    trace) set -- run "$path" --trace "$scratch/trace.json" ;;
  esac
  start=$(date +%s.%N)
  "$loopscope" "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$start $end $file $command"
done | awk -v budget="$budget" '
  { t = $2 - $1; printf "%7.2f s  %s (%s)%s\n", t, $3, $4, (t > budget ? "  OVER BUDGET" : "");
    if (t > max) { max = t; slowest = $3 " (" $4 ")" } if (t > budget) over++ }
  END { printf "slowest: %.2f s, %s; %d case(s) over the %s s budget\n", max, slowest, over, budget;
        exit over > 0 }'
