// util.types by brand check (a spoofed toStringTag does not fool it), require('util/types'),
// util.inherits (prototypes only, non-enumerable super_, argument checks) and Node's
// description of a received value in argument errors (determineSpecificType).
const util = require('util');
const types = require('util/types');
console.log(types === util.types, Object.keys(types).length);
const fake = { [Symbol.toStringTag]: 'Date' };
const samples = [new Date(), fake, /x/, RegExp.prototype, new Map(), new Set(), new Map().keys(), new Set().values(),
  Buffer.from('ab'),
  async () => {}, function* () {}, (function* () {})(), new Error('e'), Object.assign({}, { name: 'Error' }),
  Object(1), Object('s'), Promise.resolve(), new WeakMap(), new WeakSet(), 5];
samples.forEach((v, i) => console.log(i, Object.keys(types).filter((k) => types[k](v)).join(',')));
function A() {}
A.prototype.hi = function() { return 'hi'; };
function B() { A.call(this); }
util.inherits(B, A);
console.log(new B().hi(), B.super_ === A, Object.keys(B), Object.getPrototypeOf(B) === Function.prototype);
function t(f) { try { f(); } catch (e) { console.log(e.code, e.message); } }
t(() => util.inherits(null, A));
t(() => util.inherits(B, undefined));
t(() => util.inherits(B, Object.create(null)));
for (const v of [-0, true, Symbol('q'), "it's", 'y'.repeat(30), [], Object.create(null), new Map(), class K {}]) {
  t(() => util.callbackify(v));
}
