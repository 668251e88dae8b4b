#!/bin/sh
# tests/hostile/generate.sh — writes the corpus's giants into DIR (the build tree), because
# committing 100 MB files or a 100,000-deep expression to the repository would be absurd.
#
# Usage: generate.sh DIR. Each file is named in cases.txt as gen/NAME. Only coreutils.
set -eu
dir=$1
mkdir -p "$dir"

# 100 MB of valid source, and a 100 MB scenario: both must be refused by size, unread.
yes 'console.log(1);' | head -c 104857600 >"$dir/huge-source.js"
{ printf '{"schema": 1, "name": "huge", "source": "'; head -c 104857600 /dev/zero | tr '\0' 'x'; printf '"}\n'; } \
  >"$dir/huge-scenario.json"
# A million nested JSON arrays inside a scenario.
{ printf '{"schema": 1, "name": "deep", "source": "1", "tags": '
  head -c 1000000 /dev/zero | tr '\0' '['; head -c 1000000 /dev/zero | tr '\0' ']'; printf '}\n'; } \
  >"$dir/deep-scenario.json"
# 100,000 nested parentheses in a program (200 KB, under the 1 MB source limit).
{ printf 'let x = '; head -c 100000 /dev/zero | tr '\0' '('; printf 1
  head -c 100000 /dev/zero | tr '\0' ')'; printf ';\n'; } >"$dir/deep-parens.js"
# A flat sum of 40,000 terms: not nested in the source, but a left-deep tree once parsed.
{ printf 'console.log(1'; head -c 40000 /dev/zero | sed 's/\x0/+1/g'; printf ');\n'; } \
  >"$dir/long-sum.js"
# Other long chains, 100,000 links each (every walk over the tree must loop along them):
# a member chain, `||`, a conditional chain and an else-if chain.
{ printf 'const a = {}; a.b = a; console.log(typeof a'; head -c 100000 /dev/zero | sed 's/\x0/.b/g'
  printf ');\n'; } >"$dir/long-member-chain.js"
{ printf 'console.log(0'; head -c 100000 /dev/zero | sed 's/\x0/ || 0/g'; printf ' || "end");\n'; } \
  >"$dir/long-or.js"
{ printf 'let x = 0;\nconsole.log('; head -c 100000 /dev/zero | sed 's/\x0/x ? 1 : /g'; printf '"end");\n'; } \
  >"$dir/long-conditional.js"
{ printf 'let x = 0;\n'; head -c 60000 /dev/zero | sed 's/\x0/if (x) x++; else /g'; printf 'console.log("end");\n'; } \
  >"$dir/long-else-if.js"
# A call with 70,000 arguments: past V8's 65,535.
{ printf 'Math.max(1'; head -c 70000 /dev/zero | sed 's/\x0/,1/g'; printf ');\n'; } >"$dir/many-arguments.js"
# try/finally nested 40 deep: each finally block is compiled once, not once per exit.
{ printf 'function f() {\n'; head -c 40 /dev/zero | sed 's/\x0/try { return 1; } finally { /g'
  head -c 40 /dev/zero | sed 's/\x0/ }/g'; printf '\n}\nconsole.log(f());\n'; } >"$dir/nested-finally.js"
