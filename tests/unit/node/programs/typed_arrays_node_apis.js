// TypedArrays and ArrayBuffers meet node's APIs: Buffer.from copies them, util.types tells
// them apart, util.format and assert print them as node does, fs writes the bytes a view sees.
const assert = require('assert');
const util = require('util');
const fs = require('fs');
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([1, 2, 3, 4]);
t(() => [Buffer.from(ab), Buffer.from(ab, 1), Buffer.from(ab, 1, 2)]);
t(() => Buffer.from(new Uint16Array([1, 256, 513])));
t(() => Buffer.from(new Float64Array([1.5, -1])));
t(() => Buffer.from(ab, 5));
t(() => Buffer.from(ab, 1, 9));
const types = util.types;
const samples = [new Uint8Array(1), new Float32Array(1), new ArrayBuffer(1),
  new DataView(new ArrayBuffer(1)), [], { byteLength: 1 }];
for (const name of ['isTypedArray', 'isUint8Array', 'isFloat32Array', 'isArrayBuffer',
  'isAnyArrayBuffer', 'isDataView', 'isArrayBufferView']) {
  console.log(name, samples.map((s) => types[name](s)).join(' '));
}
console.log('%s|%j|%d', new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4]));
console.log('%o', new Uint8Array(2));
t(() => util.inspect(new Int8Array([-1, 2]), { compact: false }));
t(() => util.isDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1])));
t(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
fs.writeFileSync('bytes.bin', new Uint16Array([0x4142, 0x4344]));
t(() => fs.readFileSync('bytes.bin', 'latin1'));
fs.writeFileSync('view.bin', new DataView(ab, 1, 2));
t(() => fs.readFileSync('view.bin'));
