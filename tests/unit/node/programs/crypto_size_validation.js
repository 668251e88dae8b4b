const crypto = require('crypto');
const t = (f) => { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => crypto.randomBytes(2 ** 31)); t(() => crypto.randomBytes(-1)); t(() => crypto.randomBytes('x')); t(() => crypto.randomBytes(NaN)); t(() => console.log(crypto.randomBytes(1.5).length));
t(() => crypto.pbkdf2Sync('a', 'b', 1, 2 ** 31, 'sha512')); t(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha512')); t(() => crypto.pbkdf2Sync('a', 'b', 0, 8, 'sha512')); t(() => crypto.pbkdf2Sync('a', 'b', 1.5, 8, 'sha512')); t(() => crypto.pbkdf2Sync('a', 'b', NaN, 8, 'sha512'));
t(() => crypto.pbkdf2('a', 'b', 1, 2 ** 31, 'sha512', () => {})); t(() => crypto.pbkdf2('a', 'b', 1e300, 8, 'sha512', () => {}));
t(() => crypto.scrypt('a', 'b', -5, () => {})); t(() => crypto.scrypt('a', 'b', 2 ** 31, () => {}));
t(() => console.log(crypto.pbkdf2Sync('a', 'b', 1, 8, 'sha512').length));
