// engine/browser/lib/fetch.js — fetch() against the scenario's simulated server (internal code).
//
// Run by engine/browser/web_apis.cpp with `host` (and host.types, from lib/fetch_types.js)
// before lib/window.js, which installs the `fetch` this returns. fetch's init (method,
// headers, body) is checked as Chromium checks it and reaches the server: the scenario's
// browser.routes, matched by path and method (host.route(path, method)); an `echo` route
// answers with the request itself. The response arrives as a networking task after the
// route's latency (Fetch §4 "fetch" → "process response", a fetch task on the networking task
// source), and each body read (text, json, arrayBuffer, blob) resolves in a networking task
// of its own, as Chromium's body loader does — so a setTimeout(f, 0) posted when the
// response arrives runs before the body is read (checked with the oracle,
// tools/browser-oracle). A URL off the page's server (another origin) is a network error:
// TypeError "Failed to fetch". docs/browser.md.
'use strict';

const {Headers, Blob, URLSearchParams, Utf8, Utf8Text, IsBufferSource, BufferBytes, kToken} =
    host.types;

// The page's origin in the model. The oracle serves the page from 127.0.0.1 on a free port,
// so a program that prints response.url differs there only in the port.
const kOrigin = 'http://127.0.0.1:8000';
const kFetchError = "Failed to execute 'fetch' on 'Window': ";

// Fetch §2.2.1: methods normalized to upper case, and the forbidden ones.
const kNormalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const kForbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];

// Fetch §5.4 Request constructor, the steps fetch(input, init) takes: the method, the
// headers and the body (Fetch §5.2 "extract a body": bytes and a default Content-Type).
// Throws Chromium's TypeError, which fetch turns into a rejected promise.
function RequestFromInit(init) {
  const fail = (m) => { throw new TypeError(kFetchError + m); };
  init = init === undefined || init === null ? {} : init;
  let method = 'GET';
  if (init.method !== undefined) {
    method = String(init.method);
    if (!kToken.test(method)) fail("'" + method + "' is not a valid HTTP method.");
    if (kForbiddenMethods.includes(method.toUpperCase())) fail("'" + method + "' HTTP method is unsupported.");
    if (kNormalizedMethods.includes(method.toUpperCase())) method = method.toUpperCase();
  }
  const headers = new Headers();
  if (init.headers !== undefined) Headers.Fill(headers, init.headers, fail);
  let bytes = [];
  if (init.body !== undefined && init.body !== null) {
    if (method === 'GET' || method === 'HEAD') fail('Request with GET/HEAD method cannot have body.');
    let type = null;
    const body = init.body;
    if (body instanceof Blob) {
      bytes = Blob.Bytes(body);
      if (body.type !== '') type = body.type;
    } else if (IsBufferSource(body)) {
      bytes = BufferBytes(body);
    } else if (body instanceof URLSearchParams) {
      bytes = Utf8(body.toString());
      type = 'application/x-www-form-urlencoded;charset=UTF-8';
    } else {
      bytes = Utf8(String(body));
      type = 'text/plain;charset=UTF-8';
    }
    if (type !== null && !headers.has('content-type')) headers.append('Content-Type', type);
  }
  return {method, headers, bytes};
}

// What an echo route answers: the request as JSON (keys sorted, as the oracle's server writes
// it), with the x- headers the page set, lowercased and combined.
function EchoBody(request) {
  const extra = {};
  request.headers.forEach((value, name) => { if (name.startsWith('x-')) extra[name] = value; });
  return JSON.stringify({body: Utf8Text(request.bytes), content_type: request.headers.get('content-type'),
                         headers: extra, method: request.method});
}

// Fetch §6.4 Response, as fetch() creates it. Reading the body a second time rejects with
// Chromium's TypeError; clone() gives a second Response with its own, unread body.
class Response {
  #body;
  #path;
  #used = false;
  constructor(answer, url, path, body) {
    this.#body = body;
    this.#path = path;
    this.type = 'basic';
    this.url = url;
    this.status = answer.status;
    this.ok = answer.status >= 200 && answer.status <= 299;
    this.statusText = answer.statusText;
    this.redirected = false;
    this.headers = Headers.Freeze(new Headers(answer.headers));
  }
  get bodyUsed() { return this.#used; }
  get body() { return host.refuse('response.body (web streams)'); }
  text() { return this.#read('text', (body) => body); }
  json() { return this.#read('json', (body) => JSON.parse(body)); }
  arrayBuffer() { return this.#read('arrayBuffer', (body) => new Uint8Array(Utf8(body)).buffer); }
  blob() {
    const type = (this.headers.get('content-type') || '').toLowerCase();
    return this.#read('blob', (body) => new Blob([body], {type}));
  }
  formData() { return host.refuse('response.formData'); }
  clone() {
    if (this.#used) {
      throw new TypeError("Failed to execute 'clone' on 'Response': Response body is already used");
    }
    const answer = {status: this.status, statusText: this.statusText, headers: this.headers};
    return new Response(answer, this.url, this.#path, this.#body);
  }
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

// The path and query a URL names on the page's own server, or null for another origin.
// Relative URLs resolve against the page, which the oracle serves at /page.html.
function ServerTarget(url) {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('//')) return null;
  const target = url.split('#')[0];
  return target.startsWith('/') ? target : '/' + target;
}

function fetch(input, init) {
  if (!host.hasServer) return host.refuse('fetch without a server (the scenario\'s browser.routes)');
  if (typeof input !== 'string') return host.refuse('fetch of a Request or URL object');
  let request;
  try {
    request = RequestFromInit(init);
  } catch (e) {
    return Promise.reject(e);
  }
  const target = ServerTarget(input);
  return new Promise((resolve, reject) => {
    if (target === null) {
      host.postTask('network', () => reject(new TypeError('Failed to fetch')),
                    'fetch ' + input + ' fails', 0);
      return;
    }
    const path = target.split('?')[0];
    const answer = host.route(path, request.method);
    const sent = answer.echo ? EchoBody(request) : answer.body;
    answer.headers.push(['Content-Length', String(Utf8(sent).length)]);
    const body = request.method === 'HEAD' ? '' : sent;
    host.postTask('network', () => resolve(new Response(answer, kOrigin + target, path, body)),
                  'response of ' + (request.method === 'GET' ? '' : request.method + ' ') + path,
                   answer.latencyMs);
  });
}

return {fetch};
