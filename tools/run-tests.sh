#!/bin/sh
# tools/run-tests.sh — README command two: install what is missing, build, run every test.
#
# Builds the whole tree (engine, app, tests, benchmarks) in Release into ./build and runs the
# full CTest suite: unit tests per layer, golden ordering tests, GUI screenshots under Xvfb.
# Tests that compare with real Node skip themselves when `node` v20 is absent.
# .ci/run calls exactly this script.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${LOOPSCOPE_BUILD_DIR:-"$root/build"}

"$root/tools/install-deps.sh"
"$root/tools/build.sh"
cd "$build_dir"
ctest --output-on-failure -j2 --timeout 600
