// BigInt in Node's APIs: Buffer's 64-bit accessors, process.hrtime.bigint, BigIntStats,
// util.format and util.inspect, structuredClone.
const fs = require('fs');
const util = require('util');
const assert = require('assert');
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ': ' + e.message, e.code);
  }
};
const b = Buffer.alloc(10);
t(() => b.writeBigInt64LE(-2n, 1));
t(() => b);
t(() => b.readBigInt64LE(1));
t(() => b.readBigUInt64LE(1));
t(() => b.readBigUint64BE(1));
t(() => b.readBigInt64BE(1));
t(() => b.writeBigUInt64BE(2n ** 64n - 1n));
t(() => b.writeBigUInt64BE(2n ** 64n));
t(() => b.writeBigInt64LE(-(2n ** 63n) - 1n));
t(() => b.writeBigInt64LE(1));
t(() => b.writeBigInt64LE(1n, 3));
t(() => b.readBigInt64LE(3));
t(() => b.readBigInt64LE('1'));
t(() => b.readBigInt64LE(1.5));
t(() => b.writeBigUint64LE(5n, 2));
t(() => b.readBigUint64LE(2));
t(() => Buffer.alloc(4).readBigInt64LE());
t(() => b.writeBigInt64LE(12345678901234567890n));
t(() => b.writeBigUInt64LE(-1n));
t(() => b.writeBigUInt64LE(4294967297n * -1n));
const start = process.hrtime.bigint();
t(() => typeof start + ' ' + (process.hrtime.bigint() >= start));
t(() => util.format('%d %i %s %f %j', 5n, -7n, 9n, 3n, 1));
t(() => util.inspect({ a: 1n, b: [2n], c: Object(-3n) }));
t(() => structuredClone({ big: 2n ** 70n }));
t(() => Buffer.alloc(1).writeUInt8(1n));
t(() => Buffer.alloc(8).writeDoubleLE(1n));
t(() => setTimeout(() => {}, 1n));
t(() => assert.deepStrictEqual([1n], [1]));
t(() => [util.types.isBigIntObject(Object(1n)), util.types.isBigIntObject(1n), util.types.isBoxedPrimitive(Object(1n))]);
t(() => [util.types.isBigInt64Array(new BigInt64Array(1)), util.types.isBigUint64Array(new BigInt64Array(1))]);
fs.writeFileSync('f.txt', 'hello');
const s = fs.statSync('f.txt', { bigint: true });
console.log(s.constructor.name, s.size, s.isFile(), s.isDirectory(), typeof s.mtimeNs, typeof s.mtimeMs);
console.log(Object.keys(s).join());
// One after the other: a live run's thread pool may finish two requests in either order.
fs.stat('f.txt', { bigint: true }, (e, st) => {
  console.log('stat', st.size, st.isFile());
  fs.promises.stat('f.txt', { bigint: true }).then((s2) => console.log('promises.stat', s2.size));
});
console.log(typeof fs.statSync('f.txt').size);
