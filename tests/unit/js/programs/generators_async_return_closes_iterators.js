// An async generator's return() at a yield inside an expression unwinds it and closes the
// for await's iterator (AsyncIteratorClose) and a pattern's iterator around the yield.
function mk(tag) {
  return { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 1, done: false }); }, return() { console.log('close', tag); return Promise.resolve({}); } }; } };
}
function f(a, b) { return a + b; }
async function* g() {
  for await (const x of mk('for-await')) { f(1, yield x); }
}
async function* g2() {
  for (const x of [1]) { [{} = yield] = { [Symbol.iterator]() { return { next() { return {}; }, return() { console.log('close pattern'); return {}; } }; } }; }
}
(async () => {
  let it = g(); await it.next(); console.log(await it.return(5));
  it = g2(); await it.next(); console.log(await it.return(6));
})();
