"""tools/browser-oracle/sim_server.py — a scenario's simulated server, for real, on localhost.

A browser scenario's `browser.routes` (docs/scenario-format.md) describes the server its
`fetch` calls reach: per path a status, headers, a body and a latency. The oracle serves the
page itself and those routes from one threaded http.server on 127.0.0.1 (a free port), so
the page's relative URLs reach it, same-origin as in the model; each response waits its
latency (real milliseconds) before its status line. Unknown paths are 404 with an empty
body, as the model answers them. Only the status line, the route's headers and
Content-Length are sent (no Server or Date header the model would not know).
"""
import http.server
import json
import threading
import time


def echo(h, body):
    """The request as the model's echo writes it: keys sorted, x- header names lowercased."""
    extra = {}
    for name, value in h.headers.items():
        if name.lower().startswith('x-'):
            key = name.lower()
            extra[key] = extra[key] + ', ' + value if key in extra else value
    return {'body': body.decode('utf-8', 'replace'), 'content_type': h.headers.get('Content-Type'),
            'headers': extra, 'method': h.command}


def route_body(route, request):
    """The bytes a route answers with and its default content type."""
    if route.get('echo'):
        route = dict(route, json=request)
    if 'json' in route:
        # As the model writes it (nlohmann::json::dump): compact, keys sorted, UTF-8.
        text = json.dumps(route['json'], separators=(',', ':'), sort_keys=True, ensure_ascii=False)
        return text.encode(), 'application/json'
    return route.get('body', '').encode(), 'text/plain;charset=UTF-8'


class Server:
    """Serves `files` ({path: (bytes, content type)}) at once and `routes` after their latency."""

    def __init__(self, files, routes):
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = 'HTTP/1.1'

            def do_GET(self):
                outer.answer(self)

            def __getattr__(self, name):
                # Every method reaches the routes (http.server answers 501 to unknown ones).
                if name.startswith('do_'):
                    return self.do_GET
                raise AttributeError(name)

            def log_message(self, *args):
                pass

        self.files, self.routes = files, routes
        self.httpd = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self):
        return 'http://127.0.0.1:%d' % self.httpd.server_address[1]

    def answer(self, h):
        length = int(h.headers.get('Content-Length') or 0)
        request = echo(h, h.rfile.read(length) if length else b'')
        path = h.path.split('?', 1)[0]
        if path in self.files:
            body, kind = self.files[path]
            status, headers = 200, {'Content-Type': kind}
        elif path in self.routes:
            route = self.routes[path]
            route = route.get('methods', {}).get(h.command, route)
            time.sleep(route.get('latency_ms', 0) / 1000.0)
            body, kind = route_body(route, request)
            status = route.get('status', 200)
            headers = {'Content-Type': kind}
            for name, value in route.get('headers', {}).items():
                headers = {k: v for k, v in headers.items() if k.lower() != name.lower()}
                headers[name] = value
        else:
            body, status, headers = b'', 404, {}
        h.send_response_only(status)
        for name, value in headers.items():
            h.send_header(name, value)
        h.send_header('Content-Length', str(len(body)))
        h.end_headers()
        if h.command != 'HEAD':
            h.wfile.write(body)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
