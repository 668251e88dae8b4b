const { parentPort, workerData, isMainThread } = require('worker_threads');
parentPort.postMessage({ sum: workerData.reduce((a, b) => a + b, 0), isMainThread });
