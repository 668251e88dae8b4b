// The global agent keeps sockets alive: the second request reuses the first one's socket
// (reusedSocket), and the server sees one connection for both requests.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => connections++);
function get(port, path, done) {
  const req = http.get(`http://127.0.0.1:${port}${path}`, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log(path, 'body', d, 'reused socket:', req.reusedSocket));
    res.on('end', () => process.nextTick(done));
  });
  req.on('close', () => console.log(path, 'request close'));
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  get(port, '/one', () => {
    setImmediate(() => get(port, '/two', () => {
      console.log('connections seen by the server:', connections);
      server.close(() => console.log('server closed'));
    }));
  });
});
