// engine/node/lib/http.js — http.Server, ServerResponse, ClientRequest, IncomingMessage,
// Agent, following Node 20's lib/_http_{server,client,outgoing,incoming,common,agent}.js.
//
// Messages travel as real HTTP/1.1 text over net sockets and a small parser stands in for
// llhttp. Timing follows Node: the server's parser consumes the socket's reads from C++
// (node_http_parser.cc), so 'request' runs inside the poll-phase read with no callback
// scope, while each body chunk and the message end are their own callback scope
// (binding.makeCallback: ticks drain after each). The client parses inside the socket's
// 'data' event. The global agent keeps sockets alive (keepAlive: true, timeout 5000, lifo),
// and server.close() closes idle connections first (httpServerPreClose).
// [SECTION] parser  [SECTION] IncomingMessage  [SECTION] OutgoingMessage
// [SECTION] server  [SECTION] agent  [SECTION] client  [SECTION] exports
'use strict';

const net = binding.net;
const stream = binding.stream;
const EventEmitter = binding.EventEmitter;
const nextTick = binding.nextTick;
const Readable = stream.Readable;
const Stream = stream.Stream;
const isWritable = stream.isWritable;
const isReadable = stream.isReadable;
function nop() {}

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout', 409: 'Conflict',
  410: 'Gone', 411: 'Length Required', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 418: "I'm a Teapot", 422: 'Unprocessable Entity',
  426: 'Upgrade Required', 429: 'Too Many Requests', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
};
const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK',
  'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH',
  'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

function makeError(code, message, Type) {
  const err = new (Type || Error)(message);
  err.code = code;
  return err;
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

// ---- [SECTION] parser (llhttp's job, with node_http_parser.cc's callback scopes) -------

function HTTPParser(type) {
  this.type = type;           // 'request' | 'response'
  this.socket = null;
  this.incoming = null;
  this.outgoing = null;
  this.onIncoming = null;
  this._consumed = false;
  this.buf = '';
  this.state = 'head';
  this.remaining = 0;
  this.keepAlive = false;
  this.midMessage = false;
  this.skipBody = false;
}

// Splits "Name: value" lines into rawHeaders ([name, value, ...]).
function parseHead(text, type) {
  const lines = text.split('\r\n');
  const first = lines[0];
  const info = { rawHeaders: [], versionMajor: 1, versionMinor: 1 };
  const parts = first.split(' ');
  if (type === 'request') {
    info.method = parts[0];
    info.url = parts[1] || '/';
    const v = parts[2] || 'HTTP/1.1';
    info.versionMajor = Number(v.charAt(5));
    info.versionMinor = Number(v.charAt(7));
  } else {
    const v = parts[0];
    info.versionMajor = Number(v.charAt(5));
    info.versionMinor = Number(v.charAt(7));
    info.statusCode = Number(parts[1]);
    info.statusMessage = parts.slice(2).join(' ');
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    if (colon > 0) info.rawHeaders.push(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return info;
}

function headerValue(raw, name) {
  let value;
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].toLowerCase() === name) value = value === undefined ? raw[i + 1] : value + ', ' + raw[i + 1];
  }
  return value;
}

// Parses what arrived; the callbacks are called as node_http_parser.cc calls them. When
// the parser consumes a server socket, there is no callback scope around this call.
// The bytes are held as a latin1 string (one character per byte), so a binary body (a gzip
// stream) passes unchanged and header values read as llhttp's bytes do in node.
HTTPParser.prototype.execute = function(data) {
  this.buf += (typeof data === 'string' ? Buffer.from(data) : data).toString('latin1');
  while (this.step());
};

