// engine/node/lib/stream.js — Readable, Writable and Duplex with Node 20's timing.
//
// A port of lib/internal/streams/{readable,writable,duplex,destroy,state}.js, with the
// bit-field state spelled out as booleans. What matters here is *when* things
// happen: resume() flows on a nextTick (resume_), 'end' is emitted by endReadableNT on a
// nextTick, a synchronous write's callback is deferred with nextTick(afterWriteTick),
// 'finish' comes from a nextTick after _final, and 'close' from emitCloseNT after destroy.
// Internal library code: no frames, no statements in the step log. The lib/stream_*.js
// files add the rest (pipe, Transform, finished, pipeline, from) to what this returns;
// modules/stream.cpp builds it once for require('stream'), lib/fs.js, lib/net.js and
// lib/http.js.
//
// [SECTION] destroy and construct (lib/internal/streams/destroy.js)
// [SECTION] highWaterMark (lib/internal/streams/state.js)
// [SECTION] Readable (lib/internal/streams/readable.js)
// [SECTION] Writable (lib/internal/streams/writable.js)
// [SECTION] Duplex (lib/internal/streams/duplex.js)
// [SECTION] helpers
'use strict';

const EventEmitter = binding.EventEmitter;
const { StringDecoder, unknownEncoding } = binding.stringDecoder;
const nextTick = binding.nextTick;
// Records buffer lengths and states in the step log (lib/stream_trace.js); null when the run
// records none, so `if (tracer !== null)` is all a stream pays then.
const tracer = binding.tracer;
function traced(stream) {
  if (tracer !== null) tracer.sync(stream);
}
function nop() {}
// lib/internal/streams/readable.js and writable.js take any other ArrayBufferView as the
// Buffer over its bytes (Stream._uint8ArrayToBuffer: the memory is shared, not copied).
function isOtherView(chunk) {
  return ArrayBuffer.isView(chunk) && !Buffer.isBuffer(chunk);
}
function viewToBuffer(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// lib/internal/streams/legacy.js: Stream is an EventEmitter.
function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

// The stream constructors create _events with their common events' keys (set to undefined,
// for V8's object shapes); eventNames leaves those out, and so lists events in Node's order.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  for (const key of Reflect.ownKeys(this._events)) {
    const v = this._events[key];
    if (typeof v === 'function' || (Array.isArray(v) && v.length > 0)) names.push(key);
  }
  return names;
};

function kReadableEvents() {
  return { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
}
function kWritableEvents() {
  return { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined };
}
function kDuplexEvents() {
  return { close: undefined, error: undefined, prefinish: undefined, finish: undefined,
    drain: undefined, data: undefined, end: undefined, readable: undefined };
}

function chunkLength(chunk) {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk);
  return chunk.length;
}

// [SECTION] destroy and construct (lib/internal/streams/destroy.js)

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  traced(this);
  // lib/internal/streams/destroy.js destroy(): a stream still constructing is destroyed
  // when its construct callback comes.
  if ((w && !w.constructed) || (r && !r.constructed)) {
    this.once(kDestroy, function(er) { _destroy(this, er || err, cb); });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

// lib/internal/streams/destroy.js construct(): _construct runs on a nextTick and its
// callback's effect comes one more tick later; reads, writes and 'finish' wait for it.
const kConstruct = Symbol('kConstruct');
const kDestroy = Symbol('kDestroy');
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : makeError('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => { nextTick(onConstruct, err); });
  } catch (err) {
    nextTick(onConstruct, err);
  }
}

function readableConstructed(stream) {
  if (stream._readableState.needReadable) maybeReadMore(stream, stream._readableState);
}

function writableConstructed(stream) {
  const state = stream._writableState;
  if (!state.writing) clearBuffer(stream, state);
  finishMaybe(stream, state);
}

