function a() { try { return 'try'; } finally { console.log('a finally'); } }
function b() { try { throw new Error('x'); } catch (e) { return 'catch'; } finally { return 'finally wins'; } }
function c() { for (const v of [1, 2, 3]) { try { if (v === 2) return v; } finally { console.log('c finally', v); } } }
console.log(a(), b(), c());
Promise.resolve('p').finally(() => 'no override').then(v => console.log('then', v));
Promise.resolve('p').finally(() => { throw 'override'; }).catch(v => console.log('catch', v));
