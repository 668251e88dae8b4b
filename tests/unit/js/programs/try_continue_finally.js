const log = [];
for (let i = 0; i < 3; i++) { try { if (i === 1) continue; log.push('body' + i); } finally { log.push('fin' + i); } }
console.log(log.join(' '));
function f() { let i = 0; while (true) { try { i++; if (i > 2) return i; } finally { log.push('w' + i); } } }
console.log(f(), log.length);
