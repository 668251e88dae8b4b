// engine/node/lib/util_types.js — util.types (lib/internal/util/types.js over V8's
// value checks). Each check reads an internal slot through a built-in that throws, or
// answers undefined, for any other object (a "brand check"), so a spoofed
// Symbol.toStringTag or prototype does not fool it. The subset has no ArrayBuffer, DataView
// or typed arrays (docs/js-subset.md): a Buffer, a Uint8Array in Node, is the only view.
// Values the subset does not have (BigInt, Proxy, modules, externals) are never reported.
'use strict';

function brand(fn) {
  return (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
    try {
      fn(v);
      return true;
    } catch {
      return false;
    }
  };
}
const never = () => false;

const isBuffer = (v) => typeof Buffer === 'function' && Buffer.isBuffer(v);
// Object.prototype.toString's built-in tag, when no Symbol.toStringTag replaces it.
const builtinTag = (v) => !(Symbol.toStringTag in v) && Object.prototype.toString.call(v);
const protoOf = (v) => (v !== null && typeof v === 'object' ? Object.getPrototypeOf(v) : undefined);
const mapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const setIteratorPrototype = Object.getPrototypeOf(new Set().entries());
const generatorPrototype = Object.getPrototypeOf(Object.getPrototypeOf((function*() {})()));
const asyncGeneratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf((async function*() {})()));
// A function's kind as the inspector names it: "[AsyncFunction: f]", "[GeneratorFunction: g]".
const functionKind = (v) => (typeof v === 'function' ? /^\[(\w+)/.exec(binding.inspect(v))[1] : '');

const isNumberObject = brand((v) => Number.prototype.valueOf.call(v));
const isStringObject = brand((v) => String.prototype.valueOf.call(v));
const isBooleanObject = brand((v) => Boolean.prototype.valueOf.call(v));
const isSymbolObject = brand((v) => Symbol.prototype.valueOf.call(v));

// get() checks for a Map; has() also accepts a Map, so a Set is what has() takes and get()
// does not.
const isMap = brand((v) => Map.prototype.get.call(v));
const isWeakMap = brand((v) => WeakMap.prototype.get.call(v, {}));

function inChain(v, proto) {
  for (let p = protoOf(v); p; p = Object.getPrototypeOf(p)) if (p === proto) return true;
  return false;
}

return {
  isExternal: never,
  isDate: brand((v) => Date.prototype.getTime.call(v)),
  isArgumentsObject: (v) => v !== null && typeof v === 'object' &&
                            builtinTag(v) === '[object Arguments]',
  isBigIntObject: never,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError: (v) => v instanceof Error &&
                        Object.prototype.toString.call(v) === '[object Error]',
  isRegExp: (v) => v !== null && typeof v === 'object' && builtinTag(v) === '[object RegExp]',
  isAsyncFunction: (v) => functionKind(v).startsWith('Async'),
  isGeneratorFunction: (v) => functionKind(v).endsWith('GeneratorFunction'),
  isGeneratorObject: (v) => inChain(v, generatorPrototype) || inChain(v, asyncGeneratorPrototype),
  isPromise: binding.isPromise,
  isMap,
  isSet: (v) => !isMap(v) && brand((s) => Set.prototype.has.call(s))(v),
  isMapIterator: (v) => inChain(v, mapIteratorPrototype),
  isSetIterator: (v) => inChain(v, setIteratorPrototype),
  isWeakMap,
  isWeakSet: (v) => !isWeakMap(v) && brand((s) => WeakSet.prototype.has.call(s, {}))(v),
  isArrayBuffer: never,
  isDataView: never,
  isSharedArrayBuffer: never,
  isProxy: never,
  isModuleNamespaceObject: never,
  isAnyArrayBuffer: never,
  isBoxedPrimitive: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
                           isSymbolObject(v),
  isArrayBufferView: isBuffer,
  isTypedArray: isBuffer,
  isUint8Array: isBuffer,
  isUint8ClampedArray: never,
  isUint16Array: never,
  isUint32Array: never,
  isInt8Array: never,
  isInt16Array: never,
  isInt32Array: never,
  isFloat32Array: never,
  isFloat64Array: never,
  isBigInt64Array: never,
  isBigUint64Array: never,
  isKeyObject: never,
  isCryptoKey: never,
};
