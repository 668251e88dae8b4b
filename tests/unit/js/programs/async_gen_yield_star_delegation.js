// yield* delegation from an async generator to an async generator, a sync generator and
// an array, interleaved with a then-chain.
async function* inner() {
  yield 'i1';
  await null;
  yield 'i2';
  return 'inner result';
}
function* sync() {
  yield 's1';
  yield Promise.resolve('s2');
}
async function* outer() {
  const r = yield* inner();
  console.log('inner returned', r);
  yield* sync();
  yield* ['a1', 'a2'];
  return 'outer done';
}
(async () => {
  for await (const v of outer()) console.log('got', v);
  console.log('loop end');
})();
let p = Promise.resolve();
for (let i = 1; i <= 12; i++) p = p.then(() => console.log('tick', i));
// yield* over an iterator without throw(): the iterator is closed, then a TypeError.
(async () => {
  const inner = {
    [Symbol.asyncIterator]() {
      return {
        next: () => ({ value: 'n', done: false }),
        return: () => { console.log('inner closed'); return {}; },
      };
    },
  };
  const it = (async function* () { yield* inner; })();
  await it.next();
  await it.throw(new Error('x')).catch((e) => console.log(e.constructor.name, e.message));
  const sync = (function* () { yield* { [Symbol.iterator]: () => ({ next: () => ({ done: false }) }) }; })();
  sync.next();
  try { sync.throw(new Error('y')); } catch (e) { console.log(e.constructor.name, e.message); }
})();
