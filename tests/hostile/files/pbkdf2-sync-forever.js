// The same, synchronously: the main script blocks on the key until the wall-time limit.
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('pw', 'salt', 2147483647, 64, 'sha512'));
