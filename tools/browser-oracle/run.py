#!/usr/bin/env python3
"""tools/browser-oracle/run.py — the browser host's oracle: a plain script in headless Chromium.

Each program runs as the only <script> of a page (file://, a fresh temporary directory) in
Debian's `chromium --headless=new` with virtual time (`--virtual-time-budget`), and the
console lines are read from Chromium's own log (`--enable-logging=stderr --v=0`): the
"logged form" of each console call, the arguments converted to text and joined by spaces
as V8's inspector writes them (V8ConsoleMessage's V8ValueStringBuilder), which is what
`loopscope run --host browser` prints (docs/browser.md). Uncaught errors appear as
"Uncaught Error: boom" lines, as the log shows them.

  run.py FILE.js...                 prints each program's console lines
  run.py --runs 5 FILE.js...        runs each 5 times and reports programs whose order varies
  run.py --record DIR               writes DIR/<name>.expected for every DIR/<name>.js
  run.py SCENARIO.json              runs a scenario's source, with its browser.clicks as real
                                    user clicks (cdp_clicks.py, the DevTools protocol) and its
                                    browser.routes served for real on 127.0.0.1 (sim_server.py)
  run.py --runs 3 --write-expected SCENARIO.json...
                                    writes each stable scenario's expected (stdout, exit 0)
Exit status 2 when Chromium is not installed.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import cdp_clicks
import sim_server

# One console message in Chromium's log: [pid:tid:date:LEVEL:CONSOLE:line] "text", source: url (line)
MESSAGE_RE = re.compile(r'^\[[^\]]*:(?:INFO|WARNING|ERROR|VERBOSE1?):CONSOLE[^\]]*\] "(.*?)", '
                        r'source: (\S*) \(\d+\)$', re.S | re.M)
PAGE = '<!doctype html><html><head><meta charset="utf-8"></head><body>' \
       '<script src="program.js"></script></body></html>'


def find_chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        path = shutil.which(name)
        if path:
            return path
    return None


def program_clicks_routes(path):
    """The program's text, its scripted clicks [(at_ms, id)] and its server's routes
    ({path: route}), from a .json scenario's browser block (None: no server)."""
    if not path.endswith('.json'):
        with open(path) as f:
            return f.read(), [], None
    with open(path) as f:
        doc = json.load(f)
    browser = doc.get('browser', {})
    clicks = [(c['at_ms'], c['target']) for c in browser.get('clicks', [])]
    return doc['source'], clicks, browser.get('routes')


def served_console_lines(chromium, source, clicks, routes, tmp):
    """The page and its routes from a real server on 127.0.0.1, in real time: virtual time
    stands still while a request is in flight, which would reorder timers against fetches."""
    files = {'/page.html': (PAGE.encode(), 'text/html'),
             '/program.js': (source.encode(), 'text/javascript')}
    longest = max([r.get('latency_ms', 0) for r in routes.values()] + [0])
    with sim_server.Server(files, routes) as server:
        log = cdp_clicks.run_with_clicks(chromium, server.origin + '/page.html',
                                         os.path.join(tmp, 'profile'), clicks,
                                         settle_ms=1500 + longest)
        return messages(log, (server.origin + '/page.html', server.origin + '/program.js'))


def console_lines(chromium, program_path, budget_ms):
    """Runs one program once and returns its console lines (a message with newlines gives several)."""
    source, clicks, routes = program_clicks_routes(program_path)
    with tempfile.TemporaryDirectory(prefix='ls-oracle-') as tmp:
        if routes is not None:
            return served_console_lines(chromium, source, clicks, routes, tmp)
        with open(os.path.join(tmp, 'program.js'), 'w') as f:
            f.write(source)
        with open(os.path.join(tmp, 'page.html'), 'w') as f:
            f.write(PAGE)
        sources = tuple('file://' + os.path.join(tmp, n) for n in ('page.html', 'program.js'))
        if clicks:
            log = cdp_clicks.run_with_clicks(chromium, 'file://' + os.path.join(tmp, 'page.html'),
                                             os.path.join(tmp, 'profile'), clicks)
            return messages(log, sources)
        cmd = [chromium, '--headless=new', '--disable-gpu', '--no-sandbox', '--no-first-run',
               '--enable-logging=stderr', '--v=0', '--user-data-dir=' + os.path.join(tmp, 'profile'),
               '--virtual-time-budget=%d' % budget_ms, '--dump-dom',
               'file://' + os.path.join(tmp, 'page.html')]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        return messages(proc.stderr, sources)


def messages(log, sources):
    """The console lines in Chromium's log. A message ends at `", source: ` and the page's or
    program's URL; messages from Chromium itself (extensions, devtools) and the network's
    ("Failed to load resource", whose source is the resource) name other sources."""
    lines = []
    for m in MESSAGE_RE.finditer(log):
        if m.group(2) in sources:
            lines.extend(m.group(1).split('\n'))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('programs', nargs='*')
    ap.add_argument('--runs', type=int, default=1, help='runs per program (determinism check)')
    ap.add_argument('--budget-ms', type=int, default=5000, help='virtual time the page may use')
    ap.add_argument('--record', metavar='DIR', help='write DIR/<name>.expected for DIR/*.js')
    ap.add_argument('--write-expected', action='store_true',
                    help="write a .json scenario's expected block from the (stable) output")
    args = ap.parse_args()
    chromium = find_chromium()
    if not chromium:
        print('chromium is not installed (apt-get install chromium)', file=sys.stderr)
        return 2
    programs = list(args.programs)
    if args.record:
        programs += sorted(os.path.join(args.record, n) for n in os.listdir(args.record)
                           if n.endswith('.js'))
    varying = []
    for program in programs:
        outputs = [console_lines(chromium, program, args.budget_ms) for _ in range(max(1, args.runs))]
        if any(o != outputs[0] for o in outputs):
            varying.append(program)
            print('VARIES: %s (%d distinct outputs in %d runs)' %
                  (program, len({tuple(o) for o in outputs}), len(outputs)), file=sys.stderr)
            continue
        text = ''.join(line + '\n' for line in outputs[0])
        if args.write_expected and program.endswith('.json'):
            with open(program, encoding='utf-8') as f:
                doc = json.load(f)
            doc['expected'] = {'stdout': outputs[0], 'exit_code': 0}
            with open(program, 'w', encoding='utf-8') as f:
                json.dump(doc, f, indent=2, ensure_ascii=False)
                f.write('\n')
        elif args.record:
            with open(program[:-3] + '.expected', 'w') as f:
                f.write(text)
        else:
            if len(programs) > 1:
                print('== ' + program)
            sys.stdout.write(text)
    if args.runs > 1:
        print('%d of %d programs stable over %d runs' % (len(programs) - len(varying),
              len(programs), args.runs), file=sys.stderr)
    return 1 if varying else 0


if __name__ == '__main__':
    sys.exit(main())
