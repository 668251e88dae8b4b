// engine/node/lib/util_types.js — util.types (lib/internal/util/types.js over V8's
// value checks). Each check reads an internal slot through a built-in that throws, or
// answers undefined, for any other object (a "brand check"), so a spoofed
// Symbol.toStringTag or prototype does not fool it. A Buffer is a Uint8Array, as in Node.
// Values the subset does not have (Proxy, modules, externals) are never reported.
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
const isBigIntObject = brand((v) => BigInt.prototype.valueOf.call(v));

// get() checks for a Map; has() also accepts a Map, so a Set is what has() takes and get()
// does not.
const isMap = brand((v) => Map.prototype.get.call(v));
const isWeakMap = brand((v) => WeakMap.prototype.get.call(v, {}));

// A TypedArray's @@toStringTag getter names its type (undefined for anything else); the
// byteLength getters of ArrayBuffer and DataView throw on anything else.
const typedArrayTag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const typedArrayIs = (name) => (v) => typedArrayTag.call(v) === name;
const byteLengthBrand = (proto) => {
  const get = Object.getOwnPropertyDescriptor(proto, 'byteLength').get;
  return brand((v) => get.call(v));
};
const isArrayBuffer = byteLengthBrand(ArrayBuffer.prototype);
const isDataView = byteLengthBrand(DataView.prototype);
const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;

function inChain(v, proto) {
  for (let p = protoOf(v); p; p = Object.getPrototypeOf(p)) if (p === proto) return true;
  return false;
}

return {
  isExternal: never,
  isDate: brand((v) => Date.prototype.getTime.call(v)),
  isArgumentsObject: (v) => v !== null && typeof v === 'object' &&
                            builtinTag(v) === '[object Arguments]',
  isBigIntObject,
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
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer: never,
  isProxy: never,
  isModuleNamespaceObject: never,
  isAnyArrayBuffer: isArrayBuffer,
  isBoxedPrimitive: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
                           isSymbolObject(v) || isBigIntObject(v),
  isArrayBufferView: (v) => isTypedArray(v) || isDataView(v),
  isTypedArray,
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isInt8Array: typedArrayIs('Int8Array'),
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  isKeyObject: never,
  isCryptoKey: never,
};
