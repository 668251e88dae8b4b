// An scrypt of 2^32 N·r·p units: real minutes of work OpenSSL cannot interrupt.
// The step limit counts a derivation computed for real (one step per 100 ns of its
// modelled CPU time), so the run stops at once, the same on every machine.
const crypto = require('crypto');
crypto.scrypt('pw', 'salt', 64, { N: 2 ** 16, r: 2, p: 2 ** 15 }, () => console.log('done'));
