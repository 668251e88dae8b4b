// Number::remainder and ToInt32/ToUint32 at the edges of their integer fast paths: -0
// results, int32 and uint32 limits, fractions, NaN and the infinities.
const xs = [0, -0, 1, -1, 3, -3, 7, -7, 2147483647, -2147483648, 2147483648, 1.5, -1.5, NaN, Infinity, -Infinity, 4294967295, 4294967296, -2147483649, 1e20, -1e20, 5.5e9];
const ys = [1, -1, 3, -3, 2, 0, -0, 0.5, 2147483647, 2147483648, NaN, Infinity, -Infinity, 1e20];
const out = [];
for (const x of xs) for (const y of ys) { const r = x % y; out.push(Object.is(r, -0) ? '-0' : String(r)); }
console.log(out.join(' '));
const b = [];
for (const x of xs) b.push(x | 0, x >>> 0, x >> 1, x << 2, ~x, x ^ 5, x & 0xff);
console.log(b.join(' '));
