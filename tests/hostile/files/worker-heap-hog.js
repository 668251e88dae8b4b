// hostile: worker_threads
const { Worker } = require('worker_threads');
new Worker('const keep = []; for (;;) keep.push(new Array(1e5).fill(1));', { eval: true });
