// Number, String and Boolean objects are objects that carry a primitive.
const n = new Number(2), s = new String('ab'), b = new Boolean(false);
console.log(typeof n, typeof s, typeof b, 2 !== n, 2 == n, !!b, b ? 'truthy' : 'falsy');
console.log(n, s, b, [n, s, b], { n });
console.log(n.valueOf(), s.valueOf(), b.valueOf(), n.toString(), s.toString(), b.toString());
console.log(n + 1, s + 'c', `${s}`, n * 3, -n, s == 'ab', s === 'ab', new String('a') == new String('a'));
console.log(s.length, s[0], s[1], s[2], Object.keys(s), 0 in s, 'length' in s, 2 in s);
console.log(JSON.stringify(s), JSON.stringify({ n, s, b }), JSON.stringify([new Number(NaN)]));
console.log(Object(1), Object('x'), Object(true), typeof Object(1), Object(1) instanceof Number);
console.log(n instanceof Number, 2 instanceof Number, Object.prototype.toString.call(n));
console.log(Object.prototype.toString.call(s), Object.prototype.toString.call(b));
console.log(n.toFixed(2), s.toUpperCase(), s.charAt(1), s.slice(1), s.at(-1));
n.extra = 1;
s.extra = 1;
console.log(n, s);
console.log(new String(''), new Number(-0), new Number(NaN), new String("it's"), new Boolean());
console.log(Number(new Number(5)), String(new String('q')), Boolean(new Boolean(false)));
console.log(Object.getPrototypeOf(n) === Number.prototype, n.constructor === Number);
const t = Object('str');
t[5] = 'z';
t[0] = 'X';
delete t[1];
console.log(t, t.length, t[0], t[1], Object.getOwnPropertyNames(t));
console.log([new Number(3), new Number(1)].sort((x, y) => x - y), new String('a') < new String('b'));
Number.prototype.sloppyThis = function () { return typeof this; };
Number.prototype.strictThis = function () { 'use strict'; return typeof this; };
console.log((1).sloppyThis(), n.sloppyThis(), (1).strictThis(), n.strictThis());
String.prototype.self = function () { return this; };
console.log('abc'.self(), typeof 'abc'.self());
for (const [m, v] of [['Number', 'x'], ['String', 1], ['Boolean', 0]]) {
  for (const k of ['valueOf', 'toString']) {
    try { globalThis[m].prototype[k].call(v); } catch (e) { console.log(e.message); }
  }
}
try { Number.prototype.toFixed.call('1'); } catch (e) { console.log(e.message); }
console.log([...new String('hé')], Array.prototype.map.call(new String('ab'), (c) => c + c));
console.log(new Map([[new Number(1), new String('x')]]), new Set([new Boolean(true)]));
class Money extends Number { twice() { return this * 2; } }
const m = new Money(21);
console.log(m.twice(), m + 0, m instanceof Number, typeof m);
const tricky = { toString() { return '1'; }, valueOf() { return new Object(); } };
console.log(Number(tricky), String({ toString() { return new String('x').valueOf(); } }));
console.log(new Number({ valueOf() { return new Number(4).valueOf(); } }));
const obj = { a: [1, { b: 2 }] };
console.log(JSON.stringify(obj, null, new Number(2.9)) === JSON.stringify(obj, null, 2));
console.log(JSON.stringify(obj, null, new String('--')));
