// A MessageChannel on one thread: a message is a task for the receiving loop (poll phase),
// after this turn's ticks and microtasks; its structured clone keeps shared references.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const shared = { tag: 'shared' };
const value = { a: [1, 2, shared], b: shared, m: new Map([[1, { x: 1 }]]), s: new Set(['y']),
  d: new Date(0), e: new RangeError('bad'), r: /ab+c/gi };
value.self = value;
port2.on('message', (m) => {
  if (m === 'second') {
    console.log('message', m);
    port2.close();
    return;
  }
  console.log('message', m.a[2] === m.b, m.self === m, m.m.get(1), [...m.s], m.d.toISOString());
  console.log(m.e instanceof RangeError, m.e.message, m.r.source, m.r.flags);
  process.nextTick(() => console.log('tick between the two messages'));
});
port2.on('close', () => console.log('port2 closed'));
port1.postMessage(value);
port1.postMessage('second');
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('posted; the original is not moved:', value.a.length);
