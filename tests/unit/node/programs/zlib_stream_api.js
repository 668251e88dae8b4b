// The zlib module's shape: the classes (callable without new), create*, crc32, codes,
// the frozen constants, and the convenience methods built from the streams.
'use strict';
const zlib = require('zlib');
const { Transform } = require('stream');

console.log(Object.keys(zlib).join(' '));
for (const name of ['Gzip', 'Gunzip', 'Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Unzip',
                    'BrotliCompress', 'BrotliDecompress']) {
  const made = zlib[`create${name}`]();
  const called = zlib[name]();
  console.log(name, made.constructor.name, made instanceof zlib[name], called instanceof Transform,
              made._closed, made.bytesWritten, made._chunkSize);
  made.close();
  called.close();
}
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), 12345), zlib.crc32(''));
try { zlib.crc32(5); } catch (e) { console.log(e.code, e.message); }
console.log(zlib.codes.Z_DATA_ERROR, zlib.codes['-3'], Object.isFrozen(zlib.codes));
try { zlib.constants.Z_OK = 1; } catch (e) { console.log(e.name); }
console.log(zlib.Z_BEST_COMPRESSION, zlib.BROTLI_PARAM_QUALITY, zlib.constants.Z_MAX_CHUNK);
const info = zlib.gzipSync('with info', { info: true });
console.log(Buffer.isBuffer(info.buffer), info.engine.constructor.name, info.engine._closed);
try { zlib.gunzipSync(zlib.gzipSync('x'.repeat(1000)), { maxOutputLength: 100 }); } catch (e) {
  console.log(e.code, e.message);
}
try { zlib.gzip(42, () => {}); } catch (e) { console.log(e.code, e.message); }
try { zlib.gzipSync(42); } catch (e) { console.log(e.code, e.message); }
try { zlib.gzip('x'); } catch (e) { console.log(e.code, e.message); }
zlib.gunzip(zlib.gzipSync('y'.repeat(50000)), { chunkSize: 1024 }, (err, out) => {
  console.log('gunzip callback', err, out.length);
});
zlib.deflate(new Uint16Array([1, 2, 3]), (err, out) => {
  console.log('deflate of a Uint16Array', err, zlib.inflateSync(out).toString('hex'));
});
