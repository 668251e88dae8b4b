// Writes 8 MiB chunks forever: live, the run's disk quota (64 MiB) stops it with ENOSPC.
const fs = require('fs');
const chunk = 'x'.repeat(8 * 1024 * 1024);
let n = 0;
try {
  for (;;) { fs.appendFileSync('fill.bin', chunk); n++; }
} catch (e) {
  console.log('stopped after', n, 'chunks:', e.code);
}
