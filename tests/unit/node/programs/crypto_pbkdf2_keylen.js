// pbkdf2's cost grows with the key length: iterations × ⌈keylen / digest size⌉ blocks.
// 10,000 sha512 iterations take ≈10 ms for keylen 64 (one block) but ≈340 ms for keylen
// 2048 (32 blocks), so the 200 ms timer lands between them, with room for a loaded machine.
const crypto = require('crypto');
crypto.pbkdf2('pw', 'salt', 10000, 2048, 'sha512', (err, key) => console.log('keylen 2048 done', key.length));
crypto.pbkdf2('pw', 'salt', 10000, 64, 'sha512', (err, key) => console.log('keylen 64 done', key.length));
setTimeout(() => console.log('timeout 200'), 200);
