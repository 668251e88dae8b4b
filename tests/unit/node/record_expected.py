#!/usr/bin/env python3
"""Record what real Node prints for every program in programs/ into programs/NAME.expected.

    python3 tests/unit/node/record_expected.py [NAME ...]

Each program is run 10 times with `node` (v20) in a fresh empty directory; a program whose
stdout or exit code differs between runs is reported and not recorded (the golden tests
are for deterministic programs). The .expected file is JSON: {"stdout": [...lines],
"exit_code": N}. Review every change before committing it.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs')
RUNS = 10


def run_once(path):
    with tempfile.TemporaryDirectory() as cwd:
        p = subprocess.run(['node', path], cwd=cwd, capture_output=True, text=True, timeout=30)
    lines = p.stdout.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines, p.returncode


def main():
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.js'))
    ok = True
    for name in names:
        path = os.path.join(PROGRAMS, name + '.js')
        results = [run_once(path) for _ in range(RUNS)]
        if any(r != results[0] for r in results):
            print(f'{name}: NOT deterministic under node, not recorded', file=sys.stderr)
            ok = False
            continue
        stdout, code = results[0]
        with open(os.path.join(PROGRAMS, name + '.expected'), 'w') as f:
            json.dump({'stdout': stdout, 'exit_code': code}, f, indent=2)
            f.write('\n')
        print(f'{name}: {len(stdout)} lines, exit {code}')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
