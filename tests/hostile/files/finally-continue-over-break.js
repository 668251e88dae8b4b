// A continue in finally overrides the pending break (ECMA-262 14.15.3): the loop runs on.
// It once jumped to offset 0 and restarted the script forever.
console.log('start');
let seen = '';
for (let i = 0; i < 3; i++) {
  try { break; } finally { seen += i; continue; }
}
console.log('done ' + seen);
