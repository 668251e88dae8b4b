// engine/node/lib/net.js — net.Socket and net.Server, following Node 20's lib/net.js.
//
// Socket is a Duplex over a TCP handle (the binding in modules/net_http.cpp, which plays
// tcp_wrap over the simulated wire in modules/tcp_wire.cpp). The event order comes from
// the same code paths as Node's: connect goes through a nextTick for an IP literal
// (lookupAndConnect) or dns.lookup for a name; 'connect' arrives as a poll-phase OS event
// (afterConnect); reads push into the Readable (onStreamRead); end() shuts down through the
// pending phase (_final → afterShutdown); destroy() closes the handle, and the socket's
// 'close' is emitted from the handle's close callback (close phase). Server 'listening'
// and 'close' are nextTicks (emitListeningNT, emitCloseNT). Internal library code.
'use strict';

const stream = binding.stream;
const EventEmitter = binding.EventEmitter;
const nextTick = binding.nextTick;
const Duplex = stream.Duplex;
const isWritable = stream.isWritable;
const isReadable = stream.isReadable;
const UV_EOF = -4095;

const kErrnoNames = {
  '-4095': ['EOF', 'end of file'],
  '-111': ['ECONNREFUSED', 'connection refused'],
  '-104': ['ECONNRESET', 'connection reset by peer'],
  '-98': ['EADDRINUSE', 'address already in use'],
  '-32': ['EPIPE', 'broken pipe'],
  '-107': ['ENOTCONN', 'socket is not connected'],
};

function errnoName(err) {
  const e = kErrnoNames[String(err)];
  return e ? e : binding.errnoName(err);
}

// lib/internal/errors.js ErrnoException / ExceptionWithHostPort / UVExceptionWithHostPort.
function errnoException(err, syscall) {
  const code = errnoName(err)[0];
  const ex = new Error(syscall + ' ' + code);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port) {
  const code = errnoName(err)[0];
  let details = address;
  if (port && port > 0) details += ':' + port;
  const ex = new Error(syscall + ' ' + code + ' ' + details);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function uvExceptionWithHostPort(err, syscall, address, port) {
  const names = errnoName(err);
  let details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  const ex = new Error(syscall + ' ' + names[0] + ': ' + names[1] + details);
  ex.code = names[0];
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// ---- isIP (lib/internal/net.js) --------------------------------------------------------

function isIPv4(s) {
  if (typeof s !== 'string') return false;
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const p = parts[i];
    if (p.length === 0 || p.length > 3) return false;
    for (let j = 0; j < p.length; j++) {
      const c = p.charCodeAt(j);
      if (c < 48 || c > 57) return false;
    }
    if (Number(p) > 255 || (p.length > 1 && p[0] === '0')) return false;
  }
  return true;
}

function isIPv6(s) {
  if (typeof s !== 'string' || s.indexOf(':') === -1) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c === ':' || c === '.')) return false;
  }
  return s.split('::').length <= 2;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// ---- the TCP handle (src/tcp_wrap.cc, src/stream_base.cc) -------------------------------

// `name`: what process.getActiveResourcesInfo() calls it, TCPSocketWrap or TCPServerWrap
// (tcp_wrap.cc's two constructor types); process._getActiveHandles() returns its owner.
function TCP(id, name = 'TCPSocketWrap') {
  this.reading = false;
  this.onread = null;
  this.onconnection = null;
  this.onconnect = null;
  this._consumed = false;
  this.owner = null;
  if (id === undefined) {
    this.id = binding.tcpNew(this);
  } else {
    this.id = id;
    binding.tcpSetOwner(id, this);
  }
  binding.activeHandles.open(this, name, () => this.owner || this);
}
TCP.prototype.listen = function(address, port) { return binding.tcpListen(this.id, address, port); };
TCP.prototype.connect = function(address, port) { return binding.tcpConnect(this.id, address, port); };
TCP.prototype.readStart = function() { return binding.tcpReadStart(this.id); };
TCP.prototype.readStop = function() { return binding.tcpReadStop(this.id); };
TCP.prototype.write = function(data) { return binding.tcpWrite(this.id, data); };
TCP.prototype.shutdown = function(cb) { return binding.tcpShutdown(this.id, cb); };
// The handle stays in the active list until its close callback (HandleWrap::OnClose).
TCP.prototype.close = function(cb) {
  const handle = this;
  binding.tcpClose(this.id, function onHandleClosed() {
    binding.activeHandles.closed(handle);
    if (typeof cb === 'function') cb.call(this);
  });
};
TCP.prototype.ref = function() {
  binding.activeHandles.setRef(this, true);
  binding.tcpRef(this.id, true);
};
TCP.prototype.unref = function() {
  binding.activeHandles.setRef(this, false);
  binding.tcpRef(this.id, false);
};
TCP.prototype.getsockname = function() { return binding.tcpSockName(this.id); };
TCP.prototype.getpeername = function() { return binding.tcpPeerName(this.id); };

