#!/bin/sh
# tools/build.sh — configure and build Loopscope (Release) into ./build, or $LOOPSCOPE_BUILD_DIR.
#
# Shared by the two README commands (tools/run-app.sh, tools/run-tests.sh) so both build the
# same tree the same way. Extra arguments go to `cmake --build` (e.g. `--target loopscope`).
# Uses only what a Debian minbase plus tools/install-deps.sh provides (sh, coreutils, cmake).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${LOOPSCOPE_BUILD_DIR:-"$root/build"}
jobs=${LOOPSCOPE_JOBS:-$(nproc 2>/dev/null || echo 2)}

cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" -j "$jobs" "$@"
