// engine/node/lib/worker_threads.js — require('worker_threads'), after node 20's
// lib/worker_threads.js, lib/internal/worker.js and lib/internal/worker/io.js: Worker (an
// EventEmitter over a thread the hub runs), MessagePort (started by its first 'message'
// listener, which also keeps the loop alive until close() or unref()) and MessageChannel.
// Deliveries arrive through the one dispatcher below (kinds as DeliveryKind in
// engine/node/worker_hub.h: online, message, error, exit, port close).
'use strict';

const { EventEmitter } = binding;
const kOnline = 0, kMessage = 1, kError = 2, kExit = 3, kPortClose = 4;
// node 20.20.2's frames under an unhandled worker 'error' (lib/internal/worker.js), and the
// nextTick of lib/internal/event_target.js that rethrows it.
const kEmittedOnWorker = '\nEmitted \'error\' event on Worker instance at:\n' +
  '    at [kOnErrorMessage] (node:internal/worker:333:10)\n' +
  '    at [kOnMessage] (node:internal/worker:344:37)\n' +
  '    at MessagePort.<anonymous> (node:internal/worker:233:57)\n' +
  '    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)\n' +
  '    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)';
const kRethrowHeader = 'node:internal/event_target:1105\n' +
  '  process.nextTick(() => { throw err; });\n                           ^\n';
// lib/internal/worker.js kResourceLimits, in node's order, and what node 20 reports for the
// ones not given (V8's defaults on a 64-bit machine with 16 GB or more).
const kLimitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
  'stackSizeMb'];
const kLimitDefaults = [48, 4096, 0, 4];
function limitsObject(values) {
  const out = {};
  if (values) kLimitNames.forEach((name, i) => { out[name] = values[i]; });
  return out;
}
const ports = new Map();    // this thread's ports by id
const workers = new Map();  // this thread's running Workers by thread id

class MessagePort extends EventEmitter {
  constructor(id, keepsAlive) {
    super();
    Object.defineProperty(this, '_id', { value: id });
    Object.defineProperty(this, '_state', {
      value: { started: false, queue: [], handle: 0, keepsAlive, refed: true, closed: false },
    });
    ports.set(id, this);
    // lib/internal/worker/io.js: the first 'message' listener starts and refs the port; the
    // last one removed unrefs it, so a thread whose listeners are gone can end.
    this.on('newListener', (name) => {
      if (name !== 'message') return;
      this.start();
      if (this._state.handle && this._state.refed) binding.refHandle(this._state.handle, true);
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0 && this._state.handle) {
        binding.refHandle(this._state.handle, false);
      }
    });
  }
  // lib/internal/worker/io.js: a port delivers nothing until started; then what waited
  // comes in one later task.
  start() {
    const s = this._state;
    if (s.started || s.closed) return;
    s.started = true;
    if (s.keepsAlive) {
      s.handle = binding.openHandle('MessagePort');
      if (!s.refed) binding.refHandle(s.handle, false);
    }
    if (s.queue.length > 0) {
      const waiting = s.queue.splice(0);
      setImmediate(() => { for (const v of waiting) this.emit('message', v); });
    }
  }
  postMessage(value, transferList) {
    const { moved, buffers } = transferred(this, transferList);
    if (this._state.closed) return;
    if (moved.length > 0) value = markPorts(value, moved);
    binding.post(this._id, value, moved.map((port) => port._id), buffers);
    for (const port of moved) port._detach();
  }
  // The sending side of a transferred port: unusable here from now on (node detaches it).
  _detach() {
    const s = this._state;
    s.closed = true;
    if (s.handle) binding.closeHandle(s.handle);
    ports.delete(this._id);
  }
  ref() {
    this._state.refed = true;
    if (this._state.handle) binding.refHandle(this._state.handle, true);
    return this;
  }
  unref() {
    this._state.refed = false;
    if (this._state.handle) binding.refHandle(this._state.handle, false);
    return this;
  }
  close() {
    if (this._state.closed) return;
    binding.closePort(this._id);
    this._closeHere();
  }
  // Both sides of a pair close: this one at once, the peer when the hub's notice arrives.
  _closeHere() {
    const s = this._state;
    if (s.closed) return;
    s.closed = true;
    binding.closeHandle(s.handle, () => this.emit('close'));
    ports.delete(this._id);
  }
  _receive(value) {
    if (this._state.closed) return;
    if (!this._state.started) return void this._state.queue.push(value);
    this.emit('message', value);
  }
}

// A transfer list holds MessagePorts and ArrayBuffers (detached here once the message is
// copied); node 20's messages for anything else (src/node_messaging.cc Message::Serialize).
function transferred(source, transferList) {
  if (transferList === undefined || transferList === null) return { moved: [], buffers: [] };
  if (typeof transferList !== 'object') {
    throw binding.invalidArgType('transferList', 'object', transferList);
  }
  const list = Array.isArray(transferList) ? transferList : Array.from(transferList);
  const moved = [];
  const buffers = [];
  for (const item of list) {
    if (item instanceof ArrayBuffer) {
      if (!buffers.includes(item)) buffers.push(item);
      continue;
    }
    if (!(item instanceof MessagePort)) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_TRANSFER_OBJECT',
        'Found invalid object in transferList');
    }
    if (item === source) {
      throw new DOMException('Transfer list contains source port', 'DataCloneError');
    }
    if (!moved.includes(item)) moved.push(item);
  }
  return { moved, buffers };
}

