#!/usr/bin/env python3
"""tests/docs/check_references.py — every file a comment or a document points to exists.

Scans the repository's source, build and script files (comments and strings alike) and its
Markdown documents for paths into the tree — `engine/node/timers.cpp`, `docs/engine.md`,
`tests/hostile/cases.txt`, Markdown links such as `[x](docs/live-mode.md)` — and fails,
listing file:line and the path, for each one that does not exist. Paths are taken from the
repository root; a Markdown link is also tried relative to its document. Paths that leave
the repository (up and out of the clone) are errors too: a clone has nothing beside it.

Usage: check_references.py REPO_ROOT
"""
import os
import re
import subprocess
import sys

# The repository's top-level folders and files a reference can start with.
TOP = r"(?:engine|app|tests|tools|docs|scenarios|assets|cmake|\.ci)"
TOP_FILES = r"(?:README\.md|CONTRIBUTING\.md|CMakeLists\.txt|CMakePresets\.json|\.clang-format)"
PATH_CHARS = r"[A-Za-z0-9_\-./]"
# A path into the tree: a top-level folder, then at least one more part with a file
# extension or a trailing slash.
TREE_PATH = re.compile(r"(?<![A-Za-z0-9_\-./])(" + TOP + r"/" + PATH_CHARS + r"*[A-Za-z0-9_/])")
ROOT_FILE = re.compile(r"(?<![A-Za-z0-9_\-./])(" + TOP_FILES + r")(?![A-Za-z0-9_])")
OUTSIDE = re.compile(r"(?<![A-Za-z0-9_\-.])(\.\./shared/" + PATH_CHARS + r"*)")
MD_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
# A bare file name (`timers.cpp (Node's timer lists)`): some file of the tree must have it.
BARE_NAME = re.compile(r"(?<![A-Za-z0-9_\-./<{*])([a-z][a-z0-9_\-]{2,}\.(?:cpp|h|md))(?![A-Za-z0-9_])")
# Headers of the libraries the project builds on, named in comments as such.
EXTERNAL = {"imgui.h", "glfw3native.h", "imgui_internal.h", "imgui_demo.cpp", "imgui.cpp", "glfw3.h", "uv.h", "stb_image.h"}

SOURCE_EXT = (".cpp", ".h", ".c", ".py", ".sh", ".cmake", ".txt", ".json", ".desktop", ".xml", ".1")
SOURCE_NAMES = ("CMakeLists.txt", "run", ".clang-format")


def tracked_files(root):
    """The repository's files: git's list in a checkout, else every file but build trees."""
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "--cached", "--others", "--exclude-standard"],
                             capture_output=True, text=True, check=True).stdout
        return [f for f in out.splitlines() if os.path.isfile(os.path.join(root, f))]
    except (OSError, subprocess.CalledProcessError):
        files = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d != ".git" and not d.startswith("build")]
            files += [os.path.relpath(os.path.join(dirpath, f), root) for f in filenames]
        return files


def exists(root, path, base_dir=None):
    path = path.rstrip(".,;:")
    candidates = [os.path.join(root, path)]
    if base_dir is not None:
        candidates.append(os.path.join(root, base_dir, path))
    return any(os.path.exists(c) for c in candidates)


def is_placeholder(path):
    # Patterns and examples, not references: NAME, globs, build products, <dir> templates.
    return any(tok in path for tok in ("NAME", "*", "<", "{", "X/", "/...", "build/", "unapproved")) \
        or re.search(r"/[A-Z_]+\.", path) is not None


def check(root):
    problems = []
    files = tracked_files(root)
    basenames = {os.path.basename(f) for f in files}
    for rel in files:
        name = os.path.basename(rel)
        is_md = rel.endswith(".md")
        if not is_md and not rel.endswith(SOURCE_EXT) and name not in SOURCE_NAMES:
            continue
        if rel.startswith(("tests/unit/js/programs/", "tests/unit/node/programs/", "tests/golden/puzzles/")):
            continue  # programs and their outputs are data, not references
        if rel == "tests/docs/check_references.py":
            continue  # its own patterns and examples
        try:
            with open(os.path.join(root, rel), encoding="utf-8") as f:
                lines = f.readlines()
        except UnicodeDecodeError:
            continue
        base = os.path.dirname(rel)
        for number, line in enumerate(lines, 1):
            for m in OUTSIDE.finditer(line):
                problems.append(f"{rel}:{number}: points outside the repository: {m.group(1)}")
            found = [m.group(1) for m in TREE_PATH.finditer(line)] + [m.group(1) for m in ROOT_FILE.finditer(line)]
            for path in found:
                if is_placeholder(path) or "." not in os.path.basename(path.rstrip("/")) and not path.endswith("/"):
                    if not path.endswith("/") and not os.path.isdir(os.path.join(root, path)):
                        continue  # a bare word like `engine/js` that names a folder is checked below
                if not exists(root, path, base):
                    problems.append(f"{rel}:{number}: no such file: {path}")
            for m in (BARE_NAME.finditer(line) if not rel.endswith((".py", ".sh")) else ()):  # scripts name outputs
                if m.group(1) not in basenames | EXTERNAL and not is_placeholder(m.group(1)) \
                        and "_x." not in m.group(1):
                    problems.append(f"{rel}:{number}: no file of this name in the tree: {m.group(1)}")
            if is_md:
                for m in MD_LINK.finditer(line):
                    target = m.group(1)
                    if re.match(r"^[a-z]+:", target) or target.startswith("/"):
                        continue
                    if not exists(root, target, base) and not is_placeholder(target):
                        problems.append(f"{rel}:{number}: broken link: {target}")
    return problems


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    problems = sorted(set(check(root)))
    for p in problems:
        print(p)
    print(f"check_references: {len(problems)} missing reference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