// One step of the state machine; false when it needs more bytes.
HTTPParser.prototype.step = function() {
  const state = this.state;
  if (state === 'head') return this.stepHead();
  if (state === 'body' || state === 'chunk-data') {
    if (this.buf.length === 0) return false;
    let chunk = this.buf;
    if (chunk.length > this.remaining) chunk = chunk.slice(0, this.remaining);
    this.buf = this.buf.slice(chunk.length);
    this.remaining -= chunk.length;
    if (this.remaining <= 0) this.state = state === 'body' ? 'complete' : 'chunk-end';
    this.body(chunk);
    return true;
  }
  if (state === 'chunk-size' || state === 'trailer') {
    const eol = this.buf.indexOf('\r\n');
    if (eol < 0) return false;
    const line = this.buf.slice(0, eol);
    this.buf = this.buf.slice(eol + 2);
    if (state === 'trailer') {
      if (line === '') this.state = 'complete';
      return true;
    }
    const size = parseInt(line, 16);
    if (size === 0) this.state = 'trailer';
    else {
      this.remaining = size;
      this.state = 'chunk-data';
    }
    return true;
  }
  if (state === 'chunk-end') {
    if (this.buf.length < 2) return false;
    this.buf = this.buf.slice(2);
    this.state = 'chunk-size';
    return true;
  }
  if (state === 'eof') {
    if (this.buf.length) {
      const rest = this.buf;
      this.buf = '';
      this.body(rest);
    }
    return false;
  }
  if (state === 'complete') {
    this.state = 'head';
    this.midMessage = false;
    this.complete();
    return this.buf.length !== 0 && this.socket !== null;
  }
  return false;
};

HTTPParser.prototype.stepHead = function() {
  const end = this.buf.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const head = this.buf.slice(0, end);
  this.buf = this.buf.slice(end + 4);
  this.midMessage = true;
  const info = parseHead(head, this.type);
  const te = (headerValue(info.rawHeaders, 'transfer-encoding') || '').toLowerCase();
  const cl = headerValue(info.rawHeaders, 'content-length');
  const conn = (headerValue(info.rawHeaders, 'connection') || '').toLowerCase();
  let hasLength = true;
  const status = info.statusCode;
  if (te.indexOf('chunked') >= 0) this.state = 'chunk-size';
  else if (cl !== undefined) {
    this.remaining = Number(cl);
    this.state = this.remaining > 0 ? 'body' : 'complete';
  } else if (this.type === 'request') this.state = 'complete';
  else if (status === 204 || status === 304 || (status >= 100 && status < 200)) this.state = 'complete';
  else {
    this.state = 'eof';
    hasLength = false;
  }
  // llhttp_should_keep_alive
  if (info.versionMajor === 1 && info.versionMinor === 1) this.keepAlive = conn.indexOf('close') < 0 && hasLength;
  else this.keepAlive = conn.indexOf('keep-alive') >= 0 && hasLength;
  const skip = parserOnHeadersComplete.call(this, info);
  if (skip === 1 || skip === true) this.state = 'complete';
  return true;
};

HTTPParser.prototype.body = function(text) {
  const b = Buffer.from(text, 'latin1');
  if (this._consumed) binding.makeCallback(parserOnBody, this, 'HTTP body chunk', b);
  else parserOnBody.call(this, b);
};

HTTPParser.prototype.complete = function() {
  if (this._consumed) binding.makeCallback(parserOnMessageComplete, this, 'HTTP message complete');
  else parserOnMessageComplete.call(this);
};

// llhttp_finish: a response read until EOF is complete now.
HTTPParser.prototype.finish = function() {
  if (this.state === 'eof') {
    this.state = 'head';
    this.midMessage = false;
    this.complete();
  }
};

// lib/_http_common.js parserOnHeadersComplete.
function parserOnHeadersComplete(info) {
  const parser = this;
  const socket = parser.socket;
  const incoming = parser.incoming = new IncomingMessage(socket);
  incoming.httpVersionMajor = info.versionMajor;
  incoming.httpVersionMinor = info.versionMinor;
  incoming.httpVersion = info.versionMajor + '.' + info.versionMinor;
  incoming.url = info.url === undefined ? '' : info.url;
  incoming.upgrade = false;
  incoming._addHeaderLines(info.rawHeaders);
  if (parser.type === 'request') {
    incoming.method = info.method;
  } else {
    incoming.statusCode = info.statusCode;
    incoming.statusMessage = info.statusMessage;
  }
  return parser.onIncoming(incoming, parser.keepAlive);
}

