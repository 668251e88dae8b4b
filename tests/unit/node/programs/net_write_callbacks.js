// Writes on a connected socket complete synchronously (uv_try_write), so their callbacks
// are deferred with nextTick (afterWriteTick); several writes in one tick come back as one
// 'data' chunk on the other side.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    console.log('server: data', JSON.stringify(String(d)));
    sock.end('bye');
  });
  sock.on('end', () => console.log('server: end'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  c.setEncoding('utf8');
  c.write('one', () => console.log('write one done'));
  c.write('two', () => console.log('write two done'));
  console.log('writes queued while connecting, pending =', c.pending === undefined ? 'n/a' : c.pending);
  c.on('connect', () => console.log('client: connect'));
  c.on('data', (d) => console.log('client: data', typeof d, d));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => { console.log('client: close'); server.close(); });
});
