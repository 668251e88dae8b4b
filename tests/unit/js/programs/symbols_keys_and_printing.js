// Symbols: descriptions, registry, property keys, what keys/JSON/for-in skip, printing.
const s = Symbol('foo');
const anon = Symbol();
console.log(typeof s, s.toString(), String(s), s.description, anon.description, Symbol('').description);
console.log(s, anon, Symbol.iterator, [s], { [s]: 1, a: 2 });
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s));
console.log(Symbol('x') === Symbol('x'), s == s, s === Object(s) || 'no wrapper compare');
const o = { a: 1, [s]: 'sym', b: 2 };
o[anon] = 'anon';
console.log(Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o));
for (const k in o) console.log('for-in', k);
console.log(o[s], o[anon], s in o, o.hasOwnProperty(s));
console.log({ ...o }, Object.assign({}, o));
const { [s]: picked, a: first } = o;
console.log(picked, first);
class Tagged {
  static [Symbol('static')]() {}
  [s]() { return 'method'; }
}
console.log(new Tagged()[s](), Tagged.prototype[s].name, ({ [anon]() {} })[anon].name);
const arr = [1, 2];
arr[s] = 3;
console.log(arr, JSON.stringify({ v: Symbol('x'), list: [Symbol('y')] }));
function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
t(() => s + '');
t(() => `${s}`);
t(() => s * 2);
t(() => new Symbol());
t(() => Symbol.keyFor('x'));
t(() => Symbol.prototype.toString.call(1));
t(() => undefined[s]);
t(() => null[Symbol.iterator] = 1);
t(() => [s].join());
