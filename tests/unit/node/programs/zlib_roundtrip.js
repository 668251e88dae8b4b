const zlib = require('zlib');
zlib.deflate('hello zlib', (err, out) => {
  console.log('deflated', err);
  zlib.inflate(out, (err2, back) => console.log('inflated:', back.toString()));
});
setImmediate(() => console.log('immediate first'));
