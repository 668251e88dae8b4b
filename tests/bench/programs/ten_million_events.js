// The app-at-scale program: about ten million step-log events in one run. Eight async
// functions await in turn (each await is a promise job) beside a nextTick chain, so the
// queues stay short: the log is long, not the state at any one step.
let awaits = 0;
let ticks = 0;
async function worker(n) {
  for (let i = 0; i < n; i++) {
    await null;
    awaits++;
  }
}
function tick(n) {
  if (n === 0) return;
  ticks++;
  process.nextTick(tick, n - 1);
}
const kAwaitsPerWorker = 150000;
const workers = [];
for (let w = 0; w < 8; w++) workers.push(worker(kAwaitsPerWorker));
tick(kAwaitsPerWorker);
Promise.all(workers).then(() => console.log('awaits', awaits, 'ticks', ticks));
