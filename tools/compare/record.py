#!/usr/bin/env python3
"""tools/compare/record.py — records what the real hosts print for the comparison goldens.

For every DIR/<name>.js (tests/unit/browser/compare_programs) it runs the program under node
twice, as <name>.js (CommonJS) and as a copy <name>.mjs (an ES module), in a fresh temporary
directory, three times each, and writes DIR/<name>.node.json: {"cjs": {"stdout", "exit_code"},
"esm": {...}}. The browser side is recorded by tools/browser-oracle/run.py --runs 3 --record DIR
(DIR/<name>.expected). stderr is not recorded: it names the temporary directory.
  record.py DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def run_node(source, file_name):
    with tempfile.TemporaryDirectory(prefix='ls-compare-') as tmp:
        path = os.path.join(tmp, file_name)
        with open(path, 'w') as f:
            f.write(source)
        proc = subprocess.run(['node', path], capture_output=True, text=True, timeout=60, cwd=tmp)
        return {'stdout': proc.stdout, 'exit_code': proc.returncode}


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    if not shutil.which('node'):
        print('node is not installed', file=sys.stderr)
        return 2
    directory = sys.argv[1]
    unstable = 0
    for name in sorted(n[:-3] for n in os.listdir(directory) if n.endswith('.js')):
        with open(os.path.join(directory, name + '.js')) as f:
            source = f.read()
        recorded = {}
        for key, ext in (('cjs', '.js'), ('esm', '.mjs')):
            runs = [run_node(source, name + ext) for _ in range(3)]
            if any(r != runs[0] for r in runs):
                print('VARIES: %s%s' % (name, ext), file=sys.stderr)
                unstable += 1
            recorded[key] = runs[0]
        with open(os.path.join(directory, name + '.node.json'), 'w') as f:
            json.dump(recorded, f, indent=2)
            f.write('\n')
    return 1 if unstable else 0


if __name__ == '__main__':
    sys.exit(main())
