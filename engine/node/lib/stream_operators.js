// engine/node/lib/stream_operators.js — the Readable operators: map, filter, flatMap, take,
// drop, asIndexedPairs (each returning a Readable) and forEach, toArray, reduce, some,
// every, find (each returning a promise).
//
// A port of lib/internal/streams/operators.js: `options.signal` (lib/abort.js's
// AbortSignal) stops an operator with an AbortError where Node checks it, and map hands `fn`
// a `{ signal }` that aborts with it. map keeps Node's concurrency queue, so its results
// come in order and on the same promise turns. lib/stream.js's wrapper makes each
// stream-returning operator a Readable.from. Runs after lib/stream_iter.js (binding.core).
'use strict';

const core = binding.core;
const { Readable, makeError, raise } = core;

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFn(fn, name) {
  if (typeof fn !== 'function') {
    raise(binding.invalidArgType(name, 'function or an instance of AsyncFunction', fn), 'validator');
  }
}

function validateOptions(options) {
  if (options == null) return;
  if (typeof options !== 'object' || Array.isArray(options)) {
    raise(binding.invalidArgType('options', 'object', options), 'validator');
  }
  if (options.signal != null && !(options.signal instanceof binding.AbortSignal)) {
    raise(binding.invalidArgType('options.signal', 'an instance of AbortSignal', options.signal),
      'validator');
  }
}

function abortError(signal) {
  return new binding.AbortError(undefined, signal ? { cause: signal.reason } : undefined);
}

function validateInteger(value, name, min) {
  if (!Number.isInteger(value)) {
    raise(makeError('ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be an ` +
      `integer. Received ${binding.inspect(value)}`, RangeError), 'validator');
  }
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    raise(makeError('ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= ` +
      `${min} && <= 9007199254740991. Received ${binding.inspect(value)}`, RangeError), 'validator');
  }
}

// map: up to `concurrency` calls of fn in flight, results queued (up to highWaterMark more)
// and yielded in input order.
function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* map() {
    const signal = binding.AbortSignal.any([options?.signal].filter(Boolean));
    const stream = this;
    const queue = [];
    const signalOpt = { signal };
    let next;
    let resume;
    let done = false;
    let cnt = 0;
    function onCatch() {
      done = true;
      afterItemProcessed();
    }
    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }
    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }
    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw abortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          cnt += 1;
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
          if (next) {
            next();
            next = null;
          }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => { resume = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }
    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw abortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => { next = resolve; });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }
  }.call(this);
}

function asIndexedPairs(options) {
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) yield [index++, val];
  }.call(this);
}

async function some(fn, options) {
  for await (const unused of filter.call(this, fn, options)) return true;  // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options) {
  validateFn(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options));  // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = abortError(options.signal);
    this.once('error', () => {});
    await new Promise((resolve) => core.eos(this.destroy(err), resolve));
    throw err;
  }
  const ac = new binding.AbortController();
  const signal = ac.signal;
  if (options?.signal) options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw abortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) {
      throw makeError('ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value',
        TypeError);
    }
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw abortError(options.signal);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) {
    throw makeError('ERR_OUT_OF_RANGE', 'The value of "number" is out of range. It must be >= 0. ' +
      'Received ' + binding.inspect(number), RangeError);
  }
  return number;
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw abortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw abortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw abortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw abortError();
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }.call(this);
}

// asIndexedPairs is deprecated (util.deprecate: one DeprecationWarning per process).
let warnedIndexedPairs = false;
function deprecatedAsIndexedPairs(...args) {
  if (!warnedIndexedPairs) {
    warnedIndexedPairs = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.',
      'DeprecationWarning');
  }
  return Reflect.apply(asIndexedPairs, this, args);
}

const kStreamReturning = { asIndexedPairs: deprecatedAsIndexedPairs, drop, filter, flatMap, map, take };
const kPromiseReturning = { every, forEach, reduce, toArray, some, find };

// lib/stream.js: the operators are methods of Readable.prototype, not constructors.
function install(table, wrap) {
  for (const key of Object.keys(table)) {
    const op = table[key];
    const fn = function(...args) {
      if (new.target) {
        throw makeError('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
      }
      return wrap(Reflect.apply(op, this, args));
    };
    Object.defineProperty(fn, 'name', { value: op === deprecatedAsIndexedPairs ? 'asIndexedPairs' : op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
}
install(kStreamReturning, (iterable) => Readable.from(iterable));
install(kPromiseReturning, (promise) => promise);
