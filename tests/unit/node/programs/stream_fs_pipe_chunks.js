// fs streams over the thread pool, one stage at a time: 64 KiB chunks, 'open'/'ready' before
// the first read, pipe() into a WriteStream, then a pipeline with start/end through a
// Transform, then a missing file. The reader's and the writer's events are each printed in
// their own order (across the two, the pool's threads race in a live run).
const fs = require('fs');
const { pipeline, Transform } = require('stream');
fs.writeFileSync('big.txt', 'abcdefghij'.repeat(20000));
const r = fs.createReadStream('big.txt');
const sizes = [];
const rlog = [];
const wlog = [];
r.on('open', () => rlog.push('open'));
r.on('ready', () => rlog.push('ready'));
r.on('data', (c) => sizes.push(c.length));
r.on('end', () => rlog.push('end ' + sizes));
r.on('close', () => { rlog.push('close ' + r.bytesRead); copied(); });
const w = fs.createWriteStream('copy.txt');
w.on('open', () => wlog.push('open'));
w.on('ready', () => wlog.push('ready'));
w.on('finish', () => wlog.push('finish ' + w.bytesWritten));
w.on('close', () => { wlog.push('close'); copied(); });
let closed = 0;
function copied() {
  if (++closed < 2) return;
  console.log('reader', rlog);
  console.log('writer', wlog, fs.statSync('copy.txt').size);
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const src = fs.createReadStream('big.txt', { highWaterMark: 50000, start: 10, end: 120009 });
  src.on('data', (c) => console.log('chunk', c.length));
  pipeline(src, upper, fs.createWriteStream('upper.txt'), (err) => {
    console.log('pipeline', err, fs.readFileSync('upper.txt', 'utf8').slice(0, 12), fs.statSync('upper.txt').size);
    fs.createReadStream('missing.txt')
      .on('error', (e) => console.log('missing', e.code, e.message))
      .on('close', () => console.log('missing close'));
  });
}
r.pipe(w);
