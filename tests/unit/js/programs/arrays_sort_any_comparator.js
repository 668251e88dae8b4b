const log = [];
const a = [5, 1, 4, 2, 8, 7, 3, 6, 9, 0, 11, 10];
a.sort((x, y) => { log.push(x + ':' + y); return x - y; });
console.log(a.join(','), log.length, log.join(' '));
const b = [3, 2, 1, 1, 2, 3, 'b', 'a', undefined, , 10];
console.log(b.sort(), b.length);
const big = []; for (let i = 0; i < 300; i++) big.push((i * 7919) % 301);
big.sort((x, y) => x - y);
console.log(big.every((v, i) => i === 0 || big[i - 1] <= v));
const objs = []; for (let i = 0; i < 100; i++) objs.push({k: i % 3, i});
objs.sort((x, y) => x.k - y.k);
console.log(objs.map(o => o.i).join(','));
const r = []; for (let i = 0; i < 1000; i++) r.push(i);
let calls = 0; r.sort(() => { calls++; return Math.random() - 0.5; });
console.log(r.length, new Set(r).size, r.reduce((s, v) => s + v, 0));
try { [3, 1, 2].sort(() => { throw new Error('boom'); }); } catch (e) { console.log(e.message); }
const t = [3, 1, 2]; try { t.sort((x, y) => { if (x === 2) throw 1; return x - y; }); } catch (e) { console.log(t.join()); }
console.log([1, 2, 3].sort(() => NaN).join(), [1, 2, 3].sort(() => ({ valueOf() { return -1; } })).join());
