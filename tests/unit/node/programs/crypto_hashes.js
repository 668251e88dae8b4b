// createHash / createHmac over OpenSSL: every common digest, chained updates with strings,
// Buffers and input encodings, every digest encoding, copy(), and the synchronous errors.
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1', 'sha3-256']) {
  console.log(alg, crypto.createHash(alg).update('hello ').update(Buffer.from('world')).digest('hex'));
}
console.log(crypto.createHash('sha256').update('héllo').digest('base64'));
console.log(crypto.createHash('sha256').update('héllo', 'latin1').digest('base64url'));
console.log(crypto.createHash('sha1').update('68656c6c6f', 'hex').digest('hex'));
console.log(crypto.createHash('md5').update('').digest());
console.log(crypto.createHash('sha512').update('x').digest());
console.log(crypto.createHash('md5').update('x').digest('latin1').length);
const h = crypto.createHash('sha1').update('a');
const copy = h.copy();
console.log(h.digest('hex'), copy.update('b').digest('hex'));
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512']) {
  console.log('hmac', alg, crypto.createHmac(alg, 'secret').update('message').digest('hex'));
}
console.log(crypto.createHmac('sha256', Buffer.from([1, 2, 3])).update('m').digest('base64'));
console.log(crypto.createHmac('sha256', '').update('m').digest('hex'));
console.log(crypto.getHashes().includes('sha256'), crypto.getHashes().length);
const t = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => crypto.createHash('nope'));
t(() => crypto.createHash());
t(() => crypto.createHash('sha256').update(5));
t(() => { const x = crypto.createHash('sha256'); x.digest(); x.digest(); });
t(() => { const x = crypto.createHash('sha256'); x.digest(); x.update('a'); });
t(() => crypto.createHmac('sha256'));
t(() => crypto.createHmac('nope', 'k'));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
t(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t(() => crypto.timingSafeEqual('a', 'b'));
