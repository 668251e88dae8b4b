// worker.unref(): a worker that never ends no longer keeps the process alive; when the main
// thread has nothing left, the process exits and the worker is stopped with it.
const { Worker, MessageChannel } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
setInterval(() => parentPort.postMessage('tick'), 10);
`, { eval: true });
let ticks = 0;
w.on('message', () => {
  if (++ticks === 3) {
    console.log('three ticks: unref the worker');
    w.unref();
  }
});
w.on('exit', (c) => console.log('never printed: the process ends first', c));
const { port1 } = new MessageChannel();
port1.on('message', () => {});
port1.unref();
process.on('exit', (c) => console.log('process exit', c, 'ticks', ticks));