// lib/internal/stream_base_commons.js onStreamRead: `this` is the handle.
function onStreamRead(nread, buf) {
  const handle = this;
  const self = handle.owner;
  if (!self) return;
  self._unrefTimer();
  if (nread > 0 && !self.destroyed) {
    const result = self.push(buf);
    if (!result) {
      handle.reading = false;
      if (!self.destroyed) handle.readStop();
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    self.destroy(errnoException(nread, 'read'));
    return;
  }
  if (!self._readableState.endEmitted) {
    self.push(null);
    self.read(0);
  }
}

function noop() {}

// ---- Socket ----------------------------------------------------------------------------

function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  this.connecting = false;
  this.pending = true;  // Node's getter: !this._handle || this.connecting
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._timeout = null;
  this._closeAfterHandlingError = false;
  if (typeof options === 'number') options = { fd: options };
  else options = Object.assign({}, options);
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);
  if (options.handle) {
    this._handle = options.handle;
    this.pending = false;
  }
  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this._readableState.flowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  this.server = null;
  this._server = null;
  this.bytesRead = 0;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle.owner = self;
    self._handle.onread = onStreamRead;
    copyAddresses(self);
  }
}

// Node reads these through getters (remoteAddress, localPort, ...); here they are copied
// when the handle learns them.
function copyAddresses(self) {
  const local = self._handle ? self._handle.getsockname() : undefined;
  const peer = self._handle ? self._handle.getpeername() : undefined;
  if (local) {
    self.localAddress = local.address;
    self.localPort = local.port;
    self.localFamily = local.family;
  }
  if (peer) {
    self.remoteAddress = peer.address;
    self.remotePort = peer.port;
    self.remoteFamily = peer.family;
  }
}

Socket.prototype._unrefTimer = function() {
  for (let s = this; s !== null; s = s._parent) {
    if (s._timeout) s._timeout.refresh();
  }
};

// lib/internal/stream_base_commons.js setStreamTimeout: an unref'd timer, refreshed by
// every read and write.
Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  if (this._timeout) {
    clearTimeout(this._timeout);
    this._timeout = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) this.removeListener('timeout', callback);
  } else {
    const self = this;
    this._timeout = setTimeout(function socketTimeout() { self._onTimeout(); }, msecs);
    this._timeout.unref();
    if (callback !== undefined) this.once('timeout', callback);
  }
  return this;
};

Socket.prototype._onTimeout = function() {
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function() { return this; };
Socket.prototype.setKeepAlive = function() { return this; };

Socket.prototype.address = function() {
  return this._handle ? (this._handle.getsockname() || {}) : {};
};

Socket.prototype._final = function(cb) {
  if (!this._handle || this.connecting) {
    if (this.connecting) return this.once('connect', () => this._final(cb));
    return cb();
  }
  const err = this._handle.shutdown(function afterShutdown() { cb(); });
  if (err === 1 || err === -107) return cb();
  else if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

// Socket.prototype.write after the peer's FIN (allowHalfOpen false): EPIPE.
function writeAfterFIN(chunk, encoding, cb) {
  if (!this._writableState.ending) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') nextTick(cb, er);
  this.destroy(er);
  return false;
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  socket._handle.readStart();
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.pause = function() {
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  return Duplex.prototype.resume.call(this);
};

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

Socket.prototype.destroySoon = function() {
  if (isWritable(this)) this.end();
  if (this._writableState.finished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  this.pending = true;
  for (let s = this; s !== null; s = s._parent) {
    if (s._timeout) {
      clearTimeout(s._timeout);
      s._timeout = null;
    }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    closeSocketHandle(this, isException);
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    nextTick(emitSocketCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitSocketCloseNT(self) {
  self.emit('close', false);
}

function closeSocketHandle(self, isException) {
  if (self._handle) {
    self._handle.close(function onHandleClose() {
      self.emit('close', isException);
    });
  }
}

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => {
      const err = new Error('Socket closed before the connection was established');
      err.code = 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION';
      cb(err);
    };
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    const err = new Error('Socket is closed');
    err.code = 'ERR_SOCKET_CLOSED';
    cb(err);
    return false;
  }
  this._unrefTimer();
  let payload = data;
  if (writev) {
    const parts = [];
    for (let i = 0; i < data.length; i++) {
      const c = data[i].chunk;
      parts.push(typeof c === 'string' ? Buffer.from(c, data[i].encoding) : c);
    }
    payload = Buffer.concat(parts);
  } else if (typeof data === 'string') {
    // lib/internal/stream_base_commons.js handleWriteReq: 'buffer' goes to writeBuffer,
    // whose C++ check refuses a string (src/stream_base.cc WriteBuffer).
    if (encoding === 'buffer') {
      const err = new TypeError('Second argument must be a buffer');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    payload = Buffer.from(data, encoding);
  }
  // uv_try_write writes everything at once on loopback, so the request completes
  // synchronously (afterWriteDispatched with req.async === false).
  const err = this._handle.write(payload);
  if (err !== 0) return cb(errnoException(err, 'write'));
  cb();
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0].normalized) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);
  if (options.port === undefined && options.path == null) {
    const err = new TypeError('The "options" or "port" or "path" argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
  }
  if (!this._handle) {
    this._handle = new TCP();
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  lookupAndConnect(this, options);
  return this;
};

function lookupAndConnect(self, options) {
  const host = options.host || 'localhost';
  let port = options.port;
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      const err = new TypeError('The "options.port" property must be one of type number or string. Received ' +
        binding.inspect(port));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    port = Number(port);
    if (!(port >= 0 && port < 65536) || port !== Math.floor(port)) {
      const err = new RangeError('Port should be >= 0 and < 65536. Received ' + binding.inspect(options.port) + '.');
      err.code = 'ERR_SOCKET_BAD_PORT';
      throw err;
    }
  }
  port = port | 0;
  const addressType = isIP(host);
  if (addressType) {
    nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType);
    });
    return;
  }
  self._host = host;
  binding.dns.lookup(host, {}, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) nextTick(connectErrorNT, self, err);
    else {
      self._unrefTimer();
      internalConnect(self, ip, port, family);
    }
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType) {
  self.emit('connectionAttempt', address, port, addressType);
  self._handle.onconnect = function(status) { afterConnect(status, this, address, port); };
  const err = self._handle.connect(address, port);
  if (err) self.destroy(exceptionWithHostPort(err, 'connect', address, port));
}

function afterConnect(status, handle, address, port) {
  const self = handle.owner;
  if (!self || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self.pending = false;
    copyAddresses(self);
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (!self.isPaused()) self.read(0);
  } else {
    self.destroy(exceptionWithHostPort(status, 'connect', address, port));
  }
}

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  normalized.normalized = true;
  return socket.connect(normalized);
}