function parserOnBody(b) {
  const s = this.incoming;
  if (s === null) return;
  if (!s._dumped) {
    const ret = s.push(b);
    if (!ret) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const s = parser.incoming;
  if (s !== null) {
    s.complete = true;
    s.push(null);
  }
  readStart(parser.socket);
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed && parser.socket && parser.socket._handle) unconsume(parser, parser.socket);
    parser.incoming = null;
    parser.outgoing = null;
    parser.onIncoming = null;
    parser.socket = null;
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// ---- [SECTION] IncomingMessage (lib/_http_incoming.js) ---------------------------------

function IncomingMessage(socket) {
  Readable.call(this, undefined);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.headers = {};
  this.rawHeaders = [];
  this.trailers = {};
  this.rawTrailers = [];
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

const kDropDuplicates = ['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from',
  'location', 'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires'];

IncomingMessage.prototype._addHeaderLines = function(raw) {
  for (let i = 0; i < raw.length; i += 2) {
    this.rawHeaders.push(raw[i], raw[i + 1]);
    const field = raw[i].toLowerCase();
    const value = raw[i + 1];
    const dest = this.headers;
    if (dest[field] === undefined) {
      dest[field] = field === 'set-cookie' ? [value] : value;
    } else if (field === 'set-cookie') {
      dest[field].push(value);
    } else if (kDropDuplicates.indexOf(field) < 0) {
      dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
    }
  }
};

IncomingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && isReadable(this.socket)) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const self = this;
    this.socket.once('close', () => nextTick(onIncomingError, self, err, cb));
  } else {
    nextTick(onIncomingError, this, err, cb);
  }
};

IncomingMessage.prototype._dump = function() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

function onIncomingError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

function readStart(socket) {
  if (socket && !socket._paused && isReadable(socket)) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// ---- [SECTION] OutgoingMessage (lib/_http_outgoing.js) ---------------------------------

function OutgoingMessage() {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this._needDrain = false;
  this.finished = false;
  this._headerSent = false;
  this._corked = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this._outHeaders = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this.headersSent = false;
  this.writableEnded = false;
  this.writableFinished = false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

OutgoingMessage.prototype.destroy = function(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this.errored = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  return this;
};

OutgoingMessage.prototype._send = function(data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
      this.outputSize += this._header.length;
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function(data, encoding, callback) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && isWritable(conn)) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  return this.outputSize < 16384;
};

function utcDate() {
  const ms = Date.now();
  const days = Math.floor(ms / 86400000);
  const secs = Math.floor(ms / 1000) - days * 86400;
  const names = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const two = (n) => (n < 10 ? '0' : '') + n;
  return names[((days % 7) + 7) % 7] + ', ' + two(d) + ' ' + months[m - 1] + ' ' + y + ' ' +
    two(Math.floor(secs / 3600)) + ':' + two(Math.floor(secs / 60) % 60) + ':' + two(secs % 60) + ' GMT';
}

OutgoingMessage.prototype._storeHeader = function(firstLine, headers) {
  const state = { connection: false, contLen: false, te: false, date: false, trailer: false, header: firstLine };
  if (headers) {
    const keys = Object.keys(headers);
    for (let i = 0; i < keys.length; i++) {
      const entry = headers[keys[i]];
      if (Array.isArray(entry) && entry.length === 2 && headers === this._outHeaders) {
        processHeader(this, state, entry[0], entry[1]);
      } else {
        // Raw headers (options.headers as an array) did not pass setHeader: Node checks them here.
        validateHeaderName(keys[i]);
        validateHeaderValue(keys[i], entry);
        processHeader(this, state, keys[i], entry);
      }
    }
  }
  let header = state.header;
  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + '\r\n';
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }
  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        header += 'Keep-Alive: timeout=' + Math.floor(this._keepAliveTimeout / 1000) + '\r\n';
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  this._header = header + '\r\n';
  this.headersSent = true;
  this._headerSent = false;
};

function processHeader(self, state, key, value) {
  if (Array.isArray(value)) {
    if (value.length < 2 || key.toLowerCase() !== 'set-cookie') {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i]);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value);
}

