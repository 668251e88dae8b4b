// engine/browser/lib/fetch_types.js — Headers, Blob and URLSearchParams (internal code).
//
// Run by engine/browser/web_apis.cpp with `host` before lib/fetch.js, which builds requests
// and responses from them; lib/window.js makes them globals. Only what fetch's init and a
// Response need: the spec steps are cited where the model mirrors them, and the messages are
// Chromium's (checked with the oracle, tools/browser-oracle). A Blob read is a task, as a
// Blob's bytes come back from Chromium's blob registry (docs/browser.md).
'use strict';

// UTF-8 bytes of a string (Encoding §UTF-8 encode; lone surrogates become U+FFFD).
function Utf8(text) {
  const bytes = [];
  for (const ch of text) {
    let c = ch.codePointAt(0);
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

// The text of UTF-8 bytes (Encoding §UTF-8 decode, a bad sequence as one U+FFFD).
function Utf8Text(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    let c = n === 0 ? b : n === 1 ? b & 31 : n === 2 ? b & 15 : b & 7;
    let ok = n >= 0 && i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
      else c = (c << 6) | (bytes[i + k] & 63);
    }
    if (!ok || (n === 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
        (n === 3 && (c < 0x10000 || c > 0x10ffff))) {
      out += '\ufffd';
      i += 1;
      continue;
    }
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  return out;
}

// The bytes of a BufferSource (an ArrayBuffer or any view of one), copied.
function IsBufferSource(v) { return v instanceof ArrayBuffer || ArrayBuffer.isView(v); }
function BufferBytes(v) {
  const view = v instanceof ArrayBuffer ? new Uint8Array(v)
                                        : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return Array.from(view);
}

// An RFC 9110 token: what a method and a header name must be.
const kToken = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

// Fetch §5.2 Headers. Names compare case-insensitively; iteration is "sort and combine":
// lowercased names in order, repeated ones joined with ", ". A response's headers are
// immutable (the guard "immutable").
class Headers {
  #list = [];
  #immutable = false;
  constructor(init) {
    if (init === undefined || init === null) return;
    const fail = (m) => { throw new TypeError("Failed to construct 'Headers': " + m); };
    Headers.Fill(this, init, fail);
  }
  // Fetch §5.2 "fill": a Headers, a sequence of [name, value] pairs, or a record. `fail`
  // throws with the caller's prefix ("Failed to execute 'fetch' on 'Window': ...").
  static Fill(headers, init, fail) {
    if (typeof init !== 'object' && typeof init !== 'function') fail('The provided value is not of type \'(record<ByteString, ByteString> or sequence<sequence<ByteString>>)\'.');
    const pairs = init instanceof Headers ? [...init]
                : typeof init[Symbol.iterator] === 'function' ? Array.from(init, (p) => Array.from(p))
                : Object.keys(init).map((k) => [k, init[k]]);
    for (const pair of pairs) {
      if (pair.length !== 2) fail('Invalid value');
      headers.#Add(String(pair[0]), String(pair[1]), fail);
    }
  }
  static Freeze(headers) { headers.#immutable = true; return headers; }
  #Add(name, value, fail) {
    if (!kToken.test(name)) fail('Invalid name');
    value = value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (/[\0\r\n]/.test(value)) fail('Invalid value');
    this.#list.push([name, value]);
  }
  #Check(method, name) {
    const fail = (m) => { throw new TypeError("Failed to execute '" + method + "' on 'Headers': " + m); };
    if (this.#immutable) fail('Headers are immutable');
    if (!kToken.test(name)) fail('Invalid name');
    return fail;
  }
  append(name, value) { this.#Add(String(name), String(value), this.#Check('append', String(name))); }
  set(name, value) {
    const fail = this.#Check('set', String(name));
    this.delete(name);
    this.#Add(String(name), String(value), fail);
  }
  delete(name) {
    const key = String(name).toLowerCase();
    this.#Check('delete', String(name));
    this.#list = this.#list.filter((h) => h[0].toLowerCase() !== key);
  }
  get(name) {
    const key = String(name).toLowerCase();
    const values = this.#list.filter((h) => h[0].toLowerCase() === key).map((h) => h[1]);
    return values.length ? values.join(', ') : null;
  }
  has(name) { return this.get(name) !== null; }
  // Fetch §5.2 "sort and combine".
  #Sorted() {
    const names = [...new Set(this.#list.map((h) => h[0].toLowerCase()))].sort();
    return names.map((n) => [n, this.get(n)]);
  }
  forEach(callback, thisArg) {
    for (const [name, value] of this.#Sorted()) callback.call(thisArg, value, name, this);
  }
  entries() { return this.#Sorted()[Symbol.iterator](); }
  keys() { return this.#Sorted().map((h) => h[0])[Symbol.iterator](); }
  values() { return this.#Sorted().map((h) => h[1])[Symbol.iterator](); }
  [Symbol.iterator]() { return this.entries(); }
}

// File API §3 Blob: bytes and a type (lowercased; not ASCII printable → ""). text() and
// arrayBuffer() resolve in a task (the networking queue here, 1 ms after the call: Chromium
// reads a Blob back from its browser process, so even a 0 ms timer set after the call runs
// first; oracle, 5 runs).
const kBlobReadMs = 1;
class Blob {
  #bytes;
  #type;
  constructor(parts = [], options = {}) {
    this.#bytes = [];
    for (const part of parts) {
      if (part instanceof Blob) this.#bytes.push(...part.#bytes);
      else if (IsBufferSource(part)) this.#bytes.push(...BufferBytes(part));
      else this.#bytes.push(...Utf8(String(part)));
    }
    const type = options.type === undefined ? '' : String(options.type);
    this.#type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
  }
  static Bytes(blob) { return blob.#bytes; }
  get size() { return this.#bytes.length; }
  get type() { return this.#type; }
  get [Symbol.toStringTag]() { return 'Blob'; }
  text() { return this.#Read((bytes) => Utf8Text(bytes), 'text'); }
  arrayBuffer() { return this.#Read((bytes) => new Uint8Array(bytes).buffer, 'arrayBuffer'); }
  slice() { return host.refuse('blob.slice'); }
  stream() { return host.refuse('blob.stream'); }
  #Read(convert, what) {
    const bytes = this.#bytes;
    return new Promise((resolve) => {
      host.postTask('network', () => resolve(convert(bytes)), 'blob ' + what + ' read',
                    kBlobReadMs);
    });
  }
}

// URL §5.2 application/x-www-form-urlencoded: the serializer (space as "+", the rest of the
// bytes outside *-._ and ASCII alphanumerics percent-encoded) and a parser for strings.
function FormEncode(text) {
  let out = '';
  for (const b of Utf8(text)) {
    const c = String.fromCharCode(b);
    if (/[*\-._0-9A-Za-z]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
  }
  return out;
}
function FormDecode(text) {
  const bytes = Utf8(text.replace(/\+/g, ' '));
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = String.fromCharCode(bytes[i + 1] || 0, bytes[i + 2] || 0);
    if (bytes[i] === 0x25 && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(bytes[i]);
    }
  }
  return Utf8Text(out);
}

// URL §6.2 URLSearchParams: a string ("a=1&b=2", a leading "?" dropped), pairs or a record.
class URLSearchParams {
  #list = [];
  constructor(init = '') {
    if (typeof init === 'object' && init !== null) {
      const pairs = typeof init[Symbol.iterator] === 'function'
                        ? Array.from(init, (p) => Array.from(p))
                        : Object.keys(init).map((k) => [k, init[k]]);
      for (const pair of pairs) {
        if (pair.length !== 2) {
          throw new TypeError("Failed to construct 'URLSearchParams': Invalid value");
        }
        this.#list.push([String(pair[0]), String(pair[1])]);
      }
      return;
    }
    for (const part of String(init).replace(/^\?/, '').split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      this.#list.push([FormDecode(name), FormDecode(eq < 0 ? '' : part.slice(eq + 1))]);
    }
  }
  append(name, value) { this.#list.push([String(name), String(value)]); }
  get(name) {
    const hit = this.#list.find((p) => p[0] === String(name));
    return hit ? hit[1] : null;
  }
  has(name) { return this.get(name) !== null; }
  toString() { return this.#list.map((p) => FormEncode(p[0]) + '=' + FormEncode(p[1])).join('&'); }
}

return {Headers, Blob, URLSearchParams, Utf8, Utf8Text, IsBufferSource, BufferBytes, kToken};
