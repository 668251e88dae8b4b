// engine/node/lib/esm_namespace.js — module namespace objects (ECMA-262 10.4.6) for the ES
// module loader (engine/node/esm_loader.cpp), run as internal code.
//
// A namespace is a null-prototype, non-extensible object whose properties read the
// exporting module's bindings through the readers the loader hands in, so it stays live;
// @@toStringTag is 'Module'.
'use strict';

function makeNamespace(names, readers) {
  const ns = { __proto__: null };
  for (let i = 0; i < names.length; i++) {
    Object.defineProperty(ns, names[i], { get: readers[i], enumerable: true });
  }
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(ns);
  return ns;
}

// The value of every export a module has now (initialised ones only), for util.inspect.
function snapshot(ns) {
  const out = { __proto__: null };
  for (const name of Object.keys(ns)) {
    try {
      out[name] = ns[name];
    } catch {
      // a binding in its dead zone is left out
    }
  }
  return out;
}

// import.meta as node 20 builds it (lib/internal/modules/esm/initialize_import_meta.js).
function meta(url, filename, dirname, resolve) {
  return { __proto__: null, dirname, filename, resolve, url };
}

return { makeNamespace, snapshot, meta, keys: (object) => Object.keys(object) };
