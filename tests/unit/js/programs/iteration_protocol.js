// The iteration protocol: user iterables everywhere, IteratorClose on break/return/throw,
// built-in iterators and how they print.
function range(n, log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          log.push('next');
          return i < n ? { value: i++, done: false } : { value: 'end', done: true };
        },
        return(v) {
          log.push('return');
          return { value: v, done: true };
        },
      };
    },
  };
}
let log = [];
for (const x of range(3, log)) log.push(x);
console.log(log.join(' '));
log = [];
for (const x of range(5, log)) if (x === 1) break;
console.log(log.join(' '));
log = [];
(function () {
  for (const x of range(5, log)) return x;
})();
console.log(log.join(' '));
log = [];
try {
  for (const x of range(5, log)) throw new Error('boom ' + x);
} catch (e) {
  console.log(e.message, log.join(' '));
}
log = [];
for (const y of [1, 2]) {
  for (const x of range(5, log)) if (x === 0) continue;
}
console.log(log.join(' '));
log = [];
const [a, b] = range(5, log);
console.log(a, b, log.join(' '));
log = [];
const [c, ...rest] = range(3, log);
console.log(c, rest, log.join(' '));
console.log([...range(3, [])], Math.max(...range(4, [])), Array.from(range(3, []), (v) => v * 10));
console.log(new Set(range(3, [])), new Map([[1, 'a']].values()));
Promise.all(range(2, [])).then((v) => console.log('all', v));
const it = [1, 2][Symbol.iterator]();
console.log(it, it[Symbol.iterator]() === it, it.next(), it.next(), it.next());
console.log(new Map([[1, 2]]).entries(), new Set([1]).values(), 'ab'[Symbol.iterator]());
console.log([...'héllo😀'], Array.prototype[Symbol.iterator] === Array.prototype.values);
const weird = [7, 8];
weird[Symbol.iterator] = () => ({ next: () => ({ done: true }) });
console.log([...weird], Array.from(weird));
function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
const o = {};
const n = 5;
t(() => { for (const x of o) {} });
t(() => { for (const x of n) {} });
t(() => [...o]);
t(() => Math.max(...o));
t(() => { const [z] = o; });
t(() => new Set(n));
t(() => { for (const x of { [Symbol.iterator]() { return 1; } }) {} });
t(() => { for (const x of { [Symbol.iterator]() { return { next() { return 1; } }; } }) {} });
t(() => { for (const x of { [Symbol.iterator]() { return { next: () => ({}), return: () => 1 }; } }) break; });
