// server.close() stops listening at once, but its callback waits for the last
// connection: it runs on a nextTick inside the socket's destroy, before the socket's own
// 'close' (close phase).
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection, connections =', server._connections);
  server.close(() => console.log('server: close callback'));
  console.log('server: close() called, listening =', server.listening);
  sock.on('data', (d) => {
    console.log('server: data', String(d));
    sock.destroy();
    console.log('server: destroyed the socket');
    process.nextTick(() => console.log('nextTick after destroy'));
    setImmediate(() => console.log('immediate after destroy'));
  });
  sock.on('close', () => console.log('server socket: close event'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('bye'));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => console.log('client: close'));
});
