// CPU work in a worker keeps the main loop responsive: the interval keeps ticking while the
// worker adds up 3e8 numbers, and the answer comes back as a message.
const { Worker } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.on('message', (n) => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i;
  parentPort.postMessage(sum);
});
`, { eval: true });
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 10);
w.postMessage(3e8);
w.on('message', (sum) => {
  console.log('sum', sum, 'the interval kept ticking:', ticks >= 10);
  clearInterval(iv);
  w.terminate().then((code) => console.log('terminate() resolved with', code));
});
w.on('exit', (code) => console.log('exit', code));
