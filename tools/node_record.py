"""tools/node_record.py — running a program under real Node to record what it prints.

The one place the recording scripts (tools/record-*.py) share: how a program is run (a
fresh working directory, stdin closed, `node` v20 required) and how its output is reduced
to what the golden tests compare — stdout lines, the exit code, and the first line of
stderr with Node's uncaught-error source excerpt skipped and process ids redacted (the
same redaction as tests/support/node_runner.cpp).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LOCATION_RE = re.compile(r'^(?:/|node:|file:|[A-Za-z]:\\).*:\d+$')
CARET_RE = re.compile(r'^\s*\^+\s*$')


def require_node_v20():
    """Exits with a message unless `node` is v20; returns its version."""
    try:
        version = subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()
    except FileNotFoundError:
        version = ''
    if not version.startswith('v20.'):
        sys.exit('node v20 is required, found ' + (version or 'nothing'))
    return version


def split_lines(text):
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines


def stderr_first_line(text):
    """The first non-blank stderr line; Node's `file:line` / source / caret excerpt is skipped."""
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


def run_node(source, file_name, files=None, env_extra=None, timeout=60, stdin=None):
    """Runs `source` as FILE_NAME in a fresh directory holding `files` ({path: text}).

    stdin: None (stdin is /dev/null), ('pipe', text) or ('file', text): the program's fd 0
    is a pipe the text is written into, or a file holding it.
    Returns (subprocess.CompletedProcess, wall milliseconds)."""
    work = tempfile.mkdtemp(prefix='loopscope-record-')
    input_dir = tempfile.mkdtemp(prefix='loopscope-stdin-')
    try:
        for path, content in (files or {}).items():
            full = os.path.normpath(os.path.join(work, path))
            if not full.startswith(work + os.sep):
                raise ValueError('file outside the working directory: ' + path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, 'w', encoding='utf-8') as out:
                out.write(content)
        with open(os.path.join(work, file_name), 'w', encoding='utf-8') as out:
            out.write(source)
        env = dict(os.environ, **(env_extra or {}))
        feed = {'stdin': subprocess.DEVNULL}
        if stdin and stdin[0] == 'pipe':
            feed = {'input': stdin[1]}
        elif stdin:
            input_path = os.path.join(input_dir, 'stdin')
            with open(input_path, 'w', encoding='utf-8') as out:
                out.write(stdin[1])
            feed = {'stdin': open(input_path, 'rb')}
        start = time.monotonic()
        try:
            p = subprocess.run(['node', file_name], cwd=work, env=env, capture_output=True,
                               text=True, timeout=timeout, **feed)
        finally:
            if 'stdin' in feed and feed['stdin'] is not subprocess.DEVNULL:
                feed['stdin'].close()
        return p, (time.monotonic() - start) * 1000
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(input_dir, ignore_errors=True)