// A port in the message (the value itself, or one level down: `{ port }`, `[p1, p2]`) travels
// as a marker the receiver turns into its own MessagePort; the caller's object is not changed.
const kPortMarker = '__loopscope_transferred_port';
function markPorts(value, moved) {
  const mark = (v) => (moved.includes(v) ? { [kPortMarker]: v._id } : v);
  if (moved.includes(value)) return mark(value);
  if (Array.isArray(value)) return value.map(mark);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy = {};
    for (const key of Object.keys(value)) copy[key] = mark(value[key]);
    return copy;
  }
  return value;
}
function unmarkPorts(value) {
  const isMarker = (v) => v !== null && typeof v === 'object' && typeof v[kPortMarker] === 'number';
  const port = (v) => (isMarker(v) ? (ports.get(v[kPortMarker]) || new MessagePort(v[kPortMarker], true)) : v);
  if (isMarker(value)) return port(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = port(value[i]);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) value[key] = port(value[key]);
  }
  return value;
}

class MessageChannel {
  constructor() {
    const [a, b] = binding.channel();
    this.port1 = new MessagePort(a, true);
    this.port2 = new MessagePort(b, true);
  }
}

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    if (options === undefined) options = {};
    if (typeof filename !== 'string' && options.eval) {
      // lib/internal/worker.js: ERR_INVALID_ARG_VALUE for options.eval.
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The property 'options.eval' must be false when 'filename' is not a string. " +
        'Received ' + binding.inspect(options.eval));
    }
    if (typeof filename !== 'string' && !(filename instanceof URL)) {
      throw binding.invalidArgType('filename', 'string or an instance of URL', filename);
    }
    if (filename instanceof URL) filename = filename.pathname;
    const given = options.resourceLimits || {};
    const limits = kLimitNames.map((name, i) =>
      (typeof given[name] === 'number' && given[name] > 0 ? given[name] : kLimitDefaults[i]));
    const [threadId, portId, handle] = binding.spawn(
      filename, options.eval === true, 'workerData' in options, options.workerData, limits,
      typeof given.maxOldGenerationSizeMb === 'number' ? given.maxOldGenerationSizeMb : 0);
    this.threadId = threadId;
    Object.defineProperty(this, '_limits', { value: limits, writable: true });
    Object.defineProperty(this, '_handle', { value: handle, writable: true });
    Object.defineProperty(this, '_port', { value: new MessagePort(portId, false) });
    this._port.on('message', (value) => this.emit('message', value));
    workers.set(threadId, this);
  }
  // A DataCloneError names node's line in lib/internal/worker.js, as node reports it.
  postMessage(value, transferList) {
    try {
      this._port.postMessage(value, transferList);
    } catch (e) {
      if (e === null || typeof e !== 'object' || e.name !== 'DataCloneError') throw e;
      const lines = String(e.stack).split('\n');
      lines.splice(2, 0, '    at Worker.postMessage (node:internal/worker:385:5)');
      binding.throwSite(e, 'node:internal/worker:385\n' +
        '    ReflectApply(this[kPublicPort].postMessage, this[kPublicPort], args);\n    ^\n',
        lines.join('\n'));
      throw e;
    }
  }
  ref() {
    if (this._handle) binding.refHandle(this._handle, true);
  }
  unref() {
    if (this._handle) binding.refHandle(this._handle, false);
  }
  // lib/internal/worker.js: the limits the thread runs with, {} once it has exited.
  get resourceLimits() {
    return limitsObject(this._limits);
  }
  // lib/internal/worker.js terminate(): resolves with the exit code once 'exit' is emitted.
  terminate() {
    if (!this._handle) return Promise.resolve();
    binding.terminate(this.threadId);
    return new Promise((resolve) => this.once('exit', resolve));
  }
  _exited(code) {
    workers.delete(this.threadId);
    binding.closeHandle(this._handle);
    this._handle = 0;
    this._port.close();
    this.threadId = -1;  // lib/internal/worker.js [kOnExit]
    this._limits = null;
    this.emit('exit', code);
  }
}

// Without an 'error' listener node's EventTarget rethrows the error from a nextTick.
function emitWorkerError(w, error) {
  if (w.listenerCount('error') > 0) return void w.emit('error', error);
  process.nextTick(() => {
    if (error !== null && typeof error === 'object' && typeof error.stack === 'string') {
      binding.throwSite(error, kRethrowHeader, error.stack + kEmittedOnWorker, true);
    }
    throw error;
  });
}

binding.setDispatch((kind, worker, port, value) => {
  if (kind === kMessage) {
    const target = ports.get(port);
    if (target !== undefined) target._receive(unmarkPorts(value));
    return;
  }
  if (kind === kPortClose) {
    const target = ports.get(port);
    if (target !== undefined) target._closeHere();
    return;
  }
  const w = workers.get(worker);
  if (w === undefined) return;
  if (kind === kOnline) w.emit('online');
  else if (kind === kError) emitWorkerError(w, value);
  else if (kind === kExit) w._exited(value);
});

const parentPort = binding.isMainThread ? null : new MessagePort(binding.parentPort, true);

return {
  isMainThread: binding.isMainThread,
  MessageChannel,
  MessagePort,
  parentPort,
  resourceLimits: limitsObject(binding.resourceLimits),
  threadId: binding.threadId,
  Worker,
  workerData: binding.isMainThread ? null : binding.workerData,
};
