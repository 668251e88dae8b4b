setTimeout(() => { console.log('t1'); process.nextTick(() => console.log('t1 nextTick'));
  Promise.resolve().then(() => console.log('t1 promise')); }, 2);
setTimeout(() => console.log('t2 same list'), 2);
setTimeout(() => { console.log('t3 5ms list'); process.nextTick(() => console.log('t3 nextTick')); }, 5);
setTimeout(() => console.log('t4'), 5);
const end = Date.now() + 10; while (Date.now() < end) {}
