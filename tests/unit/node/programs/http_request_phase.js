// The 'request' handler runs in the poll phase (inside the socket read), so an immediate
// scheduled there beats a 0 ms timeout; nextTicks and promises run first. (Where the
// timeout lands among the client's events depends on elapsed time, so it is only noted.)
const http = require('http');
const order = [];
const server = http.createServer((req, res) => {
  console.log('request handler', req.method, req.url);
  setTimeout(() => order.push('timeout'), 0);
  setImmediate(() => { order.push('immediate'); console.log('immediate'); });
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
  req.on('end', () => console.log('req end'));
  req.resume();
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
  res.end('ok', () => console.log('end callback'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get(`http://127.0.0.1:${server.address().port}/phase`, (res) => {
    console.log('response', res.statusCode, res.statusMessage);
    res.resume();
    res.on('end', () => {
      console.log('response end');
      server.close(() => console.log('server closed'));
    });
  });
  req.on('socket', () => console.log('client socket assigned'));
  req.on('finish', () => console.log('request sent (finish)'));
  req.on('close', () => console.log('request close'));
});
process.on('exit', () => console.log('server side order:', order.join(' < ')));
