// postMessage with a transfer list: the ArrayBuffer moves to the worker (detached here:
// byteLength 0, views over it length 0), the other buffers and views are copied by value
// (a Buffer arrives as a Uint8Array; views over one buffer still share it), and an object
// that is not transferable is node's ERR_INVALID_TRANSFER_OBJECT.
const { Worker } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.once('message', (m) => {
  const seen = [m.moved, m.copied, m.buf, m.dv.getUint16(0, true), m.a.buffer === m.b.buffer];
  m.copied[0] = 99;
  parentPort.postMessage({ seen, back: m.copied }, [m.copied.buffer]);
  parentPort.close();
});
`, { eval: true });
const moved = new ArrayBuffer(8);
const u32 = new Uint32Array(moved);
u32[1] = 0xdeadbeef;
const copied = new Int16Array([1, -2, 3]);
const shared = new ArrayBuffer(4);
const message = {
  moved: new Uint8Array(moved, 4, 4),
  copied,
  buf: Buffer.from('hi'),
  dv: new DataView(new Uint16Array([513]).buffer),
  a: new Uint8Array(shared, 0, 2),
  b: new Uint8Array(shared, 2, 2),
};
w.postMessage(message, [moved]);
console.log('after transfer', moved.byteLength, u32.length, message.moved.length, moved);
console.log('copied stays', copied, copied.buffer.byteLength);
for (const bad of [[{}], [1], [copied]]) {
  try {
    w.postMessage(0, bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
w.on('message', (m) => console.log('back', m));
w.on('exit', (code) => console.log('exit', code));
