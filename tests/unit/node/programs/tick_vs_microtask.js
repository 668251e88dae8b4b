// processTicksAndRejections: all nextTicks, then all microtasks, repeated.
const log = (s) => console.log(s);
Promise.resolve().then(() => { log('p1'); process.nextTick(() => log('n2 from microtask'));
  Promise.resolve().then(() => log('p3 from microtask')); });
Promise.resolve().then(() => log('p2'));
process.nextTick(() => { log('n1'); process.nextTick(() => log('n1b from nextTick'));
  Promise.resolve().then(() => log('p from n1')); });
log('sync end');
