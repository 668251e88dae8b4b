const fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()));
const gs = [];
for (var j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map(f => f()));
const hs = [];
for (const k of ['a', 'b']) hs.push(() => k);
console.log(hs.map(f => f()));
const ms = [];
for (let i = 0; i < 3; i++) { ms.push(() => i); i++; }
console.log(ms.map(f => f()));
