// zlib on the real zlib: node's exact bytes (gzip header with OS 3 and no mtime), options,
// round trips, concatenated gzip members, and Node's errors (errno and code).
const zlib = require('zlib');
const input = 'hello hello hello hello zlib world '.repeat(20);
for (const m of ['gzip', 'deflate', 'deflateRaw']) {
  const out = zlib[m + 'Sync'](input);
  console.log(m, out.length, out.toString('base64'));
}
console.log(zlib.gzipSync('abc', { level: 9 }));
console.log(zlib.gzipSync('abc', { level: 1 }));
console.log(zlib.deflateSync(input, { level: 0 }).length);
console.log(zlib.deflateSync(input, { windowBits: 9, memLevel: 1, strategy: 1 }).toString('hex'));
console.log(zlib.gunzipSync(zlib.gzipSync(input)).toString() === input);
console.log(zlib.inflateSync(zlib.deflateSync('abc')).toString());
console.log(zlib.inflateRawSync(zlib.deflateRawSync('raw')).toString());
console.log(zlib.unzipSync(zlib.gzipSync('u1')).toString(), zlib.unzipSync(zlib.deflateSync('u2')).toString());
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), zlib.gzipSync('b')])).toString());
const t = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.message, e.errno, e.code); } };
t(() => zlib.gunzipSync(Buffer.from('not gzip')));
t(() => zlib.inflateSync(Buffer.from('not zlib data')));
t(() => zlib.gunzipSync(zlib.gzipSync(input).slice(0, 20)));
t(() => zlib.inflateSync(zlib.gzipSync('x')));
t(() => zlib.gzipSync(5));
t(() => zlib.gzip('x'));
zlib.gzip(input, (err, out) => {
  console.log('gzip cb', err, out.length);
  zlib.gunzip(out, (err2, back) => {
    console.log('gunzip cb', err2, back.toString() === input);
    zlib.deflate('abc', { level: 1 }, (err3, d) => {
      console.log('deflate cb', err3, d);
      zlib.inflate(Buffer.from('bad'), (err4, none) => {
        console.log('inflate cb', err4.message, err4.errno, err4.code, none);
        zlib.unzip(zlib.deflateSync('xyz'), (err5, u) => console.log('unzip cb', err5, u.toString()));
      });
    });
  });
});
