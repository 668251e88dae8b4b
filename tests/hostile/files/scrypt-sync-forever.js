// A synchronous scrypt of 2^32 N·r·p units: under an hour of virtual time, but real
// minutes of work OpenSSL cannot interrupt. The run must still end at its wall-time limit (the
// computation is left behind on a detached thread).
const crypto = require('crypto');
console.log(crypto.scryptSync('pw', 'salt', 64, { N: 2 ** 16, r: 2, p: 2 ** 15 }));
