// fs streams over the thread pool, one stage at a time (so a live run has no races): 64 KiB
// chunks, 'open'/'ready' before the first read, pipe() into a WriteStream, then a pipeline
// with start/end through a Transform, then a missing file.
const fs = require('fs');
const { pipeline, Transform } = require('stream');
fs.writeFileSync('big.txt', 'abcdefghij'.repeat(20000));
const r = fs.createReadStream('big.txt');
const sizes = [];
r.on('open', () => console.log('r open'));
r.on('ready', () => console.log('r ready'));
r.on('data', (c) => sizes.push(c.length));
r.on('end', () => console.log('r end', sizes));
r.on('close', () => console.log('r close', r.bytesRead));
const w = fs.createWriteStream('copy.txt');
w.on('open', () => console.log('w open'));
w.on('ready', () => console.log('w ready'));
w.on('finish', () => console.log('w finish', w.bytesWritten));
w.on('close', () => {
  console.log('w close', fs.statSync('copy.txt').size);
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const src = fs.createReadStream('big.txt', { highWaterMark: 50000, start: 10, end: 120009 });
  src.on('data', (c) => console.log('chunk', c.length));
  pipeline(src, upper, fs.createWriteStream('upper.txt'), (err) => {
    console.log('pipeline', err, fs.readFileSync('upper.txt', 'utf8').slice(0, 12), fs.statSync('upper.txt').size);
    fs.createReadStream('missing.txt')
      .on('error', (e) => console.log('missing', e.code, e.message))
      .on('close', () => console.log('missing close'));
  });
});
r.pipe(w);
