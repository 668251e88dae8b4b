// An ES-module worker: a .mjs file started by a URL (new URL(..., import.meta.url)) and by a
// relative path; inside it, named imports from 'node:worker_threads' and top-level await.
// resourceLimits as node reports them: the worker's own while it runs, {} after 'exit'.
import { Worker, resourceLimits } from 'node:worker_threads';
console.log('main thread limits', resourceLimits);
const url = new Worker(new URL('./child.mjs', import.meta.url), {
  workerData: { n: 3 },
  resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 2 },
});
console.log('given', url.resourceLimits.maxOldGenerationSizeMb, url.resourceLimits.stackSizeMb,
  Object.keys(url.resourceLimits));
url.on('message', (m) => console.log('from the URL worker', m));
url.on('exit', (code) => {
  console.log('exit', code, url.resourceLimits);
  const path = new Worker('./child.mjs', { workerData: { n: 1 } });
  path.on('message', (m) => console.log('from the path worker', m.x, m.isMainThread));
  path.on('exit', (c) => console.log('second exit', c));
});
