// A worker's console.log is written by the main thread's loop: while main is busy (a 200 ms
// loop) the worker's lines wait; they come out in main's poll phase, after its own
// synchronous output and after the timer that was due first, and before 'exit'.
const { Worker } = require('worker_threads');
const w = new Worker(`
console.log('worker line 1');
console.log('worker line 2');
`, { eval: true });
w.on('exit', (c) => console.log('exit', c));
const end = Date.now() + 200;
while (Date.now() < end) {}
console.log('main was busy for 200 ms');
setTimeout(() => console.log('main timeout 0'), 0);
