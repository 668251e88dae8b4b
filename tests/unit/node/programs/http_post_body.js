// A POST with a chunked body: the request handler runs with no callback scope of its own
// (the parser consumes the socket), and ticks drain after each body chunk.
const http = require('http');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => {
  log('S request', req.method, req.url, req.headers['content-length']);
  process.nextTick(() => log('S tick in handler'));
  Promise.resolve().then(() => log('S micro in handler'));
  req.on('data', (d) => log('S req data', String(d)));
  req.on('end', () => { log('S req end'); res.end('ok'); });
  res.on('finish', () => log('S res finish'));
  res.on('close', () => log('S res close'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/p' }, (res) => {
    log('C response', res.statusCode, res.headers['content-length'], res.headers.connection);
    process.nextTick(() => log('C tick in response'));
    Promise.resolve().then(() => log('C micro in response'));
    res.on('data', (d) => log('C data', String(d)));
    res.on('end', () => { log('C end'); server.close(() => log('closed')); });
    res.on('close', () => log('C res close'));
  });
  req.on('socket', () => log('C socket'));
  req.on('finish', () => log('C req finish'));
  req.on('close', () => log('C req close'));
  req.write('body1');
  req.end('body2');
});
