// scrypt asked to use 16 GiB (maxmem allows it): the heap limit refuses it first.
const crypto = require('crypto');
console.log(crypto.scryptSync('pw', 'salt', 64, { N: 2 ** 20, r: 128, p: 1, maxmem: 2 ** 40 }));