function storeHeader(self, state, key, value) {
  state.header += key + ': ' + value + '\r\n';
  const k = key.toLowerCase();
  if (k === 'connection') {
    state.connection = true;
    self._removedConnection = false;
    if (String(value).toLowerCase().indexOf('close') >= 0) self._last = true;
    else self.shouldKeepAlive = true;
  } else if (k === 'transfer-encoding') {
    state.te = true;
    self._removedTE = false;
    if (String(value).toLowerCase().indexOf('chunked') >= 0) self.chunkedEncoding = true;
  } else if (k === 'content-length') {
    state.contLen = true;
    self._contentLength = value;
    self._removedContLen = false;
  } else if (k === 'date' || k === 'expect' || k === 'trailer') {
    state[k] = true;
  } else if (k === 'keep-alive') {
    self._defaultKeepAlive = false;
  }
}

// lib/_http_common.js checkIsHttpToken and checkInvalidHeaderChar, as character loops: a
// header name is a token, a value holds no CR, LF or other control character (so a program
// cannot smuggle a second header or a second request into the message).
function isHttpTokenChar(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    '!#$%&\'*+-.^_`|~'.indexOf(String.fromCharCode(c)) !== -1;
}

function hasInvalidHeaderChar(value) {
  const s = String(value);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 9 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return true;
  }
  return false;
}

// lib/_http_outgoing.js validateHeaderName and validateHeaderValue.
function validateHeaderName(name, label) {
  let valid = typeof name === 'string' && name.length > 0;
  for (let i = 0; valid && i < name.length; i++) valid = isHttpTokenChar(name.charCodeAt(i));
  if (!valid) {
    const what = (label || 'Header name') + ' must be a valid HTTP token ["' + name + '"]';
    throw makeError('ERR_INVALID_HTTP_TOKEN', what, TypeError);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw makeError('ERR_HTTP_INVALID_HEADER_VALUE',
                    'Invalid value "' + value + '" for header "' + name + '"', TypeError);
  }
  if (hasInvalidHeaderChar(value)) {
    throw makeError('ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]',
                    TypeError);
  }
}

