#!/usr/bin/env python3
"""tools/record-scenario-expected.py — rewrite each scenario's `expected` from real Node.

Usage: tools/record-scenario-expected.py [--runs N] [SCENARIO.json ...]   (default: every scenarios/*/*.json)

Each program runs N times (default 5) under `node` (v20 required) the way
node_runner.cpp runs it: a fresh working directory holding `environment.files`,
UV_THREADPOOL_SIZE from `threadpool_size`, stdin closed. If the runs disagree the file
is left alone and reported: make the program deterministic or print only the
deterministic part. Review every diff this makes as if it were code.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import node_record  # noqa: E402

ROOT = node_record.ROOT


def run_once(doc, stem):
    env_doc = doc.get('environment', {})
    files = {path: f['content'] for path, f in env_doc.get('files', {}).items()}
    ext = '.mjs' if doc.get('type') == 'module' else '.js'
    p, _ = node_record.run_node(doc['source'], stem + ext, files,
                                {'UV_THREADPOOL_SIZE': str(env_doc.get('threadpool_size', 4))})
    result = {'stdout': node_record.split_lines(p.stdout), 'exit_code': p.returncode}
    if p.returncode != 0 or p.stderr:
        result['stderr_first_line'] = node_record.stderr_first_line(p.stderr)
    return result


def main(argv):
    runs = 5
    if argv[:1] == ['--runs']:
        runs, argv = int(argv[1]), argv[2:]
    node_record.require_node_v20()
    files = argv or sorted(
        os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(ROOT, 'scenarios')) for f in fs if f.endswith('.json'))
    failed = 0
    for path in files:
        with open(path, encoding='utf-8') as f:
            doc = json.load(f)
        if doc.get('host') == 'browser':  # recorded with Chromium: tools/browser-oracle/run.py
            continue
        stem = os.path.splitext(os.path.basename(path))[0]
        results = [run_once(doc, stem) for _ in range(runs)]
        if any(r != results[0] for r in results):
            print('NONDETERMINISTIC', path)
            failed += 1
            continue
        if doc.get('expected') != results[0]:
            doc['expected'] = results[0]
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(doc, f, indent=2, ensure_ascii=False)
                f.write('\n')
            print('updated', os.path.relpath(path, ROOT))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main(sys.argv[1:])
