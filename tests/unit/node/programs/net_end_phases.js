// socket.end() from a timer: the FIN is sent by the shutdown request in the pending phase
// of the next loop iteration, and 'finish' follows it; the peer sees 'end' in a later
// poll phase.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('end', () => {
    console.log('server: end (peer FIN)');
    sock.end();
  });
  sock.on('close', () => {
    console.log('server: close');
    server.close(() => console.log('server closed'));
  });
  sock.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => {
    setTimeout(() => {
      console.log('timer: calling end()');
      c.end();
      setImmediate(() => console.log('immediate after end()'));
      process.nextTick(() => console.log('nextTick after end()'));
    }, 5);
  });
  c.on('finish', () => console.log('client: finish'));
  c.on('end', () => console.log('client: end'));
  c.on('close', () => console.log('client: close'));
  c.resume();
});
