// engine/node/lib/esm_namespace.js — module namespace objects (ECMA-262 10.4.6) for the ES
// module loader (engine/node/esm_loader.cpp), run as internal code.
//
// A namespace is a null-prototype, non-extensible object whose properties read the
// exporting module's bindings through the readers the loader hands in, so it stays live;
// @@toStringTag is 'Module'.
'use strict';

// `ns` is a fresh host object with a null prototype (so the loader can give it node's
// inspect form).
function makeNamespace(ns, names, readers) {
  for (let i = 0; i < names.length; i++) {
    Object.defineProperty(ns, names[i], { get: readers[i], enumerable: true });
  }
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(ns);
  return ns;
}

// import.meta as node 20 builds it (lib/internal/modules/esm/initialize_import_meta.js).
function meta(url, filename, dirname, resolve) {
  return { __proto__: null, dirname, filename, resolve, url };
}

return { makeNamespace, meta, keys: (object) => Object.keys(object) };
