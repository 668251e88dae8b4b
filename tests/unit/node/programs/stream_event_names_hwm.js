// The stream constructors' _events (eventNames in Node's order), `destroyed` as an accessor
// (a subclass sees false before calling the constructor), read(n) past highWaterMark raising
// it to the next power of 2, and the state getters' descriptors.
const { Readable, Writable, Duplex } = require('stream');
const r = new Readable({ read() {} });
r.on('foo', () => {}); r.on('data', () => {}); r.on('error', () => {});
console.log(r.eventNames(), new Writable().eventNames(), new Duplex().eventNames().length);
function MyReadable() {
  console.log('before', this.destroyed);
  Readable.call(this);
}
Object.setPrototypeOf(MyReadable.prototype, Readable.prototype);
const m = new MyReadable();
console.log('after', m.destroyed);
m.destroy();
console.log('destroyed', m.destroyed, m._readableState.destroyed);
const d = new Duplex();
d._readableState.destroyed = true;
console.log('half-destroyed duplex', d.destroyed);
const h = new Readable({ read() {} });
for (const n of [5, 100, 1000, 70000, 70000]) {
  h.read(n);
  console.log('hwm', n, h.readableHighWaterMark);
}
try { h.read(2 ** 31); } catch (e) { console.log(e.code, e.message); }
console.log(Object.getOwnPropertyDescriptor(Readable.prototype, 'readableLength').configurable,
  Object.getOwnPropertyDescriptor(Writable.prototype, 'writableNeedDrain').enumerable);