// ---- Server ----------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = Object.assign({}, options);
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    const err = new TypeError('The "options" argument must be of type object. Received ' + binding.inspect(options));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.listening = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (this._handle) {
    const err = new Error('Listen method has been called more than once without closing.');
    err.code = 'ERR_SERVER_ALREADY_LISTEN';
    throw err;
  }
  if (cb !== null) this.once('listening', cb);
  this._listeningId++;
  if (args.length === 0 || typeof args[0] === 'function' || options.port === undefined || options.port === null) {
    options.port = 0;
  }
  const port = Number(options.port);
  if (!(port >= 0 && port < 65536) || port !== Math.floor(port)) {
    const err = new RangeError('options.port should be >= 0 and < 65536. Received ' + binding.inspect(options.port) + '.');
    err.code = 'ERR_SOCKET_BAD_PORT';
    throw err;
  }
  // lib/net.js Server.prototype.listen: any host, an IP literal too, goes through
  // lookupAndListen (dns.lookup answers an IP on a nextTick), so 'listening' is two ticks
  // away with a host and one without.
  const host = options.host;
  if (host) {
    lookupAndListen(this, port, host);
  } else {
    setupListenHandle.call(this, null, port, 4);
  }
  return this;
};

// lib/net.js lookupAndListen: a hostname is resolved with dns.lookup (the pool) first.
function lookupAndListen(self, port, address) {
  const listeningId = self._listeningId;
  binding.dns.lookup(address, function doListen(err, ip, addressType) {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
      return;
    }
    setupListenHandle.call(self, ip, port, isIP(ip) || addressType);
  });
}

function setupListenHandle(address, port, addressType) {
  if (!address) {
    address = '::';
    addressType = 6;
  }
  const handle = new TCP(undefined, 'TCPServerWrap');
  const err = handle.listen(address, port);
  if (err) {
    handle.close();
    nextTick(emitErrorNT, this, uvExceptionWithHostPort(err, 'listen', address, port));
    return;
  }
  this._handle = handle;
  handle.onconnection = onconnection;
  handle.owner = this;
  this.listening = true;
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) this.unref();
  nextTick(emitListeningNT, this);
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

Server.prototype.address = function() {
  if (this._handle) return this._handle.getsockname() || {};
  return null;
};

// lib/net.js onconnection: `this` is the listening handle.
function onconnection(err, clientId) {
  const self = this.owner;
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  const clientHandle = new TCP(clientId);
  if (self.maxConnections && self._connections >= self.maxConnections) {
    self.emit('drop');
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
  });
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.getConnections = function(cb) {
  nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        const err = new Error('Server is not running.');
        err.code = 'ERR_SERVER_NOT_RUNNING';
        cb(err);
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
    this.listening = false;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  nextTick(emitServerCloseNT, this);
};

function emitServerCloseNT(self) {
  self.emit('close');
}

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

return {
  Socket, Stream: Socket, Server, createServer, connect, createConnection: connect,
  isIP, isIPv4, isIPv6,
  // For lib/http.js: the pieces of lib/net.js that _http_*.js use.
  _isReadable: isReadable, _isWritable: isWritable, _normalizeArgs: normalizeArgs,
};
