const m = new Map(); m.set('a', 1).set({}, 'obj').set(NaN, 'nan');
console.log(m.size, m.get('a'), m.get(NaN), m.has('b'), m.delete('a'), m.size);
console.log(new Map([['x', 1], ['y', { z: 2 }]]));
const s = new Set([1, 2, 2, 3]); s.add(4); s.delete(1);
console.log(s, s.size, s.has(2), [...s], new Set(), new Map());
for (const [k, v] of new Map([[1, 'one'], [2, 'two']])) console.log(k, v);
new Map([['p', 1]]).forEach((v, k) => console.log('forEach', k, v));
console.log([...new Map([[1, 'a']]).keys()], [...new Map([[1, 'a']]).values()], [...new Set(['q']).entries()]);
const ms = new Set(); ms.add(-0); console.log(ms.has(0), [...ms]);
