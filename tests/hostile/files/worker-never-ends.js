// hostile: worker_threads
const { Worker } = require('worker_threads');
new Worker('for (;;) {}', { eval: true });
