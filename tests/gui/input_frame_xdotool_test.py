#!/usr/bin/env python3
"""tests/gui/input_frame_xdotool_test.py — input reaches the screen in the next frame.

Runs `loopscope SCENARIO` at 1280x720 with font 24 under an X server (CTest wraps it in
xvfb-run) and, each time after the window has gone idle, taps a key with xdotool
(PageDown, Right, Left). The app's session report lists its last frames
(app/ui/frame_journal.h): for each step change the first frame that shows the new step must
be at most one frame after the frame that saw the key, with no sleep of the loop between
them; and the loop must go back to sleeping before the next key. No clock is read: frames are counted.

Usage: input_frame_xdotool_test.py LOOPSCOPE SCENARIO (skips, exit 77, without xdotool).
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


def effects(frames):
    """(input frame, effect frame) for each frame whose step differs from the frame before."""
    out = []
    for k in range(1, len(frames)):
        if frames[k]["step"] == frames[k - 1]["step"]:
            continue
        inputs = [f for f in frames[:k + 1] if f["input"]]
        assert inputs, f"frame {frames[k]['frame']} changed the step without any input"
        out.append((inputs[-1], frames[k], k))
    return out


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
        app = subprocess.Popen([exe, scenario, "--size", "1280x720", "--font-size", "24",
                                "--layout-report", report], env=env)
        window = xdotool("search", "--sync", "--onlyvisible", "--pid", str(app.pid)).split()[0]
        xdotool("windowfocus", "--sync", window)
        time.sleep(2)  # the scenario simulates on a worker; then the loop goes idle
        for key in ["Next", "Right", "Left"]:
            xdotool("key", key)
            time.sleep(1)  # long past the idle timeout: the loop sleeps again before the next key
        xdotool("key", "ctrl+q")
        app.wait(timeout=30)
        with open(report, encoding="utf-8") as f:
            frames = json.load(f)["frames"]
    changes = effects(frames)
    assert len(changes) >= 3, f"three keys changed the step {len(changes)} times"
    for n, (seen, shown, k) in enumerate(changes):
        gap = shown["frame"] - seen["frame"]
        assert gap <= 1, f"input in frame {seen['frame']} first shown in frame {shown['frame']}"
        assert not shown["waited"], f"the loop slept before frame {shown['frame']} showed the input"
        # Once the move's animation ends the loop sleeps again, before the next key: the
        # frames counted start from an idle window.
        end = changes[n + 1][2] if n + 1 < len(changes) else len(frames)
        assert any(f["waited"] for f in frames[k + 1:end]), f"no sleep after frame {shown['frame']}"
    print(f"ok: {len(changes)} inputs, each shown within one frame")


if __name__ == "__main__":
    main()
