// zlib options: Node's range checks (options.level, windowBits, memLevel, strategy), the
// header's window size for inflate/gunzip/unzip, and raw deflate's 8-bit window.
const zlib = require('zlib');
const t = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => zlib.gzipSync('x', { level: 10 }));
t(() => zlib.gzipSync('x', { level: 'a' }));
t(() => zlib.gzipSync('x', { level: 1.5 }));
t(() => zlib.gzipSync('x', { windowBits: 7 }));
t(() => zlib.gzipSync('x', { memLevel: 10 }));
t(() => zlib.gzipSync('x', { strategy: 5 }));
t(() => zlib.deflateRawSync('x', { windowBits: 8 }).length);
t(() => zlib.gzip('x', { level: 10 }, () => {}));
t(() => zlib.gzipSync('x', 5));
console.log(zlib.deflateRawSync('hello hello hello', { windowBits: 8 }).toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync('w', { windowBits: 9 })).toString(), zlib.gunzipSync(zlib.gzipSync('g'), { windowBits: 0 }).toString());
t(() => zlib.inflateSync(zlib.deflateSync('w'), { windowBits: 9 }));
t(() => zlib.deflateSync('x', { level: Infinity }));
t(() => zlib.deflateSync('x', { level: NaN }).length);
