#!/usr/bin/env python3
"""Runs Node's own test/parallel tests for the Node APIs Loopscope models under `node` and
`loopscope run`, and counts, per module, how many of the tests node passes loopscope passes.

Each test becomes one file: the test with `require('../common')` (and '../common/tmpdir')
rewritten to calls of tools/node-tests/common_shim.js, which is appended (its functions are
hoisted, so the test's 'use strict' stays first). A test passes when it exits 0; under
loopscope its stdout must also equal node's, once the `duration_ms` figures node:test's TAP
reporter prints (`duration_ms: 1.23` per test, `# duration_ms 4.56` in the summary) are
replaced by `duration_ms: *` in both outputs: node measures them on the wall clock, Loopscope
on its virtual one. Tests that need what a single file cannot give
(fixtures, child processes, workers, other test/common helpers, `// Flags:`) are counted as
not adaptable. Node's tests are not part of this repository: extract them first, e.g.
  git --git-dir=<fetched nodejs/node or denoland/node_test> archive HEAD test/parallel | tar -x -C /tmp/nt
Writes summary.md, failures.txt (tests node passes and loopscope fails, with loopscope's
first stderr line) and results.json to --out; node's verdicts are cached there.
Usage: tools/node-tests/run.py --tests /tmp/nt/test/parallel --loopscope build/app/loopscope
       --out /tmp/node-tests [-j 1] [--timeout 20] [MODULE ...]
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

# One row per module: the test file names that belong to it.
MODULES = {
    "timers": r"^test-timers(?!-immediate|-clearImmediate)",
    "immediates": r"^test-timers-(immediate|clearImmediate)",
    "nextTick": r"^test-(process-)?next-tick",
    "promises": r"^test-promise",
    "async_hooks": r"^test-async-(hooks|local-storage)",
    "events": r"^test-(event-emitter|events)",
    "process": r"^test-process(?!-next-tick)",
    "util": r"^test-util",
    "assert": r"^test-assert",
    "fs": r"^test-fs",
    "stream": r"^test-stream",
    "zlib": r"^test-zlib",
    "webstreams": r"^test-(webstreams?-|whatwg-(readable|writable|transform)|global-webstreams|readable-from-web)",
}

# What makes a test need more than one file and a shim.
NOT_ADAPTABLE = [
    r"require\(['\"]\.\./common/(?!tmpdir['\"])",
    r"require\(['\"]\.\./fixtures",
    r"require\(['\"](node:)?(child_process|worker_threads|cluster|vm|v8|inspector|repl)['\"]",
    r"require\(['\"]internal/",
    r"^// Flags:",
    r"common\.fixtures",
    r"process\.execPath",
]

SHIM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "common_shim.js")


def Adapt(source, shim):
    """The single-file form of a test, or None when it cannot be adapted."""
    for pattern in NOT_ADAPTABLE:
        if re.search(pattern, source, re.M):
            return None
    source = re.sub(r"require\(['\"]\.\./common['\"]\)", "__loopscopeCommon()", source)
    source = re.sub(r"require\(['\"]\.\./common/tmpdir['\"]\)", "__loopscopeTmpdir()", source)
    if "../common" in source:
        return None
    return source + "\n" + shim


# node:test's TAP durations: wall-clock in node, virtual in Loopscope (see the docstring).
DURATION = re.compile(r"^(\s*(?:# )?duration_ms)[: ] ?[0-9.e+-]+$", re.M)


def NormaliseDurations(stdout):
    return DURATION.sub(r"\1: *", stdout)


def Run(cmd, cwd, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "", "timeout"


def Judge(name, path, args, node_cache):
    with tempfile.TemporaryDirectory(prefix="lsnt-") as work:
        with open(path, encoding="utf-8") as f:
            code = f.read()
        with open(SHIM, encoding="utf-8") as f:
            adapted = Adapt(code, f.read())
        if adapted is None:
            return {"verdict": "not-adaptable"}
        file = os.path.join(work, name)
        with open(file, "w", encoding="utf-8") as f:
            f.write(adapted)
        node = node_cache.get(name)
        if node is None:
            rc, out, err = Run(["node", file], work, args.timeout)
            node = {"rc": rc, "stdout": out, "skipped": "1..0 # Skipped" in out}
        result = {"node": node}
        if node["rc"] != 0 or node["skipped"]:
            result["verdict"] = "node-fails" if node["rc"] != 0 else "skipped"
            return result
        rc, out, err = Run([args.loopscope, "run", file], work, args.timeout)
        ok = rc == 0 and NormaliseDurations(out) == NormaliseDurations(node["stdout"])
        result["verdict"] = "pass" if ok else "fail"
        if not ok:
            lines = [l for l in err.splitlines() if l.strip()]
            first = next((l for l in lines if "Error" in l or "error:" in l), lines[0] if lines else "")
            if rc == 0:
                first = "stdout differs"
            result["why"] = "rc=%d %s" % (rc, first[:200])
        return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tests", required=True)
    ap.add_argument("--loopscope", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("-j", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    args.loopscope = os.path.abspath(args.loopscope)
    os.makedirs(args.out, exist_ok=True)
    cache_file = os.path.join(args.out, "node-cache.json")
    node_cache = json.load(open(cache_file)) if os.path.exists(cache_file) else {}
    modules = args.modules or list(MODULES)
    names = sorted(os.listdir(args.tests))
    jobs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=min(args.j, 2)) as pool:
        for module in modules:
            for name in names:
                if name.endswith(".js") and re.search(MODULES[module], name):
                    path = os.path.join(args.tests, name)
                    jobs[(module, name)] = pool.submit(Judge, name, path, args, node_cache)
        results = {}
        for (module, name), fut in jobs.items():
            r = fut.result()
            results.setdefault(module, {})[name] = r
            if "node" in r:
                node_cache[name] = r["node"]
    json.dump(node_cache, open(cache_file, "w"))
    json.dump(results, open(os.path.join(args.out, "results.json"), "w"), indent=1)
    lines = ["| module | tests | adaptable | node passes | loopscope passes |",
             "| --- | ---: | ---: | ---: | ---: |"]
    failures = []
    totals = [0, 0, 0, 0]
    for module in modules:
        rs = results.get(module, {})
        row = [len(rs), sum(r["verdict"] != "not-adaptable" for r in rs.values()),
               sum(r["verdict"] in ("pass", "fail") for r in rs.values()),
               sum(r["verdict"] == "pass" for r in rs.values())]
        totals = [a + b for a, b in zip(totals, row)]
        lines.append("| %s | %d | %d | %d | %d |" % (module, *row))
        failures += ["%s: %s" % (n, r["why"]) for n, r in sorted(rs.items()) if r["verdict"] == "fail"]
    lines.append("| total | %d | %d | %d | %d |" % tuple(totals))
    open(os.path.join(args.out, "summary.md"), "w").write("\n".join(lines) + "\n")
    open(os.path.join(args.out, "failures.txt"), "w").write("\n".join(failures) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
