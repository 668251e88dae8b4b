// Math's transcendental functions print V8's last bit (fdlibm's algorithms, not glibc's):
// pseudo-random arguments over several ranges, then the edge cases of each function.
const fns = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'log1p', 'expm1', 'log2',
  'log10', 'cbrt', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'];
let seed = 20240601;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const xs = [];
for (let i = 0; i < 24; i++) {
  xs.push((rnd() - 0.5) * 20, rnd(), (rnd() - 0.5) * 1e3, rnd() * 1e-3, (rnd() - 0.5) * 2,
    1 + rnd() * 30, (rnd() - 0.5) * 1e6);
}
for (const f of fns) console.log(f, xs.map((x) => Math[f](x)).join(' '));
const edges = [0, -0, 1, -1, 0.5, -0.5, 2, 1e-300, 5e-324, -5e-324, 1e-10, 1e300, -1e300, 710, -710,
  745, 22, 0.7853981633974483, Math.PI, Math.PI / 2, 1e22, 2 ** 53, 3 * Math.PI / 4, 1e5 * Math.PI,
  Infinity, -Infinity, NaN, 27, 1000, 0.1, 10, 100, 1e-7];
for (const f of fns) console.log(f, edges.map((x) => Object.is(Math[f](x), -0) ? '-0' : Math[f](x)).join(' '));
const pairs = [];
for (let i = 0; i < 40; i++) {
  const a = (rnd() - 0.5) * 8, b = (rnd() - 0.5) * 8;
  pairs.push(`${Math.atan2(a, b)} ${Math.pow(Math.abs(a) * 3, b * 4)} ${(rnd() * 10) ** (rnd() * 5)}`);
}
console.log(pairs.join('\n'));
console.log(Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(Infinity, -Infinity), Math.atan2(1, 0),
  Math.pow(-8, 1 / 3), Math.pow(2, -1074), Math.pow(2, 1023.5), Math.pow(-2, 3), Math.pow(0.5, -1074),
  (-0) ** -1, 2 ** 0.5, 10 ** -5, 1.0000001 ** 1e10, Math.pow(1, Infinity), Math.pow(NaN, 0));
console.log(Math.hypot(3, 4), Math.hypot(1e200, 1e200), Math.hypot(0.1, 0.2, 0.3), Math.hypot(),
  Math.hypot(NaN, Infinity), Math.hypot(-0), Math.hypot(1, 2, 3, 4, 5, 6, 7, 8, 9));
console.log(Math.exp(1) === Math.E, Math.sin(1e300), Math.cos(1e300), Math.tan(1e300), Math.sin(2 ** 120));
