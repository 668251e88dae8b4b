// engine/node/lib/zlib.js — the zlib stream classes (Gzip, Gunzip, Deflate, Inflate,
// DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress) and zlib.create*: a port of
// Node 20's lib/zlib.js ZlibBase/Zlib/Brotli over the native handle of
// engine/node/modules/zlib_handle.cpp, so each chunk is Node's: processChunk writes it to
// the handle (one pool round trip), processCallback pushes what came out and writes again
// while the output buffer filled up (a new chunkSize buffer each time, 16 KiB by default).
// The convenience methods are Node's too: zlib.gzip(buf, cb) is a Gzip stream ended with
// buf (two round trips for a small input: the write, then the finishing flush), gzipSync
// the same writes done synchronously. Internal library code.
// binding: constants, handles ({ newHandle, crc32 }), stream (the classes), kMaxLength,
// nextTick, nodeError, invalidArgType, inspect.
//
// [SECTION] index: errors and validators; ZlibBase; processChunk; Zlib; Brotli; the
// convenience methods; the module.
'use strict';

const constants = binding.constants;
const handles = binding.handles;
const { Transform, eos: finished } = binding.stream;
const nextTick = binding.nextTick;

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const kMaxLength = binding.kMaxLength ?? 2 ** 32;  // buffer.kMaxLength (2 ** 32 in Node 20)
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const ownerSymbol = Symbol('owner_symbol');

// [SECTION] errors and validators (lib/internal/errors.js, lib/internal/validators.js)

