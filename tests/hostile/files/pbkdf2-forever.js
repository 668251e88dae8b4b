// 2^31-1 sha512 iterations: the key would take Node over half an hour. The bytes are
// computed on a thread of their own, which must stop when the run's wall-time limit does.
const crypto = require('crypto');
crypto.pbkdf2('pw', 'salt', 2147483647, 64, 'sha512', () => console.log('done'));
