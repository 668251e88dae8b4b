// yield of a promise, a thenable and a rejected promise: an async generator awaits what
// it yields, and each step costs microtask turns a then-chain can count.
async function* gen() {
  yield 1;
  yield Promise.resolve(2);
  yield { then(resolve) { console.log('thenable then'); resolve(3); } };
  try {
    yield Promise.reject(new Error('boom'));
  } catch (e) {
    console.log('caught', e.message);
  }
  yield new Promise((r) => r(5));
  return Promise.resolve(6);
}
const it = gen();
let tick = 0;
(function ticker() {
  if (tick++ < 14) Promise.resolve().then(() => { console.log('tick', tick); ticker(); });
})();
(async () => {
  for (;;) {
    const r = await it.next();
    console.log('result', r.value, r.done);
    if (r.done) break;
  }
})();
