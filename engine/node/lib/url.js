// engine/node/lib/url.js — the `url` module and the URL / URLSearchParams globals.
//
// A port of the WHATWG URL Standard's basic URL parser (https://url.spec.whatwg.org/,
// "basic URL parser", "host parsing", "URL serializing") as Node 20 runs it through Ada, for
// what programs use: special schemes (http, https, ws, wss, ftp, file) with hosts, IPv4 and
// IPv6 addresses, ports, dot segments and percent-encoding; other schemes with an opaque
// path or an authority; relative references against a base. Not here: IDNA (a non-ASCII
// host is only lower-cased), the legacy url.parse/format/resolve, Node's inspect layout of a
// URL. Node's fileURLToPath/pathToFileURL (lib/internal/url.js) for POSIX.
// [SECTION] index: percent-encoding; hosts; the parser; URL; URLSearchParams; module.
'use strict';

// [SECTION] percent-encoding (URL Standard 1.3)

const kHex = '0123456789ABCDEF';
function inC0(c) {
  return c < 0x20 || c > 0x7e;
}
// One table per percent-encode set, each a superset of the one before.
const kFragmentExtra = ' "<>`';
const kQueryExtra = ' "#<>';
const kSpecialQueryExtra = ' "#<>\'';
const kPathExtra = ' "#<>?`{}';
const kUserinfoExtra = ' "#<>?`{}/:;=@[\\]^|';
function encodeWith(text, extra) {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inC0(c) || extra.indexOf(String.fromCharCode(c)) >= 0) {
      out += '%' + kHex[c >> 4] + kHex[c & 15];
    } else {
      out += String.fromCharCode(c);
    }
  }
  return out;
}
function isHex(ch) {
  return /^[0-9a-fA-F]$/.test(ch);
}
// Percent-decoding to bytes, then UTF-8 (invalid sequences become U+FFFD, as in Node).
function percentDecodeBytes(text) {
  const bytes = Buffer.from(text, 'utf8');
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x25 && i + 2 < bytes.length + 0 && isHex(String.fromCharCode(bytes[i + 1])) &&
        isHex(String.fromCharCode(bytes[i + 2]))) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(c);
    }
  }
  return Buffer.from(out);
}
function percentDecode(text) {
  return percentDecodeBytes(text).toString('utf8');
}

// [SECTION] hosts (URL Standard 3.5 host parsing, 3.6 host serializing)

const kSpecialPorts = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80,
                        'wss:': 443 };
function isSpecial(scheme) {
  return Object.prototype.hasOwnProperty.call(kSpecialPorts, scheme);
}
const kForbiddenHost = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;
const kForbiddenDomain = /[\u0000-\u001f\t\n\r #/:<>?@[\\\]^|%\u007f]/;

function parseIPv4Number(part) {
  if (part === '') return NaN;
  let radix = 10;
  if (part.length >= 2 && (part.startsWith('0x') || part.startsWith('0X'))) {
    part = part.slice(2);
    radix = 16;
  } else if (part.length >= 2 && part[0] === '0') {
    part = part.slice(1);
    radix = 8;
  }
  if (part === '') return 0;
  const valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  return valid.test(part) ? parseInt(part, radix) : NaN;
}
// "ends in a number": the last non-empty label is all digits or a 0x number.
function endsInNumber(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (/^[0-9]+$/.test(last)) return true;
  return /^0[xX][0-9a-fA-F]*$/.test(last);
}
function parseIPv4(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = parts.map(parseIPv4Number);
  if (numbers.some((n) => Number.isNaN(n))) return null;
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = null;
  let p = 0;
  if (input[p] === ':') {
    if (input[p + 1] !== ':') return null;
    p += 2;
    compress = ++piece;
  }
  while (p < input.length) {
    if (piece === 8) return null;
    if (input[p] === ':') {
      if (compress !== null) return null;
      p++;
      compress = ++piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < input.length && isHex(input[p])) {
      value = value * 16 + parseInt(input[p], 16);
      p++;
      length++;
    }
    if (input[p] === '.') {
      if (length === 0 || piece > 6) return null;
      p -= length;
      let seen = 0;
      while (p < input.length) {
        let v4 = null;
        if (seen > 0) {
          if (input[p] === '.' && seen < 4) p++;
          else return null;
        }
        if (!/[0-9]/.test(input[p] || '')) return null;
        while (/[0-9]/.test(input[p] || '')) {
          const n = Number(input[p]);
          if (v4 === null) v4 = n;
          else if (v4 === 0) return null;
          else v4 = v4 * 10 + n;
          if (v4 > 255) return null;
          p++;
        }
        address[piece] = address[piece] * 256 + v4;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return null;
      break;
    } else if (input[p] === ':') {
      p++;
      if (p >= input.length) return null;
    } else if (p < input.length) {
      return null;
    }
    address[piece++] = value;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = address[piece];
      address[piece] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) {
    return null;
  }
  return address;
}
function serializeIPv6(address) {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return '[' + out + ']';
}
// The host parser: a serialized host, or null for failure.
function parseHost(input, special) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const address = parseIPv6(input.slice(1, -1));
    return address ? serializeIPv6(address) : null;
  }
  if (!special) {
    if (kForbiddenHost.test(input)) return null;
    let out = '';
    for (const ch of input) out += encodeWith(ch, '');
    return out;
  }
  const domain = percentDecode(input).toLowerCase();
  if (domain === '' || kForbiddenDomain.test(domain)) return null;
  if (endsInNumber(domain)) return parseIPv4(domain);
  return domain;
}

