// zlib's pool work costs by the bytes it writes: inflating 64 MB from a few hundred KB takes
// tens of milliseconds on the pool, so a 2 ms timer set at the same time fires first.
const zlib = require('zlib');
const packed = zlib.gzipSync(Buffer.alloc(64 << 20, 'a'));
console.log('packed to', packed.length, 'bytes');
setTimeout(() => console.log('2 ms timer'), 2);
zlib.gunzip(packed, (err, out) => console.log('gunzip done:', err, out.length));
