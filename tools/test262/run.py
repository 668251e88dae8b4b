#!/usr/bin/env python3
"""Runs a selection of tc39/test262 under `node` and `loopscope run` and counts, per
directory, how many of the tests node passes loopscope passes too.

Each test is built as test262's harness (assert.js, sta.js, doneprintHandle.js for async
tests, plus the test's `includes:`) followed by the test, in the modes its `flags:` ask for
(strict and sloppy by default; onlyStrict, noStrict, raw, module, async), and judged by its
`negative:` (phase parse/early/resolution: a load error, which loopscope reports with exit
2; phase runtime: an uncaught error of that type). test262 itself is not part of this
repository: pass a checkout with --test262 (e.g. one made by `git archive` of tc39/test262).
Writes summary.md (the table), failures.txt (one line per test node passes and loopscope
fails, with the first line loopscope printed to stderr) and results.json to --out, which
must lie outside the repository. Node's verdicts are cached there (node-cache.json).
Usage: tools/test262/run.py --test262 DIR --loopscope build/app/loopscope --out /tmp/t262
       [-j 2] [--timeout 10] [--set conformance|modern] [DIR ...]
       (DIRs relative to test262's test/)
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

# The default set: the language the first subset covers.
DEFAULT_DIRS = [
    "built-ins/Promise",
    "language/expressions/await",
    "language/statements/async-function",
    "language/expressions/async-arrow-function",
] + ["built-ins/Array/prototype/" + m for m in (
    "map filter forEach reduce push pop slice splice indexOf includes join concat find "
    "findIndex some every sort").split()] + [
    "built-ins/JSON",
    "language/statements/for-of",
    "language/statements/let",
    "language/statements/const",
    "language/statements/try",
    "language/statements/switch",
    "language/expressions/template-literal",
    "language/expressions/optional-chaining",
    "language/expressions/coalesce",
    "language/expressions/arrow-function",
    "language/statements/variable/dstr",
    "language/expressions/assignment/dstr",
]

# `--set modern`: the directories of the modern language beyond the first subset (generators,
# async generators, Symbol, accessors, class elements, RegExp, Date, Map/Set, Math).
MODERN_DIRS = [
    "language/statements/generators",
    "language/expressions/generators",
    "built-ins/GeneratorPrototype",
    "language/statements/async-generator",
    "language/expressions/async-generator",
    "built-ins/AsyncGeneratorPrototype",
    "language/statements/for-await-of",
    "built-ins/Symbol",
    "language/expressions/object",
    "language/statements/class/elements",
    "language/expressions/class/elements",
    "language/statements/labeled",
    "language/expressions/tagged-template",
    "language/statements/for-in",
    "built-ins/Date",
    "built-ins/RegExp/prototype/exec",
    "built-ins/RegExp/named-groups",
] + ["built-ins/String/prototype/" + m for m in
     "match matchAll replace replaceAll split search".split()] + [
    "built-ins/Map",
    "built-ins/Set",
    "built-ins/Math",
]
DIR_SETS = {"conformance": DEFAULT_DIRS, "modern": MODERN_DIRS}

MAX_JOBS = 2  # the machine's cores are shared
ASYNC_DONE = "Test262:AsyncTestComplete"
ASYNC_FAIL = "Test262:AsyncTestFailure"
# test262 hosts provide print(); doneprintHandle.js calls it.
PRELUDE = "var print = function (message) { console.log(message); };\n"


def parse_metadata(source):
    """The YAML front matter's includes, flags and negative (a small reader for the
    shapes test262 uses: inline [a, b] lists, '- item' lists, one nested map)."""
    m = re.search(r"/\*---(.*?)---\*/", source, re.S)
    meta = {"includes": [], "flags": [], "negative": None}
    if not m:
        return meta
    key = None
    for line in m.group(1).splitlines():
        top = re.match(r"^(\w+):\s*(.*)$", line)
        if top:
            key, value = top.group(1), top.group(2).strip()
            if key in ("includes", "flags") and value.startswith("["):
                meta[key] = [v.strip() for v in value.strip("[]").split(",") if v.strip()]
            elif key == "negative":
                meta["negative"] = {}
            continue
        item = re.match(r"^\s+-\s*(\S+)", line)
        if item and key in ("includes", "flags"):
            meta[key].append(item.group(1))
            continue
        field = re.match(r"^\s+(phase|type):\s*(\S+)", line)
        if field and key == "negative":
            meta["negative"][field.group(1)] = field.group(2)
    return meta


def scenarios(test262, rel, default_modes=("sloppy", "strict")):
    """The test's source, metadata and modes (strict, sloppy, raw or module)."""
    with open(os.path.join(test262, "test", rel), encoding="utf-8") as f:
        source = f.read()
    meta = parse_metadata(source)
    flags = set(meta["flags"])
    if "raw" in flags:
        modes = ["raw"]
    elif "module" in flags:
        modes = ["module"]
    elif "onlyStrict" in flags:
        modes = ["strict"]
    elif "noStrict" in flags:
        modes = ["sloppy"]
    else:
        modes = list(default_modes)
    return source, meta, modes


