// A worker with resourceLimits.maxOldGenerationSizeMb that outgrows its heap is ended alone:
// its parent gets ERR_WORKER_OUT_OF_MEMORY as an 'error', then 'exit' with 1, and goes on.
const { Worker } = require('worker_threads');
const w = new Worker('const keep = []; for (;;) keep.push(new Array(1e5).fill(1));', {
  eval: true,
  resourceLimits: { maxOldGenerationSizeMb: 16 },
});
w.on('error', (e) => console.log('error', e.name, e.code, e.message));
w.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('the main thread goes on'), 10);
});
