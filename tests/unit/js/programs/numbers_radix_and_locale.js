// toString(radix) is V8's DoubleToRadixCString digit for digit, huge and tiny values too;
// toLocaleString formats as en-US; bad radixes throw V8's RangeError.
const values = [1.5e300, 1e25, 1e100, Number.MAX_VALUE, Number.MIN_VALUE, 0.1, -255.5, 1 / 3,
  2 ** 53 + 2, 123.456, 0.000001, -0, 0, 1e21, 4294967295.5, 0.5, 35.99999999999999];
for (const v of values) {
  console.log(v, [2, 3, 7, 16, 36].map((r) => v.toString(r)).join(' | '));
}
for (const bad of [NaN, 1, 37, Infinity, -Infinity, 'x', 1.9]) {
  try { console.log((255).toString(bad)); } catch (e) { console.log(e.name, e.message); }
}
console.log((255).toString(2.9), (255).toString('16'), (255).toString(undefined));
const xs = [1234.5, 0, -0, -1234.5678, 1.0005, 1.0015, 2.5e-7, 1e21, 123456789.12345, NaN,
  Infinity, -Infinity, 0.0005, 999.9995, 1e-10, 12, -0.0001, 0.9995, 1e300];
for (const x of xs) console.log(x.toLocaleString(), x.toLocaleString('en-US'));
