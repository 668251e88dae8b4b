// A small echo exchange: accept before connect in one poll batch, write callbacks on
// nextTick, the client closing first (allowHalfOpen false) and server.close() waiting for
// the server-side socket.
const net = require('net');
const log = (...a) => console.log(...a);
const server = net.createServer((s) => {
  log('server: connection');
  s.on('data', (d) => { log('server: data', String(d)); s.write('pong'); s.end(); });
  s.on('end', () => log('server: end'));
  s.on('finish', () => log('server: finish'));
  s.on('close', () => { log('server: sock close'); });
});
server.listen(0, '127.0.0.1', () => {
  log('listening');
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    log('client: connect cb');
    c.write('ping', () => log('client: write cb'));
    setImmediate(() => log('client: immediate after connect'));
  });
  c.on('ready', () => log('client: ready'));
  c.on('lookup', () => log('client: lookup'));
  c.on('data', (d) => log('client: data', String(d)));
  c.on('end', () => log('client: end'));
  c.on('finish', () => log('client: finish'));
  c.on('close', (h) => { log('client: close', h); server.close(() => log('server closed')); });
});
process.on('exit', () => log('exit'));
