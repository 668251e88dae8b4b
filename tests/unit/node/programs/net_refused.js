// Connecting to a port nobody listens on: ECONNREFUSED arrives as a poll-phase event,
// 'error' then 'close' (hadError true) through nextTicks after the destroy.
const net = require('net');
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    console.log('probe closed');
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => console.log('connected?!'));
    s.on('error', (err) => {
      console.log('error', err.code, err.syscall, err.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
      process.nextTick(() => console.log('nextTick after error'));
    });
    s.on('close', (hadError) => console.log('close, hadError =', hadError, 'destroyed =', s.destroyed));
    setImmediate(() => console.log('immediate'));
    console.log('connect() returned, connecting =', s.connecting);
  });
});
process.on('exit', (code) => console.log('exit', code));
