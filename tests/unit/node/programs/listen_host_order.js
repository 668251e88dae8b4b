// Server.listen: without a host listening is one nextTick away; with a host, an IP too, the
// host is looked up first (dns.lookup answers an IP on a nextTick), a name on the pool.
const net = require('net');
const http = require('http');
const s1 = net.createServer();
s1.listen(0, '127.0.0.1', () => { console.log('s1 listening (host)'); s1.close(); });
const s2 = net.createServer();
s2.listen(0, () => { console.log('s2 listening (no host)'); s2.close(); });
const s3 = http.createServer();
s3.listen(0, 'localhost', () => { console.log('s3 listening (localhost)'); s3.close(); });
const s4 = net.createServer();
s4.on('listening', () => { console.log('s4 listening (options)'); s4.close(); });
s4.listen({ port: 0, host: '127.0.0.1' });
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('micro 1'));
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 0'), 0);
console.log('sync end');
