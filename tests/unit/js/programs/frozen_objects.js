const f = Object.freeze([1, 2]);
try { f.push(3); } catch (e) { console.log(e.constructor.name); }
f[0] = 9; console.log(f, Object.isFrozen(f));
const o = Object.freeze({ n: { m: 1 } }); o.n.m = 2; console.log(o);
