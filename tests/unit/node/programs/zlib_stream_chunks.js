// zlib streams cut their output as node does: one 'data' per filled 16 KiB buffer (or
// chunkSize), each chunk a pool round trip, delivered in the poll phase.
const zlib = require('zlib');

// xorshift32 bytes: incompressible, so deflate's output is as long as its input. Huffman-only
// deflate, so the blocks are the same as Node's bundled zlib cuts them.
function noise(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    b[i] = x & 255;
  }
  return b;
}

const input = noise(40000, 2463534242);
const gz = zlib.createGzip({ strategy: zlib.constants.Z_HUFFMAN_ONLY });
const sizes = [];
const parts = [];
gz.on('data', (c) => { sizes.push(c.length); parts.push(c); });
gz.on('end', () => {
  console.log('gzip big:', sizes.join(','), 'bytesWritten', gz.bytesWritten);
  const whole = Buffer.concat(parts);
  const again = zlib.gzipSync(input, { strategy: zlib.constants.Z_HUFFMAN_ONLY });
  console.log('same as gzipSync:', whole.equals(again));
  unpack(whole);
});
gz.end(input);
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));

// Decompression fills each output buffer: 16 KiB chunks, then the rest, per write.
function unpack(gzipped) {
  const gun = zlib.createGunzip();
  const got = [];
  gun.on('data', (c) => got.push(c.length));
  gun.on('end', () => {
    console.log('gunzip:', got.join(','), 'bytesWritten', gun.bytesWritten);
    small();
  });
  gun.write(gzipped.subarray(0, 20000));
  gun.end(gzipped.subarray(20000));
}

function small() {
  const d = zlib.createDeflate({ chunkSize: 64 });
  const got = [];
  d.on('data', (c) => got.push(c.length));
  d.on('end', () => {
    console.log('deflate chunkSize 64:', got.join(','));
    tiny();
  });
  d.write(noise(200, 7));
  d.end();
}

function tiny() {
  const inf = zlib.createInflate();
  const log = [];
  inf.on('data', (c) => log.push('data ' + c.toString()));
  inf.on('end', () => log.push('end'));
  inf.on('close', () => console.log('inflate:', log.join(' | ')));
  inf.end(zlib.deflateSync('tiny input'));
  setImmediate(() => log.push('immediate'));
}