function headersSentError() {
  return makeError('ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
}

OutgoingMessage.prototype.setHeader = function(name, value) {
  if (this._header) throw headersSentError();
  validateHeaderName(name);
  validateHeaderValue(name, value);
  if (this._outHeaders === null) this._outHeaders = {};
  this._outHeaders[String(name).toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.appendHeader = function(name, value) {
  const existing = this.getHeader(name);
  if (existing === undefined) return this.setHeader(name, value);
  const list = Array.isArray(existing) ? existing : [existing];
  return this.setHeader(name, list.concat(value));
};

OutgoingMessage.prototype.getHeader = function(name) {
  if (this._outHeaders === null) return undefined;
  const entry = this._outHeaders[String(name).toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function() {
  return this._outHeaders !== null ? Object.keys(this._outHeaders) : [];
};

OutgoingMessage.prototype.getHeaders = function() {
  const ret = {};
  if (this._outHeaders) {
    const keys = Object.keys(this._outHeaders);
    for (let i = 0; i < keys.length; i++) ret[keys[i]] = this._outHeaders[keys[i]][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function(name) {
  return this._outHeaders !== null && !!this._outHeaders[String(name).toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function(name) {
  if (this._header) throw headersSentError();
  const key = String(name).toLowerCase();
  if (key === 'connection') this._removedConnection = true;
  else if (key === 'content-length') this._removedContLen = true;
  else if (key === 'transfer-encoding') this._removedTE = true;
  if (this._outHeaders !== null) delete this._outHeaders[key];
};

OutgoingMessage.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) this.once('socket', (socket) => socket.setTimeout(msecs));
  else this.socket.setTimeout(msecs);
  return this;
};

OutgoingMessage.prototype.write = function(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this._needDrain = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw makeError('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
  } else if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) {
    throw makeError('ERR_INVALID_ARG_TYPE', 'The "chunk" argument must be of type string or an instance ' +
      'of Buffer or Uint8Array. Received ' + binding.inspect(chunk), TypeError);
  }
  let err;
  if (msg.finished) err = makeError('ERR_STREAM_WRITE_AFTER_END', 'write after end');
  else if (msg.destroyed) err = makeError('ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else nextTick(callback, err);
    return false;
  }
  if (!msg._header) {
    if (fromEnd) msg._contentLength = Buffer.byteLength(chunk);
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket._writableState.corked) {
    msg.socket.cork();
    nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    const len = Buffer.byteLength(chunk);
    msg._send(len.toString(16), 'latin1', null);
    msg._send('\r\n', null, null);
    msg._send(chunk, encoding, null);
    ret = msg._send('\r\n', null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg.writableFinished = true;
  outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      onError(this, makeError('ERR_STREAM_WRITE_AFTER_END', 'write after end'), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(makeError('ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || (this.socket && this.socket._writableState.length) || chunk) {
    this._send('', 'latin1', finish);
  } else {
    nextTick(finish);
  }
  if (this.socket) {
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this._corked = 0;
  this.finished = true;
  this.writableEnded = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._finish = function() {
  this.emit('prefinish');
};

OutgoingMessage.prototype._flush = function() {
  const socket = this.socket;
  if (socket && isWritable(socket)) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this._needDrain) {
      this._needDrain = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function(socket) {
  while (this._corked) {
    this._corked--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const item = outputData[i];
    ret = socket.write(item.data, item.encoding, item.callback);
  }
  socket.uncork();
  this.outputData = [];
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.cork = function() {
  if (this.socket) this.socket.cork();
  else this._corked++;
};

OutgoingMessage.prototype.uncork = function() {
  if (this.socket) this.socket.uncork();
  else if (this._corked) this._corked--;
};

// lib/_http_outgoing.js: the socket's corks and the message's own (before it has a socket).
Object.defineProperty(OutgoingMessage.prototype, 'writableCorked', {
  get() {
    const corked = this.socket ? this.socket.writableCorked : 0;
    return corked + this._corked;
  },
});

// ---- [SECTION] server (lib/_http_server.js) --------------------------------------------

function ServerResponse(req) {
  OutgoingMessage.call(this);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = (req.headers.te || '').indexOf('chunked') >= 0;
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

function onServerResponseClose() {
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

ServerResponse.prototype.assignSocket = function(socket) {
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype._implicitHeader = function() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function(statusCode, reason, obj) {
  if (this._header) throw headersSentError();
  const original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw makeError('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + original, RangeError);
  }
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason;
  }
  this.statusCode = statusCode;
  if (obj) {
    if (Array.isArray(obj)) {
      for (let n = 0; n + 1 < obj.length; n += 2) if (obj[n]) this.setHeader(obj[n], obj[n + 1]);
    } else {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) if (keys[i]) this.setHeader(keys[i], obj[keys[i]]);
    }
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  this._storeHeader('HTTP/1.1 ' + statusCode + ' ' + this.statusMessage + '\r\n', this._outHeaders);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  }
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay === undefined ? true : options.noDelay });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.keepAliveTimeout = 5000;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.connectionsCheckingInterval = 30000;
  this._connectionsList = [];
  this._connectionsCheck = null;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// setupConnectionsTracking: an unref'd 30 s interval checks request timeouts.
function setupConnectionsTracking() {
  if (this._connectionsCheck) clearInterval(this._connectionsCheck);
  this._connectionsCheck = setInterval(checkConnections, this.connectionsCheckingInterval);
  this._connectionsCheck.unref();
}

function checkConnections() {}

Server.prototype.close = function(...args) {
  this.closeIdleConnections();
  clearInterval(this._connectionsCheck);
  net.Server.prototype.close.apply(this, args);
  return this;
};

Server.prototype.closeAllConnections = function() {
  const list = this._connectionsList.slice();
  for (let i = 0; i < list.length; i++) list[i].destroy();
};

// A connection is idle when its parser is between messages (ConnectionsList::Idle).
Server.prototype.closeIdleConnections = function() {
  const list = this._connectionsList.slice();
  for (let i = 0; i < list.length; i++) {
    const socket = list[i];
    const busy = (socket.parser && socket.parser.midMessage) ||
      (socket._httpMessage && !socket._httpMessage.finished);
    if (!busy) socket.destroy();
  }
};

Server.prototype.setTimeout = function(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function connectionListener(socket) {
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  const parser = new HTTPParser('request');
  parser.socket = socket;
  socket.parser = parser;
  server._connectionsList.push(socket);
  const state = { outgoing: [], incoming: [], keepAliveTimeoutSet: false };
  state.onData = (d) => socketOnData(server, socket, parser, state, d);
  state.onEnd = () => socketOnEnd(server, socket, parser, state);
  state.onClose = () => socketOnClose(server, socket, state);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  // lib/_http_server.js socketOnDrain: the response waiting for 'drain' gets it when the
  // socket's buffer empties (without it a body over 16 KiB piped in never finishes).
  socket.on('drain', ondrain);
  parser.onIncoming = (req, keepAlive) => parserOnIncoming(server, socket, state, req, keepAlive);
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);
  // The parser consumes the handle's reads in C++ (parser.consume(socket._handle)): the
  // socket's own Readable sees no data, only EOF and errors.
  if (socket._handle && !socket._handle._consumed) {
    parser._consumed = true;
    const handle = socket._handle;
    handle._consumed = true;
    const streamRead = handle.onread;
    handle._streamRead = streamRead;
    handle.onread = function consumedRead(nread, buf) {
      if (nread > 0) {
        socket._unrefTimer();
        parser.execute(buf);
        if (parser.socket !== null) onParserExecuteCommon(server, socket, parser, state);
        return;
      }
      streamRead.call(this, nread, buf);
    };
  }
  socket._paused = false;
}

function unconsume(parser, socket) {
  const handle = socket._handle;
  if (handle && handle._consumed) {
    handle._consumed = false;
    handle.onread = handle._streamRead;
  }
  parser._consumed = false;
}

function onParserExecuteCommon(server, socket, parser, state) {
  if (socket._paused && socket.parser) {
    // the parser stops with the socket (socket.parser.pause())
  }
}

function socketOnData(server, socket, parser, state, d) {
  parser.execute(d);
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(server, socket, state) {
  const i = server._connectionsList.indexOf(socket);
  if (i >= 0) server._connectionsList.splice(i, 1);
  freeParser(socket.parser, null, socket);
  while (state.incoming.length) {
    const req = state.incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  if (parser) parser.finish();
  if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', nop);
  if (!this.server.emit('clientError', e, this)) {
    if (isWritable(this) && this.bytesWritten === 0) {
      this.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    }
    this.destroy(e);
  }
}

function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
}

function onSocketPause() {
  if (this._handle && this._handle.reading) {
    this._handle.reading = false;
    this._handle.readStop();
  }
}

function resOnFinish(req, res, socket, state, server) {
  state.incoming.shift();
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout + 1000);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(0);
    state.keepAliveTimeoutSet = false;
  }
  state.incoming.push(req);
  const res = new ServerResponse(req);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res.shouldKeepAlive = keepAlive;
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(req, res, socket, state, server));
  server.emit('request', req, res);
  return 0;
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---- [SECTION] agent (lib/_http_agent.js) ----------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = Object.assign({}, options);
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = {};
  this.sockets = {};
  this.freeSockets = {};
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets === undefined ? Infinity : this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  this.on('free', (socket, opts) => {
    const name = this.getName(opts);
    if (!isWritable(socket)) {
      socket.destroy();
      return;
    }
    const requests = this.requests[name];
    if (requests && requests.length) {
      const req = requests.shift();
      setRequestSocket(this, req, socket);
      if (requests.length === 0) delete this.requests[name];
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const freeSockets = this.freeSockets[name] || [];
    const freeLen = freeSockets.length;
    let count = freeLen;
    if (this.sockets[name]) count += this.sockets[name].length;
    if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
        freeLen >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    this.freeSockets[name] = freeSockets;
    socket._httpMessage = null;
    this.removeSocket(socket, opts);
    socket.once('error', freeSocketErrorListener);
    freeSockets.push(socket);
  });
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

Agent.prototype.createConnection = function(...args) {
  return net.createConnection(...args);
};

Agent.prototype.getName = function(options) {
  options = options || {};
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  return name;
};

Agent.prototype.addRequest = function(req, options) {
  options = Object.assign({}, options, this.options);
  const name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  const freeSockets = this.freeSockets[name];
  let socket;
  if (freeSockets) {
    while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
    socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    if (!freeSockets.length) delete this.freeSockets[name];
  }
  const freeLen = freeSockets ? freeSockets.length : 0;
  const sockLen = freeLen + this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, (err, s) => {
      if (err) req.onSocket(s, err);
      else setRequestSocket(this, req, s);
    });
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    req._agentOptions = options;
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function(req, options, cb) {
  options = Object.assign({}, options, this.options);
  const name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  const s = this.createConnection(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  this.sockets[name].push(s);
  this.totalSocketCount++;
  installListeners(this, s, options);
  cb(null, s);
};

function installListeners(agent, s, options) {
  function onFree() { agent.emit('free', s, options); }
  s.on('free', onFree);
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  s.on('close', onClose);
  function onTimeout() {
    const sockets = agent.freeSockets;
    const names = Object.keys(sockets);
    for (let i = 0; i < names.length; i++) {
      if (sockets[names[i]].indexOf(s) >= 0) return s.destroy();
    }
  }
  s.on('timeout', onTimeout);
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function(s, options) {
  const name = this.getName(options);
  const sets = [this.sockets];
  if (!isWritable(s)) sets.push(this.freeSockets);
  for (let sk = 0; sk < sets.length; sk++) {
    const sockets = sets[sk];
    if (sockets[name]) {
      const index = sockets[name].indexOf(s);
      if (index !== -1) {
        sockets[name].splice(index, 1);
        if (sockets[name].length === 0) delete sockets[name];
      }
    }
  }
  let req;
  if (this.requests[name] && this.requests[name].length) req = this.requests[name][0];
  if (req && options) {
    req._agentOptions = undefined;
    this.createSocket(req, options, (err, socket) => {
      if (err) req.onSocket(socket, err);
      else socket.emit('free');
    });
  }
};

Agent.prototype.keepSocketAlive = function(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let agentTimeout = this.options.timeout || 0;
  let canKeepSocketAlive = true;
  const res = socket._httpMessage && socket._httpMessage.res;
  const hint = res ? res.headers['keep-alive'] : undefined;
  if (hint && hint.indexOf('timeout=') === 0) {
    let serverHintTimeout = parseInt(hint.slice(8), 10) * 1000 - 1000;
    serverHintTimeout = serverHintTimeout > 0 ? serverHintTimeout : 0;
    if (serverHintTimeout === 0) canKeepSocketAlive = false;
    else if (serverHintTimeout < agentTimeout) agentTimeout = serverHintTimeout;
  }
  if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
  return canKeepSocketAlive;
};

Agent.prototype.reuseSocket = function(socket, req) {
  socket.removeListener('error', freeSocketErrorListener);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function() {
  const sets = [this.freeSockets, this.sockets];
  for (let s = 0; s < sets.length; s++) {
    const names = Object.keys(sets[s]);
    for (let v = 0; v < names.length; v++) {
      const list = sets[s][names[v]].slice();
      for (let n = 0; n < list.length; n++) list[n].destroy();
    }
  }
};

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- [SECTION] client (lib/_http_client.js) --------------------------------------------

// new URL(s) for the http: URLs programs pass to http.get (urlToHttpOptions).
function urlToOptions(s) {
  let rest = String(s);
  const scheme = rest.indexOf('://');
  if (scheme < 0) throw makeError('ERR_INVALID_URL', 'Invalid URL', TypeError);
  const protocol = rest.slice(0, scheme).toLowerCase() + ':';
  rest = rest.slice(scheme + 3);
  let slash = rest.indexOf('/');
  const q = rest.indexOf('?');
  if (slash < 0 || (q >= 0 && q < slash)) slash = q;
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  let path = slash < 0 ? '/' : rest.slice(slash);
  if (path.charAt(0) === '?') path = '/' + path;
  let hostname = authority;
  let port = '';
  const at = hostname.lastIndexOf('@');
  if (at >= 0) hostname = hostname.slice(at + 1);
  if (hostname.charAt(0) === '[') {
    const close = hostname.indexOf(']');
    port = hostname.slice(close + 2);
    hostname = hostname.slice(1, close);
  } else if (hostname.indexOf(':') >= 0) {
    port = hostname.slice(hostname.indexOf(':') + 1);
    hostname = hostname.slice(0, hostname.indexOf(':'));
  }
  const out = { protocol, hostname, hash: '', search: '', pathname: path, path, href: String(s) };
  if (port !== '') out.port = Number(port);
  return out;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToOptions(input);
  } else if (input && typeof input === 'object' && input.href !== undefined && input.hostname !== undefined) {
    input = urlToOptions(input.href);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }
  let agent = options.agent;
  const defaultAgent = options._defaultAgent || globalAgent;
  if (agent === false) agent = new Agent();
  else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  }
  this.agent = agent;
  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
  const port = options.port = options.port || defaultPort || 80;
  const host = options.host = options.hostname || options.host || 'localhost';
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = options.timeout;
  const method = options.method === undefined ? 'GET' : String(options.method).toUpperCase();
  this.method = method;
  this.path = options.path || '/';
  if (cb) this.once('response', cb);
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = 'http:';
  if (this.agent) {
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }
  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      const keys = Object.keys(options.headers);
      for (let i = 0; i < keys.length; i++) this.setHeader(keys[i], options.headers[keys[i]]);
    }
    if (host && !this.getHeader('host')) {
      let hostHeader = host;
      if (hostHeader.indexOf(':') !== -1 && hostHeader.charAt(0) !== '[') hostHeader = '[' + hostHeader + ']';
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }
  const opts = Object.assign({}, options);
  if (this.agent) {
    this.agent.addRequest(this, opts);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    if (typeof opts.createConnection === 'function') this.onSocket(opts.createConnection(opts));
    else this.onSocket(net.createConnection(opts));
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function() {
  if (this._header) throw headersSentError();
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._outHeaders);
};

ClientRequest.prototype.abort = function() {
  if (this.aborted) return;
  this.aborted = true;
  nextTick(emitAbortNT, this);
  this.destroy();
};

ClientRequest.prototype.destroy = function(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this.errored = err;
  if (this.socket) this.socket.destroy(err);
  return this;
};

function emitAbortNT(req) {
  req.emit('abort');
}

function emitErrorEvent(request, error) {
  request.emit('error', error);
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && isReadable(res)) res.push(null);
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      emitErrorEvent(req, connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    emitErrorEvent(req, err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnDataClient);
  socket.removeListener('end', socketOnEndClient);
  socket.destroy();
}

function socketOnEndClient() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    emitErrorEvent(req, connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnDataClient(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  parser.execute(d);
  if (parser.incoming && parser.incoming.complete && !(parser.incoming.statusCode < 200 && parser.incoming.statusCode >= 100)) {
    socket.removeListener('data', socketOnDataClient);
    socket.removeListener('end', socketOnEndClient);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg._needDrain) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;
  if (req.res) {
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.statusCode >= 100 && res.statusCode < 200 && res.statusCode !== 101) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', { statusCode: res.statusCode, statusMessage: res.statusMessage,
      httpVersion: res.httpVersion, headers: res.headers, rawHeaders: res.rawHeaders });
    return 1;
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (req.method === 'HEAD') return 1;
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseKeepAlive(req) {
  const socket = req.socket;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnDataClient);
  socket.removeListener('end', socketOnEndClient);
  nextTick(emitFreeNT, req);
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) socket.removeListener('timeout', responseOnTimeout);
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (isWritable(socket)) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (!res) return;
  res.emit('timeout');
}

function requestOnFinish() {
  const req = this;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

function tickOnSocket(req, socket) {
  const parser = new HTTPParser('response');
  req.socket = socket;
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnDataClient);
  socket.on('end', socketOnEndClient);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

ClientRequest.prototype.onSocket = function(socket, err) {
  nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    if (!req.aborted && !err) err = connResetException('socket hang up');
    if (socket) {
      if (!err && req.agent && !socket.destroyed) socket.emit('free');
      else socket.destroy(err);
    }
    if (err) emitErrorEvent(req, err);
    req._closed = true;
    req.emit('close');
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

ClientRequest.prototype.setTimeout = function(msecs, callback) {
  if (callback) this.once('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', (sock) => sock.setTimeout(msecs));
  return this;
};

ClientRequest.prototype.setNoDelay = function() {};
ClientRequest.prototype.setSocketKeepAlive = function() {};

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

// ---- [SECTION] exports -----------------------------------------------------------------

return {
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  get,
  request,
  globalAgent,
  maxHeaderSize: 16384,
  validateHeaderName,
  validateHeaderValue,
};
