const tests = [
  () => null.x, () => undefined.y, () => { const o = {}; o.f(); }, () => { const o = { a: {} }; o.a.b(); },
  () => notDefined, () => { let u; u.z = 1; }, () => { const n = null; n.q = 1; }, () => (1)(),
  () => { class A {}; A(); }, () => { const [a] = 5; }, () => { for (const x of 3) {} }, () => new (() => {})(),
  () => { 'abc'.foo(); }, () => { [].reduce((a, b) => a); }, () => { new Array(-1); }, () => { (1).toFixed(200); },
];
for (const t of tests) { try { t(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); } }
