// WeakMap, WeakSet, WeakRef and FinalizationRegistry: API, errors and how node prints them.
const k = {};
const wm = new WeakMap([[k, 1]]); const ws = new WeakSet([k]); const wr = new WeakRef(k); const fr = new FinalizationRegistry(() => {});
console.log(wm, ws, wr, fr, [wm], { ws });
console.log(wm.get(k), wm.has(k), wm.has({}), wm.delete(k), wm.has(k), wm.set(k, 2) === wm, ws.has(k), ws.add({}) === ws, ws.delete(k), wr.deref() === k);
console.log(String(wm), Object.prototype.toString.call(ws), wr[Symbol.toStringTag], fr.register(k, 'x'), fr.unregister(k));
for (const f of [() => wm.set(1, 1), () => ws.add('a'), () => new WeakRef(1), () => fr.register(1), () => WeakMap(), () => wm.set(Symbol.for('x'), 1), () => fr.register(k, k)]) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
console.log(wm.set(Symbol('s'), 1).has(Symbol('t')), wm.get(1), wm.has(1), wm.delete(1), ws.has(1));
const maps = [];
const keys = [];
for (let i = 0; i < 20000; i++) {
  const wm = new WeakMap();
  const k = { i };
  wm.set(k, { v: i });
  if (i % 1000 === 0) { maps.push(wm); keys.push(k); }
  const junk = []; for (let j = 0; j < 5; j++) junk.push({ j });
}
console.log(maps.map((m, i) => m.get(keys[i]).v).join(','));
const ws2 = new WeakSet(); const s1 = Symbol("a");
ws2.add(s1); console.log(ws2.has(s1), ws2.has(Symbol("a")));
try { WeakMap.prototype.set.call(new Map(), {}, 1) } catch (e) { console.log(e.message) }
try { WeakSet.prototype.has.call(new WeakMap(), {}) } catch (e) { console.log(e.message) }
console.log(Object.getOwnPropertyNames(WeakMap.prototype), WeakMap.length, WeakRef.length, FinalizationRegistry.name);
class MyMap extends WeakMap { constructor(x) { super(x); this.tag = 1; } }
const mm = new MyMap([[{}, 1]]); console.log(mm instanceof WeakMap, mm, Object.keys(mm));
const reg = new FinalizationRegistry((h) => console.log('cleanup', h)); const tok = {};
reg.register({}, 'held', tok); console.log(reg.unregister(tok), reg.unregister(tok));
