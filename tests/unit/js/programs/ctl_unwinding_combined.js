function f() {
  const log = [];
  for (const x of [1, 2, 3, 4]) {
    switch (x) {
      case 1: try { continue; } finally { log.push('fin' + x); }
      case 2: for (const y of ['a', 'b']) { try { if (y === 'b') break; log.push(x + y); } finally { log.push('inner' + y); } } break;
      case 3: try { try { throw new Error('e3'); } finally { log.push('f3'); } } catch (e) { log.push(e.message); continue; }
      default: try { return log; } finally { log.push('last'); }
    }
    log.push('end' + x);
  }
}
console.log(f().join(' '));
async function g() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) continue; await null; out.push(i); } finally { await null; out.push('f' + i); }
  }
  return out;
}
g().then(v => console.log(v.join(' ')));
