// structuredClone copies ArrayBuffers and their views by value: views over one buffer still
// share the copy, a Buffer comes back as a plain Uint8Array, and a buffer detached by a
// transfer (MessagePort.postMessage) can no longer be cloned.
const { MessageChannel } = require('worker_threads');
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[1] = 5;
console.log(structuredClone(ab));
const copy = structuredClone({ u: new Uint16Array(ab, 2, 1), ab });
console.log(copy, copy.u.buffer === copy.ab, copy.ab === ab);
console.log(structuredClone(Buffer.from('hi')));
console.log(structuredClone(new DataView(ab, 1, 2)));
console.log(structuredClone([new Float64Array([0.5, -1])]));
const { port1, port2 } = new MessageChannel();
port1.postMessage(null, [ab]);
try {
  structuredClone(ab);
} catch (e) {
  console.log(e.name, e.message);
}
port1.close();
