#!/bin/sh
# tools/run-sanitizers.sh — the test suite under AddressSanitizer + UBSan, and the fuzz smoke run.
#
#   tools/run-sanitizers.sh            the `asan` preset (./build-asan, gcc): whole tree, app
#                                      and GUI tests included, all of CTest
#   tools/run-sanitizers.sh --engine [SECONDS]
#                                      what CI runs: one build of the `fuzz` preset (./build-fuzz,
#                                      clang -O1, ASan + UBSan + libFuzzer's coverage) serves both
#                                      the engine's unit and golden tests and the fuzz targets,
#                                      each of which then searches SECONDS (default 20) from its
#                                      seed corpus and the saved regressions
#   tools/run-sanitizers.sh --fuzz [SECONDS]
#                                      only the fuzz targets of that build, and their search
# Any sanitizer report aborts its test, so a clean exit means a clean run. See tests/fuzz/.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
jobs=${LOOPSCOPE_JOBS:-$(nproc 2>/dev/null || echo 2)}
cd "$root"

# Leak checking stays on; halting on the first UBSan report keeps it from scrolling past.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Live runs compare real timing with Node's, and an instrumented interpreter runs several
# times slower than a Release one, so orders that hinge on a few milliseconds legitimately
# change: the live comparisons (every puzzle, program and built-in scenario against what Node
# printed) run in the Release suite only. Live mode's own machinery (loop, pool, sockets,
# files, limits: LiveRun.*, LiveTcp.*) still runs here.
live_comparisons='LivePuzzle|LiveProgram|LiveRunPrintsExpected'

case ${1:-} in
  --fuzz)
    seconds=${2:-20}
    cmake --preset fuzz -DLOOPSCOPE_FUZZ_SECONDS="$seconds"
    cmake --build --preset fuzz-targets -j "$jobs"
    ctest --preset fuzz --timeout $((seconds * 3 + 120))
    ;;
  --engine)
    # One instrumented build instead of two (a gcc ASan build for the tests, a clang one for
    # libFuzzer): each costs most of CI's compile time. At -O1 the tests also run about
    # three times faster than at -O0, with the same reports.
    seconds=${2:-20}
    cmake --preset fuzz -DLOOPSCOPE_FUZZ_SECONDS="$seconds"
    cmake --build --preset fuzz -j "$jobs"
    ctest --test-dir build-fuzz --output-on-failure -j "$jobs" --timeout 1200 \
      -LE fuzz -E "$live_comparisons"
    ctest --preset fuzz --timeout $((seconds * 3 + 120))
    ;;
  "")
    cmake --preset asan -DLOOPSCOPE_BUILD_BENCH=OFF
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan --timeout 1200 -E "$live_comparisons"
    ;;
  *)
    echo "usage: tools/run-sanitizers.sh [--engine [SECONDS] | --fuzz [SECONDS]]" >&2
    exit 64
    ;;
esac
