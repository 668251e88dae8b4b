// The same, synchronously: the main script would block on the key for half an hour.
// The step limit counts a derivation computed for real (one step per 100 ns of its
// modelled CPU time), so the run stops at once, the same on every machine.
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('pw', 'salt', 2147483647, 64, 'sha512'));
