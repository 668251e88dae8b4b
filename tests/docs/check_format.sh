#!/bin/sh
# tests/docs/check_format.sh — every C++ source follows .clang-format (Debian's clang-format 14).
#
# Usage: check_format.sh [--fix] [REPO_ROOT]. Lists each file clang-format would change and
# fails; with --fix rewrites them instead. Exits 77 (CTest's skip) when clang-format is not
# installed: tools/install-deps.sh installs it, so CI always checks.
set -eu

fix=false
if [ "${1:-}" = "--fix" ]; then fix=true; shift; fi
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"

if ! command -v clang-format >/dev/null 2>&1; then
  echo "check_format: SKIPPED: clang-format is not installed (tools/install-deps.sh installs it)"
  exit 77
fi

files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app engine tests -name '*.cpp' -o -name '*.h')
if $fix; then
  # shellcheck disable=SC2086  # one path per word
  clang-format -i $files
  echo "check_format: formatted $(echo "$files" | wc -l) files"
  exit 0
fi

bad=0
for f in $files; do
  if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f"
    bad=$((bad + 1))
  fi
done
echo "check_format: $bad of $(echo "$files" | wc -l) files differ from .clang-format (fix: $0 --fix)"
[ "$bad" -eq 0 ]
