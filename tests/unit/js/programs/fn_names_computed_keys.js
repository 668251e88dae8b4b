// Functions defined under computed keys each get the name of their own key, also when the
// same literal or class is evaluated again with another key (ECMA-262 10.2.9 SetFunctionName).
const o = {};
for (const n of ['a', 'b']) o[n] = ({ [n]: function () {} })[n];
console.log(o.a.name, o.b.name, o.a, o.b);
for (const n of ['m1', 'm2']) {
  const C = class {
    [n]() {}
    static [n + 's']() {}
    get [n + 'g']() { return 1; }
    set [n + 'g'](v) {}
  };
  const d = Object.getOwnPropertyDescriptor(C.prototype, n + 'g');
  console.log(C.prototype[n].name, C[n + 's'].name, d.get.name, d.set.name, C.prototype[n]);
}
for (const n of ['x', 'y']) {
  const obj = { [n]: () => 1, [n + '2']: class {}, get [n + 'g']() { return 1; } };
  console.log(obj[n].name, obj[n + '2'].name, Object.getOwnPropertyDescriptor(obj, n + 'g').get.name, obj[n]);
}
// A stack frame shows the closure's own name.
const fs = [];
for (const n of ['p', 'q']) fs.push(({ [n]: function () { throw new Error('e'); } })[n]);
for (const f of fs) {
  try { f(); } catch (e) { console.log(e.stack.split('\n')[1].replace(/ \(.*\)$/, '')); }
}
function renamed() { throw new Error('e'); }
Object.defineProperty(renamed, 'name', { value: 'other' });
try { renamed(); } catch (e) { console.log(e.stack.split('\n')[1].replace(/ \(.*\)$/, '')); }
// Symbol keys, the same key twice, and a named function expression, which keeps its name.
const s1 = Symbol('one');
const s2 = Symbol();
for (const k of [s1, 'plain', s2, 'plain']) {
  const f = ({ [k]: function () {} })[k];
  console.log(JSON.stringify(f.name), Object.getOwnPropertyNames(f));
}
for (const k of ['u', 'v']) {
  const g = ({ [k]: function own() {} })[k];
  const h = ({ [k]: async () => {} })[k];
  const acc = Object.getOwnPropertyDescriptor({ get [s1]() { return k; } }, s1).get;
  console.log(g.name, h.name, acc.name, h);
}
const made = ['r', 's'].map((k) => ({ [k]() {} })[k]);
console.log(made.map((f) => f.name).join(), made[0] === made[1], made);
