#!/usr/bin/env python3
"""tests/unit/scenario/regen_expected.py — rewrite each scenario's `expected` from real Node.

Usage: regen_expected.py [--runs N] [SCENARIO.json ...]   (default: every scenarios/*/*.json)

Each program runs N times (default 5) under `node` (v20 required) the way
node_runner.cpp runs it: a fresh working directory holding `environment.files`,
UV_THREADPOOL_SIZE from `threadpool_size`, stdin closed. If the runs disagree the file
is left alone and reported: make the program deterministic or print only the
deterministic part. Review every diff this makes as if it were code.
"""
import json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
LOCATION_RE = re.compile(r'^(?:/|node:|file:).*:\d+$')
CARET_RE = re.compile(r'^\s*\^+\s*$')


def split_lines(text):
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines


def stderr_first_line(text):
    """The redaction of ../shared/puzzles/compare.py and node_runner.cpp."""
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        if ln.strip() == '':
            continue
        if LOCATION_RE.match(ln):
            j, limit = i + 1, min(len(lines), i + 6)
            while j < limit and not CARET_RE.match(lines[j]):
                j += 1
            j = j + 1 if j < limit else i + 1
            while j < len(lines) and lines[j].strip() == '':
                j += 1
            ln = lines[j] if j < len(lines) else ''
        return re.sub(r'\(node:\d+\)', '(node:PID)', ln)
    return ''


def run_once(doc, stem):
    env_doc = doc.get('environment', {})
    work = tempfile.mkdtemp(prefix='loopscope-regen-')
    try:
        for path, f in env_doc.get('files', {}).items():
            full = os.path.normpath(os.path.join(work, path))
            assert full.startswith(work + os.sep), path
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, 'w', encoding='utf-8') as out:
                out.write(f['content'])
        with open(os.path.join(work, stem + '.js'), 'w', encoding='utf-8') as out:
            out.write(doc['source'])
        env = dict(os.environ, UV_THREADPOOL_SIZE=str(env_doc.get('threadpool_size', 4)))
        p = subprocess.run(['node', stem + '.js'], cwd=work, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=60)
        result = {'stdout': split_lines(p.stdout), 'exit_code': p.returncode}
        if p.returncode != 0 or p.stderr:
            result['stderr_first_line'] = stderr_first_line(p.stderr)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv):
    runs = 5
    if argv[:1] == ['--runs']:
        runs, argv = int(argv[1]), argv[2:]
    version = subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()
    if not version.startswith('v20.'):
        sys.exit('node v20 is required, found ' + (version or 'nothing'))
    files = argv or sorted(
        os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(ROOT, 'scenarios')) for f in fs if f.endswith('.json'))
    failed = 0
    for path in files:
        with open(path, encoding='utf-8') as f:
            doc = json.load(f)
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
