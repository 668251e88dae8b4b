// flush() pushes out what deflate holds (Z_FULL_FLUSH, or the kind given), params() waits for
// a sync flush before changing the level, close() destroys the stream; each step is a pool
// round trip whose 'data' comes in the poll phase.
const zlib = require('zlib');

const d = zlib.createDeflate();
d.on('data', (c) => console.log('data', c.length, c.toString('hex')));
d.write('first part, ');
d.flush(() => {
  console.log('flushed, bytesWritten', d.bytesWritten);
  d.write('second part');
  d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    console.log('sync flushed');
    d.params(9, zlib.constants.Z_FILTERED, () => {
      console.log('params set');
      d.end('last part', () => console.log('end callback'));
    });
  });
});
d.on('end', () => {
  console.log('end; flush after end:');
  d.flush(() => console.log('flush after finished'));
  brotli();
});

function brotli() {
  const b = zlib.createBrotliCompress();
  const out = [];
  b.on('data', (c) => out.push(c));
  b.write('brotli text, brotli text, brotli text');
  b.flush(() => {
    console.log('brotli flushed bytes', Buffer.concat(out).length);
    b.params(1, 0, () => console.log('brotli params (no change) callback'));
    b.end();
  });
  b.on('end', () => {
    const all = Buffer.concat(out);
    console.log('brotli total', all.length, zlib.brotliDecompressSync(all).toString());
    closing();
  });
}

function closing() {
  const g = zlib.createGzip();
  g.on('close', () => console.log('close event, _closed', g._closed, 'destroyed', g.destroyed));
  g.write('never finished');
  g.close(() => console.log('close callback'));
  console.log('after close(): _closed', g._closed);
  const s = zlib.createGzip();
  s.on('data', (c) => console.log('sync-flush gzip chunk', c.length));
  s.on('end', () => console.log('reset stream ended'));
  s.reset();
  s.end('after reset');
}
