// push, pop and slice over array-likes (ECMA-262 23.1.3.22, .23, .28).
const o = { length: 2, 0: 'a', 1: 'b' };
console.log(Array.prototype.push.call(o, 'c', 'd'), JSON.stringify(o));
console.log(Array.prototype.pop.call(o), JSON.stringify(o));
const empty = {};
console.log(Array.prototype.pop.call(empty), JSON.stringify(empty));
console.log(Array.prototype.push.call(empty), JSON.stringify(empty));
console.log(Array.prototype.slice.call({ length: 4, 0: 'w', 2: 'y', 3: 'z' }, 1));
console.log(Array.prototype.slice.call({ length: 4, 0: 'w', 2: 'y', 3: 'z' }, -3, -1));
console.log(Array.prototype.slice.call('hello', 1, 3));
try {
  Array.prototype.push.call({ length: 9007199254740991 }, 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
