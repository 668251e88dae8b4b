// engine/node/lib/stream_props.js — the read-only views of a stream's state.
//
// The getters of lib/internal/streams/{readable,writable,duplex}.js (readableLength,
// writableNeedDrain, readableEnded, closed, errored, ...), defined over the core's state
// objects, `destroyed` (a Duplex is destroyed when both its sides are), and Writable's
// Symbol.hasInstance (a Duplex is an instanceof Writable). Runs after lib/stream.js
// (binding.core).
'use strict';

const { Readable, Writable, Duplex } = binding.core;

function getter(get) {
  return { get, enumerable: false };
}

const kReadableProps = {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: getter(function() { return this._readableState.dataEmitted; }),
  readableAborted: getter(function() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  }),
  readableHighWaterMark: getter(function() { return this._readableState.highWaterMark; }),
  readableBuffer: getter(function() { return this._readableState && this._readableState.buffer; }),
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
  },
  readableLength: getter(function() { return this._readableState.length; }),
  readableObjectMode: getter(function() {
    return this._readableState ? this._readableState.objectMode : false;
  }),
  readableEnded: getter(function() {
    return this._readableState ? this._readableState.endEmitted : false;
  }),
  readableEncoding: getter(function() {
    return this._readableState ? this._readableState.encoding : null;
  }),
};

const kWritableProps = {
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableEnded: getter(function() {
    return this._writableState ? this._writableState.ending : false;
  }),
  writableFinished: getter(function() {
    return this._writableState ? this._writableState.finished : false;
  }),
  writableBuffer: getter(function() {
    const w = this._writableState;
    return w && w.buffered.slice(w.bufferedIndex);
  }),
  writableObjectMode: getter(function() {
    return this._writableState ? this._writableState.objectMode : false;
  }),
  writableCorked: getter(function() {
    return this._writableState ? this._writableState.corked : 0;
  }),
  writableHighWaterMark: getter(function() {
    return this._writableState && this._writableState.highWaterMark;
  }),
  writableLength: getter(function() {
    return this._writableState && this._writableState.length;
  }),
  writableNeedDrain: getter(function() {
    const w = this._writableState;
    return w ? !w.destroyed && !w.ending && w.needDrain : false;
  }),
  writableAborted: getter(function() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  }),
};

// closed and errored read the stream's readable side if it has one (a Duplex inherits
// Readable's getters), else its writable side.
const kCommonProps = {
  closed: getter(function() {
    const s = this._readableState || this._writableState;
    return s ? s.closed : false;
  }),
  errored: getter(function() {
    const s = this._readableState || this._writableState;
    return s ? s.errored : null;
  }),
};

// WritableState's view of the writes still buffered (lib/internal/streams/writable.js).
const { WritableState } = Writable;
WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};
Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
});

function destroyedOf(key) {
  return {
    get() { return this[key] ? this[key].destroyed : false; },
    set(value) { if (this[key]) this[key].destroyed = value; },
  };
}

Object.defineProperty(Readable.prototype, 'destroyed', destroyedOf('_readableState'));
Object.defineProperty(Writable.prototype, 'destroyed', destroyedOf('_writableState'));
Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});
Object.defineProperties(Readable.prototype, kReadableProps);
Object.defineProperties(Readable.prototype, kCommonProps);
Object.defineProperties(Writable.prototype, kWritableProps);
Object.defineProperties(Writable.prototype, kCommonProps);
Object.defineProperties(Duplex.prototype, kWritableProps);
Object.defineProperties(Duplex.prototype, kCommonProps);

// lib/internal/streams/writable.js: Duplex inherits from Readable only, so `instanceof
// Writable` also accepts anything carrying a WritableState.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof Writable.WritableState;
  },
});
