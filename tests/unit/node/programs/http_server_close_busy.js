// server.close() while a request is being answered: only idle connections are closed at
// once, so the close callback waits for the busy keep-alive connection to end.
const http = require('http');
const start = Date.now();
const server = http.createServer((req, res) => {
  console.log('server: request', req.url);
  server.close(() => console.log('server: closed once the client dropped its idle socket (agent timeout 4 s):', Date.now() - start >= 3900));
  setTimeout(() => res.end('late answer'), 20);
});
server.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/busy`, (res) => {
    console.log('client: response', res.statusCode, res.headers.connection);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('client: data', d));
    res.on('end', () => console.log('client: end'));
  });
});
process.on('exit', () => console.log('exit'));
