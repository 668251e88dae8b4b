// engine/node/lib/util.js — util.promisify, callbackify, deprecate, inspect and friends
// (lib/util.js, lib/internal/util.js).
//
// Internal library code. promisify calls the original with a Node-style callback appended
// and settles a native promise from it; functions that carry a custom promisified form
// (setTimeout, setImmediate) return that instead, as util.promisify.custom does in Node.
'use strict';

const custom = binding.promisifyCustom;

function promisify(original) {
  if (typeof original !== 'function') {
    const err = new TypeError('The "original" argument must be of type function');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (original[custom] !== undefined) return original[custom];
  const multi = original.__promisifyArgs;
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) return reject(err);
        if (multi !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < multi.length; i++) obj[multi[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
    });
  }
  return fn;
}
promisify.custom = custom;

// lib/util.js callbackify: the callback runs from a nextTick; a falsy rejection reason
// arrives wrapped in ERR_FALSY_VALUE_REJECTION (its `reason` is the original).
function callbackify(original) {
  if (typeof original !== 'function') throw binding.invalidArgType('original', 'function', original);
  return function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') {
      throw binding.invalidArgType('last argument', 'function', maybeCb);
    }
    const cb = maybeCb.bind(this);
    original.apply(this, args).then((ret) => binding.nextTick(cb, null, ret), (rej) => {
      if (!rej) {
        const err = binding.nodeError('Error', 'ERR_FALSY_VALUE_REJECTION',
                                      'Promise was rejected with falsy value');
        err.reason = rej;
        rej = err;
      }
      binding.nextTick(cb, rej);
    });
  };
}

// lib/internal/util.js deprecate: one DeprecationWarning per function, or per code.
const codesWarned = [];
function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined && typeof code !== 'string') {
    throw binding.invalidArgType('code', 'string', code);
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.includes(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.push(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    return fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// util.inspect(value[, options]) and the legacy (value, showHidden, depth, colors) form.
function inspect(value, opts, ...legacy) {
  if (typeof opts === 'boolean' || legacy.length > 0) {
    const o = { showHidden: opts === true };
    if (legacy.length > 0 && legacy[0] !== undefined) o.depth = legacy[0];
    return binding.inspect(value, o);
  }
  return binding.inspect(value, opts);
}

// util.inspect.custom: the engine's inspect calls value[inspect.custom](depth, options,
// inspect) (engine/js/inspect.cpp), with this function as `inspect`.
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
binding.setInspectFunction(inspect);

// lib/util.js inherits: only the prototypes are linked (not the constructors), and super_
// is a non-enumerable property.
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw binding.invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw binding.invalidArgType('superCtor', 'function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw binding.invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// lib/internal/util/inspect.js: the ANSI escape sequences stripVTControlCharacters removes.
const kAnsi = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw binding.invalidArgType('str', 'string', str);
  return str.replace(kAnsi, '');
}

return {
  promisify,
  callbackify,
  inherits,
  stripVTControlCharacters,
  format: binding.format,
  inspect,
  deprecate,
  isDeepStrictEqual(a, b) {
    try {
      binding.assert.deepStrictEqual(a, b);
      return true;
    } catch (e) {
      return false;
    }
  },
  types: binding.types,
};
