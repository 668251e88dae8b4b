// fs.createWriteStream { flush }: validated; true fsyncs through fs.fsync (or the FileHandle's
// sync) before the descriptor closes; null and false do not.
const fs = require('fs');
const calls = [];
const fsync = fs.fsync;
fs.fsync = function(fd, cb) { calls.push(typeof fd + ' ' + typeof cb); return fsync(fd, cb); };
for (const flush of ['true', 0, {}]) {
  try { fs.createWriteStream('v.txt', { flush }); } catch (e) { console.log(e.code, e.message); }
}
const s = fs.createWriteStream('a.txt', { flush: true });
s.write('foo', (err) => {
  console.log('written', err);
  s.close((err2) => {
    console.log('closed', err2, calls.splice(0), fs.readFileSync('a.txt', 'utf8'));
    const t = fs.createWriteStream('b.txt', { flush: null });
    t.end('bar', () => console.log('b finished', calls.length));
    t.on('close', () => {
      console.log('b closed', calls.length);
      fs.promises.open('c.txt', 'w').then((h) => {
        const hs = h.createWriteStream({ flush: true });
        hs.end('via handle');
        hs.on('close', () => console.log('handle stream closed', fs.readFileSync('c.txt', 'utf8'),
                                         calls.length));
      });
    });
  });
});
s.on('close', () => console.log('close event'));
