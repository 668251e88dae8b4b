// hostile: worker_threads
const { Worker } = require('worker_threads');
console.log('before');
new Worker('1', { eval: true });
