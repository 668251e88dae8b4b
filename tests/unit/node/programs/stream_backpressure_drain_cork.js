// write() returns false past highWaterMark and 'drain' comes when the buffer empties;
// cork() buffers writes that uncork() hands to _writev in one call.
const { Writable, Readable } = require('stream');
// backpressure with drain
const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) { console.log('write', chunk.length, this.writableLength); setTimeout(cb, 1); },
});
let i = 0;
function more() {
  while (i < 6) {
    i++;
    const ok = w.write('x'.repeat(4));
    console.log('wrote', i, ok, w.writableLength, w.writableNeedDrain);
    if (!ok) { w.once('drain', () => { console.log('drain'); more(); }); return; }
  }
  w.end('end', () => console.log('end cb'));
}
more();
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
// cork
const c = new Writable({
  writev(chunks, cb) { console.log('writev', chunks.map((c) => c.chunk.toString())); cb(); },
  write(chunk, enc, cb) { console.log('single', chunk.toString()); cb(); },
});
c.write('a'); c.cork(); c.write('b'); c.write('c'); console.log('corked', c.writableCorked, c.writableLength);
process.nextTick(() => c.uncork());
c.end(() => console.log('c ended'));
