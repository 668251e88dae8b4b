// Node's APIs that take a Buffer take any TypedArray or DataView: fs writes and reads,
// crypto, zlib, Buffer.concat/compare/equals, stream chunks; other values are refused.
const fs = require('fs');
const crypto = require('crypto');
const zlib = require('zlib');
const { Writable, Readable } = require('stream');
const u8 = new Uint8Array([104, 105]);
fs.writeFileSync('a.txt', u8);
const fd = fs.openSync('b.txt', 'w');
console.log(fs.writeSync(fd, new Uint16Array([0x4241])), fs.writeSync(fd, new DataView(u8.buffer)));
fs.closeSync(fd);
console.log(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('b.txt', 'utf8'));
const into = new Uint8Array(4);
const rfd = fs.openSync('b.txt', 'r');
console.log(fs.readSync(rfd, into), into);
fs.closeSync(rfd);
console.log(crypto.createHash('sha1').update(u8).digest('hex'),
  crypto.createHash('md5').update(new DataView(u8.buffer)).digest('hex'));
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]))));
console.log(Buffer.concat([u8, Buffer.from('!')]), Buffer.compare(u8, Buffer.from('hi')),
  Buffer.from('hi').equals(u8));
try { Buffer.concat([new Uint16Array(1)]); } catch (e) { console.log(e.code, e.message); }
try { fs.writeSync(1, {}); } catch (e) { console.log(e.code, e.message); }
const w = new Writable({ write(c, e, cb) { console.log('write', c, e); cb(); } });
w.write(new Uint8Array([1, 2]));
w.write(new Uint16Array([1]));
try { w.write({}); } catch (e) { console.log(e.code, e.message); }
const r = new Readable({ read() {} });
r.on('data', (d) => console.log('data', d));
r.push(new Uint8Array([3]));
r.push(null);
