// libuv reads UV_THREADPOOL_SIZE when the pool starts, so setting it first still counts.
process.env.UV_THREADPOOL_SIZE = '1';
const crypto = require('crypto');
const order = [];
for (let i = 1; i <= 3; i++) {
  crypto.pbkdf2('pw', 'salt', 20000 * (4 - i), 16, 'sha512', () => order.push(i));
}
process.on('exit', () => console.log('one thread runs them in submission order:', order.join(' ')));
