setImmediate(() => { console.log('I1'); setImmediate(() => console.log('I3'));
  process.nextTick(() => console.log('I1 nextTick')); Promise.resolve().then(() => console.log('I1 microtask'));
  setTimeout(() => console.log('T'), 0); });
setImmediate(() => { console.log('I2'); const e = Date.now() + 5; while (Date.now() < e) {} });
