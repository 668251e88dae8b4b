// 2^31-1 sha512 iterations: the key would take Node over half an hour.
// The step limit counts a derivation computed for real (one step per 100 ns of its
// modelled CPU time), so the run stops at once, the same on every machine.
const crypto = require('crypto');
crypto.pbkdf2('pw', 'salt', 2147483647, 64, 'sha512', () => console.log('done'));
