// The main thread shares the cores with its workers: the same loop takes longer on the main
// thread while four workers are busy than it took before they started.
const { Worker } = require('worker_threads');
const N = 5e7;
function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
work(N);  // warm: both timed runs are the optimised loop
let t0 = Date.now();
work(N);
const alone = Date.now() - t0;
let started = 0;
const workers = [];
for (let k = 0; k < 4; k++) {
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }
    parentPort.postMessage('started');
    work(workerData);
    parentPort.postMessage('done');
  `, { eval: true, workerData: 3 * N });
  workers.push(w);
  w.on('message', (m) => {
    if (m !== 'started' || ++started < 4) return;
    t0 = Date.now();
    work(N);
    const beside = Date.now() - t0;
    console.log('the loop beside four busy workers took longer:', beside > 1.15 * alone);
    for (const w of workers) w.terminate();
  });
}