function addNumericalSeparator(text) {
  let res = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${text.slice(i - 3, i)}${res}`;
  return `${text.slice(0, i)}${res}`;
}
function outOfRange(name, range, value) {
  let shown = binding.inspect(value);
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    shown = addNumericalSeparator(String(value));
  }
  return binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
                           `The value of "${name}" is out of range. It must be ${range}. ` +
                           `Received ${shown}`);
}
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw binding.invalidArgType(name, 'number', number);
  throw outOfRange(name, 'a finite number', number);
}
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw outOfRange(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}
function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
         (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// zlibOnError: the handle reports a failure; the stream is destroyed with it.
function zlibOnError(message, errno, code) {
  const self = this[ownerSymbol];
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

// [SECTION] ZlibBase: the Transform every zlib and Brotli stream is

const FLUSH_BOUND = [
  [Z_NO_FLUSH, Z_BLOCK],
  [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
];

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const flushBound = FLUSH_BOUND[mode === BROTLI_ENCODE || mode === BROTLI_DECODE ? 1 : 0];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw outOfRange('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flushBound[0], flushBound[1],
                                    flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                          flushBound[0], flushBound[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[ownerSymbol] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// bytesRead: DEP0108, an alias of bytesWritten (warned once per process).
let bytesReadWarned = false;
function warnBytesRead(message) {
  if (bytesReadWarned) return;
  bytesReadWarned = true;
  process.emitWarning(message, 'DeprecationWarning', 'DEP0108');
}
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    warnBytesRead('zlib.bytesRead is deprecated and will change its meaning in the ' +
                  'future. Use zlib.bytesWritten instead.');
    return this.bytesWritten;
  },
  set(value) {
    warnBytesRead('Setting zlib.bytesRead is deprecated. ' +
                  'This feature will be removed in the future.');
    this.bytesWritten = value;
  },
});

ZlibBase.prototype.reset = function() {
  if (!this._handle) {
    throw binding.nodeError('Error', 'ERR_INTERNAL_ASSERTION', 'zlib binding closed');
  }
  return this._handle.reset();
};

// The Transform's _flush: the last chunk is an empty one with the finish flag.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Force Transform compat behavior.
ZlibBase.prototype._final = function(callback) {
  callback();
};

// Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH < Z_SYNC_FLUSH < Z_FULL_FLUSH < Z_FINISH: the
// stronger of two flushes wins for the last chunk.
const flushiness = [];
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH,
                        Z_FINISH];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Empty buffers carrying a flush flag: flush() writes one into the stream's write queue.
const kFlushBuffers = [];
for (const flushFlag of kFlushFlagList) {
  kFlushBuffers[flushFlag] = Buffer.from(new ArrayBuffer(0));
  kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
}

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  _close(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // For the last chunk, also apply `_finishFlushFlag`.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

// [SECTION] processChunk: one chunk through the handle

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let availOutAfter;
  let availInAfter;
  let buffers = null;
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;
  let error;
  self.on('error', function onError(er) {
    error = er;
  });
  while (true) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    else if (self[kError]) throw self[kError];
    availOutAfter = state[0];
    availInAfter = state[1];
    const inDelta = (availInBefore - availInAfter);
    inputRead += inDelta;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      if (!buffers) buffers = [out];
      else buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        _close(self);
        throw binding.nodeError('RangeError', 'ERR_BUFFER_TOO_LARGE',
                                `Cannot create a Buffer larger than ${self._maxOutputLength} bytes`);
      }
    }
    // Exhausted the output buffer, or used all the input: a new one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter === 0) {
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }
  self.bytesWritten = inputRead;
  _close(self);
  if (nread === 0) return Buffer.alloc(0);
  return (buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread));
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return nextTick(cb);
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset,
               handle.availOutBefore);
}

// The write's After callback (`this` is the handle): push what came out; when the output
// buffer filled up, write the rest of the chunk again (now, or at the next _read when the
// readable side is full); else the chunk is done.
function processCallback() {
  const handle = this;
  const self = this[ownerSymbol];
  const state = self._writeState;
  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;
  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }
  if (self.destroyed) {
    this.cb();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }
  if (availOutAfter === 0) {
    // Not done: the rest of the chunk goes in with a fresh output buffer.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    const writeRest = () => this.write(handle.flushFlag, this.buffer, handle.inOff,
                                       handle.availInBefore, self._outBuffer, self._outOffset,
                                       self._chunkSize);
    if (!streamBufferIsFull) {
      writeRest();
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        writeRest();
        self._read(n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Output space left but input unread: the compressed stream ended early.
    self.push(null);
  }
  this.buffer = null;
  this.cb();
}

function _close(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

// [SECTION] Zlib: the zlib-backed streams and their options

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // windowBits 0 lets inflate, gunzip and unzip take the window from the stream's header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // `{ windowBits: 8 }` is valid for deflate but not gzip.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min,
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw binding.invalidArgType(
          'options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer',
          dictionary);
      }
    }
  }
  const handle = handles.newHandle(mode);
  this._writeState = new Uint32Array(2);
  handle.init(windowBits, level, memLevel, strategy, this._writeState, processCallback,
              dictionary);
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params() waits for a sync flush, so the parameters never change under a write on the pool.
function paramsAfterFlushCallback(level, strategy, callback) {
  if (!this._handle) {
    throw binding.nodeError('Error', 'ERR_INTERNAL_ASSERTION', 'zlib binding closed');
  }
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    nextTick(callback);
  }
};

// One constructor per mode, callable without `new` as Node's are.
function inherit(ctor, parent) {
  Object.setPrototypeOf(ctor.prototype, parent.prototype);
  Object.setPrototypeOf(ctor, parent);
}

function Deflate(opts) {
  if (!(this instanceof Deflate)) return new Deflate(opts);
  Zlib.call(this, opts, DEFLATE);
}
inherit(Deflate, Zlib);

function Inflate(opts) {
  if (!(this instanceof Inflate)) return new Inflate(opts);
  Zlib.call(this, opts, INFLATE);
}
inherit(Inflate, Zlib);

function Gzip(opts) {
  if (!(this instanceof Gzip)) return new Gzip(opts);
  Zlib.call(this, opts, GZIP);
}
inherit(Gzip, Zlib);

function Gunzip(opts) {
  if (!(this instanceof Gunzip)) return new Gunzip(opts);
  Zlib.call(this, opts, GUNZIP);
}
inherit(Gunzip, Zlib);

function DeflateRaw(opts) {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  if (!(this instanceof DeflateRaw)) return new DeflateRaw(opts);
  Zlib.call(this, opts, DEFLATERAW);
}
inherit(DeflateRaw, Zlib);

function InflateRaw(opts) {
  if (!(this instanceof InflateRaw)) return new InflateRaw(opts);
  Zlib.call(this, opts, INFLATERAW);
}
inherit(InflateRaw, Zlib);

function Unzip(opts) {
  if (!(this instanceof Unzip)) return new Unzip(opts);
  Zlib.call(this, opts, UNZIP);
}
inherit(Unzip, Zlib);

// [SECTION] Brotli

let kMaxBrotliParam = 0;
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_PARAM_')) kMaxBrotliParam = Math.max(kMaxBrotliParam, constants[key]);
}
const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function Brotli(opts, mode) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || (params[key] | 0) !== -1) {
        throw binding.nodeError('RangeError', 'ERR_BROTLI_INVALID_PARAM',
                                `${origKey} is not a valid Brotli parameter`);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw binding.invalidArgType('options.params[key]', 'number', opts.params[origKey]);
      }
      params[key] = value;
    }
  }
  const handle = handles.newHandle(mode);
  this._writeState = new Uint32Array(2);
  if (!handle.init(params, this._writeState, processCallback)) {
    throw binding.nodeError('Error', 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
  }
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Brotli.call(this, opts, BROTLI_ENCODE);
}
inherit(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Brotli.call(this, opts, BROTLI_DECODE);
}
inherit(BrotliDecompress, Brotli);

// [SECTION] the convenience methods (zlib.gzip, zlib.gzipSync …): one stream each, as Node's

function zlibBuffer(engine, buffer, callback) {
  if (typeof callback !== 'function') throw binding.invalidArgType('callback', 'function', callback);
  // Streams take no ArrayBufferView but a Uint8Array: a Buffer over the same memory.
  if (isArrayBufferView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function bufferTooLarge(max) {
  return binding.nodeError('RangeError', 'ERR_BUFFER_TOO_LARGE',
                           `Cannot create a Buffer larger than ${max} bytes`);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(bufferTooLarge(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = (bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread));
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw binding.invalidArgType(
        'buffer', 'string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function createConvenienceMethod(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw binding.invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView',
                                 data);
  }
  if (typeof value !== 'number') throw binding.invalidArgType('value', 'number', value);
  if (!Number.isInteger(value)) {
    throw outOfRange('value', 'an integer', value);
  }
  if (value < 0 || value > 4294967295) throw outOfRange('value', '>= 0 && <= 4294967295', value);
  return handles.crc32(data, value);
}

// [SECTION] the module, its keys in Node's order

const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const ckey of Object.keys(codes)) codes[codes[ckey]] = ckey;

const classes = {
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
};
const zlib = { crc32, ...classes };
const methods = [['deflate', Deflate], ['gzip', Gzip], ['deflateRaw', DeflateRaw],
                 ['unzip', Unzip], ['inflate', Inflate], ['gunzip', Gunzip],
                 ['inflateRaw', InflateRaw], ['brotliCompress', BrotliCompress],
                 ['brotliDecompress', BrotliDecompress]];
for (const [name, ctor] of methods) {
  zlib[name] = createConvenienceMethod(ctor, false);
  zlib[`${name}Sync`] = createConvenienceMethod(ctor, true);
}
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip',
                    'BrotliCompress', 'BrotliDecompress']) {
  const ctor = classes[name];
  Object.defineProperty(zlib, `create${name}`, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value: function(options) {
      return new ctor(options);
    },
  });
}
Object.defineProperties(zlib, {
  constants: { __proto__: null, configurable: false, enumerable: true,
               value: Object.freeze(constants) },
  codes: { __proto__: null, enumerable: true, writable: false, value: Object.freeze(codes) },
});
// The deprecated copies of the zlib constants on the module itself.
for (const bkey of Object.keys(constants)) {
  if (bkey.startsWith('BROTLI')) continue;
  Object.defineProperty(zlib, bkey, {
    __proto__: null, enumerable: false, value: constants[bkey], writable: false,
  });
}
return zlib;
