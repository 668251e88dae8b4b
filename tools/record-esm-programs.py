#!/usr/bin/env python3
"""tools/record-esm-programs.py — record what real Node prints for the ES module golden programs.

Usage: tools/record-esm-programs.py [NAME ...]   (default: every tests/unit/node/esm_programs/*/)

Each program is a directory: main.mjs (or main.js, for import() from CommonJS) and the
modules it imports. It runs 5 times with `node` (v20) in a fresh directory holding all of
its files; a program whose stdout or exit code differs between runs is not recorded.
NAME/expected.json is {"stdout": [...lines], "exit_code": N}. Review every change.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import node_record  # noqa: E402

PROGRAMS = os.path.join(node_record.ROOT, 'tests', 'unit', 'node', 'esm_programs')
RUNS = 5


def run_once(name):
    folder = os.path.join(PROGRAMS, name)
    files = {}
    main = None
    for f in sorted(os.listdir(folder)):
        if f == 'expected.json':
            continue
        with open(os.path.join(folder, f), encoding='utf-8') as src:
            text = src.read()
        if f.startswith('main.'):
            main = (f, text)
        else:
            files[f] = text
    p, _ = node_record.run_node(main[1], main[0], files=files, timeout=30)
    return node_record.split_lines(p.stdout), p.returncode


def main():
    node_record.require_node_v20()
    names = sys.argv[1:] or sorted(
        d for d in os.listdir(PROGRAMS) if os.path.isdir(os.path.join(PROGRAMS, d)))
    ok = True
    for name in names:
        results = [run_once(name) for _ in range(RUNS)]
        if any(r != results[0] for r in results):
            print(f'{name}: NOT deterministic under node, not recorded', file=sys.stderr)
            ok = False
            continue
        stdout, code = results[0]
        with open(os.path.join(PROGRAMS, name, 'expected.json'), 'w') as f:
            json.dump({'stdout': stdout, 'exit_code': code}, f, indent=2)
            f.write('\n')
        print(f'{name}: {len(stdout)} lines, exit {code}')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
