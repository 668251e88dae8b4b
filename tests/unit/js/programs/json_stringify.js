console.log(JSON.stringify({ a: 1, b: [1, 'two', null, true], c: { d: undefined, e: () => 1 } }));
console.log(JSON.stringify([undefined, function () {}, NaN, Infinity]), JSON.stringify('he said "hi"\n'), JSON.stringify(null), JSON.stringify(undefined));
console.log(JSON.stringify({ a: 1, b: { c: 2 } }, null, 2));
console.log(JSON.stringify([1, [2]], null, '--'), JSON.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']));
console.log(JSON.stringify({ a: 1, b: 'x' }, (k, v) => typeof v === 'number' ? v * 10 : v));
console.log(JSON.stringify({ toJSON() { return 'custom'; } }), JSON.stringify(new Map([[1, 2]])), JSON.stringify({}), JSON.stringify([]));
try { const c = {}; c.c = c; JSON.stringify(c); } catch (e) { console.log(e.name); }
