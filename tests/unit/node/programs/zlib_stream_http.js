// A gzip stream piped into an http response and a gunzip stream reading the response:
// the binary body crosses the simulated wire unchanged.
const http = require('http');
const zlib = require('zlib');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-encoding': 'gzip' });
  const gz = zlib.createGzip();
  gz.pipe(res);
  gz.end('hello over http, '.repeat(100));
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    console.log('status', res.statusCode, res.headers['content-encoding']);
    const gunzip = zlib.createGunzip();
    const parts = [];
    res.pipe(gunzip);
    gunzip.on('data', (c) => parts.push(c));
    gunzip.on('end', () => {
      const text = Buffer.concat(parts).toString();
      console.log('body', text.length, text.slice(0, 17));
      server.close(() => console.log('closed'));
    });
  });
});
