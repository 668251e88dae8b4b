// BigInt64Array, BigUint64Array and DataView's BigInt accessors.
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
};
t(() => new BigInt64Array([1n, -1n, 2n ** 63n]));
t(() => new BigUint64Array([1n, -1n]));
t(() => new BigInt64Array(new Int8Array(2)));
t(() => new Int8Array(new BigInt64Array(2)));
t(() => new BigInt64Array(2).set(new Int8Array(1)));
t(() => { const x = new BigInt64Array(2); x[0] = 1; });
t(() => new BigInt64Array(2).set([1]));
t(() => new BigInt64Array([5n, -3n, 2n]).sort());
t(() => new BigUint64Array([5n, -3n, 2n]).sort());
t(() => new BigInt64Array([5n, -3n, 2n]).sort((x, y) => (x < y ? 1 : x > y ? -1 : 0)));
t(() => new BigInt64Array(2).fill(7n));
t(() => new BigInt64Array(2).fill(7));
t(() => new BigInt64Array([1n]).includes(1n) + ' ' + new BigInt64Array([1n, 2n]).join());
t(() => new BigUint64Array(new BigInt64Array([-1n])));
t(() => {
  const d = new DataView(new ArrayBuffer(8));
  d.setBigInt64(0, -2n);
  return [d.getBigUint64(0), d.getBigInt64(0, true)];
});
t(() => new DataView(new ArrayBuffer(8)).setBigInt64(0, 2));
t(() => BigInt64Array.BYTES_PER_ELEMENT + ' ' + Object.prototype.toString.call(new BigUint64Array(1)));
t(() => BigInt64Array.from([1n, 2n]).map((x) => x * 2n));
t(() => new BigInt64Array([1n]).with(0, 5));
t(() => new BigInt64Array(['12', true]));
t(() => new BigInt64Array([3n, 1n, 2n]).toSorted());
t(() => { const x = new BigInt64Array(1); x[0] = 2n ** 64n + 5n; return x[0]; });
