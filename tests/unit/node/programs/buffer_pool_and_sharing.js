// Node's 8 KiB pool for small Buffers (from, allocUnsafe, concat), and the Buffers that own
// their memory (alloc, allocUnsafeSlow, large ones); Buffer.from(arrayBuffer) shares memory.
const a = Buffer.from('a');
console.log(a.byteOffset, a.buffer.byteLength, a.buffer === Buffer.from('bc').buffer);
console.log(Buffer.allocUnsafe(3).byteOffset, Buffer.from([1, 2, 3]).byteOffset,
  Buffer.concat([a, a]).byteOffset, Buffer.from(a).byteOffset);
console.log(Buffer.alloc(3).byteOffset, Buffer.alloc(3).buffer.byteLength,
  Buffer.allocUnsafeSlow(5).buffer.byteLength, Buffer.allocUnsafe(4096).buffer.byteLength,
  Buffer.allocUnsafe(4095).buffer.byteLength, Buffer.from('').buffer.byteLength);
const big = Buffer.allocUnsafe(4000);
console.log(big.byteOffset, Buffer.from('x').byteOffset, Buffer.from('y').buffer === big.buffer);
const ab = new ArrayBuffer(4);
const v = Buffer.from(ab, 1, 2);
v[0] = 9;
new Uint8Array(ab)[2] = 7;
console.log(new Uint8Array(ab), v, v.buffer === ab, v.byteOffset);
const dv = new DataView(ab);
console.log(Buffer.from(dv), Buffer.byteLength(dv), Buffer.byteLength(ab));
