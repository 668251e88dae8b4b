// engine/node/lib/webstreams_host.js — what node's lib/internal/webstreams/*.js expect around
// them: the `primordials` they destructure, `require` of the internal modules they import
// (errors, util, validators, …) and `internalBinding`, so the ports in webstreams_*.js can stay
// line for line node's text (and so keep node's exact microtask ordering).
//
// Only the names those files use are provided. SafePromise, SafePromiseAll and
// SafePromisePrototypeFinally are copied from lib/internal/per_context/primordials.js because
// their extra promise hops are visible in the order of reactions. Structured-clone transfer of
// streams (makeTransferable) is not modelled: a stream is an ordinary object.
// Returns { primordials, require, internalBinding, define }; modules/webstreams.cpp runs it.
'use strict';

const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
const getter = (proto, name) => uncurryThis(Object.getOwnPropertyDescriptor(proto, name).get);
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);

// lib/internal/per_context/primordials.js makeSafe, for a class without iterators.
function makeSafe(unsafe, safe) {
  for (const [src, dest] of [[unsafe.prototype, safe.prototype], [unsafe, safe]]) {
    for (const key of Reflect.ownKeys(src)) {
      if (Reflect.getOwnPropertyDescriptor(dest, key)) continue;
      Reflect.defineProperty(dest, key, { __proto__: null, ...Reflect.getOwnPropertyDescriptor(src, key) });
    }
  }
  Object.setPrototypeOf(safe.prototype, null);
  Object.freeze(safe.prototype);
  Object.freeze(safe);
  return safe;
}

const SafePromise = makeSafe(Promise, class SafePromise extends Promise {
  constructor(executor) { super(executor); } // eslint-disable-line no-useless-constructor
});

class SafeArrayIterator {
  constructor(array) { this.array = array; this.index = 0; }
  next() {
    if (this.index >= this.array.length) return { value: undefined, done: true };
    return { value: this.array[this.index++], done: false };
  }
  [Symbol.iterator]() { return this; }
}

const primordials = {
  ArrayBuffer,
  ArrayBufferPrototypeGetByteLength: getter(ArrayBuffer.prototype, 'byteLength'),
  ArrayBufferPrototypeSlice: uncurryThis(ArrayBuffer.prototype.slice),
  ArrayPrototypePush: uncurryThis(Array.prototype.push),
  ArrayPrototypeShift: uncurryThis(Array.prototype.shift),
  AsyncIteratorPrototype: Reflect.getPrototypeOf(Reflect.getPrototypeOf(async function* () {}).prototype),
  DataView,
  FunctionPrototypeBind: uncurryThis(Function.prototype.bind),
  FunctionPrototypeCall: uncurryThis(Function.prototype.call),
  MathMax: Math.max,
  MathMin: Math.min,
  NumberIsInteger: Number.isInteger,
  NumberIsNaN: Number.isNaN,
  ObjectDefineProperties: Object.defineProperties,
  ObjectDefineProperty: Object.defineProperty,
  ObjectSetPrototypeOf: Object.setPrototypeOf,
  Promise,
  PromisePrototypeThen: uncurryThis(Promise.prototype.then),
  PromiseReject: Promise.reject.bind(Promise),
  PromiseResolve: Promise.resolve.bind(Promise),
  ReflectConstruct: Reflect.construct,
  ReflectGet: Reflect.get,
  // primordials.js: "Wrapping on a new Promise is necessary to not expose the SafePromise
  // prototype to user-land."
  SafePromiseAll: (promises, mapFn) => new Promise((a, b) =>
    SafePromise.all(new SafeArrayIterator(promises.map((promise, i) =>
      new SafePromise((a, b) =>
        Promise.prototype.then.call(mapFn == null ? promise : mapFn(promise, i), a, b))))).then(a, b)),
  SafePromisePrototypeFinally: (thisPromise, onFinally) => new Promise((a, b) =>
    new SafePromise((a, b) => Promise.prototype.then.call(thisPromise, a, b))
      .finally(onFinally)
      .then(a, b)),
  String,
  StringPrototypeCharCodeAt: uncurryThis(String.prototype.charCodeAt),
  Symbol,
  SymbolAsyncIterator: Symbol.asyncIterator,
  SymbolIterator: Symbol.iterator,
  SymbolToStringTag: Symbol.toStringTag,
  TypedArrayPrototypeGetBuffer: getter(TypedArrayPrototype, 'buffer'),
  TypedArrayPrototypeGetByteLength: getter(TypedArrayPrototype, 'byteLength'),
  TypedArrayPrototypeGetByteOffset: getter(TypedArrayPrototype, 'byteOffset'),
  TypedArrayPrototypeGetLength: getter(TypedArrayPrototype, 'length'),
  Uint8Array,
};

