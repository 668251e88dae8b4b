// The mutating Array methods on strings: a String object's indices and length are read-only,
// so each fails where its first write or delete lands on one (ToObject of other primitives
// makes a wrapper that takes the writes).
for (const m of ['push', 'pop', 'shift', 'unshift', 'splice', 'reverse', 'fill']) {
  for (const r of ['ab', '', new String('xy'), 5]) {
    try { console.log(m, Array.prototype[m].call(r, 1)); } catch (e) { console.log(m, e.constructor.name, e.message); }
  }
}
