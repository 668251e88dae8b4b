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

// Node's internal method names (symbols, so no program sees them as properties).
const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');

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

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
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
  if (options.recursive) {
    // Linux's recursive watcher (lib/internal/fs/recursive_watch.js) checks its options
    // before the path.
    validateAbortSignal(options.signal, 'options.signal');
    validateBoolean(options.recursive, 'options.recursive');
    validateBoolean(options.persistent, 'options.persistent');
  }
  const path = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](path, options.persistent, options.recursive, options.encoding);
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

// [SECTION] fs.watchFile: StatWatcher over a uv_fs_poll handle (lib/internal/fs/watchers.js)

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('kFSStatWatcherRefCount');
const kMaxRefCount = Symbol('kFSStatWatcherMaxRefCount');
const { Stats } = binding.internal;

// The open polls by id, for the native side's onstat(id, status, fields).
const polls = new Map();
function statsFrom(f, at) {
  return new Stats(f[at], f[at + 1], f[at + 2], f[at + 3], f[at + 4], f[at + 5], f[at + 6],
                   f[at + 7], f[at + 8], f[at + 9], f[at + 10], f[at + 11], f[at + 12],
                   f[at + 13]);
}
w.onstat = function onstat(id, newStatus, fields) {
  const self = polls.get(id);
  if (self === undefined) return;
  // Node's onchange: the first report of a file missing from the start is kept only when
  // its link count changed (stats[2] is the new nlink, stats[16] the old).
  if (self[kOldStatus] === -1 && newStatus === -1 && fields[2] === fields[16]) return;
  self[kOldStatus] = newStatus;
  self.emit('change', statsFrom(fields, 0), statsFrom(fields, 14));
};

function validateUint32(value, name) {
  if (typeof value !== 'number') throw argTypeError(name, 'number', value);
  if (!Number.isInteger(value) || value < 0 || value > 4294967295) {
    binding.internal.validateInteger(value, name, 0, 4294967295);
  }
}

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[kRefCount] = 1;
  this[kMaxRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent, interval) {
  if (this._handle !== null) return;
  filename = getValidatedPath(filename, 'filename');
  validateUint32(interval, 'interval');
  this[kOldStatus] = -1;
  const id = w.statStart(filename, interval, persistent !== false);
  this._handle = { id };
  polls.set(id, this);
};
// Deprecated in Node and a no-op there too.
StatWatcher.prototype.start = function start() {};
StatWatcher.prototype.stop = function stop() {
  if (this._handle === null) return;
  process.nextTick(emitStop, this);
  polls.delete(this._handle.id);
  w.statClose(this._handle.id);
  this._handle = null;
};
function emitStop(self) {
  self.emit('stop');
}
StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function(operate) {
  if (operate === 'add') {
    this[kRefCount]++;
    this[kMaxRefCount]++;
  } else if (operate === 'clean') {
    this[kMaxRefCount]--;
    this.unref();
  } else if (operate === 'cleanAll') {
    this[kMaxRefCount] = 0;
    this[kRefCount] = 0;
    if (this._handle) w.statRef(this._handle.id, false);
  }
};
// A count, so one watchFile's unref() does not unref another's shared watcher.
StatWatcher.prototype.ref = function ref() {
  if (this[kRefCount] === this[kMaxRefCount]) return this;
  if (this._handle && this[kRefCount]++ === 0) w.statRef(this._handle.id, true);
  return this;
};
StatWatcher.prototype.unref = function unref() {
  if (this[kRefCount] === 0) return this;
  if (this._handle && --this[kRefCount] === 0) w.statRef(this._handle.id, false);
  return this;
};

// One StatWatcher per resolved path (lib/fs.js statWatchers).
const statWatchers = new Map();

fs.watchFile = function watchFile(filename, options, listener) {
  filename = w.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = Object.assign({ interval: 5007, persistent: true }, options);
  binding.internal.validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
};

fs.unwatchFile = function unwatchFile(filename, listener) {
  filename = w.resolve(getValidatedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
};
