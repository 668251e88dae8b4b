// golden: stderr
// events: Node 20 EventEmitter semantics (newListener/removeListener, once wrappers, per-instance
// state, argument checks, warnings, captureRejections, errorMonitor, ERR_UNHANDLED_ERROR).
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (t, l) => console.log('newListener', t, typeof l));
e.on('removeListener', (t, l) => console.log('removeListener', t, l.name));
function a() { console.log('a'); }
function b() { console.log('b'); }
e.once('x', a);
e.prependListener('x', b);
console.log(e.rawListeners('x').map((f) => f.name), e.rawListeners('x')[1].listener === a, typeof e._events.x);
e.emit('x'); e.emit('x');
e.on('y', a); e.on('y', b);
e.removeAllListeners('y');
e.removeAllListeners();
console.log(e.eventNames(), e.listenerCount('x'));
function Sub() {}
Sub.prototype = new EventEmitter();
const s1 = new Sub(), s2 = new Sub();
s1.on('z', () => console.log('s1 z'));
s2.emit('z'); console.log(s2.listenerCount('z'), s1.listenerCount('z'));
try { e.on('q', 1); } catch (err) { console.log(err.message, err.code); }
try { e.setMaxListeners(-1); } catch (err) { console.log(err.message, err.code); }
const m = new EventEmitter();
for (let i = 0; i < 11; i++) m.on('leak', () => {});
process.on('warning', (w) => console.log('warning event', w.name, w.count));
process.emitWarning('something odd', 'CustomWarning', 'CODE1');
process.emitWarning('plain');
process.nextTick(() => console.log('tick'));
EventEmitter.once(m, 'go').then((args) => console.log('once', args));
m.emit('go', 1, 2);
const c = new EventEmitter({ captureRejections: true });
c.on('evt', async () => { throw new Error('kaboom'); });
c.on('error', (err) => console.log('captured', err.message));
c.emit('evt');
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err));
try { e.emit('error', 'x'); } catch (err) { console.log(err.message, err.code, err.context); }
try { e.emit('error'); } catch (err) { console.log(err.message); }
try { e.emit('error', { a: 1 }); } catch (err) { console.log(err.message); }
