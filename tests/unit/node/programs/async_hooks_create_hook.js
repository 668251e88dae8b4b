// createHook: init/before/after/destroy fire for timers, immediates, nextTicks and
// AsyncResource, with Node's resource types and ids; destroys run in the check phase;
// a throwing callback's after hook runs once 'uncaughtException' handled it; disable stops.
const ah = require('async_hooks');
const events = [];
const types = new Map();
const hook = ah.createHook({
  init(id, type, trigger, resource) {
    types.set(id, type);
    events.push(`init ${type} ${id} ${trigger} ${ah.executionAsyncId()} ${typeof resource}`);
  },
  before(id) { events.push(`before ${types.get(id)} ${id} ${ah.executionAsyncId()}`); },
  after(id) { events.push(`after ${types.get(id)} ${id}`); },
  destroy(id) { events.push(`destroy ${types.get(id)} ${id}`); },
});
events.push(`${hook.enable() === hook} ${hook.enable() === hook}`);
setTimeout(() => {
  events.push('timeout');
  process.nextTick(() => events.push('tick in timeout'));
}, 50);
setImmediate(() => events.push('immediate'));
process.nextTick(() => events.push('tick'));

const t = setTimeout(() => {}, 5);
clearTimeout(t);
const r = new ah.AsyncResource('Job');
r.runInAsyncScope(() => events.push('in resource'));
r.emitDestroy();
process.on('uncaughtException', (e) => events.push(`caught ${e.message}`));
setTimeout(() => {
  throw new Error('boom');
}, 100);
setTimeout(() => {
  hook.disable();
  setTimeout(() => {
    events.push('after disable');
    console.log(events.join('\n'));
  }, 5);
}, 150);
