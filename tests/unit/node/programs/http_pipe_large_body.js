// A file larger than a response's 16 KiB buffer piped into an http response: the response
// waits for 'drain' from its socket, and both ends finish.
const http = require('http');
const fs = require('fs');
const { finished } = require('stream');

fs.writeFileSync('big.txt', 'x'.repeat(70000));
const server = http.createServer((req, res) => {
  const ok = res.write('y'.repeat(20000));
  console.log('first write fits:', ok);
  res.once('drain', () => console.log('server drain'));
  fs.createReadStream('big.txt').pipe(res);
  finished(res, (err) => console.log('server finished', err));
}).listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    let bytes = 0;
    res.on('data', (d) => { bytes += d.length; });
    finished(res, () => {
      console.log('client got', bytes);
      server.close();
    });
  });
});
