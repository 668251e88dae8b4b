"""tools/browser-oracle/cdp_clicks.py — a page in headless Chromium with real user clicks.

Drives Chromium over the DevTools protocol on `--remote-debugging-pipe` (fd 3: commands to
Chromium, fd 4: replies and events, each message JSON ended by a NUL byte): opens the page,
waits for its load event, and at each click's time (real milliseconds after the load) clicks
the middle of the element with that id with Input.dispatchMouseEvent, a trusted click that
Chromium dispatches as a user-interaction task. Console lines are still read from Chromium's
log (--enable-logging=stderr), as run.py reads them, so both paths record the same form.
"""
import fcntl
import json
import os
import subprocess
import time


class Pipe:
    def __init__(self, to_chrome, from_chrome):
        self.to_chrome, self.from_chrome = to_chrome, from_chrome
        self.next_id, self.buffer = 1, b''

    def send(self, method, params=None, session=None):
        msg = {'id': self.next_id, 'method': method, 'params': params or {}}
        if session:
            msg['sessionId'] = session
        self.next_id += 1
        os.write(self.to_chrome, json.dumps(msg).encode() + b'\0')
        return msg['id']

    def read(self):
        while b'\0' not in self.buffer:
            chunk = os.read(self.from_chrome, 65536)
            if not chunk:
                raise RuntimeError('chromium closed the DevTools pipe')
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b'\0', 1)
        return json.loads(raw)

    def call(self, method, params=None, session=None):
        wanted = self.send(method, params, session)
        while True:
            msg = self.read()
            if msg.get('id') == wanted:
                if 'error' in msg:
                    raise RuntimeError('%s: %s' % (method, msg['error']))
                return msg.get('result', {})

    def wait_event(self, name):
        while True:
            if self.read().get('method') == name:
                return


def run_with_clicks(chromium, page_url, profile_dir, clicks, settle_ms=1500):
    """Runs the page, clicks [(at_ms, id)], returns Chromium's stderr (its log)."""
    # The pipes are moved above fd 10 first: os.pipe() may hand out 3 and 4 themselves.
    fds = list(os.pipe() + os.pipe())
    to_r, to_w, from_r, from_w = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in fds]
    for fd in fds:
        os.close(fd)

    def child_fds():
        os.dup2(to_r, 3)
        os.dup2(from_w, 4)

    proc = subprocess.Popen(
        [chromium, '--headless=new', '--disable-gpu', '--no-sandbox', '--no-first-run',
         '--enable-logging=stderr', '--v=0', '--remote-debugging-pipe',
         '--user-data-dir=' + profile_dir, 'about:blank'],
        pass_fds=(3, 4), preexec_fn=child_fds, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True)
    os.close(to_r), os.close(from_w)
    pipe = Pipe(to_w, from_r)
    try:
        target = pipe.call('Target.createTarget', {'url': 'about:blank'})['targetId']
        session = pipe.call('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
        pipe.call('Page.enable', session=session)
        pipe.call('Page.navigate', {'url': page_url}, session=session)
        pipe.wait_event('Page.loadEventFired')
        loaded = time.monotonic()
        for at_ms, element_id in sorted(clicks):
            delay = loaded + at_ms / 1000.0 - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            expr = ('(() => { const r = document.getElementById(%s).getBoundingClientRect();'
                    ' return [r.x + r.width / 2, r.y + r.height / 2]; })()' % json.dumps(element_id))
            x, y = pipe.call('Runtime.evaluate', {'expression': expr, 'returnByValue': True},
                             session=session)['result']['value']
            for kind in ('mousePressed', 'mouseReleased'):
                pipe.call('Input.dispatchMouseEvent', {'type': kind, 'x': x, 'y': y,
                          'button': 'left', 'clickCount': 1}, session=session)
        time.sleep(settle_ms / 1000.0)
        pipe.send('Browser.close')
    finally:
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        os.close(to_w), os.close(from_r)
    return err
