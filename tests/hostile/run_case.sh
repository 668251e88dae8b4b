#!/bin/sh
# tests/hostile/run_case.sh — one hostile-corpus case through the real `loopscope` binary.
#
# Usage: run_case.sh LOOPSCOPE FILE COMMAND EXIT FRAGMENT
# COMMAND is `check`, `run`, or `trace` (run with --trace, so the step log is recorded and
# its limit applies). Passes when loopscope exits with EXIT, did not die of a signal, and its
# stderr contains FRAGMENT; a case that must succeed (EXIT 0) must print nothing on stderr,
# and FRAGMENT, if any, is then looked for in what it printed. Nothing here depends on the
# host's speed: the limits that stop a runaway are deterministic. A case still running after
# LOOPSCOPE_HOSTILE_SECONDS (default 120 s) is a hang and fails; how fast each case stops
# is measured, not asserted, by tools/hostile-timing.sh. Cases: cases.txt beside this script.
set -u

loopscope=$1 file=$2 command=$3 want_exit=$4 fragment=$5
seconds=${LOOPSCOPE_HOSTILE_SECONDS:-120}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

case $command in
  check) set -- check "$file" ;;
  run) set -- run "$file" ;;
  trace) set -- run "$file" --trace "$scratch/trace.json" ;;
  *) echo "run_case: unknown command '$command'" >&2; exit 2 ;;
esac

# KILL, not TERM: a process stuck in a runaway loop must not get to decide.
timeout -s KILL "$seconds" "$loopscope" "$@" >"$scratch/stdout" 2>"$scratch/stderr"
status=$?

fail() {
  echo "FAIL $file ($command): $1"
  echo "--- stderr (first 40 lines):"
  head -n 40 "$scratch/stderr"
  exit 1
}

[ "$status" -eq 137 ] && fail "still running after $seconds s: a hang (killed)"
[ "$status" -gt 128 ] && fail "died of signal $((status - 128))"
[ "$status" -ne "$want_exit" ] && fail "exit code $status, expected $want_exit"
if [ "$want_exit" -eq 0 ]; then
  [ -s "$scratch/stderr" ] && fail "unexpected stderr"
  [ -z "$fragment" ] || grep -qF -- "$fragment" "$scratch/stdout" || fail "stdout lacks \"$fragment\""
else
  grep -qF -- "$fragment" "$scratch/stderr" || fail "stderr lacks \"$fragment\""
fi
echo "ok $file ($command): exit $status, output has \"$fragment\""
