// AsyncLocalStorage: the store follows every way a callback is queued (timers, immediates,
// nextTick, then/await, queueMicrotask, fs callbacks), run/exit/enterWith/disable, the
// store of a `then` is the one at `then` time (not at resolve time), bind and snapshot,
// AsyncResource's scope, and another instance's enterWith surviving a run().
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (tag) => console.log(tag, als.getStore(), other.getStore());
log('top');
als.run('A', () => {
  other.enterWith('O');
  setTimeout(() => log('timeout'), 1);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('then'));
  queueMicrotask(() => log('microtask'));
  (async () => {
    await null;
    log('await');
    await new Promise((r) => setTimeout(r, 20));
    log('await after timer');
  })();
  fs.readFile(__filename, () => {
    log('readFile');
    fs.stat(__filename, () => log('stat'));
  });
  als.exit(() => {
    log('exit');
    setTimeout(() => log('exit timeout'), 40);
  });
  const bound = AsyncLocalStorage.bind(() => log('bound'));
  const snap = AsyncLocalStorage.snapshot();
  als.run('B', () => {
    bound();
    snap(() => log('snapshot'));
    log('inner');
  });
});
log('after run');
let resolve;
const p = new Promise((r) => (resolve = r));
als.run('then-time', () => p.then(() => log('p.then')));
als.run('resolve-time', () => resolve());
const resource = als.run('R', () => new AsyncResource('X'));
resource.runInAsyncScope(() => log('resource'));
als.run('dis', () => {
  als.disable();
  log('disabled');
  als.run('again', () => log('re-enabled'));
});
setTimeout(() => {
  log('late');
  als.enterWith('E');
  setTimeout(() => log('late2'));
}, 60);
