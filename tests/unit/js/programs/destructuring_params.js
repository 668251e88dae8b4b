function f({ a, b = 2 }, [c, d] = [3, 4]) { return a + b + c + d; }
console.log(f({ a: 1 }), f({ a: 1, b: 10 }, [100, 1000]));
const g = ({ x, y: [y1, y2] }) => `${x}-${y1}-${y2}`;
console.log(g({ x: 'X', y: ['a', 'b'] }));
const pairs = [[1, 'one'], [2, 'two']];
for (const [num, word] of pairs) console.log(num, word);
for (const { id, tags: [first] } of [{ id: 1, tags: ['t1', 't2'] }]) console.log(id, first);
const m = new Map([['k', { v: 1 }]]); for (const [k, { v }] of m) console.log(k, v);
