// worker_threads basics: the main script, its ticks and immediates run long before the new
// thread is online (starting a worker takes milliseconds); the worker sees workerData, its
// own threadId and isMainThread false, and answers with messages.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
console.log('main', isMainThread, threadId, parentPort, workerData);
const w = new Worker(`
const { parentPort, workerData, isMainThread, threadId } = require('worker_threads');
parentPort.postMessage({ isMainThread, threadId, workerData });
parentPort.postMessage({ hi: workerData.n * 2 });
setTimeout(() => parentPort.postMessage('bye from a worker timer'), 5);
`, { eval: true, workerData: { n: 21 } });
w.on('online', () => console.log('online'));
w.on('message', (m) => console.log('message', m));
w.on('exit', (c) => console.log('exit', c));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
console.log('end of main', w.threadId);
