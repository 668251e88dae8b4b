// executionAsyncResource() inside a reaction is the promise it settles, and state stored on
// it stays for that job only; a timer made in a reaction is triggered by the promise; a
// promise shows its async ids (Node's symbols) while the hooks number promises.
const ah = require('async_hooks');
const util = require('util');
const events = [];
const hook = ah.createHook({ init() {} }).enable();
const log = (label) => events.push(`${label}: ${ah.executionAsyncId()} ${ah.triggerAsyncId()}`);

const first = Promise.resolve(1);
const derived = first.then(() => {
  const resource = ah.executionAsyncResource();
  events.push(`resource is derived: ${resource === derived} ${resource instanceof Promise}`);
  resource.mark = 'set in job';
  setTimeout(() => {
    log('timer from reaction');
    events.push(`timer resource is promise: ${ah.executionAsyncResource() instanceof Promise}`);
  }, 1);
});
derived.then(() => {
  const resource = ah.executionAsyncResource();
  events.push(`second job resource: ${resource === derived} ${resource.mark}`);
  events.push(util.inspect(first));
});
events.push(`top-level resource is a promise: ${ah.executionAsyncResource() instanceof Promise}`);

setTimeout(() => {
  hook.disable();
  console.log(events.join('\n'));
}, 10);