function checkError(err, w, r) {
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function _destroy(self, err, cb) {
  let called = false;
  function onDestroy(err2) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    checkError(err2, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err2);
    if (err2) nextTick(emitErrorCloseNT, self, err2);
    else nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.closed = false; r.closeEmitted = false; r.destroyed = false; r.errored = null;
    r.errorEmitted = false; r.reading = false;
    r.ended = r.readable === false; r.endEmitted = r.readable === false;
  }
  if (w) {
    w.destroyed = false; w.closed = false; w.closeEmitted = false; w.errored = null;
    w.errorEmitted = false; w.finalCalled = false; w.prefinished = false;
    w.ended = w.writable === false; w.ending = w.writable === false; w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// [SECTION] highWaterMark (lib/internal/streams/state.js)

// The defaults stream.setDefaultHighWaterMark changes, for this process's streams (Node 20:
// 16 KiB; fs streams ask for 64 KiB themselves).
const defaultHighWaterMark = { bytes: 16 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMark.objects : defaultHighWaterMark.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') raise(binding.invalidArgType('value', 'number', value), 'validator');
  if (!Number.isInteger(value)) {
    raise(makeError('ERR_OUT_OF_RANGE', 'The value of "value" is out of range. It must be an integer. ' +
      'Received ' + binding.inspect(value), RangeError), 'validator');
  }
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) {
    raise(makeError('ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
      'It must be >= 0 && <= 9007199254740991. Received ' + withSeparators(value), RangeError),
      'validator');
  }
  if (objectMode) defaultHighWaterMark.objects = value;
  else defaultHighWaterMark.bytes = value;
}

// lib/internal/errors.js addNumericalSeparator: integers past 2^32 print as 1_000_000.
function withSeparators(value) {
  if (Math.abs(value) <= 2 ** 32) return binding.inspect(value);
  let digits = String(Math.abs(value));
  let out = '';
  for (; digits.length > 3; digits = digits.slice(0, -3)) out = '_' + digits.slice(-3) + out;
  return (value < 0 ? '-' : '') + digits + out;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = !options ? null : options.highWaterMark != null ? options.highWaterMark :
    isDuplex ? options[duplexKey] : null;
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      raise(makeError('ERR_INVALID_ARG_VALUE',
        `The property '${name}' is invalid. Received ${binding.inspect(hwm)}`, TypeError), 'highWaterMark');
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// [SECTION] Readable (lib/internal/streams/readable.js)

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.readableObjectMode)));
  this.highWaterMark = getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex);
  this.buffer = [];
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  this.sync = true;            // no read() yet: a push now is "synchronous"
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !(options && options.emitClose === false);
  this.autoDestroy = !(options && options.autoDestroy === false);
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = checkedDefaultEncoding(options);
  this.readingMore = false;
  this.dataEmitted = false;
  this.dataListening = false;
  this.paused = null;
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

