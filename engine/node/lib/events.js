// engine/node/lib/events.js — EventEmitter, the way lib/events.js behaves in Node 20.
//
// Runs as internal library code: it pushes no frames and records no statements, so the
// step log shows the user's listeners being called directly by `emit`. emit is fully
// synchronous, calls a copy of the listener array (listeners added or removed during an
// emit do not affect it), removes `once` wrappers before calling them, and throws an
// 'error' event that nobody listens to.
'use strict';

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.errorMonitor = 'events.errorMonitor';

EventEmitter.init = function init(opts) {
  if (this._events === undefined) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
};

function unhandledError(er) {
  if (er instanceof Error) return er;
  let shown;
  if (typeof er === 'string') shown = "'" + er + "'";
  else shown = String(er);
  const err = new Error('Unhandled error. (' + shown + ')');
  err.code = 'ERR_UNHANDLED_ERROR';
  err.context = er;
  return err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[EventEmitter.errorMonitor] !== undefined) {
      this.emit(EventEmitter.errorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) throw unhandledError(args[0]);
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  const listeners = handler.slice();
  for (let i = 0; i < listeners.length; ++i) {
    listeners[i].apply(this, args);
  }
  return true;
};

function addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') {
    const err = new TypeError('The "listener" argument must be of type function. Received ' +
                              (listener === null ? 'null' : typeof listener === 'undefined' ? 'undefined' : 'type ' + typeof listener));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = [listener];
    ++target._eventsCount;
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper(target, type, listener) {
  const state = { fired: false, target, type, listener };
  const wrapped = function (...args) {
    if (!state.fired) {
      state.target.removeListener(state.type, wrapped);
      state.fired = true;
      return state.listener.apply(state.target, args);
    }
  };
  wrapped.listener = listener;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') return addListener(this, type, listener, false);
  this.on(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  this.prependListener(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  for (let i = list.length - 1; i >= 0; --i) {
    if (list[i] === listener || list[i].listener === listener) {
      list.splice(i, 1);
      if (list.length === 0) {
        delete events[type];
        --this._eventsCount;
      }
      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
      break;
    }
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  if (this._events === undefined) return this;
  if (type === undefined) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  } else if (this._events[type] !== undefined) {
    delete this._events[type];
    --this._eventsCount;
  }
  return this;
};

EventEmitter.prototype.listeners = function listeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return [];
  return list.map((l) => (l.listener ? l.listener : l));
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  return list === undefined ? [] : list.slice();
};

EventEmitter.prototype.listenerCount = function listenerCount(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  return list === undefined ? 0 : list.length;
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._events === undefined ? [] : Object.keys(this._events);
};

EventEmitter.listenerCount = function (emitter, type) {
  return emitter.listenerCount(type);
};

// events.once(emitter, name): a promise for the next event (its arguments as an array).
EventEmitter.once = function once(emitter, name) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      reject(err);
    };
    const onEvent = (...args) => {
      if (name !== 'error') emitter.removeListener('error', onError);
      resolve(args);
    };
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
  });
};

EventEmitter.EventEmitter = EventEmitter;
return EventEmitter;
