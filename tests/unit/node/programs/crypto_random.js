// Random APIs: what is printed does not depend on the bytes (the simulator's generator is
// seeded per run, Node's is not), only their shape, the errors and the callback order.
const crypto = require('crypto');
const uuid = crypto.randomUUID();
console.log(typeof uuid, uuid.length, uuid[8], uuid[13], uuid[14], '89ab'.includes(uuid[19]));
console.log(crypto.randomBytes(8).length, Buffer.isBuffer(crypto.randomBytes(0)));
const n = crypto.randomInt(10);
console.log(n >= 0 && n < 10, crypto.randomInt(5, 6), crypto.randomInt(-3, -2));
const buf = Buffer.alloc(4);
console.log(crypto.randomFillSync(buf) === buf, crypto.randomFillSync(Buffer.alloc(8), 2, 3).length);
console.log(crypto.getRandomValues(Buffer.alloc(3)).length, typeof globalThis.crypto.getRandomValues);
console.log(crypto.webcrypto === globalThis.crypto, typeof crypto.webcrypto.randomUUID());
const t = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => crypto.randomBytes(-1));
t(() => crypto.randomBytes('x'));
t(() => crypto.randomInt(10, 5));
t(() => crypto.randomInt(1.5));
t(() => crypto.randomFillSync('x'));
crypto.randomBytes(4, (err, b) => console.log('randomBytes', err, b.length));
crypto.randomInt(3, (err, v) => console.log('randomInt (cached: nextTick)', err, v < 3));
crypto.randomFill(Buffer.alloc(5), (err, b) => console.log('randomFill', err, b.length));
process.nextTick(() => console.log('nextTick'));
