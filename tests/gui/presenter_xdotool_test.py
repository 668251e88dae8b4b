#!/usr/bin/env python3
"""tests/gui/presenter_xdotool_test.py — the real window driven as a presenter drives it.

Runs `loopscope SCENARIO` at 1280x720 with font 24 under an X server (CTest wraps it in
xvfb-run), presses PageDown ten times with xdotool (short taps, as a clicker sends them),
types a prediction, clicks Reveal, then Try again, and quits with Ctrl+Q. The app writes
its session report on exit (app/ui/session_report.h): the run must be at step 10 (the
preferences ask for one event per step), the prediction kept for editing, and the
comparison closed again. A first run finds where the console's button and box are.

Usage: presenter_xdotool_test.py LOOPSCOPE SCENARIO (skips, exit 77, without xdotool).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def xdotool(*args):
    return subprocess.run(["xdotool", *args], check=True, capture_output=True, text=True).stdout


def start(exe, scenario, report, env):
    app = subprocess.Popen([exe, scenario, "--size", "1280x720", "--font-size", "24",
                            "--layout-report", report], env=env)
    window = xdotool("search", "--sync", "--onlyvisible", "--pid", str(app.pid)).split()[0]
    xdotool("windowfocus", "--sync", window)
    time.sleep(2)  # the scenario simulates on a worker before the panels show it
    return app, window


def quit_app(app, report):
    xdotool("key", "ctrl+q")
    app.wait(timeout=30)
    with open(report, encoding="utf-8") as f:
        return json.load(f)


def click(window, box):
    """Clicks the middle of `box`, in window coordinates (the window need not be at 0,0)."""
    x, y, w, h = box
    xdotool("mousemove", "--window", window, "--sync", str(int(x + w / 2)), str(int(y + h / 2)))
    xdotool("click", "1")
    time.sleep(0.3)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    if not shutil.which("xdotool") or not os.environ.get("DISPLAY"):
        print("SKIPPED: needs xdotool and an X display")
        sys.exit(77)
    exe, scenario = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        os.makedirs(os.path.join(tmp, "config", "loopscope"))
        with open(os.path.join(tmp, "config", "loopscope", "preferences.json"), "w") as f:
            json.dump({"granularity": 0}, f)  # one event per step
        report = os.path.join(tmp, "report.json")

        app, _ = start(exe, scenario, report, env)
        first = quit_app(app, report)
        console = first["console"]
        assert console["predict_mode"], "the scenario opens in predict-first mode"
        assert first["step"] == 0, first["step"]

        app, window = start(exe, scenario, report, env)
        for _ in range(10):
            xdotool("key", "Next")
            time.sleep(0.15)
        click(window, console["box"])
        xdotool("type", "--delay", "50", "x")
        click(window, console["button"])  # Reveal
        click(window, console["button"])  # Try again: the same place
        time.sleep(0.3)
        last = quit_app(app, report)
        assert last["step"] == 10, f"ten PageDown taps moved to step {last['step']}"
        assert last["console"]["prediction"] == "x", last["console"]
        assert last["console"]["reveals"] == 1, "Reveal was pressed once"
        # The run prints five lines; the prediction "x" gets none of them.
        assert last["console"]["last_score"] == "0 of 5", last["console"]
        assert not last["console"]["revealed"], "Try again closes the comparison"
    print("ok")


if __name__ == "__main__":
    main()
