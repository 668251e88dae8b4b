// Two for-await loops over async generators, interleaved with a promise then-chain.
async function* count(name, n) {
  for (let i = 0; i < n; i++) {
    console.log(name, 'yield', i);
    yield i;
  }
  console.log(name, 'done');
}
async function loop(name) {
  for await (const v of count(name, 3)) console.log(name, 'got', v);
  console.log(name, 'loop end');
}
loop('A');
loop('B');
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'))
  .then(() => console.log('then 4'))
  .then(() => console.log('then 5'))
  .then(() => console.log('then 6'));
console.log('sync end');
