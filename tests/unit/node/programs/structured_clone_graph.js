// A large graph (shared references, cycles, dates, regexps, maps, sets), deep nesting past
// the limit, and a sparse array: the copy must keep every identity. The js layer runs it
// again with a collection every few allocations (tests/unit/js/structured_clone_test.cpp).
const clone = typeof structuredClone === 'function' ? structuredClone : globalThis.clone;
const root = { list: [], map: new Map(), set: new Set() };
for (let i = 0; i < 200; i++) {
  const item = { i, text: 'item' + i, when: new Date(i * 1000), tags: ['a' + i, 'b' + i] };
  root.list.push(item);
  root.map.set('k' + i, { item, re: new RegExp('x' + i, 'g') });
  root.set.add(item.tags);
  if (i % 10 === 0) root.list.push(root);
}
const copy = clone(root);
let ok = copy.list.length === root.list.length;
for (let i = 0; i < 200; i++) {
  const v = copy.map.get('k' + i);
  ok = ok && v.item.text === 'item' + i && v.item.when.getTime() === i * 1000 && v.re.source === 'x' + i;
}
console.log(ok, copy.list[0] === copy.map.get('k0').item, copy.list[1] === copy, copy.set.size);
let deep = [];
for (let i = 0; i < 1000; i++) deep = [deep];
console.log(Array.isArray(clone(deep)));
for (let i = 0; i < 5000; i++) deep = [deep];
try { clone(deep); } catch (e) { console.log(e.name + ': ' + e.message); }
const sparse = [];
sparse[4e9] = 'far';
sparse[3] = 'near';
const s = clone(sparse);
console.log(s.length, s[3], s[4e9], Object.keys(s).length);
