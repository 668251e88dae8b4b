const arr = ['a', 'b']; arr.extra = 'e';
for (const i in arr) console.log(i, typeof i);
function P() { this.own = 1; } P.prototype.inherited = 2;
for (const k in new P()) console.log('key', k);
const keys = []; for (const k in 'hi') keys.push(k); console.log(keys);
