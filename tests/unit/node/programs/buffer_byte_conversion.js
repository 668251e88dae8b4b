// Byte stores are ECMA-262 ToUint8 (never a cast of a huge double), and Buffer.concat's
// length is validated as lib/buffer.js validateOffset does.
console.log(Buffer.from([1e300, -1, 257.7, NaN, 2 ** 40 + 3, -Infinity]));
console.log(Buffer.alloc(3).fill(1e300), Buffer.alloc(3).fill(-255));
console.log(Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('ab')], 4));
for (const length of [1e300, -1, 1.5, 'x']) {
  try {
    Buffer.concat([Buffer.from('ab')], length);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
