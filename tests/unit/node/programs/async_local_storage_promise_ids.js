// AsyncLocalStorage switches Node 20's storage hook on, and with it the promise hooks: from
// then on promises take async ids, a reaction runs as its derived promise, and a timer made in
// one is triggered by it; disabling the last store switches them off one microtask later.
const { AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const lines = [];
const log = (label) => lines.push(`${label}: ${executionAsyncId()} ${triggerAsyncId()}`);
Promise.resolve().then(() => log('before any store'));
const als = new AsyncLocalStorage();
als.run('a', () => {
  Promise.resolve().then(() => {
    log(`then, store ${als.getStore()}`);
    setTimeout(() => {
      log(`timer, store ${als.getStore()}`);
      als.disable();
      Promise.resolve().then(() => log('same drain after disable'));
      setTimeout(() => {
        Promise.resolve().then(() => log('later'));
        setTimeout(() => console.log(lines.join('\n')), 1);
      }, 1);
    }, 1);
  });
});
