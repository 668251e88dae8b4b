// engine/node/lib/global_properties.js — the global object's own properties as Node 20
// leaves them after bootstrap: their order, which are enumerable, which are accessors, and
// globalThis[Symbol.toStringTag]. `Object.keys(globalThis)`, `for (k in globalThis)` and
// Object.getOwnPropertyDescriptor(globalThis, name) read them.
//
// Run last by Modules::InstallGlobals with the global object as `binding`: each global the
// simulator defines is taken off and defined again, in Node's order, the way Node's
// bootstrap defines it (lib/internal/bootstrap/node.js, lib/internal/bootstrap/web/
// exposed-*.js, lib/internal/util.js):
//   data         a plain data property;
//   lazy         defineLazyProperties: get NAME / set NAME; the first read or a write turns
//                it into a writable data property;
//   native lazy  a DOMException-style lazy data property (unnamed get and set);
//   replaceable  defineReplaceableLazyAttribute: get NAME / set NAME over a value, and it
//                stays an accessor;
//   read-only    the same without a setter (globalThis.crypto);
//   variable     process and Buffer: get() / set() over a variable.
// Globals Node has and the simulator does not (fetch, Blob, WebAssembly, ...) are skipped.
'use strict';

const global = binding;

const kGlobals = [
  ['console', 'data', false],
  ['process', 'variable', false],
  ['global', 'data', true],
  ['Buffer', 'variable', false],
  ['clearImmediate', 'data', true],
  ['setImmediate', 'data', true],
  ['URL', 'data', false],
  ['URLSearchParams', 'data', false],
  ['DOMException', 'native lazy', false],
  ['AbortController', 'lazy', false],
  ['AbortSignal', 'lazy', false],
  ['Event', 'data', false],
  ['EventTarget', 'data', false],
  ['TextEncoder', 'lazy', false],
  ['TextDecoder', 'lazy', false],
  ['TransformStream', 'lazy', false],
  ['TransformStreamDefaultController', 'lazy', false],
  ['WritableStream', 'lazy', false],
  ['WritableStreamDefaultController', 'lazy', false],
  ['WritableStreamDefaultWriter', 'lazy', false],
  ['ReadableStream', 'lazy', false],
  ['ReadableStreamDefaultReader', 'lazy', false],
  ['ReadableStreamBYOBReader', 'lazy', false],
  ['ReadableStreamBYOBRequest', 'lazy', false],
  ['ReadableByteStreamController', 'lazy', false],
  ['ReadableStreamDefaultController', 'lazy', false],
  ['ByteLengthQueuingStrategy', 'lazy', false],
  ['CountQueuingStrategy', 'lazy', false],
  ['TextEncoderStream', 'lazy', false],
  ['TextDecoderStream', 'lazy', false],
  ['CompressionStream', 'lazy', false],
  ['DecompressionStream', 'lazy', false],
  ['clearInterval', 'data', true],
  ['clearTimeout', 'data', true],
  ['setInterval', 'data', true],
  ['setTimeout', 'data', true],
  ['queueMicrotask', 'data', true],
  ['structuredClone', 'data', true],
  ['atob', 'replaceable', true],
  ['btoa', 'replaceable', true],
  ['BroadcastChannel', 'lazy', false],
  ['MessageChannel', 'lazy', false],
  ['MessagePort', 'lazy', false],
  ['MessageEvent', 'lazy', false],
  ['Blob', 'lazy', false],
  ['File', 'lazy', false],
  ['Performance', 'lazy', false],
  ['PerformanceEntry', 'lazy', false],
  ['PerformanceMark', 'lazy', false],
  ['PerformanceMeasure', 'lazy', false],
  ['PerformanceObserver', 'lazy', false],
  ['PerformanceObserverEntryList', 'lazy', false],
  ['PerformanceResourceTiming', 'lazy', false],
  ['performance', 'replaceable', true],
  ['fetch', 'data', true],
  ['FormData', 'lazy', false],
  ['Headers', 'lazy', false],
  ['Request', 'lazy', false],
  ['Response', 'lazy', false],
  ['SharedArrayBuffer', 'data', false],
  ['Atomics', 'data', false],
  ['WebAssembly', 'data', false],
  ['crypto', 'read-only', true],
  ['Crypto', 'lazy', false],
  ['CryptoKey', 'lazy', false],
  ['SubtleCrypto', 'lazy', false],
  ['CustomEvent', 'data', false],
];

function named(fn, name) {
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// Node's accessors are function declarations (named as `get NAME`): they have a prototype.
function accessors(name, kind, initial) {
  let value = initial;
  function toData(v) {
    Object.defineProperty(global, name, { writable: true, value: v });
  }
  function getOnce() {
    toData(value);
    return value;
  }
  function getValue() {
    return value;
  }
  function setValue(v) {
    value = v;
  }
  switch (kind) {
    case 'lazy':
      return { get: named(getOnce, `get ${name}`), set: named(toData, `set ${name}`) };
    case 'native lazy':
      return { get: named(getOnce, ''), set: named(toData, '') };
    case 'replaceable':
      return { get: named(getValue, `get ${name}`), set: named(setValue, `set ${name}`) };
    case 'read-only':
      return { get: named(getValue, `get ${name}`), set: undefined };
    default:  // variable
      return { get: named(getValue, 'get'), set: named(setValue, 'set') };
  }
}

for (const [name, kind, enumerable] of kGlobals) {
  const own = Object.getOwnPropertyDescriptor(global, name);
  if (own === undefined) continue;
  delete global[name];
  if (own.get !== undefined) {
    // Already defined as Node defines it (webstreams_globals.js): only its place changes.
    const { get, set } = own;
    Object.defineProperty(global, name, { get, set, enumerable, configurable: true });
  } else if (kind === 'data') {
    Object.defineProperty(global, name,
                          { value: own.value, writable: true, enumerable, configurable: true });
  } else {
    const { get, set } = accessors(name, kind, own.value);
    Object.defineProperty(global, name, { get, set, enumerable, configurable: true });
  }
}
Object.defineProperty(global, Symbol.toStringTag,
                      { value: 'global', writable: false, enumerable: false, configurable: true });
