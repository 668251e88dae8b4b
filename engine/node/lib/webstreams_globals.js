// engine/node/lib/webstreams_globals.js — the web stream globals (ReadableStream and the rest)
// as node 20 exposes them: lazy accessors that load the web streams on first use and then
// become ordinary writable properties (lib/internal/util.js defineLazyProperties, called from
// lib/internal/bootstrap/web/exposed-window-or-worker.js with enumerable false). Loading on
// first use keeps the 6,000 lines of webstreams_*.js out of programs that never touch them.
// binding.load() returns require('stream/web') (modules/webstreams.cpp).
'use strict';

const kNames = [
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultController', 'WritableStreamDefaultWriter', 'ReadableStream',
  'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
];

const descriptors = { __proto__: null };
for (const key of kNames) {
  let lazyLoadedValue;
  function set(value) {
    Object.defineProperty(globalThis, key, { __proto__: null, writable: true, value });
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
  function get() {
    if (lazyLoadedValue === undefined) {
      lazyLoadedValue = binding.load()[key];
      set(lazyLoadedValue);
    }
    return lazyLoadedValue;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
  descriptors[key] = { __proto__: null, configurable: true, enumerable: false, get, set };
}
Object.defineProperties(globalThis, descriptors);
