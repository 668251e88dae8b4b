const out = [];
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) { if (j === 1) continue; if (j === 2) break; out.push(`${i}${j}`); }
  switch (i) { case 1: out.push('s1'); break; default: out.push('sd'); }
}
console.log(out.join(','));
for (const x of [1, 2, 3]) { if (x === 2) break; console.log('x', x); }
