// return() and throw() called while a next() is still pending: requests wait in the
// generator's queue and settle in order.
async function* gen() {
  try {
    console.log('start');
    await new Promise((r) => setTimeout(r, 0));
    yield 'a';
    yield 'b';
  } finally {
    console.log('finally');
    await null;
    console.log('finally after await');
  }
}
const it = gen();
const p1 = it.next();
const p2 = it.return('R');
const p3 = it.next();
const p4 = it.throw(new Error('late'));
p1.then((r) => console.log('p1', r));
p2.then((r) => console.log('p2', r));
p3.then((r) => console.log('p3', r));
p4.then((r) => console.log('p4', r), (e) => console.log('p4 rejected', e.message));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
console.log('sync end');
const g2 = gen();
g2.return(Promise.resolve('early')).then((r) => console.log('g2 return', r));
g2.next().then((r) => console.log('g2 next', r));
