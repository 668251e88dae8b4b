// Every Array mutator throws a TypeError on a target that refuses the write (frozen,
// sealed, non-extensible, read-only elements or length), in sloppy code too.
const cases = {
  frozen: () => Object.freeze([1, 2]),
  sealed: () => Object.seal([1, 2]),
  nonExtensible: () => Object.preventExtensions([1, 2]),
  readOnlyElement: () => Object.defineProperty([1, 2], 0, { value: 1, writable: false }),
  readOnlyLength: () => Object.defineProperty([1, 2], 'length', { writable: false }),
};
const mutators = {
  push: (a) => a.push(3),
  pop: (a) => a.pop(),
  shift: (a) => a.shift(),
  unshift: (a) => a.unshift(0),
  reverse: (a) => a.reverse(),
  sort: (a) => a.sort((x, y) => y - x),
  splice: (a) => a.splice(0, 1, 9),
  fill: (a) => a.fill(7),
};
for (const [name, make] of Object.entries(cases)) {
  for (const [m, f] of Object.entries(mutators)) {
    const a = make();
    let r;
    try {
      r = 'ok ' + JSON.stringify(f(a));
    } catch (e) {
      r = e.constructor.name + ': ' + e.message;
    }
    console.log(name, m, r, JSON.stringify(a));
  }
}
// An array-like that refuses too.
const frozenLike = Object.freeze({ length: 1, 0: 'a' });
try { Array.prototype.pop.call(frozenLike); } catch (e) { console.log(e.constructor.name); }
// A setter on the element is an accessor element: the methods see it.
const acc = [1, 2, 3];
Object.defineProperty(acc, 1, { get() { return 9; }, configurable: true });
console.log(acc.map((v) => v), acc.indexOf(9), acc.includes(9), acc.join('-'));
const setterOnly = [];
Object.defineProperty(setterOnly, 1, { set() {}, configurable: true });
console.log(setterOnly.map((v, i) => [v, i]));
