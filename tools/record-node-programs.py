#!/usr/bin/env python3
"""tools/record-node-programs.py — record what real Node prints for the runtime's golden programs.

Usage: tools/record-node-programs.py [NAME ...]   (default: every tests/unit/node/programs/*.js)

Each program is run 10 times with `node` (v20) in a fresh empty directory; a program whose
stdout or exit code differs between runs is reported and not recorded (the golden tests
are for deterministic programs). A sibling NAME.stdin is piped into the program's stdin,
NAME.stdin-file is its stdin as a file (`node NAME.js < file`); otherwise stdin is /dev/null.
tests/unit/node/programs/NAME.expected is JSON:
{"stdout": [...lines], "exit_code": N}, plus "stderr": [...lines] for a program whose first
line is `// golden: stderr` (its stderr must name no path; Node's pid in "(node:PID)" is
written as the simulator's, 4242). In a program whose first lines include
`// golden: node:test durations`, node:test's wall-clock `duration_ms` figures are recorded
as `*` and its `location:` lines without the directory, which is a fresh one per run
(tests/support/node_test_report.h rewrites Loopscope's output the same way). Review
every change before committing it.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import node_record  # noqa: E402

PROGRAMS = os.path.join(node_record.ROOT, 'tests', 'unit', 'node', 'programs')
RUNS = 10


STDERR_MARK = '// golden: stderr'
DURATIONS_MARK = '// golden: node:test durations'
DURATION = re.compile(r'^(\s*(?:# )?duration_ms)[: ] ?[0-9.e+-]+$', re.M)
LOCATION = re.compile(r"^(\s*location: ')[^']*/", re.M)


def program_stdin(name):
    """A sibling NAME.stdin is piped into the program; NAME.stdin-file is given as a file."""
    for ext, kind in (('.stdin', 'pipe'), ('.stdin-file', 'file')):
        path = os.path.join(PROGRAMS, name + ext)
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                return (kind, f.read())
    return None


def run_once(name):
    with open(os.path.join(PROGRAMS, name + '.js'), encoding='utf-8') as f:
        source = f.read()
    p, _ = node_record.run_node(source, name + '.js', timeout=30, stdin=program_stdin(name))
    stderr = None
    if source.startswith(STDERR_MARK):
        stderr = node_record.split_lines(re.sub(r'\(node:\d+\)', '(node:4242)', p.stderr))
    stdout = p.stdout
    if DURATIONS_MARK in source.splitlines()[:2]:
        stdout = LOCATION.sub(r'\1', DURATION.sub(r'\1: *', stdout))
    return node_record.split_lines(stdout), p.returncode, stderr


def main():
    node_record.require_node_v20()
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.js'))
    ok = True
    for name in names:
        results = [run_once(name) for _ in range(RUNS)]
        if any(r != results[0] for r in results):
            print(f'{name}: NOT deterministic under node, not recorded', file=sys.stderr)
            ok = False
            continue
        stdout, code, stderr = results[0]
        expected = {'stdout': stdout, 'exit_code': code}
        if stderr is not None:
            expected['stderr'] = stderr
        with open(os.path.join(PROGRAMS, name + '.expected'), 'w') as f:
            json.dump(expected, f, indent=2)
            f.write('\n')
        print(f'{name}: {len(stdout)} lines, exit {code}')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