def build(test262, source, meta, mode):
    if mode == "raw":
        return source
    harness = ["assert.js", "sta.js"]
    if "async" in meta["flags"]:
        harness.append("doneprintHandle.js")
    parts = ['"use strict";\n'] if mode == "strict" else []
    parts.append(PRELUDE)
    for name in harness + [i for i in meta["includes"] if i not in harness]:
        with open(os.path.join(test262, "harness", name), encoding="utf-8") as f:
            parts.append(f.read() + "\n")
    parts.append(source)
    return "".join(parts)


def run(command, timeout):
    try:
        p = subprocess.run(command, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def verdict(engine, meta, code, out, err):
    """(passed, reason) for one engine's run."""
    if code is None:
        return False, "timeout"
    negative = meta["negative"]
    if negative:
        phase, kind = negative.get("phase"), negative.get("type", "")
        if phase in ("parse", "early", "resolution"):
            if engine == "loopscope":
                return code == 2, "loaded (exit %s), expected a load error" % code
            return code != 0 and kind in err, "expected %s at load" % kind
        return code == 1 and kind in err, "expected an uncaught %s (exit %s)" % (kind, code)
    if "async" in meta["flags"]:
        ok = code == 0 and ASYNC_DONE in out and ASYNC_FAIL not in out
        return ok, "async: " + (first_line(out) or first_line(err))
    return code == 0, first_line(err) or "exit %s" % code


def first_line(text):
    """The line that names the error (an uncaught exception's report starts with the
    source line), else the first non-empty one."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for line in lines:
        if re.search(r"\b\w*Error\b|error:|limit reached", line):
            return line[:300]
    return lines[0][:300] if lines else ""


def module_fixtures(test262, rel):
    """A module test's neighbours it may import: the *_FIXTURE.js files of its folder, and
    a package.json that makes node load those `.js` files as ES modules."""
    folder = os.path.dirname(os.path.join(test262, "test", rel))
    files = {"package.json": '{"type": "module"}\n'}
    for name in sorted(os.listdir(folder)):
        if "_FIXTURE" in name and name.endswith(".js"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                files[name] = f.read()
    return files


def run_one(args, work, rel, mode, node_cache_hit):
    source, meta, _ = scenarios(args.test262, rel)
    text = build(args.test262, source, meta, mode)
    suffix = ".mjs" if mode == "module" else ".js"
    with tempfile.TemporaryDirectory(dir=work) as d:
        path = os.path.join(d, os.path.basename(rel)[:-3] + suffix)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        loopscope_path = path
        if mode == "module":
            # The simulator reads no host files: the fixtures travel in a scenario's files.
            files = module_fixtures(args.test262, rel)
            for name, content in files.items():
                with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                    f.write(content)
            loopscope_path = path[:-4] + ".json"
            with open(loopscope_path, "w", encoding="utf-8") as f:
                json.dump({"schema": 1, "name": os.path.basename(rel), "type": "module",
                           "source": text, "environment": {"files": {
                               n: {"content": c} for n, c in files.items()}}}, f)
        result = {"test": rel, "mode": mode}
        if node_cache_hit is None:
            result["node"] = verdict("node", meta, *run([args.node, path], args.timeout))[0]
        else:
            result["node"] = node_cache_hit
        if result["node"]:
            ok, reason = verdict("loopscope", meta,
                                 *run([args.loopscope, "run", loopscope_path], args.timeout))
            result["loopscope"] = ok
            if not ok:
                result["reason"] = reason
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test262", required=True, help="a tc39/test262 checkout")
    ap.add_argument("--loopscope", required=True)
    ap.add_argument("--node", default="node")
    ap.add_argument("--out", required=True, help="output directory, outside the repository")
    ap.add_argument("-j", type=int, default=MAX_JOBS)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--default-modes", default="sloppy,strict",
                    help="modes for tests without a mode flag (test262 asks for both)")
    ap.add_argument("--set", choices=sorted(DIR_SETS), default="conformance",
                    help="the directories to run when none are given")
    ap.add_argument("dirs", nargs="*")
    args = ap.parse_args()
    args.dirs = args.dirs or DIR_SETS[args.set]
    args.j = max(1, min(args.j, MAX_JOBS))
    args.loopscope = os.path.abspath(args.loopscope)
    os.makedirs(args.out, exist_ok=True)
    work = os.path.join(args.out, "work")
    os.makedirs(work, exist_ok=True)
    cache_path = os.path.join(args.out, "node-cache.json")
    cache = json.load(open(cache_path)) if os.path.exists(cache_path) else {}

    jobs = []
    for top in args.dirs:
        root = os.path.join(args.test262, "test", top)
        for dirpath, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith(".js") or "_FIXTURE" in name:
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), os.path.join(args.test262, "test"))
                for mode in scenarios(args.test262, rel, args.default_modes.split(","))[2]:
                    jobs.append((top, rel, mode))
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = {pool.submit(run_one, args, work, rel, mode, cache.get(rel + "|" + mode)): top
                   for top, rel, mode in jobs}
        for n, fut in enumerate(concurrent.futures.as_completed(futures), 1):
            r = fut.result()
            r["dir"] = futures[fut]
            cache[r["test"] + "|" + r["mode"]] = r["node"]
            results.append(r)
            if n % 500 == 0:
                print("%d/%d" % (n, len(jobs)), file=sys.stderr)
                json.dump(cache, open(cache_path, "w"))  # an interrupted run keeps node's work
    json.dump(cache, open(cache_path, "w"))
    write_reports(args, results)


def write_reports(args, results):
    rows, total = [], [0, 0, 0]
    for top in args.dirs:
        mine = [r for r in results if r["dir"] == top]
        node_ok = [r for r in mine if r["node"]]
        ls_ok = [r for r in node_ok if r.get("loopscope")]
        rows.append((top, len(mine), len(node_ok), len(ls_ok)))
        total = [total[0] + len(mine), total[1] + len(node_ok), total[2] + len(ls_ok)]
    rows.append(("total", *total))
    with open(os.path.join(args.out, "summary.md"), "w") as f:
        f.write("| directory | runs | node passes | loopscope passes | rate |\n|---|---:|---:|---:|---:|\n")
        for top, n, node_ok, ls_ok in rows:
            rate = 100.0 * ls_ok / node_ok if node_ok else 100.0
            f.write("| %s | %d | %d | %d | %.1f%% |\n" % (top, n, node_ok, ls_ok, rate))
    failures = sorted((r for r in results if r["node"] and not r.get("loopscope")),
                      key=lambda r: (r["test"], r["mode"]))
    with open(os.path.join(args.out, "failures.txt"), "w") as f:
        for r in failures:
            f.write("%s [%s]\t%s\n" % (r["test"], r["mode"], r.get("reason", "")))
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(sorted(results, key=lambda r: (r["test"], r["mode"])), f, indent=0)
    print(open(os.path.join(args.out, "summary.md")).read())


if __name__ == "__main__":
    main()
