// 5,000 lookups on a 1,024-thread pool: the scheduler must stay near-linear.
process.env.UV_THREADPOOL_SIZE = '1024';
const dns = require('dns');
let done = 0;
for (let i = 0; i < 5000; i++) dns.lookup('localhost', () => { if (++done === 5000) console.log('lookups', done); });
