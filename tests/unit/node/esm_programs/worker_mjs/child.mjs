import { parentPort, workerData, isMainThread, resourceLimits } from 'node:worker_threads';
const x = await Promise.resolve(workerData.n * 2);
parentPort.postMessage({
  x,
  isMainThread,
  url: import.meta.url.endsWith('/child.mjs'),
  old: resourceLimits.maxOldGenerationSizeMb,
  stack: resourceLimits.stackSizeMb,
});
