// for await over sync iterables (CreateAsyncFromSyncIterator): an array of promises and
// plain values, a Set, a sync generator whose loop breaks (its return() runs).
const slow = new Promise((r) => setTimeout(() => r('slow'), 5));
function* numbers() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('numbers closed');
  }
}
async function main() {
  for await (const v of [Promise.resolve('p'), 'plain', slow, 42]) console.log('array', v);
  for await (const v of new Set(['x', 'y'])) console.log('set', v);
  for await (const v of numbers()) {
    console.log('gen', v);
    if (v === 2) break;
  }
  for await (const ch of 'hi') console.log('char', ch);
  console.log('main end');
}
main();
let p = Promise.resolve();
for (let i = 1; i <= 8; i++) p = p.then(() => console.log('tick', i));
