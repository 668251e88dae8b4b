// A break in finally overrides the pending continue: the loop ends at once.
let n = 0;
for (;;) {
  try { n++; continue; } finally { break; }
}
console.log('done ' + n);
