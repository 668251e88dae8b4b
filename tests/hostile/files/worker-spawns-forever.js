// hostile: worker_threads
const { Worker } = require('worker_threads');
new Worker(__filename);
