#!/usr/bin/env python3
"""tools/record-puzzles.py — record what real Node prints for the golden puzzles.

Usage: tools/record-puzzles.py [--runs N] [NAME ...]   (default: every tests/golden/puzzles/*.js)

Each puzzle runs N times (default 30) under `node` v20 in a fresh empty directory with
stdin closed, and tests/golden/expected/NAME.json is written: the commonest `stdout` and
`exit_code`, the first line of stderr (redacted as tools/node_record.py says), every
variant seen with its count, whether the runs all agreed (`deterministic`) and the slowest
run. Fields a person wrote (`category`, `difficulty`, `racy_by_design`) are kept. The
golden tests (tests/golden) accept any recorded variant. Review every diff as code.
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import node_record  # noqa: E402

PUZZLES = os.path.join(node_record.ROOT, 'tests', 'golden', 'puzzles')
EXPECTED = os.path.join(node_record.ROOT, 'tests', 'golden', 'expected')


def record(name, runs, version):
    with open(os.path.join(PUZZLES, name + '.js'), encoding='utf-8') as f:
        source = f.read()
    outcomes, first_lines, max_ms, timeouts = collections.Counter(), {}, 0, 0
    for _ in range(runs):
        try:
            p, ms = node_record.run_node(source, name + '.js', timeout=30)
        except Exception:  # a run past the timeout counts, and is not a variant
            timeouts += 1
            continue
        key = (tuple(node_record.split_lines(p.stdout)), p.returncode)
        outcomes[key] += 1
        first_lines.setdefault(key, node_record.stderr_first_line(p.stderr))
        max_ms = max(max_ms, ms)
    path = os.path.join(EXPECTED, name + '.json')
    doc = {}
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            doc = json.load(f)
    (stdout, code), _ = outcomes.most_common(1)[0]
    doc.update({
        'file': name + '.js',
        'deterministic': len(outcomes) == 1 and timeouts == 0,
        'runs': runs,
        'stdout': list(stdout),
        'variants': [{'stdout': list(o), 'exit_code': c, 'count': n} for (o, c), n in outcomes.most_common()],
        'exit_code': code,
        'stderr_first_line': first_lines[(stdout, code)],
        'timeouts': timeouts,
        'max_wall_ms': round(max_ms),
        'node': version,
    })
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(f'{name}: {len(outcomes)} variant(s) over {runs} runs')


def main(argv):
    runs = 30
    if argv[:1] == ['--runs']:
        runs, argv = int(argv[1]), argv[2:]
    version = node_record.require_node_v20()
    names = argv or sorted(f[:-3] for f in os.listdir(PUZZLES) if f.endswith('.js'))
    os.makedirs(EXPECTED, exist_ok=True)
    for name in names:
        record(name, runs, version)


if __name__ == '__main__':
    main(sys.argv[1:])
