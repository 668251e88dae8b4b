// 20,000 dns.resolve4 calls in flight at once: each readiness event is O(log n).
const dns = require('dns'); let done = 0; const N = 20000;
for (let i = 0; i < N; i++) dns.resolve4('example.com', () => { if (++done === N) console.log('done', done); });
