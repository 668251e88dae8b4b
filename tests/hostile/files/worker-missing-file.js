// hostile: worker_threads
const { Worker } = require('worker_threads');
new Worker('./not-there.js');
