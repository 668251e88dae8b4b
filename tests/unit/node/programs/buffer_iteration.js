// Buffers iterate their bytes: for-of, spread, destructuring, Array.from, forEach.
const b = Buffer.from('hey');
for (const x of b) console.log(x);
console.log([...b], Array.from(b), Math.max(...b));
b.forEach((x, i, self) => console.log(i, x, self === b));
const [first, ...rest] = b;
console.log(first, rest);
try { b.forEach(5); } catch (e) { console.log(e.name, e.message); }
