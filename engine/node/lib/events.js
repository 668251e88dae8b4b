// engine/node/lib/events.js — EventEmitter, ported from Node 20's lib/events.js.
//
// Runs as internal library code: it pushes no frames and records no statements, so the
// step log shows the user's listeners being called directly by `emit`. State is kept as
// Node keeps it (one listener as a function, two or more as an array, `_events` created
// per instance by init even when the prototype is an emitter), so programs that look at
// `_events`, wrap `once` listeners or subclass the old way see what Node shows.
// events.once() and events.on() take an AbortSignal (lib/abort.js).
'use strict';

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
let defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.captureRejections = false;
Object.defineProperty(EventEmitter.prototype, kCapture,
                      { value: false, writable: true, enumerable: false });
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// lib/internal/validators.js validateFunction / validateNumber.
function checkListener(listener) {
  if (typeof listener !== 'function') throw binding.invalidArgType('listener', 'function', listener);
}

function validateNumber(value, name, min) {
  if (typeof value !== 'number') throw binding.invalidArgType(name, 'number', value);
  if (value < min || Number.isNaN(value)) {
    throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
                            'The value of "' + name + '" is out of range. It must be >= ' + min +
                            '. Received ' + binding.inspect(value));
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'boolean', value);
}

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (target !== null && typeof target === 'object' &&
        typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw binding.invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', target);
    }
  }
};

// lib/events.js EventEmitter.init: an instance whose _events is its prototype's gets its own.
EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  let capture = EventEmitter.captureRejections;
  if (opts !== undefined && opts !== null && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    capture = true;
  }
  Object.defineProperty(this, kCapture, { value: capture, writable: true, enumerable: false,
                                          configurable: true });
};

// A listener's returned promise that rejects becomes an 'error' event (captureRejections).
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

// An emitter's own [Symbol.for('nodejs.rejection')](err, type, ...args) takes the rejection
// instead of 'error'.
function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

function ConstructorName(target) {
  const proto = Object.getPrototypeOf(target);
  const ctor = proto === null ? undefined : proto.constructor;
  return ctor && ctor.name ? ctor.name : 'Object';
}

// lib/internal/util/inspect.js identicalSequenceRange: where `a` repeats a run of `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// The stack Node prints for an unhandled 'error' event: the error's, then where it was
// emitted (lib/events.js enhanceStackTrace).
function enhanceStackTrace(emitter, err, own) {
  const name = ConstructorName(emitter);
  const ctorInfo = name !== 'EventEmitter' ? ' on ' + name + ' instance' : '';
  const errStack = String(err.stack).split('\n').slice(1);
  const ownStack = own.stack.split('\n').slice(1);
  const { len, offset } = identicalSequenceRange(ownStack, errStack);
  if (len > 0) {
    ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  return err.stack + '\nEmitted \'error\' event' + ctorInfo + ' at:\n' + ownStack.join('\n');
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) {
      binding.throwSite(er, 'node:events:502\n      throw er; // Unhandled \'error\' event\n      ^\n',
                        enhanceStackTrace(this, er, new Error()));
      throw er;  // Unhandled 'error' event
    }
    // lib/internal/errors.js ERR_UNHANDLED_ERROR: "Unhandled error." plus the inspected value
    // (the value itself, as a string, when inspecting it throws).
    let shown;
    try {
      shown = binding.inspect(er);
    } catch {
      shown = er;
    }
    const err = binding.nodeError('Error', 'ERR_UNHANDLED_ERROR', `Unhandled error. (${shown})`);
    err.context = er;
    const lines = err.stack.split('\n');
    lines.splice(1, 0, '    at ' + ConstructorName(this) + '.emit (node:events:513:17)');
    binding.throwSite(err, 'node:events:515\n    throw err; // Unhandled \'error\' event\n    ^\n',
                      lines.join('\n'));
    throw err;  // Unhandled 'error' event
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const len = handler.length;
    const listeners = handler.slice();
    for (let i = 0; i < len; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// inspect(target, { depth: -1 }): the constructor's name in brackets.
function ShortName(target) {
  return '[' + ConstructorName(target) + ']';
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    // Before adding it, emit "newListener" (not recursively for "newListener" itself).
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const m = _getMaxListeners(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
                        String(type) + ' listeners added to ' + ShortName(target) +
                        '. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (args.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, args);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(...rest) {
  const type = rest[0];
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (rest.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  // Emit 'removeListener' for every listener, 'removeListener' listeners last.
  if (rest.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function unwrapListeners(arr) {
  const ret = arr.slice();
  for (let i = 0; i < ret.length; ++i) {
    const orig = ret[i].listener;
    if (typeof orig === 'function') ret[i] = orig;
  }
  return ret;
}

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined || events[type] === undefined) return [];
  const evlistener = events[type];
  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }
  return unwrap ? unwrapListeners(evlistener) : evlistener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const evlistener = events[type];
  if (typeof evlistener === 'function') {
    if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
    return 1;
  }
  if (evlistener === undefined) return 0;
  if (listener == null) return evlistener.length;
  let matching = 0;
  for (const l of evlistener) {
    if (l === listener || l.listener === listener) matching++;
  }
  return matching;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
  if (emitter !== null && typeof emitter === 'object' && typeof emitter.listeners === 'function') {
    return emitter.listeners(type);
  }
  throw binding.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
};

EventEmitter.getMaxListeners = function getMaxListeners(emitter) {
  if (emitter !== null && typeof emitter === 'object' &&
      typeof emitter.getMaxListeners === 'function') {
    return _getMaxListeners(emitter);
  }
  throw binding.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
};

// lib/events.js eventTargetAgnostic{Add,Remove}Listener: an EventEmitter or an EventTarget.
function agnosticAdd(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw binding.invalidArgType('emitter', 'an instance of EventEmitter', emitter);
  }
}
function agnosticRemove(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener);
  else throw binding.invalidArgType('emitter', 'an instance of EventEmitter', emitter);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw binding.invalidArgType(name, 'an instance of AbortSignal', signal);
  }
}

