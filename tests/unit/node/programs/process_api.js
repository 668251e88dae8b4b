// process: cpuUsage and kill argument checks, getActiveResourcesInfo over timers and
// immediates, the capture callback, release, binding('util') and the prototype chain.
const assert = require('assert');
const EventEmitter = require('events');
function t(f) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
const u = process.cpuUsage();
console.log(typeof u.user, typeof u.system, Object.keys(u));
t(() => process.cpuUsage(1));
t(() => process.cpuUsage({}));
t(() => process.cpuUsage({ user: -1, system: 0 }));
t(() => process.cpuUsage({ user: 1, system: 'x' }));
t(() => process.cpuUsage({ user: 1, system: -2 }));
console.log(process.cpuUsage(u).user >= 0, typeof process.availableMemory(), process.constrainedMemory());
t(() => process.kill('SIGTERM'));
t(() => process.kill(0, 'nope'));
t(() => process.kill(0, 987));
t(() => process.kill(process.pid, 0));
t(() => process.kill(12345, 'SIGHUP'));
const seen = [];
const orig = process._kill;
process._kill = (pid, sig) => { seen.push([pid, sig]); return 0; };
process.kill('-1', 'SIGHUP');
process.kill(0);
process._kill = orig;
console.log(seen);
console.log(process.release.name, process.release.lts);
console.log(Object.keys(process.binding('util')).length, process.binding('util').isDate === require('util').types.isDate);
t(() => process.binding('nope'));
const proto = Object.getPrototypeOf(process);
console.log(process instanceof process.constructor, proto instanceof EventEmitter, process.constructor.name);
t(() => process.setUncaughtExceptionCaptureCallback(42));
const count = (k) => process.getActiveResourcesInfo().filter((x) => x === k).length;
setImmediate(() => {
  console.log('in immediate', count('Immediate'));
  const timer = setTimeout(() => {
    console.log('in timer', count('Timeout'));
    clearTimeout(timer);
    console.log('cleared', count('Timeout'));
  }, 10);
  const unrefed = setTimeout(() => {}, 50).unref();
  console.log('scheduled', count('Timeout'), count('Immediate'));
  process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
  console.log(process.hasUncaughtExceptionCaptureCallback());
  t(() => process.setUncaughtExceptionCaptureCallback(() => {}));
  setTimeout(() => { throw new Error('boom'); }, 20);
  setTimeout(() => {
    process.setUncaughtExceptionCaptureCallback(null);
    console.log(process.hasUncaughtExceptionCaptureCallback(), unrefed.hasRef());
  }, 30);
});
console.log('scheduled', count('Immediate'));
console.log(typeof process.hrtime.bigint);
