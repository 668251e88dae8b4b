// engine/node/lib/util.js — util.promisify and friends (lib/internal/util.js promisify).
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

function callbackify(original) {
  return function (...args) {
    const cb = args.pop();
    original.apply(this, args).then((v) => binding.nextTick(cb, null, v),
                                    (e) => binding.nextTick(cb, e));
  };
}

function inherits(ctor, superCtor) {
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  Object.setPrototypeOf(ctor, superCtor);
  ctor.super_ = superCtor;
}

return {
  promisify,
  callbackify,
  inherits,
  format: binding.format,
  inspect: binding.inspect,
  isDeepStrictEqual(a, b) {
    try {
      binding.assert.deepStrictEqual(a, b);
      return true;
    } catch (e) {
      return false;
    }
  },
  types: { isPromise: binding.isPromise },
};
