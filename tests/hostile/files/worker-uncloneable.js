// hostile: worker_threads
const { Worker } = require('worker_threads');
const w = new Worker('', { eval: true });
w.postMessage({ f: new WeakMap() });
