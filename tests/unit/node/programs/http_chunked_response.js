// A response written in pieces uses chunked encoding; each piece written on a later timer
// arrives as its own 'data' event on the client.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.write('first;');
  setTimeout(() => {
    res.write('second;');
    setTimeout(() => res.end('last'), 5);
  }, 5);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/stream' }, (res) => {
    console.log('status', res.statusCode, 'type', res.headers['content-type'],
                'encoding', res.headers['transfer-encoding'], 'length', res.headers['content-length']);
    res.setEncoding('utf8');
    let n = 0;
    res.on('data', (chunk) => console.log('chunk', ++n, chunk));
    res.on('end', () => {
      console.log('end after', n, 'chunks, complete =', res.complete);
      server.close(() => console.log('closed'));
    });
  });
});
