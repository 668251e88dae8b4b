// Promise hooks switched on and off: a promise made before enable() takes its id when first
// seen (a parent's id is set before its child's); disable() stops the hooks at once but the
// reactions keep their promise's context until a microtask switches V8's hook off; a hook
// with only before/after numbers promises lazily; a destroy-only hook numbers them too.
const ah = require('async_hooks');
const events = [];
const early = Promise.resolve('early');
const hook = ah.createHook({
  init(id, type, trigger) { events.push(`init ${type} ${id} ${trigger}`); },
  before(id) { events.push(`before ${id}`); },
  after(id) { events.push(`after ${id}`); },
});
const log = (label) => events.push(`${label}: ${ah.executionAsyncId()} ${ah.triggerAsyncId()}`);
log('before enable');
hook.enable();
early.then(() => {
  log('early then');
  hook.disable();
  Promise.resolve().then(() => log('after disable, same drain'));
}).then(() => log('chained after disable'));

setTimeout(() => {
  log('timeout');
  const lazy = ah.createHook({ before(id) { events.push(`lazy before ${id}`); } }).enable();
  Promise.resolve().then(() => log('lazy then')).then(() => {
    lazy.disable();
    const destroyOnly = ah.createHook({ destroy() {} }).enable();
    Promise.resolve().then(() => {
      log('destroy-only then');
      destroyOnly.disable();
    });
  });
}, 5);

setTimeout(() => {
  log('end');
  console.log(events.join('\n'));
}, 20);
