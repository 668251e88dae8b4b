// Array methods over array-likes (splice, concat, reverse, shift, unshift, fill, at,
// toString) and ArraySpeciesCreate: constructor[@@species] decides the result's kind.
const f = (x, i) => x + i;
console.log(Array.prototype.map.call({ length: 2, 0: 'a', 1: 'b' }, f), Array.prototype.map.call('ab', f));
function fn(a, b, c) {}
fn[0] = 1;
console.log(Array.prototype.map.call(fn, (x) => x));
const like = () => ({ length: 3, 0: 'a', 1: 'b', 2: 'c' });
let o = like();
console.log(Array.prototype.splice.call(o, 1, 1), o);
o = like();
console.log(Array.prototype.splice.call(o, 1, 0, 'x', 'y'), o);
o = like();
console.log(Array.prototype.splice.call(o, -1), o, Array.prototype.splice.call(like()));
o = { length: 4, 0: 'a', 2: 'c' };
console.log(Array.prototype.reverse.call(o));
o = like();
console.log(Array.prototype.shift.call(o), o, Array.prototype.shift.call({}));
o = { length: 1, 0: 'a' };
console.log(Array.prototype.unshift.call(o, 'y', 'z'), o);
console.log(Array.prototype.fill.call({ length: 3 }, 0, 1), Array.prototype.at.call('abc', -1));
console.log(Array.prototype.concat.call(1, 2), [].concat({ length: 1, 0: 'z' }), Array.prototype.concat.call({}, [1]));
console.log(Array.prototype.toString.call({ join: () => 'J' }), Array.prototype.toString.call({}));
let calls = 0;
const counted = { length: { valueOf() { calls++; return 2; } }, 0: 1, 1: 2 };
console.log(Array.prototype.join.call(counted), Array.prototype.reverse.call(counted)[0], calls);
Array.prototype[1] = 'proto';
console.log([0, , 2].map((x) => x), [0, , 2].join('-'), [0, , 2].indexOf('proto'));
const holey = [0, , 2];
console.log(holey.reverse(), holey.hasOwnProperty(1));
delete Array.prototype[1];
class MyArr extends Array {}
const ma = MyArr.from([1, 2, 3]);
const kinds = [ma.map((x) => x), ma.filter((x) => x), ma.slice(1), ma.splice(0, 1), ma.concat([1])];
console.log(kinds.map((k) => k instanceof MyArr && k.constructor.name), kinds[0]);
const arr = [1, 2, 3];
arr.constructor = function (n) { console.log('never called', n); };
console.log(arr.map((x) => x), arr.slice(1));
arr.constructor = undefined;
console.log(arr.map((x) => x * 2));
for (const bad of [5, 'x', null, true]) {
  arr.constructor = bad;
  try { console.log(arr.map((x) => x)); } catch (e) { console.log(e.constructor.name, e.message); }
}
arr.constructor = MyArr;
console.log(arr.filter((x) => x > 1), arr.concat(4));
class Counting extends Array {
  constructor(...a) { super(...a); Counting.made = (Counting.made || 0) + 1; }
}
const c = Counting.of(1, 2, 3);
c.map((x) => x);
c.splice(0, 1);
console.log(Counting.made, c);
console.log(Math.max.apply(null, { length: 3, 0: 1, 1: 5, 2: 3 }));
