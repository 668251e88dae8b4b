// What goes wrong with workers, one after the other: a throw inside a worker is an 'error'
// event on the Worker, then 'exit' with 1; process.exit(7) in a worker ends only the worker;
// a file that does not exist fails in the worker too; bad arguments throw at once.
const { Worker } = require('worker_threads');
try { new Worker('nope.js'); } catch (e) { console.log(e.code, e.message); }
try {
  new Worker('1', { eval: true, workerData: { w: new WeakMap() } });
} catch (e) { console.log(e.name, e.message, e.code); }
const steps = [
  () => new Worker(`throw new TypeError('boom in worker')`, { eval: true }),
  () => new Worker(`process.on('exit', (c) => console.log('worker exit listener', c)); process.exit(7)`, { eval: true }),
  () => new Worker('./no-such-worker.js'),
  () => new Worker(`setInterval(() => {}, 1000)`, { eval: true }),
];
function next(i) {
  if (i === steps.length) return;
  const w = steps[i]();
  w.on('error', (e) => console.log(i, 'error', e.name, e.message.replace(__dirname, '.'), e instanceof Error, e.code));
  w.on('online', () => {
    console.log(i, 'online');
    if (i === 3) w.terminate().then((c) => console.log(i, 'terminated', c));
  });
  w.on('exit', (code) => { console.log(i, 'exit', code); next(i + 1); });
}
next(0);
try { new Worker('1', { eval: true }).postMessage(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
