let s = '';
for (let i = 0; i < 5; i++) { if (i === 1) continue; if (i === 4) break; s += i; }
let w = 0; while (w < 3) w++;
let d = 0; do { d++; } while (d < 0);
console.log(s, w, d);
const o = { a: 1, b: 2 }; for (const k in o) console.log(k, o[k]);
for (const [i, v] of ['x', 'y'].entries()) console.log(i, v);
for (const ch of 'hé') console.log(ch);
