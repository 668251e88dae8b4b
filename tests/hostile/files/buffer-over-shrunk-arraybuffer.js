// A Buffer over a resizable ArrayBuffer that shrinks under it: every byte reader (methods,
// fs, crypto, zlib, printing) sees an empty view, never memory past the buffer's end.
const ab = new ArrayBuffer(64, { maxByteLength: 128 });
const b = Buffer.from(ab, 8, 32);
b.fill(7);
ab.resize(4);
const crypto = require('crypto');
const fs = require('fs');
fs.writeFileSync('x', b);
console.log(b.length, b, b.toString('hex'), crypto.createHash('md5').update(b).digest('hex'),
  require('zlib').deflateSync(b).length, fs.readFileSync('x').length, b.indexOf(7));
ab.resize(128);
console.log('regrown', b.length, b.readUInt32LE(0));
