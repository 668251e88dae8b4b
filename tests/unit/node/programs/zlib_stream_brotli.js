// Brotli streams: chunks of a large decompression, the operations flush (FLUSH) and end
// (FINISH), and how each pool round trip orders against immediates and ticks.
const zlib = require('zlib');

const text = Buffer.alloc(50000, 'brotli streams ');
const packed = zlib.brotliCompressSync(text);
console.log('packed', packed.length);

const d = zlib.createBrotliDecompress();
const sizes = [];
d.on('data', (c) => {
  sizes.push(c.length);
  process.nextTick(() => sizes.push('tick'));
});
d.on('end', () => {
  console.log('decompressed chunks:', sizes.join(','), 'bytesWritten', d.bytesWritten);
  compress();
});
d.end(packed);

function compress() {
  const c = zlib.createBrotliCompress({
    params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT },
  });
  const events = [];
  c.on('data', (chunk) => events.push('data ' + chunk.length));
  c.write('a first sentence for brotli. ');
  c.flush(zlib.constants.BROTLI_OPERATION_FLUSH, () => {
    events.push('flushed');
    setImmediate(() => events.push('immediate'));
    c.end('and the second sentence.');
  });
  c.on('end', () => {
    events.push('end');
    setImmediate(() => console.log('brotli compress:', events.join(' | ')));
  });
}
