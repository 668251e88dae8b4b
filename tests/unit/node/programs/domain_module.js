// require('domain'): process.domain follows run/enter/exit and flows into timers,
// immediates and nextTicks created inside; a throw in a domain's callback reaches its
// 'error' event (not 'uncaughtException'); emitters join the active domain or are added;
// bind and intercept; a domain without 'error' listeners lets the error through.
const domain = require('domain');
const EventEmitter = require('events');
console.log('before', process.domain, Object.keys(domain));
const d = domain.create();
d.name = 'd';
const name = () => (process.domain ? process.domain.name : String(process.domain));
d.on('error', (e) => {
  console.log('d error:', e.message, e.domain === d, e.domainThrown, name());
});
d.run(() => {
  console.log('in run', name(), domain.active === d);
  setTimeout(() => console.log('timeout', name()), 30);
  setImmediate(() => console.log('immediate', name()));
  process.nextTick(() => console.log('tick', name()));
  setTimeout(() => {
    throw new Error('thrown in a timer');
  }, 50);
  const inner = new EventEmitter();
  console.log('emitter joins', inner.domain === d);
});
console.log('after run', name());
setTimeout(() => console.log('outside timeout', name()), 40);

const e = new EventEmitter();
d.add(e);
console.log('added', e.domain === d, d.members.length);
e.emit('error', new Error('emitted'));
e.emit('error');
d.remove(e);
console.log('removed', e.domain, d.members.length);

const bound = d.bind(function(a, b) {
  console.log('bound', a, b, name());
  return a + b;
});
console.log('bound returns', bound(1, 2), name());
const icb = d.intercept((x) => console.log('intercepted', x, name()));
icb(null, 'value');
icb(new Error('intercepted error'));

d.enter();
console.log('entered', name());
d.exit();
console.log('exited', name());

const quiet = domain.create();
process.on('uncaughtException', (err) => {
  console.log('uncaughtException', err.message, err.domain === quiet, name());
});
quiet.run(() => {
  setTimeout(() => {
    throw new Error('no listener');
  }, 60);
});
setTimeout(() => console.log('end', name()), 80);
