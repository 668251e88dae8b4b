// GetPrototypeFromConstructor (ECMA-262 10.1.14): every native constructor reads
// new.target.prototype, and a throwing getter there propagates; Object too, from a subclass.
const bound = function () {}.bind();
Object.defineProperty(bound, 'prototype', { get() { throw new Error('prototype getter'); } });
const ctors = { Promise: [function () {}], Array: [], Map: [], Set: [], Date: [], Error: ['m'],
  TypeError: ['m'], Number: [1], Boolean: [true], String: ['s'], RegExp: ['a'], WeakMap: [],
  WeakSet: [], WeakRef: [{}], Object: [] };
for (const [name, args] of Object.entries(ctors)) {
  try {
    Reflect.construct(globalThis[name], args, bound);
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, e.message);
  }
}
const plain = function () {}.bind();
Object.defineProperty(plain, 'prototype', { value: 1 });
console.log(Object.getPrototypeOf(Reflect.construct(Map, [], plain)) === Map.prototype);
class MyErr extends Error {}
console.log(new MyErr('x') instanceof MyErr, Reflect.construct(Promise, [() => {}], MyErr) instanceof MyErr);
class A extends Object { constructor() { super(5); } }
const a = new A();
console.log(a, a instanceof A, new Object(3), Object(null), new Object());
