// Eight workers busy at once share the machine's cores: a timer set for one and a half times
// what the same loop takes alone fires before the first of them finishes.
const { Worker } = require('worker_threads');
const N = 5e7;
function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
work(N);  // warm: the timed run below is the optimised loop, as in a busy worker
const t0 = Date.now();
work(N);
const alone = Date.now() - t0;
let done = 0;
setTimeout(() => console.log('timer: workers done so far', done), 1.5 * alone + 20);
for (let k = 0; k < 8; k++) {
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
    work(workerData);
    parentPort.postMessage('done');
  `, { eval: true, workerData: N });
  w.on('message', () => {
    if (++done === 8) console.log('all eight workers done');
  });
}
