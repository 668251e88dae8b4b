// async_hooks ids: executionAsyncId/triggerAsyncId in each kind of callback, in Node's
// numbering (stdout a pipe: its first write makes a PIPEWRAP and each batch of writes an
// afterWrite TickObject), AsyncResource ids, and 0/0 in promise jobs and at exit.
const { executionAsyncId: eid, triggerAsyncId: tid, AsyncResource } = require('async_hooks');
const nid = () => new AsyncResource('x').asyncId();
console.log('main', eid(), tid(), nid());
process.nextTick(() => {
  console.log('tick', eid(), tid(), nid());
  process.nextTick(() => console.log('tick2', eid(), tid(), nid()));
});
Promise.resolve().then(() => console.log('then', eid(), tid(), nid()));
setTimeout(() => {
  console.log('timeout', eid(), tid());
  setTimeout(() => console.log('nested timeout', eid(), tid()));
  process.nextTick(() => console.log('tick in timeout', eid(), tid()));
}, 10);
setImmediate(() => console.log('immediate', eid(), tid()));
const iv = setInterval(() => {
  console.log('interval', eid(), tid());
  clearInterval(iv);
}, 30);
const r = new AsyncResource('Job', { triggerAsyncId: 1 });
r.runInAsyncScope(() => console.log('resource', eid() === r.asyncId(), tid()));
try {
  new AsyncResource('Bad', { triggerAsyncId: -2 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
process.on('exit', () => console.log('exit', eid(), tid()));
