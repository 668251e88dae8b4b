// How many turns an async generator's steps take against a then-chain: a return of a
// promise (awaited), an empty generator, yield* of an empty async generator.
async function* returnsPromise() {
  return Promise.resolve('r');
}
async function* empty() {}
async function* delegatesEmpty() {
  yield* empty();
  return 'delegated';
}
async function* awaitsTwice() {
  await 1;
  await 2;
  yield 'after two awaits';
}
const log = (name) => (r) => console.log(name, r.value, r.done);
returnsPromise().next().then(log('returnsPromise'));
empty().next().then(log('empty'));
delegatesEmpty().next().then(log('delegatesEmpty'));
awaitsTwice().next().then(log('awaitsTwice'));
(async () => {
  console.log('async fn', await (async () => 'direct')());
})();
let p = Promise.resolve();
for (let i = 1; i <= 8; i++) p = p.then(() => console.log('tick', i));
