#!/bin/sh
# tools/run-app.sh — README command one: install what is missing, build, open the app.
#
# With no arguments the app opens its default built-in scenario; any arguments are passed to
# `loopscope` (a scenario file, or a sub-command such as `run FILE`). See docs/cli.md.
# Steps: tools/install-deps.sh, tools/build.sh (Release, ./build), then build/app/loopscope.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${LOOPSCOPE_BUILD_DIR:-"$root/build"}

"$root/tools/install-deps.sh"
"$root/tools/build.sh" --target loopscope
exec "$build_dir/app/loopscope" "$@"
