// engine/node/lib/timers_promises.js — require('timers/promises'), ported from Node 20's
// lib/timers/promises.js: setTimeout and setImmediate with their options (an AbortSignal
// that rejects with AbortError and clears the timer, `ref: false`), the setInterval async
// iterator, and the scheduler (wait, yield).
//
// Without options the promise comes from the native fast path (timers_promises.cpp); the
// argument errors reject the returned promise, as in Node.
'use strict';

const { AbortError } = binding;
const kScheduler = Symbol('kScheduler');

function validateOptions(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw binding.invalidArgType('options', 'object', options);
  }
  const { signal, ref } = options;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw binding.invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  if (ref !== undefined && typeof ref !== 'boolean') {
    throw binding.invalidArgType('options.ref', 'boolean', ref);
  }
}

// setTimeout/setImmediate with options: schedule, and on abort clear and reject.
function schedule(create, clear, options) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const handle = create(resolve);
    if (!ref) handle.unref();
    if (signal) {
      oncancel = () => {
        if (handle._destroyed) return;
        clear(handle);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', oncancel);
    }
  });
  return oncancel === undefined ? ret
    : ret.finally(() => signal.removeEventListener('abort', oncancel));
}

function setTimeoutPromise(after, value, options = undefined) {
  if (options === undefined) return binding.setTimeout(after, value);
  return schedule((resolve) => setTimeout(resolve, after, value), clearTimeout, options);
}

function setImmediatePromise(value, options = undefined) {
  if (options === undefined) return binding.setImmediate(value);
  return schedule((resolve) => setImmediate(resolve, value), clearImmediate, options);
}

// Yields `value` once per interval tick; ticks that came while the consumer was busy are
// yielded back to back.
async function* setIntervalIterator(after, value, options = {}) {
  validateOptions(options);
  const { signal, ref = true } = options;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = setInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onCancel = () => {
        clearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((resolve) => { callback = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

function invalidThis() {
  return binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
}

class Scheduler {
  constructor() {
    throw binding.nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  yield() {
    if (!this[kScheduler]) throw invalidThis();
    return setImmediatePromise();
  }
  wait(delay, options) {
    if (!this[kScheduler]) throw invalidThis();
    return setTimeoutPromise(delay, undefined, { signal: options?.signal });
  }
}
const scheduler = Object.create(Scheduler.prototype);
Object.defineProperty(scheduler, kScheduler, { value: true });

return {
  setTimeout: Object.defineProperty(setTimeoutPromise, 'name', { value: 'setTimeout' }),
  setImmediate: Object.defineProperty(setImmediatePromise, 'name', { value: 'setImmediate' }),
  setInterval: Object.defineProperty(setIntervalIterator, 'name', { value: 'setInterval' }),
  scheduler,
};
