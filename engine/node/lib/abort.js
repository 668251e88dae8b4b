// engine/node/lib/abort.js — the globals Event, EventTarget, AbortController and
// AbortSignal, ported from Node 20 (lib/internal/event_target.js,
// lib/internal/abort_controller.js) as far as abort signals need them, plus the AbortError
// Node's own APIs reject with (lib/internal/errors.js). DOMException is lib/domexception.js's.
//
// Listeners run synchronously inside dispatchEvent, in the order they were added; one that
// throws is reported as an uncaught exception from a nextTick, after the others ran.
// AbortSignal.timeout uses an unref'd timer on the virtual clock, as Node's does.
// Not modelled: capture/bubbling (there is no tree), inspecting these objects as Node prints
// them (`AbortSignal { aborted: false }` prints as `AbortSignal {}`).
'use strict';

const DOMException = binding.DOMException;  // lib/domexception.js

// lib/internal/errors.js AbortError: what Node's promise APIs reject with on abort.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const kType = Symbol('type');
const kState = Symbol('state');
class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    }
    const o = options ?? {};
    Object.defineProperty(this, kType, { value: `${type}` });
    Object.defineProperty(this, kState, { value: {
      cancelable: !!o.cancelable, bubbles: !!o.bubbles, composed: !!o.composed,
      defaultPrevented: false, stop: false, target: null, trusted: false,
      timeStamp: performance.now(),
    } });
  }
  initEvent(type, bubbles = false, cancelable = false) {
    Object.defineProperty(this, kType, { value: `${type}` });
    this[kState].bubbles = !!bubbles;
    this[kState].cancelable = !!cancelable;
  }
  stopImmediatePropagation() { this[kState].stop = true; }
  preventDefault() { if (this[kState].cancelable) this[kState].defaultPrevented = true; }
  get target() { return this[kState].target; }
  get currentTarget() { return null; }
  get srcElement() { return this[kState].target; }
  get type() { return this[kType]; }
  get cancelable() { return this[kState].cancelable; }
  get defaultPrevented() { return this[kState].cancelable && this[kState].defaultPrevented; }
  get timeStamp() { return this[kState].timeStamp; }
  composedPath() { return this[kState].target ? [this[kState].target] : []; }
  get returnValue() { return !this.defaultPrevented; }
  get bubbles() { return this[kState].bubbles; }
  get composed() { return this[kState].composed; }
  get eventPhase() { return 0; }
  get cancelBubble() { return this[kState].stop; }
  set cancelBubble(value) { if (value) this[kState].stop = true; }
  stopPropagation() { this[kState].stop = true; }
  get isTrusted() { return this[kState].trusted; }
}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
}

const kListeners = Symbol('kEvents');
class EventTarget {
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map() });
  }
  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) {
      throw binding.nodeError('TypeError', 'ERR_MISSING_ARGS',
                              'The "type" and "listener" arguments must be specified');
    }
    if (listener == null) return;  // Node warns and ignores a null listener
    if (typeof listener !== 'function' && typeof listener.handleEvent !== 'function' &&
        (typeof listener !== 'object')) {
      throw binding.invalidArgType('listener', 'an instance of EventListener', listener);
    }
    const o = typeof options === 'boolean' ? { capture: options } : (options ?? {});
    const signal = o.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      throw binding.invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
    if (signal && signal.aborted) return;
    type = `${type}`;
    const capture = !!o.capture;
    let list = this[kListeners].get(type);
    if (!list) this[kListeners].set(type, list = []);
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const entry = { listener, capture, once: !!o.once, removed: false };
    list.push(entry);
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, o),
                              { once: true });
    }
  }
  removeEventListener(type, listener, options = undefined) {
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const list = this[kListeners].get(`${type}`);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i < 0) return;
    list[i].removed = true;
    list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw binding.invalidArgType('event', 'an instance of Event', event);
    const state = event[kState];
    if (state.dispatching) {
      throw new DOMException('The event is already being dispatched', 'InvalidStateError');
    }
    state.dispatching = true;
    state.target = this;
    const list = (this[kListeners].get(event.type) ?? []).slice();
    for (const entry of list) {
      if (entry.removed) continue;
      if (entry.once) this.removeEventListener(event.type, entry.listener, entry);
      try {
        const l = entry.listener;
        const result = typeof l === 'function' ? l.call(this, event) : l.handleEvent(event);
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, (err) => binding.nextTick(() => { throw err; }));
        }
      } catch (err) {
        binding.nextTick(() => { throw err; });
      }
      if (state.stop) break;
    }
    state.dispatching = false;
    return !event.defaultPrevented;
  }
}

// lib/internal/abort_controller.js.
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kOnabort = Symbol('onabort');
let constructing = false;

class AbortSignal extends EventTarget {
  constructor() {
    if (!constructing) throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    Object.defineProperty(this, kAborted, { value: false, writable: true });
    Object.defineProperty(this, kReason, { value: undefined, writable: true });
    Object.defineProperty(this, kOnabort, { value: null, writable: true });
  }
  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }
  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }
  get onabort() { return this[kOnabort]; }
  set onabort(handler) {
    const previous = this[kOnabort];
    this[kOnabort] = typeof handler === 'function' ? handler : null;
    if (previous === null && this[kOnabort] !== null) {
      // The handler keeps the place of its first assignment among the listeners.
      this.addEventListener('abort', function(event) {
        const h = this[kOnabort];
        if (h !== null) return h.call(this, event);
      });
    }
  }
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = newSignal();
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }
  static timeout(delay) {
    if (typeof delay !== 'number') throw binding.invalidArgType('delay', 'number', delay);
    if (!Number.isInteger(delay) || delay < 0 || delay > 4294967295) {
      throw binding.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
                              'The value of "delay" is out of range. It must be ' +
                              (Number.isInteger(delay) ? '>= 0 && <= 4294967295' : 'an integer') +
                              `. Received ${binding.inspect(delay)}`);
    }
    const signal = newSignal();
    setTimeout(() => abortSignal(signal, new DOMException(
      'The operation was aborted due to timeout', 'TimeoutError')), delay).unref();
    return signal;
  }
  static any(signals) {
    if (!Array.isArray(signals)) throw binding.invalidArgType('signals', 'Array', signals);
    signals.forEach((s, i) => {
      if (!(s instanceof AbortSignal)) {
        throw binding.invalidArgType(`signals[${i}]`, 'an instance of AbortSignal', s);
      }
    });
    const signal = newSignal();
    const done = signals.find((s) => s.aborted);
    if (done) {
      signal[kAborted] = true;
      signal[kReason] = done.reason;
      return signal;
    }
    for (const s of signals) {
      s.addEventListener('abort', () => abortSignal(signal, s.reason), { once: true });
    }
    return signal;
  }
}

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  event[kState].trusted = true;
  signal.dispatchEvent(event);
}

const kSignal = Symbol('signal');
class AbortController {
  constructor() {
    Object.defineProperty(this, kSignal, { value: newSignal() });
  }
  get signal() { return this[kSignal]; }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this[kSignal], reason);
  }
}

return { AbortError, Event, EventTarget, AbortSignal, AbortController };
