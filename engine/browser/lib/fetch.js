// engine/browser/lib/fetch.js — fetch() against the scenario's simulated server (internal code).
//
// Run by engine/browser/web_apis.cpp with `host` before lib/window.js, which installs the
// `fetch` this returns. The server is the scenario's browser.routes (host.route(path)); the
// network is a task source: the response arrives as a networking task after the route's
// latency and resolves fetch's promise there (Fetch §4 "fetch" → "process response", queued
// as a fetch task on the networking task source), and each body read (text, json,
// arrayBuffer) resolves in a networking task of its own, as Chromium's body loader does — so a
// setTimeout(f, 0) posted when the response arrives runs before the body is read (checked
// with the oracle, tools/browser-oracle). A URL off the page's server (another origin) is a
// network error: TypeError "Failed to fetch". docs/browser.md.
'use strict';

// Fetch §5.3 Headers, read-only here: the route's headers and the Content-Length the server
// adds; get() is case-insensitive and joins repeated names with ", ".
class Headers {
  #list;
  constructor(list) { this.#list = list; }
  get(name) {
    const key = String(name).toLowerCase();
    const values = this.#list.filter(h => h[0].toLowerCase() === key).map(h => h[1]);
    return values.length ? values.join(', ') : null;
  }
  has(name) { return this.get(name) !== null; }
}

// UTF-8 bytes of a string (the body the server sent), for arrayBuffer().
function Utf8(text) {
  const bytes = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(bytes).buffer;
}

// Fetch §6.4 Response, as fetch() creates it. Reading the body a second time rejects with
// Chromium's TypeError.
class Response {
  #body;
  #path;
  #used = false;
  constructor(route, path) {
    this.#body = route.body;
    this.#path = path;
    this.type = 'basic';
    this.status = route.status;
    this.ok = route.status >= 200 && route.status <= 299;
    this.statusText = route.statusText;
    this.redirected = false;
    this.headers = new Headers(route.headers);
  }
  get bodyUsed() { return this.#used; }
  get url() { return host.refuse('response.url'); }
  get body() { return host.refuse('response.body'); }
  text() { return this.#read('text', body => body); }
  json() { return this.#read('json', body => JSON.parse(body)); }
  arrayBuffer() { return this.#read('arrayBuffer', Utf8); }
  blob() { return host.refuse('response.blob'); }
  formData() { return host.refuse('response.formData'); }
  clone() { return host.refuse('response.clone'); }
  #read(method, convert) {
    if (this.#used) {
      return Promise.reject(new TypeError(
          "Failed to execute '" + method + "' on 'Response': body stream already read"));
    }
    this.#used = true;
    const body = this.#body;
    return new Promise((resolve, reject) => {
      host.postTask('network', () => {
        try { resolve(convert(body)); } catch (e) { reject(e); }
      }, 'body of ' + this.#path + ' read', 0);
    });
  }
}

// The path a URL names on the page's own server, or null for another origin. Relative URLs
// resolve against the page, which the oracle serves at /page.html.
function ServerPath(url) {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('//')) return null;
  const path = url.split(/[?#]/)[0];
  return path.startsWith('/') ? path : '/' + path;
}

function fetch(input, init) {
  if (!host.hasServer) return host.refuse('fetch without a server (the scenario\'s browser.routes)');
  if (typeof input !== 'string') return host.refuse('fetch of a Request or URL object');
  const path = ServerPath(input);
  return new Promise((resolve, reject) => {
    if (path === null) {
      host.postTask('network', () => reject(new TypeError('Failed to fetch')),
                    'fetch ' + input + ' fails', 0);
      return;
    }
    const route = host.route(path);
    host.postTask('network', () => resolve(new Response(route, path)),
                  'response of ' + path, route.latencyMs);
  });
}

return {fetch};
