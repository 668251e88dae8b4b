// writeHead with a status and headers; the client sees statusCode, statusMessage and
// lower-cased headers. A 404 body is still read to the end.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/missing') {
    res.writeHead(404, { 'Content-Type': 'application/json', 'X-Trace': 'abc' });
    res.end(JSON.stringify({ error: 'not found', url: req.url }));
  } else {
    res.statusCode = 201;
    res.setHeader('X-Count', 3);
    res.end();
  }
});
function get(port, path) {
  return new Promise((resolve) => {
    http.get(`http://127.0.0.1:${port}${path}`, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, message: res.statusMessage, headers: res.headers, body }));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const a = await get(port, '/missing');
  console.log(a.status, a.message, a.headers['content-type'], a.headers['x-trace'], a.headers['content-length'], a.body);
  const b = await get(port, '/made');
  console.log(b.status, b.message, b.headers['x-count'], JSON.stringify(b.body), b.headers.connection, b.headers['keep-alive']);
  server.close(() => console.log('closed'));
});
