// zlib stream errors as node reports them: bad options throw synchronously; bad input
// destroys the stream with an Error carrying errno and code, emitted as 'error' after the
// pool round trip that found it.
const zlib = require('zlib');

const bad = [
  () => zlib.createGzip({ chunkSize: 10 }),
  () => zlib.createGzip({ level: 42 }),
  () => zlib.createGzip({ windowBits: 8 }),
  () => zlib.createDeflate({ memLevel: 'high' }),
  () => zlib.createDeflate({ strategy: Infinity }),
  () => zlib.createDeflate({ flush: 9 }),
  () => zlib.createInflate({ dictionary: 'words' }),
  () => zlib.createBrotliCompress({ params: { 42: 1 } }),
  () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 'best' } }),
  () => zlib.createDeflate().params(12, 0),
];
for (const make of bad) {
  try {
    make();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}

function report(name, stream) {
  const seen = [];
  stream.on('data', (c) => seen.push('data ' + c.length));
  stream.on('end', () => seen.push('end'));
  stream.on('error', (e) => {
    seen.push(`error ${e.message} errno=${e.errno} code=${e.code} destroyed=${stream.destroyed}`);
  });
  stream.on('close', () => console.log(name + ':', seen.join(' | ')));
  return stream;
}

const gzipped = zlib.gzipSync('a message that will be cut short');
const steps = [
  () => report('gunzip of text', zlib.createGunzip()).end('not gzip data'),
  () => report('truncated gzip', zlib.createGunzip()).end(gzipped.subarray(0, 20)),
  () => report('inflate of gzip', zlib.createInflate()).end(gzipped),
  () => report('brotli garbage', zlib.createBrotliDecompress()).end(Buffer.from([1, 2, 3, 4])),
  () => {
    const dictionary = Buffer.from('shared dictionary words');
    const packer = zlib.createDeflate({ dictionary });
    const parts = [];
    packer.on('data', (c) => parts.push(c));
    packer.on('end', () => {
      const packed = Buffer.concat(parts);
      console.log('deflated with a dictionary:', packed.toString('hex'));
      report('missing dictionary', zlib.createInflate()).end(packed);
      const wrong = Buffer.from('another dictionary');
      report('wrong dictionary', zlib.createInflate({ dictionary: wrong })).end(packed);
      const ok = report('with dictionary', zlib.createInflate({ dictionary }));
      ok.on('data', (c) => console.log('inflated:', c.toString()));
      ok.end(packed);
    });
    packer.end('dictionary words, shared');
  },
  () => report('unzip of deflate', zlib.createUnzip()).end(zlib.deflateSync('either format')),
  () => report('trailing garbage', zlib.createGunzip()).end(
    Buffer.concat([gzipped, Buffer.from('xyz')])),
];
let i = 0;
(function next() {
  if (i < steps.length) {
    steps[i++]();
    setTimeout(next, 5);
  }
})();
