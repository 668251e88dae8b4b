// Arrays whose length is far beyond what they hold: V8 keeps them in dictionary mode, so
// none of this allocates in proportion to the length.
const a = [];
a.length = 4294967295;
console.log(a.length, a);
const b = [];
b[4294967294] = 1;
console.log(b.length, b[4294967294], Object.keys(b), b);
const c = [];
c[4294967295] = 1;  // not an index: an ordinary property
console.log(c.length, Object.keys(c), c);
for (const bad of [4294967296, -1, 1.5]) {
  try { new Array(bad); } catch (e) { console.log('new Array', bad, e.name, e.message); }
  try { [].length = bad; } catch (e) { console.log('length =', bad, e.name, e.message); }
}
const full = [];
full.length = 4294967295;
try { full.push(1); } catch (e) { console.log(e.name, e.message); }
console.log(full.length, full[4294967295]);
const g = [];
g[5] = 1;
g[100000000] = 2;
console.log(g.length, g.indexOf(2), g.lastIndexOf(1), g.includes(undefined), Object.keys(g));
console.log(JSON.stringify(g.slice(0, 7)), [1, 2, 3].concat(g).length, g.at(-1));
g.length = 3;
console.log(g, g.length);
const h = [];
h[1e9] = 'x';
h.forEach((v, i) => console.log('each', v, i));
console.log(h.map((x) => x + 'y'), h.some((x) => x === 'x'), h.reduce((acc, x) => acc + x, '>'));
console.log(h.join('').length, h.pop(), h.length);
console.log([, 1, , 2, , ].join('-'), [1, , 3], new Array(5), new Array(300).concat([1]));
const sparse = new Array(250);
sparse[200] = 'x';
console.log(sparse);
console.log([...[1, , 3]], Array.from([1, , 3]), [1, , 3].includes(undefined), [1, 2, 3].includes(undefined));
