// engine/node/lib/fs_watch.js — fs.watch and fs.promises.watch, as lib/internal/fs/watchers.js.
//
// FSWatcher is an EventEmitter over one FSEvent handle (binding.watch, the native half in
// engine/node/modules/fs_watch.cpp): 'change' (eventType, filename) per inotify event,
// 'close' on the tick after close(). fs.promises.watch is Node's async generator over the
// same handle. Argument checks come from lib/fs.js (binding.internal). Internal library code:
// no frames, no statements in the step log.
'use strict';

const w = binding.watch;
const fs = binding.fs;
const EventEmitter = binding.EventEmitter;
const AbortError = binding.AbortError;
const { getValidatedPath, getOptions, validateBoolean, validateObject, argTypeError,
        argValueError } = binding.internal;

// The open watches by id, for the native side's onchange(id, eventType, filename).
const handles = new Map();
w.onchange = function onchange(id, eventType, filename) {
  const handle = handles.get(id);
  if (handle && handle.onchange) handle.onchange(0, eventType, encodeName(filename, handle));
};

function encodeName(name, handle) {
  const encoding = handle.encoding;
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    return Buffer.from(name).toString(encoding);
  }
  return name;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw argTypeError(name, 'an instance of AbortSignal', signal);
  }
}

// src/fs_event_wrap.cc FSEventWrap: start, close, ref, unref.
class FSEvent {
  constructor() {
    this.onchange = null;
    this.initialized = false;
  }
  start(path, persistent, recursive, encoding) {
    const id = w.start(path, persistent, recursive);
    if (typeof id !== 'number') return id;  // the uv error
    this.id = id;
    this.encoding = encoding;
    this.initialized = true;
    handles.set(id, this);
    return undefined;
  }
  close() {
    if (!this.initialized) return;
    handles.delete(this.id);
    w.close(this.id);
    this.initialized = false;
  }
  ref() {
    if (this.initialized) w.ref(this.id, true);
  }
  unref() {
    if (this.initialized) w.ref(this.id, false);
  }
}

function startError(error, filename) {
  error.filename = filename;
  return error;
}

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = new FSEvent();
  this._handle.onchange = (status, eventType, filename) => {
    this.emit('change', eventType, filename);
  };
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype.start = function start(filename, persistent, recursive, encoding) {
  if (this._handle === null || this._handle.initialized) return;
  filename = getValidatedPath(filename, 'filename');
  const err = this._handle.start(filename, persistent, recursive, encoding);
  if (err) throw startError(err, filename);
};
FSWatcher.prototype.close = function close() {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitCloseNT, this);
};
FSWatcher.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
  return this;
};
FSWatcher.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
  return this;
};
function emitCloseNT(self) {
  self.emit('close');
}

// lib/fs.js watch(filename[, options][, listener]).
fs.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = Object.assign({}, getOptions(options));
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  const path = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher.start(path, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort);
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
};

// lib/internal/fs/watchers.js watch: one deferred promise per event; an event arriving while
// none is awaited is kept only if the promise is still unsettled (Node's own behaviour).
fs.promises.watch = async function* watch(filename, options = {}) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !Buffer.isEncoding(encoding) && encoding !== 'buffer') {
    throw argValueError('encoding', encoding, 'is invalid encoding');
  }
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const handle = new FSEvent();
  let resolve;
  let reject;
  let promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  const oncancel = () => {
    handle.close();
    reject(new AbortError(undefined, { cause: signal && signal.reason }));
  };
  try {
    if (signal) signal.addEventListener('abort', oncancel, { once: true });
    handle.onchange = (status, eventType, name) => resolve({ eventType, filename: name });
    const err = handle.start(path, persistent, recursive, encoding);
    if (err) {
      handle.close();
      throw startError(err, path);
    }
    while (!(signal && signal.aborted)) {
      yield await promise;
      promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    }
    throw new AbortError(undefined, { cause: signal && signal.reason });
  } finally {
    handle.close();
    if (signal) signal.removeEventListener('abort', oncancel);
  }
};