// The defaultEncoding option of both states: a name Buffer knows, else ERR_UNKNOWN_ENCODING.
function checkedDefaultEncoding(options) {
  const enc = options ? options.defaultEncoding : null;
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (Buffer.isEncoding(enc)) return enc;
  throw unknownEncoding(enc);
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  if (this._events == null) this._events = kReadableEvents();
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) core.addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (!isDuplex) traced(this);
  construct(this, () => readableConstructed(this));
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
// captureRejections: a listener's rejection destroys the stream with it.
Readable.prototype[EventEmitter.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function(err, cb) { cb(err); };

Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

// lib/internal/streams/readable.js readableAddChunk{Push,Unshift}{ByteMode,ObjectMode}.
function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (addToFront && state.encoding && state.encoding !== encoding) {
        chunk = Buffer.from(chunk, encoding).toString(state.encoding);
      } else if (state.encoding !== encoding) {
        chunk = Buffer.from(chunk, encoding);
      }
    } else if (isOtherView(chunk)) {
      chunk = viewToBuffer(chunk);
    } else if (chunk !== undefined && !Buffer.isBuffer(chunk)) {
      errorOrDestroy(stream, binding.invalidArgType('chunk',
        'string or an instance of Buffer, TypedArray, or DataView', chunk));
      return false;
    }
    if (addToFront) {
      if (!(chunk && chunk.length > 0)) return canPushMore(state);
      return unshiftChunk(stream, state, chunk);
    }
    if (!chunk || chunk.length <= 0) {
      state.reading = false;
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  if (addToFront) return unshiftChunk(stream, state, chunk);
  if (state.ended) {
    errorOrDestroy(stream, makeError('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'));
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  // A Buffer (or an object-mode value pushed without an encoding) goes through the decoder;
  // it may hold back the start of a character split across chunks.
  if (state.decoder && !encodingOf(state, chunk, encoding)) {
    chunk = state.decoder.write(chunk);
    if (!state.objectMode && chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// The encoding a pushed chunk still carries: a string kept as it is (its encoding is the
// state's) has one; a Buffer has none.
function encodingOf(state, chunk, encoding) {
  if (state.objectMode) return encoding;
  return typeof chunk === 'string' ? encoding || state.defaultEncoding : '';
}

function unshiftChunk(stream, state, chunk) {
  if (state.endEmitted) {
    errorOrDestroy(stream, makeError('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'));
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    addChunk(stream, state, chunk, true);
  }
  return canPushMore(state);
}

// A chunk leaving the buffer means every piped destination that asked to wait for
// 'drain' has been written to again (lib/internal/streams/readable.js addChunk, read).
function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && !state.sync && state.dataListening && state.length === 0) {
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    traced(stream);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (let i = 0; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  state.buffer = content === '' ? [] : [content];
  state.length = content.length;
  traced(this);
  return this;
};

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (state.flowing && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  // Asking for more than highWaterMark raises it (to the next power of 2).
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  let ret = null;
  if (n > 0) ret = fromList(n, state);
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  traced(this);
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

const kMaxHighWaterMark = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > kMaxHighWaterMark) {
    throw makeError('ERR_OUT_OF_RANGE', 'The value of "size" is out of range. It must be <= 1GiB. ' +
      'Received ' + withSeparators(n), RangeError);
  }
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  let ret;
  if (state.objectMode) {
    ret = buf.shift();
  } else if (!n || n >= state.length) {
    if (state.decoder) ret = buf.join('');
    else if (buf.length === 1) ret = buf[0];
    else ret = Buffer.concat(buf);
    state.buffer = [];
  } else if (n < buf[0].length) {
    ret = buf[0].slice(0, n);
    buf[0] = buf[0].slice(n);
  } else if (n === buf[0].length) {
    ret = buf.shift();
  } else {
    const parts = [];
    let left = n;
    while (left > 0 && buf.length) {
      const data = buf[0];
      if (left >= data.length) { parts.push(data); left -= data.length; buf.shift(); }
      else { parts.push(data.slice(0, left)); buf[0] = data.slice(left); left = 0; }
    }
    ret = state.decoder ? parts.join('') : Buffer.concat(parts);
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  traced(stream);
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  let len = -1;
  while (len !== state.length && !state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    len = state.length;
    stream.read(0);  // no new data: stop spinning
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw makeError('ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented');
};

Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.dataListening = true;
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      traced(this);
      if (state.length) emitReadable(this);
      else if (!state.reading) nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const state = this._readableState;
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) state.dataListening = false;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    traced(this);
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      nextTick(resume_, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    traced(this);
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    traced(stream);
    stream.emit('end');
    if (isWritable(stream) && stream.allowHalfOpen === false) {
      nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = isWritable(stream) && !stream._writableState.ending && !stream.destroyed;
  if (writable) stream.end();
}

// The `readable` and `writable` getters of Node's streams.
function isReadable(stream) {
  const r = stream._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}

function isWritable(stream) {
  const w = stream._writableState;
  return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
}

// [SECTION] Writable (lib/internal/streams/writable.js)

function WritableState(options, stream, isDuplex) {
  this.objectMode = !!(options && (options.objectMode || (isDuplex && options.writableObjectMode)));
  this.highWaterMark = getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex);
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = checkedDefaultEncoding(options);
  this.emitClose = !(options && options.emitClose === false);
  this.autoDestroy = !(options && options.autoDestroy === false);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.closed = false;
  this.closeEmitted = false;
  this.errored = null;
  this.expectWriteCb = false;
  this.afterWritePending = false;
  this.onFinished = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function Writable(options) {
  if (!(this instanceof Writable) && !(this instanceof Duplex)) return new Writable(options);
  if (this._events == null) this._events = kWritableEvents();
  this._writableState = new WritableState(options, this, false);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) core.addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  traced(this);
  construct(this, () => writableConstructed(this));
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (cb == null || typeof cb !== 'function') cb = nop;
  if (chunk === null) {
    raise(makeError('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError), 'writeNull');
  }
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw unknownEncoding(encoding);
    if (typeof chunk === 'string') {
      if (state.decodeStrings) { chunk = Buffer.from(chunk, encoding); encoding = 'buffer'; }
    } else if (Buffer.isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (isOtherView(chunk)) {
      chunk = viewToBuffer(chunk);
      encoding = 'buffer';
    } else {
      raise(binding.invalidArgType('chunk', 'string or an instance of Buffer, TypedArray, or DataView',
        chunk), 'writeChunk');
    }
  }
  let err;
  if (state.ending) err = makeError('ERR_STREAM_WRITE_AFTER_END', 'write after end');
  else if (state.destroyed) err = makeError('ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
  if (err) {
    nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function(encoding) {
  // node::ParseEncoding() requires lower case.
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunkLength(chunk);
  state.length += len;
  traced(stream);
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    state.expectWriteCb = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  if (!ret && tracer !== null) tracer.drainWait(stream);
  return ret && !state.destroyed && !state.errored;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  state.expectWriteCb = true;
  if (state.destroyed) state.onwrite(makeError('ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  if (!state.expectWriteCb) {
    errorOrDestroy(stream, makeError('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
    return;
  }
  const sync = state.sync;
  const cb = state.writecb || nop;
  state.writecb = null;
  state.writing = false;
  state.expectWriteCb = false;
  state.length -= state.writelen;
  state.writelen = 0;
  traced(stream);
  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      const needDrain = state.needDrain && state.length === 0;
      const needTick = needDrain || state.destroyed || cb !== nop;
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          nextTick(afterWrite, stream, state, 1, cb);
          state.afterWritePending = true;
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else if (needTick) {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        nextTick(afterWriteTick, state.afterWriteTickInfo);
        state.afterWritePending = true;
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    if (tracer !== null) tracer.drain(stream);
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const item = state.buffered[n];
    state.length -= state.objectMode ? 1 : chunkLength(item.chunk);
    item.callback(state.errored || makeError('ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
  }
  callFinishedCallbacks(state, state.errored || makeError('ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const buffered = state.buffered;
  const bufferedIndex = state.bufferedIndex;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const item = buffered[i];
      buffered[i++] = null;
      const len = state.objectMode ? 1 : chunkLength(item.chunk);
      doWrite(stream, state, false, len, item.chunk, item.encoding, item.callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) resetBuffer(state);
    else state.bufferedIndex = i;
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw makeError('ERR_METHOD_NOT_IMPLEMENTED', 'The _write() method is not implemented');
};
Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // nothing
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    traced(this);
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = makeError('ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished');
  } else if (state.destroyed) {
    err = makeError('ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed');
  }
  if (typeof cb === 'function') {
    if (err) nextTick(cb, err);
    else if (state.errored) nextTick(cb, state.errored);
    else if (state.finished) nextTick(cb, null);
    else state.onFinished.push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function onFinish(stream, state, err) {
  if (state.prefinished) {
    errorOrDestroy(stream, err || makeError('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    state.pendingcb++;
    nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final((err) => onFinish(stream, state, err));
    } catch (err) {
      onFinish(stream, state, err);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick((s, st) => {
          if (needFinish(st)) finish(s, st);
          else st.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  traced(stream);
  callFinishedCallbacks(state, null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  const callbacks = state.onFinished;
  state.onFinished = [];
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype[EventEmitter.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};
Writable.prototype._destroy = function(err, cb) { cb(err); };

// [SECTION] Duplex (lib/internal/streams/duplex.js)

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  if (this._events == null) this._events = kDuplexEvents();
  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);
  this.allowHalfOpen = true;
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  traced(this);
  // Node's Duplex calls Readable and Writable, each registering its construct callback.
  construct(this, () => readableConstructed(this));
  construct(this, () => writableConstructed(this));
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
for (const method of ['write', 'cork', 'uncork', 'setDefaultEncoding', 'end', '_write', 'destroy']) {
  Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype._writev = null;

// [SECTION] helpers

// Node's report of an uncaught error thrown synchronously by its stream library names the
// line of lib/internal/streams/*.js (or of a validator) that threw it.
const kThrowSites = {
  writeChunk: 'node:internal/streams/writable:482\n      throw new ERR_INVALID_ARG_TYPE(\n      ^\n',
  writeNull: 'node:internal/streams/writable:461\n    throw new ERR_STREAM_NULL_VALUES();\n    ^\n',
  highWaterMark: 'node:internal/streams/state:37\n      throw new ERR_INVALID_ARG_VALUE(name, hwm);\n      ^\n',
  eosStream: 'node:internal/streams/end-of-stream:74\n    throw new ERR_INVALID_ARG_TYPE(\'stream\', ' +
    '[\'ReadableStream\', \'WritableStream\', \'Stream\'], stream);\n    ^\n',
  fromIterable: 'node:internal/streams/from:36\n    throw new ERR_INVALID_ARG_TYPE(\'iterable\', ' +
    '[\'Iterable\'], iterable);\n    ^\n',
  validator: 'node:internal/errors:541\n      throw error;\n      ^\n',
};

function raise(err, site) {
  binding.throwSite(err, kThrowSites[site]);
  throw err;
}

// A Node error: "Error [CODE]: message" when printed, with `code`.
function makeError(code, message, Type) {
  return binding.nodeError(Type ? Type.name : 'Error', code, message);
}

// lib/stream_eos.js adds eos, addAbortSignal and the stream predicates to this object.
const core = {
  Stream, Readable, Writable, Duplex,
  isReadable, isWritable, errorOrDestroy, makeError, raise, nop,
  getDefaultHighWaterMark, setDefaultHighWaterMark,
};
return core;
