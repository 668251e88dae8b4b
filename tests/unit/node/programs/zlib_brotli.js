// Brotli on libbrotli: Node's bytes at the default quality (11) and with params, round
// trips, and the decoder's errors with Node's codes.
const zlib = require('zlib');
const input = 'hello hello hello hello brotli world '.repeat(20);
console.log(zlib.brotliCompressSync(input).toString('base64'));
console.log(zlib.brotliCompressSync('abc'));
console.log(zlib.brotliCompressSync(''));
console.log(zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).toString('base64'));
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync(input)).toString() === input);
const t = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.message, e.errno, e.code); } };
t(() => zlib.brotliDecompressSync(Buffer.from('not brotli data at all')));
t(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(input).slice(0, 10)));
zlib.brotliCompress(input, (err, out) => {
  console.log('compress cb', err, out.length);
  zlib.brotliDecompress(out, (err2, back) => console.log('decompress cb', err2, back.length));
});