// [SECTION] the parser (URL Standard 4.4 basic URL parser, for whole inputs)

function isWindowsDriveLetter(s) {
  return /^[a-zA-Z][:|]$/.test(s);
}
function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}
function isDoubleDot(s) {
  s = s.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}
// Appends the segments of `text` to `path` ("path state"): dot segments resolved, each
// segment percent-encoded with the path set.
function parsePath(text, path, special, scheme) {
  const segments = text.split(special ? /[/\\]/ : '/');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (isDoubleDot(segment)) {
      if (path.length > 0 && !(scheme === 'file:' && path.length === 1 &&
                               /^[a-zA-Z]:$/.test(path[0]))) {
        path.pop();
      }
      if (last) path.push('');
    } else if (isSingleDot(segment)) {
      if (last) path.push('');
    } else {
      let s = segment;
      if (scheme === 'file:' && path.length === 0 && isWindowsDriveLetter(s)) s = s[0] + ':';
      path.push(encodeWith(s, kPathExtra));
    }
  }
}
function shortenPath(path, scheme) {
  if (scheme === 'file:' && path.length === 1 && /^[a-zA-Z]:$/.test(path[0])) return;
  path.pop();
}
// Splits "rest?query#fragment" off the end of `text`.
function splitTail(text) {
  let fragment = null;
  let query = null;
  const hash = text.indexOf('#');
  if (hash >= 0) {
    fragment = text.slice(hash + 1);
    text = text.slice(0, hash);
  }
  const q = text.indexOf('?');
  if (q >= 0) {
    query = text.slice(q + 1);
    text = text.slice(0, q);
  }
  return { text, query, fragment };
}
function finishTail(record, tail) {
  record.query = tail.query === null ? null :
    encodeWith(tail.query, isSpecial(record.scheme) ? kSpecialQueryExtra : kQueryExtra);
  record.fragment = tail.fragment === null ? null : encodeWith(tail.fragment, kFragmentExtra);
  return record;
}
// The authority then the path: "//user:pass@host:port/path".
function parseAuthority(record, text) {
  const special = isSpecial(record.scheme);
  const end = text.search(special ? /[/\\]/ : /\//);
  let authority = end < 0 ? text : text.slice(0, end);
  const rest = end < 0 ? '' : text.slice(end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const info = authority.slice(0, at);
    authority = authority.slice(at + 1);
    const colon = info.indexOf(':');
    record.username = encodeWith(colon < 0 ? info : info.slice(0, colon), kUserinfoExtra);
    record.password = colon < 0 ? '' : encodeWith(info.slice(colon + 1), kUserinfoExtra);
    if (authority === '') return null;
  }
  let hostText = authority;
  const close = authority.lastIndexOf(']');
  const colon = authority.lastIndexOf(':');
  if (colon > close) {
    hostText = authority.slice(0, colon);
    const port = authority.slice(colon + 1);
    if (!/^[0-9]*$/.test(port)) return null;
    if (port !== '') {
      const n = Number(port);
      if (n > 65535) return null;
      record.port = n === kSpecialPorts[record.scheme] ? null : n;
    }
    if (hostText === '') return null;
  }
  if (record.scheme === 'file:') {
    const host = hostText === '' ? '' : parseHost(hostText, true);
    if (host === null) return null;
    record.host = host === 'localhost' ? '' : host;
  } else {
    if (hostText === '') {
      if (special) return null;
      record.host = '';
    } else {
      record.host = parseHost(hostText, special);
      if (record.host === null) return null;
    }
  }
  if (rest !== '') parsePath(rest.slice(1), record.path, special, record.scheme);
  else if (special) record.path.push('');
  return record;
}
function newRecord(scheme) {
  return { scheme, username: '', password: '', host: null, port: null, path: [],
           opaque: null, query: null, fragment: null };
}
function startsWithSlash(text, special) {
  return text[0] === '/' || (special && text[0] === '\\');
}
function parseFile(record, text, base) {
  const tail = splitTail(text);
  let t = tail.text;
  const baseFile = base && base.scheme === 'file:' ? base : null;
  if (startsWithSlash(t, true) && startsWithSlash(t.slice(1), true)) {
    if (!parseAuthority(record, t.slice(2))) return null;
    if (record.path.length === 0) record.path.push('');
    return finishTail(record, tail);
  }
  record.host = baseFile ? baseFile.host : '';
  if (startsWithSlash(t, true)) {
    parsePath(t.slice(1), record.path, true, 'file:');
  } else if (baseFile) {
    record.path = baseFile.path.slice();
    if (t === '') {
      if (tail.query === null) tail.query = baseFile.query;
      return finishTail(record, tail);
    }
    shortenPath(record.path, 'file:');
    parsePath(t, record.path, true, 'file:');
  } else {
    parsePath(t, record.path, true, 'file:');
  }
  return finishTail(record, tail);
}
// A reference with no scheme of its own, resolved against `base`.
function parseRelative(text, base) {
  const record = newRecord(base.scheme);
  const special = isSpecial(base.scheme);
  if (base.scheme === 'file:') return parseFile(record, text, base);
  if (startsWithSlash(text, special) && startsWithSlash(text.slice(1), special)) {
    const tail = splitTail(text.slice(2));
    if (!parseAuthority(record, tail.text)) return null;
    return finishTail(record, tail);
  }
  record.username = base.username;
  record.password = base.password;
  record.host = base.host;
  record.port = base.port;
  const tail = splitTail(text);
  if (startsWithSlash(tail.text, special)) {
    parsePath(tail.text.slice(1), record.path, special, record.scheme);
    return finishTail(record, tail);
  }
  record.path = base.path.slice();
  if (tail.text === '') {
    if (tail.query === null) {
      record.query = base.query;
      record.fragment = tail.fragment === null ? null : encodeWith(tail.fragment, kFragmentExtra);
      return record;
    }
    return finishTail(record, tail);
  }
  shortenPath(record.path, record.scheme);
  parsePath(tail.text, record.path, special, record.scheme);
  return finishTail(record, tail);
}
// The basic URL parser over a whole input: a URL record, or null for failure.
function parseURL(input, base) {
  // Leading and trailing C0 controls and spaces go, and every tab or newline.
  input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(input);
  if (!match) {
    if (!base) return null;
    if (base.opaque !== null) {
      if (input[0] !== '#') return null;
      const record = Object.assign({}, base, { path: [] });
      record.fragment = encodeWith(input.slice(1), kFragmentExtra);
      return record;
    }
    return parseRelative(input, base);
  }
  const scheme = match[1].toLowerCase() + ':';
  const rest = input.slice(match[0].length);
  const record = newRecord(scheme);
  if (scheme === 'file:') return parseFile(record, rest, base);
  if (isSpecial(scheme)) {
    if (base && base.scheme === scheme && !startsWithSlash(rest, true)) {
      return parseRelative(rest, base);
    }
    const tail = splitTail(rest.replace(/^[/\\]*/, ''));
    if (!parseAuthority(record, tail.text)) return null;
    return finishTail(record, tail);
  }
  const tail = splitTail(rest);
  if (tail.text.startsWith('//')) {
    if (!parseAuthority(record, tail.text.slice(2))) return null;
  } else if (tail.text.startsWith('/')) {
    parsePath(tail.text.slice(1), record.path, false, scheme);
  } else {
    let opaque = '';
    for (const ch of tail.text) opaque += encodeWith(ch, '');
    record.opaque = opaque;
  }
  return finishTail(record, tail);
}
function serializePath(record) {
  if (record.opaque !== null) return record.opaque;
  let out = '';
  for (const segment of record.path) out += '/' + segment;
  return out;
}
function serialize(record, excludeFragment) {
  let out = record.scheme;
  if (record.host !== null) {
    out += '//';
    if (record.username !== '' || record.password !== '') {
      out += record.username;
      if (record.password !== '') out += ':' + record.password;
      out += '@';
    }
    out += record.host;
    if (record.port !== null) out += ':' + record.port;
  } else if (record.opaque === null && record.path.length > 1 && record.path[0] === '') {
    out += '/.';
  }
  out += serializePath(record);
  if (record.query !== null) out += '?' + record.query;
  if (!excludeFragment && record.fragment !== null) out += '#' + record.fragment;
  return out;
}

// [SECTION] URL (URL Standard 6.1)

function invalidURL(input) {
  const error = binding.nodeError('TypeError', 'ERR_INVALID_URL', 'Invalid URL');
  error.input = input;
  return error;
}

class URL {
  #record;
  #searchParams;
  constructor(input, base = undefined) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS',
                              'The "url" argument must be specified');
    }
    input = `${input}`;
    let baseRecord;
    if (base !== undefined) {
      baseRecord = parseURL(`${base}`, null);
      if (baseRecord === null) throw invalidURL(input);
    }
    const record = parseURL(input, baseRecord);
    if (record === null) throw invalidURL(input);
    this.#record = record;
  }
  static canParse(input, base = undefined) {
    try {
      new URL(input, base);
      return true;
    } catch {
      return false;
    }
  }
  // toString first: Node's prototype lists it before the attributes (Object.keys order).
  toString() {
    return this.href;
  }
  get href() {
    return serialize(this.#record, false);
  }
  set href(value) {
    const record = parseURL(`${value}`, null);
    if (record === null) throw invalidURL(`${value}`);
    this.#record = record;
    if (this.#searchParams) this.#searchParams[kReset](record.query || '');
  }
  get origin() {
    const r = this.#record;
    if (r.scheme === 'blob:') {
      try {
        return new URL(serializePath(r)).origin;
      } catch {
        return 'null';
      }
    }
    if (!isSpecial(r.scheme) || r.scheme === 'file:') return 'null';
    return r.scheme + '//' + r.host + (r.port === null ? '' : ':' + r.port);
  }
  get protocol() {
    return this.#record.scheme;
  }
  set protocol(value) {
    const match = /^([a-zA-Z][a-zA-Z0-9+.-]*)/.exec(`${value}`);
    if (!match) return;
    const scheme = match[1].toLowerCase() + ':';
    const r = this.#record;
    if (isSpecial(scheme) !== isSpecial(r.scheme)) return;
    if (scheme === 'file:' && (r.username !== '' || r.password !== '' || r.port !== null)) return;
    if (r.scheme === 'file:' && r.host === '') return;
    r.scheme = scheme;
    if (r.port === kSpecialPorts[scheme]) r.port = null;
  }
  get username() {
    return this.#record.username;
  }
  set username(value) {
    const r = this.#record;
    if (r.host === null || r.host === '' || r.scheme === 'file:') return;
    r.username = encodeWith(`${value}`, kUserinfoExtra);
  }
  get password() {
    return this.#record.password;
  }
  set password(value) {
    const r = this.#record;
    if (r.host === null || r.host === '' || r.scheme === 'file:') return;
    r.password = encodeWith(`${value}`, kUserinfoExtra);
  }
  get host() {
    const r = this.#record;
    if (r.host === null) return '';
    return r.port === null ? r.host : r.host + ':' + r.port;
  }
  set host(value) {
    const r = this.#record;
    if (r.opaque !== null) return;
    const copy = Object.assign({}, r, { path: [] });
    if (parseAuthority(copy, `${value}`.split(/[/?#\\]/)[0]) === null) return;
    r.host = copy.host;
    if (/:[0-9]*$/.test(`${value}`.split(/[/?#\\]/)[0])) r.port = copy.port;
  }
  get hostname() {
    return this.#record.host === null ? '' : this.#record.host;
  }
  set hostname(value) {
    const r = this.#record;
    if (r.opaque !== null) return;
    const text = `${value}`.split(/[/?#\\]/)[0];
    const host = text === '' && r.scheme === 'file:' ? '' : parseHost(text, isSpecial(r.scheme));
    if (host !== null && !(host === '' && isSpecial(r.scheme) && r.scheme !== 'file:')) {
      r.host = host;
    }
  }
  get port() {
    return this.#record.port === null ? '' : String(this.#record.port);
  }
  set port(value) {
    const r = this.#record;
    if (r.host === null || r.host === '' || r.scheme === 'file:') return;
    const digits = /^[0-9]*/.exec(`${value}`)[0];
    if (`${value}` === '') {
      r.port = null;
    } else if (digits !== '' && Number(digits) <= 65535) {
      const n = Number(digits);
      r.port = n === kSpecialPorts[r.scheme] ? null : n;
    }
  }
  get pathname() {
    return serializePath(this.#record);
  }
  set pathname(value) {
    const r = this.#record;
    if (r.opaque !== null) return;
    r.path = [];
    const text = `${value}`;
    const special = isSpecial(r.scheme);
    parsePath(startsWithSlash(text, special) ? text.slice(1) : text, r.path, special, r.scheme);
  }
  get search() {
    const q = this.#record.query;
    return q === null || q === '' ? '' : '?' + q;
  }
  set search(value) {
    const r = this.#record;
    let text = `${value}`;
    if (text[0] === '?') text = text.slice(1);
    r.query = text === '' && `${value}` === '' ? null :
      encodeWith(text, isSpecial(r.scheme) ? kSpecialQueryExtra : kQueryExtra);
    if (this.#searchParams) this.#searchParams[kReset](r.query || '');
  }
  get searchParams() {
    if (!this.#searchParams) {
      this.#searchParams = new URLSearchParams(this.#record.query || '');
      this.#searchParams[kOwner] = (query) => {
        this.#record.query = query === '' ? null : query;
      };
    }
    return this.#searchParams;
  }
  get hash() {
    const f = this.#record.fragment;
    return f === null || f === '' ? '' : '#' + f;
  }
  set hash(value) {
    let text = `${value}`;
    if (text === '') {
      this.#record.fragment = null;
      return;
    }
    if (text[0] === '#') text = text.slice(1);
    this.#record.fragment = encodeWith(text, kFragmentExtra);
  }
  toJSON() {
    return this.href;
  }
}
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  Object.defineProperty(URL.prototype, name,
                        Object.assign(Object.getOwnPropertyDescriptor(URL.prototype, name),
                                      { enumerable: true }));
}

// [SECTION] URLSearchParams (URL Standard 6.2, application/x-www-form-urlencoded 5)

const kReset = Symbol('kReset');
const kOwner = Symbol('kOwner');
function formDecode(text) {
  return percentDecode(text.replace(/\+/g, ' '));
}
function parseForm(text) {
  const list = [];
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    list.push([formDecode(name), formDecode(value)]);
  }
  return list;
}
function formEncode(text) {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    const ch = String.fromCharCode(c);
    if (c === 0x20) out += '+';
    else if (/[A-Za-z0-9*\-._]/.test(ch)) out += ch;
    else out += '%' + kHex[c >> 4] + kHex[c & 15];
  }
  return out;
}
function toUSVString(value) {
  return Buffer.from(`${value}`, 'utf8').toString('utf8');
}

class URLSearchParams {
  #list = [];
  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const items = [...pair];
          if (items.length !== 2) {
            throw binding.nodeError('TypeError', 'ERR_INVALID_TUPLE',
                                    'Each query pair must be an iterable [name, value] tuple');
          }
          this.#list.push([toUSVString(items[0]), toUSVString(items[1])]);
        }
      } else {
        for (const key of Object.keys(init)) {
          this.#list.push([toUSVString(key), toUSVString(init[key])]);
        }
      }
      return;
    }
    let text = toUSVString(init);
    if (text[0] === '?') text = text.slice(1);
    this.#list = parseForm(text);
  }
  [kReset](query) {
    this.#list = parseForm(query);
  }
  #update() {
    if (this[kOwner]) this[kOwner](this.toString());
  }
  get size() {
    return this.#list.length;
  }
  append(name, value) {
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }
  delete(name, value = undefined) {
    name = toUSVString(name);
    this.#list = this.#list.filter(([n, v]) =>
      n !== name || (value !== undefined && v !== toUSVString(value)));
    this.#update();
  }
  get(name) {
    name = toUSVString(name);
    const pair = this.#list.find(([n]) => n === name);
    return pair ? pair[1] : null;
  }
  getAll(name) {
    name = toUSVString(name);
    return this.#list.filter(([n]) => n === name).map(([, v]) => v);
  }
  has(name, value = undefined) {
    name = toUSVString(name);
    return this.#list.some(([n, v]) => n === name && (value === undefined ||
                                                       v === toUSVString(value)));
  }
  set(name, value) {
    name = toUSVString(name);
    value = toUSVString(value);
    const at = this.#list.findIndex(([n]) => n === name);
    if (at < 0) {
      this.#list.push([name, value]);
    } else {
      this.#list[at][1] = value;
      this.#list = this.#list.filter(([n], i) => n !== name || i <= at);
    }
    this.#update();
  }
  // A stable sort by code units of the names.
  sort() {
    const indexed = this.#list.map((pair, i) => [pair, i]);
    indexed.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
    this.#list = indexed.map(([pair]) => pair);
    this.#update();
  }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
                              'The "callback" argument must be of type function. Received ' +
                              binding.inspect(callback));
    }
    for (let i = 0; i < this.#list.length; i++) {
      callback.call(thisArg, this.#list[i][1], this.#list[i][0], this);
    }
  }
  *entries() {
    for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]];
  }
  *keys() {
    for (let i = 0; i < this.#list.length; i++) yield this.#list[i][0];
  }
  *values() {
    for (let i = 0; i < this.#list.length; i++) yield this.#list[i][1];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  toString() {
    return this.#list.map(([n, v]) => formEncode(n) + '=' + formEncode(v)).join('&');
  }
}

// [SECTION] module (lib/url.js, lib/internal/url.js)

function invalidArgType(name, expected, value) {
  return binding.invalidArgType(name, expected, value);
}

// lib/internal/url.js isURL: a URL or an object shaped like one (not a legacy Url).
function isURL(self) {
  return Boolean(self && self.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

// fileURLToPath: POSIX rules (no host, no encoded '/'), then percent-decoding.
function fileURLToPath(path) {
  let url = path;
  if (typeof path === 'string') {
    url = new URL(path);
  } else if (!isURL(path)) {
    throw invalidArgType('path', 'string or an instance of URL', path);
  }
  if (url.protocol !== 'file:') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (url.hostname !== '') {
    throw binding.nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST',
                            'File URL host must be "localhost" or empty on linux');
  }
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH',
                            'File URL path must not include encoded / characters');
  }
  return percentDecode(pathname);
}

// pathToFileURL: the path resolved, then '%', '\\', newline, CR, tab and '#', '?' encoded
// before the URL parser sees them (lib/internal/url.js encodePathChars).
function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'string', filepath);
  const trailing = filepath.endsWith('/');
  let resolved = binding.resolvePath(filepath);
  if (trailing && !resolved.endsWith('/')) resolved += '/';
  resolved = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
  const url = new URL('file://');
  url.pathname = resolved.replace(/\?/g, '%3F').replace(/#/g, '%23');
  return url;
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponentSafe(url.username)}:${decodeURIComponentSafe(url.password)}`;
  }
  return options;
}
function decodeURIComponentSafe(text) {
  return percentDecode(text);
}

function domainToASCII(domain) {
  const host = parseHost(`${domain}`, true);
  return host === null ? '' : host;
}

return { URL, URLSearchParams, domainToASCII, domainToUnicode: domainToASCII, pathToFileURL,
         fileURLToPath, urlToHttpOptions };
