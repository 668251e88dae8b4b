// events: symbol event names in eventNames/removeAllListeners, errorMonitor and
// captureRejectionSymbol as symbols, defaultMaxListeners' validating setter, the
// ERR_UNHANDLED_ERROR message for non-Error values; assert.match / doesNotMatch.
const EventEmitter = require('events');
const assert = require('assert');
function t(f) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
const s = Symbol('s');
const ee = new EventEmitter();
const m = () => {};
ee.on('foo', m);
ee.on(s, m);
console.log(ee.eventNames(), Reflect.ownKeys({ a: 1, [s]: 2 }));
ee.on('removeListener', (name, fn) => console.log('removed', name, fn === m));
ee.removeAllListeners();
console.log(ee.eventNames());
console.log(typeof EventEmitter.errorMonitor, String(EventEmitter.errorMonitor),
            EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
const mon = new EventEmitter();
mon.on(EventEmitter.errorMonitor, (e) => console.log('monitored', e.message));
mon.on('error', (e) => console.log('handled', e.message));
mon.emit('error', new Error('x'));
t(() => { EventEmitter.defaultMaxListeners = -1; });
t(() => { EventEmitter.defaultMaxListeners = NaN; });
t(() => { EventEmitter.defaultMaxListeners = 'ten'; });
EventEmitter.defaultMaxListeners = 3;
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
EventEmitter.defaultMaxListeners = 10;
t(() => EventEmitter.setMaxListeners(1, 'INVALID_EMITTER'));
t(() => new EventEmitter().emit('error', 'a string'));
t(() => new EventEmitter().emit('error', { message: 'obj' }));
t(() => new EventEmitter().emit('error'));
t(() => assert.match('abc', /b/));
t(() => assert.match('abc', /x/));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.doesNotMatch('abc', /x/));
t(() => assert.match(1, /x/));
t(() => assert.match('a', 'a'));
t(() => assert.match('a', /x/, 'custom'));
const rej = new EventEmitter({ captureRejections: true });
rej[Symbol.for('nodejs.rejection')] = (err, type, arg) => console.log('rejection', err.message, type, arg);
rej.on('go', async () => { throw new Error('async boom'); });
rej.emit('go', 7);
