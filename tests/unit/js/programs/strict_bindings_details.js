// Binding details: strict assignment to undeclared names, read-only names of function
// expressions, receivers kept by parenthesized optional chains, super() inside arrows,
// parameter TDZ, one binding per loop iteration.
function sloppyNfe() {
  const f = function me() { me = 2; return typeof me; };
  return f();
}
console.log(sloppyNfe());
sloppyGlobal = 5;
console.log(sloppyGlobal, globalThis.sloppyGlobal);
(function () {
  'use strict';
  try { undeclaredName = 1; } catch (e) { console.log(e.constructor.name, e.message); }
  try { undeclaredName += 1; } catch (e) { console.log(e.constructor.name, e.message); }
  sloppyGlobal = 6;  // exists: fine
  console.log(sloppyGlobal, typeof undeclaredName);
  const f = function me() {
    try { me = 2; } catch (e) { console.log(e.constructor.name, e.message); }
    return typeof me;
  };
  console.log(f());
})();
const o = { v: 1, b() { return this && this.v; }, q: { r() { return this === o.q; } } };
const none = null;
console.log((o?.b)(), (o.b)(), o?.b(), (o?.['b'])(), (o?.q.r)(), (o.q?.r)());
try { (none?.b)(); } catch (e) { console.log(e.message); }
try { (o?.missing)(); } catch (e) { console.log(e.message); }
class A {
  constructor(x) { this.a = x; }
  m() { return 'A.m'; }
  static s() { return 'A.s'; }
}
class B extends A {
  constructor() {
    const make = () => super(7);
    make();
    const look = () => () => super.m();
    console.log(this.a, look()());
  }
  m() { const h = () => super.m() + '+B'; return h(); }
  static s() { return (() => super.s())(); }
}
console.log(new B().m(), B.s());
class C extends A { constructor() { const f = () => { super(1); return this; }; console.log(f() === this); } }
new C();
try { ((a = b, b) => {})(); } catch (e) { console.log(e.constructor.name, e.message); }
try { (function (a = a) {})(); } catch (e) { console.log(e.constructor.name, e.message); }
(async (a = b, b) => {})().catch((e) => console.log('rejected', e.constructor.name, e.message));
async function asyncDefault(a = b, b) {}
const p = asyncDefault();
console.log(p instanceof Promise);
p.catch((e) => console.log('asyncDefault rejected', e.message));
const fs = [];
for (const x of [1, 2, 3]) fs.push(() => x);
for (let k in { a: 1, b: 2 }) fs.push(() => k);
for (let i = 0; i < 2; i++) fs.push(() => i);
for (const [x, y] of [[1, 2], [3, 4]]) fs.push(() => x + y);
console.log(fs.map((f) => f()).join());