// [SECTION] lib/internal/errors.js, the codes the web streams throw, with node's texts.

// The "Received …" tail node appends, as binding.invalidArgType words it.
function received(value) {
  const message = binding.invalidArgType('x', 'x', value).message;
  return message.slice(message.indexOf('. Received ') + 2);
}

// lib/internal/errors.js ERR_INVALID_ARG_TYPE's wording of `expected` (types, classes, other).
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
function expectedText(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of list) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (/^([A-Z][a-z0-9]*)+$/.test(value)) instances.push(value);
    else other.push(value);
  }
  const join = (items, word) => items.length > 2 ?
    `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}` :
    items.join(` ${word} `);
  let text = '';
  if (types.length > 0) {
    text += types.length > 1 ? `one of type ${join(types, 'or')}` : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) text += ' or ';
  }
  if (instances.length > 0) {
    text += `an instance of ${join(instances, 'or')}`;
    if (other.length > 0) text += ' or ';
  }
  if (other.length > 0) text += other.length > 1 ? `one of ${join(other, 'or')}` : other[0];
  return text;
}

function inspected(value) {
  const text = binding.inspect(value);
  return text.length > 128 ? `${text.slice(0, 128)}...` : text;
}

const kMessages = {
  ERR_ARG_NOT_ITERABLE: [TypeError, (name) => `${name} must be iterable`],
  ERR_ILLEGAL_CONSTRUCTOR: [TypeError, () => 'Illegal constructor'],
  ERR_INVALID_ARG_TYPE: [TypeError, (name, expected, value) => {
    const subject = name.endsWith(' argument') ? name :
      `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
    return `The ${subject} must be ${expectedText(expected)}. ${received(value)}`;
  }],
  ERR_INVALID_ARG_VALUE: [TypeError, (name, value, reason = 'is invalid') =>
    `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${inspected(value)}`],
  ERR_INVALID_STATE: [Error, (message) => `Invalid state: ${message}`],
  ERR_INVALID_THIS: [TypeError, (type) => `Value of "this" must be of type ${type}`],
  ERR_METHOD_NOT_IMPLEMENTED: [Error, (method) => `The ${method} method is not implemented`],
  ERR_MISSING_OPTION: [TypeError, (name) => `${name} is required`],
  ERR_OPERATION_FAILED: [Error, (message) => `Operation failed: ${message}`],
  ERR_OUT_OF_RANGE: [RangeError, (name, range, value) =>
    `The value of "${name}" is out of range. It must be ${range}. Received ${binding.inspect(value)}`],
  ERR_STREAM_PREMATURE_CLOSE: [Error, () => 'Premature close'],
};

// Each code is a constructor (`new ERR_X(...)`) with .TypeError/.RangeError variants, as
// lib/internal/errors.js's E() makes them.
const codes = {};
for (const code of Object.keys(kMessages)) {
  const [Base, message] = kMessages[code];
  const make = (Type) => function NodeError(...args) {
    return binding.nodeError(Type.name, code, message(...args));
  };
  codes[code] = make(Base);
  codes[code].TypeError = make(TypeError);
  codes[code].RangeError = make(RangeError);
}

// [SECTION] lib/internal/util.js, lib/internal/validators.js and the rest.

// lib/internal/util.js normalizeEncoding: node's name for an encoding, or undefined.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  switch (`${encoding}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return `${encoding}`.toLowerCase();
    default: return undefined;
  }
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function assert(value, message) {
  if (!value) {
    throw binding.nodeError('Error', 'ERR_INTERNAL_ASSERTION', message ?? 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
}

const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;

function validateObject(value, name, options = 0) {
  if ((!(options & kValidateObjectAllowNullable) && value === null) ||
      (!(options & kValidateObjectAllowArray) && Array.isArray(value)) ||
      (typeof value !== 'object' && (!(options & kValidateObjectAllowFunction) || typeof value !== 'function'))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

// lib/internal/events/abort_listener.js: the listener runs once, from a microtask when the
// signal is already aborted.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  modules['internal/validators'].validateAbortSignal(signal, 'signal');
  modules['internal/validators'].validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [modules['internal/util'].SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

const modules = {
  'internal/errors': { AbortError: binding.AbortError, codes, ErrnoException: Error },
  'internal/util': {
    createDeferredPromise,
    normalizeEncoding,
    customInspectSymbol: Symbol.for('nodejs.util.inspect.custom'),
    isArrayBufferDetached: () => false,
    kEmptyObject: Object.freeze({ __proto__: null }),
    kEnumerableProperty: Object.freeze({ __proto__: null, enumerable: true }),
    SideEffectFreeRegExpPrototypeSymbolReplace: (regexp, string, replacement) =>
      (typeof string === 'string' ? string.replace(regexp, replacement) : string),
    SymbolDispose: Symbol.dispose ?? Symbol('Symbol.dispose'),
  },
  'internal/util/types': {
    isArrayBufferView: ArrayBuffer.isView,
    isDataView: (value) => value instanceof DataView,
  },
  'internal/validators': {
    kValidateObjectAllowObjects: kValidateObjectAllowArray | kValidateObjectAllowFunction,
    kValidateObjectAllowObjectsAndNull:
      kValidateObjectAllowArray | kValidateObjectAllowFunction | kValidateObjectAllowNullable,
    validateObject,
    validateBoolean(value, name) {
      if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
    },
    validateFunction(value, name) {
      if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
    },
    validateAbortSignal(signal, name) {
      if (signal !== undefined &&
          (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
        throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
      }
    },
    validateBuffer(buffer, name = 'buffer') {
      if (!ArrayBuffer.isView(buffer)) {
        throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
      }
    },
  },
  'internal/assert': assert,
  'internal/worker/io': {},
  'internal/worker/js_transferable': {
    kDeserialize: Symbol('kDeserialize'),
    kTransfer: Symbol('kTransfer'),
    kTransferList: Symbol('kTransferList'),
    makeTransferable: (object) => object,
  },
  'internal/process/task_queues': { queueMicrotask },
  // lib/internal/streams/utils.js: its symbols, and the predicates of lib/stream_eos.js.
  'internal/streams/utils': {
    isDestroyed: binding.streamCore.isDestroyed,
    isReadable: binding.streamCore.publicIsReadable,
    isWritable: binding.streamCore.publicIsWritable,
    isWritableEnded: binding.streamCore.isWritableEnded,
    kIsDisturbed: Symbol('kIsDisturbed'),
    kIsErrored: Symbol('kIsErrored'),
    kIsReadable: Symbol('kIsReadable'),
    kIsClosedPromise: Symbol.for('nodejs.webstream.isClosedPromise'),
    kControllerErrorFunction: Symbol.for('nodejs.webstream.controllerErrorFunction'),
  },
  'internal/abort_controller': { AbortController },
  'internal/events/abort_listener': { addAbortListener },
  'internal/encoding': { TextEncoder, TextDecoder },
  'internal/streams/end-of-stream': binding.streamCore.eos,
  'stream': binding.stream,
  'buffer': { Buffer },
  'util': { inspect: binding.inspect },
};

const bindings = {
  messaging: { DOMException: binding.DOMException, structuredClone },
  buffer: {
    copyArrayBuffer(destination, destinationOffset, source, sourceOffset, length) {
      new Uint8Array(destination, destinationOffset, length)
        .set(new Uint8Array(source, sourceOffset, length));
    },
    // The interpreter cannot detach an ArrayBuffer: a BYOB read hands back a copy and the
    // caller's view keeps its bytes (node detaches it).
    detachArrayBuffer: (buffer) => buffer.slice(0),
  },
  // The StreamBase adapters' natives: not modelled (nothing reaches them).
  stream_wrap: {},
  uv: { UV_EOF: -4095 },
  util: { constants: { kPending: 0 }, getPromiseDetails: (promise) => [binding.promiseState(promise)] },
};

return {
  primordials,
  require(id) {
    if (!(id in modules)) throw new Error(`webstreams_host.js: no internal module ${id}`);
    return modules[id];
  },
  internalBinding: (name) => bindings[name],
  // Each port's module.exports, under node's id, for the ports loaded after it.
  define(id, exports) { modules[id] = exports; },
};
