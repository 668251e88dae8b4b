// setEncoding and the encoding options: characters split across chunks come out whole
// (UTF-8, UTF-16 surrogates, base64 groups), end() flushes what is left, unknown encodings
// throw ERR_UNKNOWN_ENCODING.
const { Readable } = require('stream');
function run(enc, bytes, sizes) {
  const r = new Readable({ read() {} });
  r.setEncoding(enc);
  const out = [];
  r.on('data', (c) => out.push(c));
  r.on('end', () => console.log(enc, JSON.stringify(out)));
  let i = 0;
  for (const n of sizes) { r.push(Buffer.from(bytes.slice(i, i + n))); i += n; }
  if (i < bytes.length) r.push(Buffer.from(bytes.slice(i)));
  r.push(null);
}
run('utf8', [0xf0, 0x9f, 0x41, 0x42, 0xe2, 0x82, 0xac, 0xe2], [2, 1, 2, 1, 1]);
run('utf8', [0xc3, 0xa9, 0xc3], [1, 2]);
run('utf16le', [...Buffer.from('😀a😀', 'utf16le')], [2, 2, 1, 3, 1, 1]);
run('utf16le', [...Buffer.from('😀a😀', 'utf16le'), 0x41], [4, 2, 3]);
run('base64', [1, 2, 3, 4, 5, 6, 7], [1, 1, 3, 1]);
run('base64url', [250, 251, 252, 253], [2, 1]);
run('hex', [1, 2, 255], [1, 1]);
const { Writable } = require('stream');
const euro = Buffer.from('€uro ünï 😀!', 'utf8');
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1', 'UTF-8', 'ucs2']) {
  const r = new Readable({ read() {} });
  r.setEncoding(enc);
  const src = enc.startsWith('u') && enc !== 'utf8' && enc !== 'UTF-8' ? Buffer.from('€uro 😀', 'utf16le') : euro;
  for (let i = 0; i < src.length; i += 1) r.push(src.slice(i, i + 1));
  r.push(null);
  const parts = [];
  r.on('data', (c) => parts.push(c));
  r.on('end', () => console.log(enc, r.readableEncoding, JSON.stringify(parts.join('')), parts.length));
}
const t = new Readable({ read() {}, encoding: 'utf8' });
t.push(Buffer.from([0xe2, 0x82])); t.push(null);
t.on('data', (c) => console.log('tail', JSON.stringify(c)));
try { new Readable({ encoding: 'nope' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Writable({ defaultEncoding: 'nope' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Writable().setDefaultEncoding({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Writable({ write(c, e, cb) { cb(); } }).write('x', 'bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
const w = new Writable({ decodeStrings: false, write(c, e, cb) { console.log('w', typeof c, e); cb(); } });
w.setDefaultEncoding('HEX'); w.write('ff'); w.write(Buffer.from('a'));
console.log(w._writableState.defaultEncoding);
