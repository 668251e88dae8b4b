async function f() {
  try { console.log('try'); await null; return 'from try'; }
  finally { console.log('finally start'); await null; console.log('finally end'); }
}
f().then(v => console.log('result', v));
async function g() { try { throw new Error('x'); } catch (e) { await null; return 'catch ' + e.message; } }
g().then(console.log);
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
