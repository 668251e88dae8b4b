// Function.prototype's `caller` and `arguments` are accessors whose getter and setter are
// one %ThrowTypeError% (ECMA-262 20.2.4); sloppy functions shadow them with own nulls, and
// every other function (arrow, strict, class, method, bound, native) inherits the throw.
const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable, d.get.name === '');
console.log(d.get === Object.getOwnPropertyDescriptor(Function.prototype, 'arguments').get);
function sloppy() {}
console.log(Object.getOwnPropertyNames(sloppy), sloppy.caller, sloppy.arguments);
const kinds = {
  arrow: () => {},
  strict: function () { 'use strict'; },
  class: class {},
  method: { m() {} }.m,
  bound: sloppy.bind(null),
  native: Math.max,
  async: async function () {},
};
for (const [kind, fn] of Object.entries(kinds)) {
  for (const key of ['caller', 'arguments']) {
    const own = Object.prototype.hasOwnProperty.call(fn, key);
    let read;
    try {
      read = fn[key];
    } catch (e) {
      read = e.constructor.name;
    }
    let write;
    try {
      fn[key] = 1;
      write = 'ok';
    } catch (e) {
      write = e.constructor.name;
    }
    console.log(kind, key, own, read, write);
  }
}
try {
  d.get();
} catch (e) {
  console.log(e.message);
}
