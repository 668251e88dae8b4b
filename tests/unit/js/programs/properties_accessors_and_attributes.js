const o = { a: 1, get b() { return this.a + 1; }, set c(v) { this.a = v; }, get d() { return 0; }, set d(v) {} };
console.log(o);
console.log(o.b); o.c = 10; console.log(o.b, o.a);
console.log(Object.keys(o), JSON.stringify(o));
for (const k in o) console.log(k);
console.log({...o});
class P { constructor() { this._x = 1; } get x() { return this._x; } set x(v) { this._x = v * 2; } static get s() { return 'static'; } }
class Q extends P { get x() { return super.x + 100; } }
const q = new Q(); q.x = 5; console.log(q.x, P.s, q);
const k = 'dyn';
const d = { get [k + 1]() { return 'computed'; } };
console.log(d.dyn1, Object.getOwnPropertyDescriptor(d, 'dyn1'));
console.log(Object.getOwnPropertyDescriptor(P.prototype, 'x'));
console.log(Object.getOwnPropertyDescriptor({v: 1}, 'v'));
const e = {};
Object.defineProperty(e, 'hidden', { value: 42 });
console.log(e, e.hidden, Object.keys(e), Object.getOwnPropertyNames(e));
e.hidden = 3; console.log(e.hidden);
console.log(Object.getOwnPropertyDescriptor(e, 'hidden'));
const f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 2; f.nested.b = 3; console.log(f, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f));
const s = Object.seal({ a: 1 }); s.a = 2; delete s.a; s.z = 1; console.log(s, Object.isSealed(s), Object.isFrozen(s));
console.log(Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyDescriptor([1], 'length'));
function fn(a, b) {}
console.log(Object.getOwnPropertyNames(fn), Object.getOwnPropertyDescriptor(fn, 'name'), Object.getOwnPropertyDescriptor(fn, 'prototype'));
console.log(Object.getOwnPropertyDescriptor(P, 'prototype'), Object.getOwnPropertyDescriptor(Math, 'PI'));
const c = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, g: { get() { return 3; } } });
console.log(c, c.g, c.inherited);
console.log(Reflect.ownKeys(c), Reflect.has(c, 'inherited'), Reflect.get(c, 'g'), Reflect.set(f, 'a', 1), Reflect.set(c, 'x', 1));
console.log(Object.assign({}, { get z() { return 'got'; } }));
const arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { writable: false });
arr.length = 0; console.log(arr, arr.length);
try { arr.push(4); } catch (err) { console.log(err.message); }
console.log(Object.getOwnPropertyDescriptor(arr, 'length'));
const fa = Object.freeze([1, 2]); fa[0] = 9; console.log(fa, Object.isFrozen(fa));
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
console.log(delete Object.prototype, delete fn.name, fn.name, Object.getOwnPropertyNames(fn));
console.log({ propertyIsEnumerable: 1 }.hasOwnProperty('propertyIsEnumerable'), e.propertyIsEnumerable('hidden'), o.propertyIsEnumerable('b'));
const ga = []; Object.defineProperty(ga, 1, { get() { return 'g'; }, enumerable: true, configurable: true }); console.log(ga.length, ga[1], Object.keys(ga));
