#!/bin/sh
# tests/hostile/run_case.sh — one hostile-corpus case through the real `loopscope` binary.
#
# Usage: run_case.sh LOOPSCOPE FILE COMMAND EXIT FRAGMENT
# COMMAND is `check`, `run`, or `trace` (run with --trace, so the step log is recorded and
# its limit applies); `chrome` (run --chrome-trace), `live` (run --live), `live-trace` (run
# --live --trace), `clobber` (run a copy of FILE with --trace naming that copy) and
# `stdin-flood` (run with 17 MiB on stdin, over the 16 MiB a run reads); stdin is otherwise
# /dev/null. A trace
# written must be valid JSON; a live run must leave nothing in its temporary directory.
# Passes when loopscope exits with EXIT, did not die of a signal, and its stderr contains
# FRAGMENT; a case that must succeed (EXIT 0) must print nothing on stderr, and FRAGMENT, if
# any, is then looked for in what it printed. Nothing here depends on the host's speed: the
# limits that stop a runaway are deterministic. A case still running after
# LOOPSCOPE_HOSTILE_SECONDS (default 120 s) is a hang and fails; how fast each case stops is
# measured, not asserted, by tools/hostile-timing.sh. Cases: cases.txt beside this script.
set -u

loopscope=$1 file=$2 command=$3 want_exit=$4 fragment=$5
seconds=${LOOPSCOPE_HOSTILE_SECONDS:-120}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mkdir "$scratch/tmp"
case $command in
  check) set -- check "$file" ;;
  run) set -- run "$file" ;;
  trace) set -- run "$file" --trace "$scratch/trace.json" ;;
  chrome) set -- run "$file" --chrome-trace "$scratch/trace.json" ;;
  live) set -- run "$file" --live ;;
  live-trace) set -- run "$file" --live --trace "$scratch/trace.json" ;;
  compare) set -- compare "$file" ;;
  compare-modules) set -- compare "$file" --as cjs,esm ;;
  stdin-flood) head -c 17825792 /dev/zero >"$scratch/stdin"; set -- run "$file" ;;
  clobber) cp "$file" "$scratch/program.js"; set -- run "$scratch/program.js" --trace "$scratch/program.js" ;;
  *) echo "run_case: unknown command '$command'" >&2; exit 2 ;;
esac

# KILL, not TERM: a process stuck in a runaway loop must not get to decide.
stdin_file=/dev/null
[ -f "$scratch/stdin" ] && stdin_file="$scratch/stdin"
TMPDIR="$scratch/tmp" timeout -s KILL "$seconds" "$loopscope" "$@" <"$stdin_file" >"$scratch/stdout" 2>"$scratch/stderr"
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
if [ -f "$scratch/trace.json" ] && command -v python3 >/dev/null; then
  python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$scratch/trace.json" \
    2>/dev/null || fail "the trace written is not valid UTF-8 JSON"
fi
if [ "$command" = clobber ]; then
  cmp -s "$file" "$scratch/program.js" || fail "the program file was overwritten"
fi
# The live run's private directory is removed from outside by its janitor: give it a moment.
for _ in 1 2 3 4 5 6 7 8 9 10; do
  [ -z "$(ls -A "$scratch/tmp")" ] && break
  sleep 0.1
done
[ -z "$(ls -A "$scratch/tmp")" ] || fail "left in the temporary directory: $(ls -A "$scratch/tmp")"
echo "ok $file ($command): exit $status, output has \"$fragment\""
