// engine/node/lib/worker_threads.js — require('worker_threads'), after node 20's
// lib/worker_threads.js, lib/internal/worker.js and lib/internal/worker/io.js: Worker (an
// EventEmitter over a thread the hub runs), MessagePort (started by its first 'message'
// listener, which also keeps the loop alive until close() or unref()) and MessageChannel.
// Deliveries arrive through the one dispatcher below (kinds as DeliveryKind in
// engine/node/worker_hub.h: online, message, error, exit).
'use strict';

const { EventEmitter } = binding;
const kOnline = 0, kMessage = 1, kError = 2, kExit = 3;
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
    this.on('newListener', (name) => {
      if (name === 'message') this.start();
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
    if (transferList !== undefined && transferList !== null &&
        Array.from(transferList).length > 0) {
      throw new Error('Loopscope does not model transfer lists yet (worker_threads): ' +
                      'send the value without transferring it');
    }
    if (this._state.closed) return;
    binding.post(this._id, value);
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
    if (typeof filename !== 'string' && !(filename instanceof URL)) {
      throw binding.invalidArgType('filename', ['string', 'an instance of URL'], filename);
    }
    if (filename instanceof URL) filename = filename.pathname;
    const [threadId, portId, handle] = binding.spawn(
      filename, options.eval === true, 'workerData' in options, options.workerData);
    this.threadId = threadId;
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
    this.emit('exit', code);
  }
}

// Without an 'error' listener node's EventTarget rethrows the error from a nextTick.
function emitWorkerError(w, error) {
  if (w.listenerCount('error') > 0) return void w.emit('error', error);
  process.nextTick(() => {
    if (error !== null && typeof error === 'object' && typeof error.stack === 'string') {
      binding.throwSite(error, kRethrowHeader, error.stack + kEmittedOnWorker);
    }
    throw error;
  });
}

binding.setDispatch((kind, worker, port, value) => {
  if (kind === kMessage) {
    const target = ports.get(port);
    if (target !== undefined) target._receive(value);
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
  threadId: binding.threadId,
  Worker,
  workerData: binding.isMainThread ? null : binding.workerData,
};
