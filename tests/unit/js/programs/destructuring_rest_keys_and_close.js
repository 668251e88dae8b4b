// Object rest excludes every key the pattern read, computed ones as evaluated (ToPropertyKey
// once); a string source spreads its characters; IteratorClose wants an object from return().
const log = [];
const key = { toString() { log.push('toString'); return 'b'; } };
const src = { a: 1, 1: 'one', b: 2, c: 3, get d() { log.push('get d'); return 4; } };
const { a, [key]: bb, 1: one, ...rest } = src;
console.log(a, bb, one, rest, log);
let x, y, r;
({ x, [1 + 1]: y, ...r } = { x: 1, 2: 'two', z: 3 });
console.log(x, y, r);
const sym = Symbol('s');
const { [sym]: s, ...noSym } = { [sym]: 'sv', k: 1 };
console.log(s, noSym);
function f({ p, ...q }) { return [p, q]; }
console.log(f({ p: 1, q: 2 }), f('str'));
for (const { id, ...others } of [{ id: 1, n: 'a' }, { id: 2 }]) console.log(id, others);
let fromString;
({ ...fromString } = 'hi');
console.log(fromString);
// return() giving a non-object after a pattern that did not exhaust the iterator.
function iterable(result) {
  return {
    [Symbol.iterator]() {
      return { next() { return { value: 1, done: false }; }, return() { log.push('return'); return result; } };
    },
  };
}
for (const result of [null, undefined, 1, {}]) {
  try {
    const [first] = iterable(result);
    console.log('closed', first, result);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
console.log(log);
