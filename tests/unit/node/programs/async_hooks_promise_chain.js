// createHook with promises: every promise is a PROMISE resource (its trigger the promise it
// derives from), each reaction runs between its derived promise's before and after, and
// promiseResolve fires as a promise settles: then/catch/finally chains, a handler that
// returns a thenable, resolving with another promise, Promise.reject, the combinators.
const ah = require('async_hooks');
const events = [];
const hook = ah.createHook({
  init(id, type, trigger, resource) {
    events.push(`init ${type} ${id} ${trigger} ${ah.executionAsyncId()} ${resource instanceof Promise}`);
  },
  before(id) { events.push(`before ${id} ${ah.executionAsyncId()} ${ah.triggerAsyncId()}`); },
  after(id) { events.push(`after ${id}`); },
  promiseResolve(id) { events.push(`resolve ${id} ${ah.executionAsyncId()}`); },
});
hook.enable();
const log = (label) => events.push(`${label}: ${ah.executionAsyncId()} ${ah.triggerAsyncId()}`);

const p = Promise.resolve(1);
p.then((v) => {
  log('then 1');
  return { then(resolve) { log('thenable'); resolve(v + 1); } };
}).then(() => {
  log('then 2');
  throw new Error('no');
}).catch(() => log('catch')).finally(() => log('finally'));

new Promise((resolve) => resolve(Promise.resolve('inner'))).then(() => log('outer'));
Promise.reject(new Error('r')).catch(() => log('rejected'));
Promise.all([p, 2]).then(() => log('all'));
Promise.race([new Promise(() => {}), p]).then(() => log('race'));

setTimeout(() => {
  hook.disable();
  console.log(events.join('\n'));
}, 10);
