// Array[@@species] and Promise[@@species] are getters returning `this`; the methods that
// make a new array ask O.constructor[@@species]; concat spreads by @@isConcatSpreadable.
const d = Object.getOwnPropertyDescriptor(Array, Symbol.species);
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
console.log(Array[Symbol.species] === Array, Promise[Symbol.species] === Promise);
class MyArray extends Array {}
console.log(MyArray[Symbol.species] === MyArray, new MyArray(1, 2).map((x) => x) instanceof MyArray);
const a = [1, 2, 3];
a.constructor = { [Symbol.species]: function (n) { this.made = n; } };
console.log(a.map((x) => x * 2), a.filter((x) => x > 1), a.slice(1), a.concat(4));
a.constructor = { [Symbol.species]: null };
console.log(Array.isArray(a.map((x) => x)));
a.constructor = { [Symbol.species]: 1 };
try { a.map((x) => x); } catch (e) { console.log(e.constructor.name, e.message); }
class Frozen extends Array { constructor(n) { super(n); Object.preventExtensions(this); } }
try { Frozen.from([1]).map((x) => x); } catch (e) { console.log(e.constructor.name, e.message); }
// @@isConcatSpreadable
const like = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
const notSpread = [7, 8];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([0].concat(like, notSpread, 'str', [9]));
console.log(Array.prototype.concat.call(1, 2), typeof Array.prototype.concat.call('s')[0]);
const getterThrows = {};
Object.defineProperty(getterThrows, Symbol.isConcatSpreadable, { get() { throw new Error('asked'); } });
try { [].concat(getterThrows); } catch (e) { console.log(e.message); }
// Promise subclasses through the same getter.
class P extends Promise {}
console.log(P.resolve(1).then(() => {}) instanceof P);
class Q extends Promise { static get [Symbol.species]() { return Promise; } }
const q = Q.resolve(1).then(() => {});
console.log(q instanceof Q, q instanceof Promise);
