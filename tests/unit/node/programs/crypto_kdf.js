// Key derivation with OpenSSL's bytes: pbkdf2, scrypt and hkdf, Sync and callback forms
// (the callbacks chained, so the order is fixed), and Node's argument errors.
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256'));
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 100, 'sha1').toString('base64'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), Buffer.from('s'), 2, 0, 'sha512'));
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { N: 1024, r: 4, p: 2 }).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { cost: 1024, blockSize: 4, parallelization: 2 }).toString('hex'));
console.log(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 16));
console.log(crypto.hkdfSync('sha512', 'key', 'salt', 'info', 4));
console.log(crypto.hkdfSync('sha256', 'k', 's', 'i', 6));
console.log(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42)).toString('hex'));
const t = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => crypto.pbkdf2('a', 'b', 1, 32, 'sha256'));
t(() => crypto.pbkdf2('a', 'b', 1, 32, 'nope', () => {}));
t(() => crypto.pbkdf2('a', 'b', 0, 32, 'sha256', () => {}));
t(() => crypto.pbkdf2('a', 'b', 'x', 32, 'sha256', () => {}));
t(() => crypto.pbkdf2('a', 'b', 1.5, 32, 'sha256', () => {}));
t(() => crypto.pbkdf2(5, 'b', 1, 32, 'sha256', () => {}));
t(() => crypto.pbkdf2('a', 'b', 1, -1, 'sha256', () => {}));
t(() => crypto.pbkdf2Sync('a', 'b', 1, 32));
t(() => crypto.pbkdf2('a', 'b', 1, 32, () => {}));
t(() => crypto.scrypt('a', 'b', 16));
t(() => crypto.scryptSync('a', 'b', 16, { N: 3 }));
t(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 100000));
t(() => crypto.hkdfSync('nope', 'k', 's', 'i', 1));
crypto.pbkdf2('password', 'salt', 5000, 64, 'sha512', (err, key) => {
  console.log('pbkdf2', err, key.toString('hex'));
  crypto.scrypt('password', 'salt', 24, (err2, k2) => {
    console.log('scrypt', err2, k2.toString('base64'));
    crypto.scrypt('password', 'salt', 8, { N: 2048 }, (err3, k3) => {
      console.log('scrypt N=2048', err3, k3);
      crypto.hkdf('sha256', 'k', 's', 'i', 8, (err4, k4) => console.log('hkdf', err4, k4));
    });
  });
});
console.log('main done');
const ab = crypto.hkdfSync('sha256', 'key', 'salt', 'info', 5);
console.log(Buffer.isBuffer(ab), ab.byteLength, Buffer.from(ab));
