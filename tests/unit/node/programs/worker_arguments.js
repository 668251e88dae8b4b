// The checks node's Worker and MessagePort make before anything runs: each error is thrown
// at once, at the call, with node's code and message.
const { Worker, MessageChannel } = require('worker_threads');
const attempts = [
  () => new Worker(42),
  () => new Worker(42, { eval: true }),
  () => new Worker('worker.js'),
  () => new Worker('1', { eval: true, workerData: new WeakSet() }),
  () => { const { port1 } = new MessageChannel(); port1.postMessage(1, [port1]); },
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('never delivered', m));
port1.close();
port1.postMessage('after close: dropped silently');
port2.on('close', () => console.log('port2 closed because port1 was'));