// events.once(emitter, name[, { signal }]): a promise for the next event's arguments; an
// 'error' first rejects it, an abort rejects with AbortError. Node's is an async function,
// so the promise is one more turn away.
EventEmitter.once = async function once(emitter, name, options = {}) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw binding.invalidArgType('options', 'object', options);
  }
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new binding.AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(args);
    };
    agnosticAdd(emitter, name, resolver, true);
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(new binding.AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) agnosticAdd(signal, 'abort', abortListener, true);
  });
};

// %AsyncIteratorPrototype%, reached from an async generator object.
const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(Object.getPrototypeOf((async function*() {})())));

// events.on(emitter, name[, { signal, close }]): an async iterator over the event's argument
// lists. Events that come while nobody waits are queued; an 'error' event (or an abort)
// rejects the next read and ends the iteration.
// lib/internal/events/symbols.js kFirstEventParam: an internal option that yields each event's
// first argument instead of the list (readline's line iterator).
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
binding.kFirstEventParam = kFirstEventParam;
EventEmitter.on = function on(emitter, event, options = {}) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw binding.invalidArgType('options', 'object', options);
  }
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new binding.AbortError(undefined, { cause: signal.reason });
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const result = (value, done) => ({ value, done });
  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) return Promise.resolve(result(unconsumedEvents.shift(), false));
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw binding.invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
  const argsHandler = options[kFirstEventParam] ? (arg) => eventHandler(arg) : (...args) => eventHandler(args);
  agnosticAdd(emitter, event, argsHandler, false);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  const closeEvents = options.close ?? [];
  for (const name of closeEvents) agnosticAdd(emitter, name, closeHandler, false);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;

  function abortListener() {
    errorHandler(new binding.AbortError(undefined, { cause: signal?.reason }));
  }
  function eventHandler(value) {
    if (unconsumedPromises.length === 0) unconsumedEvents.push(value);
    else unconsumedPromises.shift().resolve(result(value, false));
  }
  function errorHandler(err) {
    if (unconsumedPromises.length === 0) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }
  function closeHandler() {
    if (signal) signal.removeEventListener('abort', abortListener);
    agnosticRemove(emitter, event, argsHandler);
    if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorHandler);
    for (const name of closeEvents) agnosticRemove(emitter, name, closeHandler);
    finished = true;
    const done = result(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
};

return EventEmitter;
