// listen(0) without a host binds the IPv6 any address; 'listening' is a nextTick after
// listen() returns; requests to 127.0.0.1 still reach it.
const http = require('http');
const server = http.createServer((req, res) => res.end('any'));
server.on('listening', () => {
  const a = server.address();
  console.log('listening on', a.address, a.family, typeof a.port);
});
server.listen(0, () => {
  http.get(`http://127.0.0.1:${server.address().port}/`, (res) => {
    res.on('data', (d) => console.log('body', String(d)));
    res.on('end', () => server.close(() => console.log('closed')));
  });
});
console.log('after listen(), listening =', server.listening);
