const dns = require('dns');
dns.lookup('127.0.0.1', (err, address, family) => console.log('lookup ip literal', address, family));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
