// worker_threads from an ES module: named imports from 'node:worker_threads', and a worker
// started from a file next to the module (a CommonJS file, found in the same tree).
import { Worker, isMainThread, threadId } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
const file = fileURLToPath(new URL('./worker.cjs', import.meta.url));
console.log('main', isMainThread, threadId);
const w = new Worker(file, { workerData: [1, 2, 3] });
w.on('message', (m) => console.log('message', m));
w.on('exit', (code) => console.log('exit', code));
await new Promise((resolve) => w.once('online', resolve));
console.log('top-level await saw the worker come online');
