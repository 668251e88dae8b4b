// TextDecoder: labels, UTF-8 with replacement or fatal refusal, BOM handling, streaming
// across chunks, UTF-16LE/BE and windows-1252 (decoded as latin1), printing, errors (whose
// texts differ between node's UTF-8 fast path, its ICU path and its latin1 path).
const show = (s) => console.log(JSON.stringify(s));
const td = new TextDecoder();
console.log(td, td.encoding, td.fatal, td.ignoreBOM, Object.keys(td));
const u = new TextEncoder().encode('héllo €😀');
console.log(td.decode(u), td.decode(), td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
console.log(td.decode(new Uint8Array([0x41, 0xff, 0xc3, 0x42, 0xe2, 0x82])));
console.log(td.decode(u.buffer), td.decode(new DataView(u.buffer, 1, 2)), td.decode(Buffer.from('buf')));
console.log(td.decode(new Uint16Array([0x4241])), td.decode(new Uint8Array(1), 5).length);
show(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
const s = new TextDecoder();
show(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }));
show(s.decode(new Uint8Array([0xac])));
const b = new TextDecoder();
show(b.decode(new Uint8Array([0xef, 0xbb]), { stream: true }));
show(b.decode(new Uint8Array([0xbf, 0x41]), { stream: true }));
show(b.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42])));
show(b.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43])));
const cut = new TextDecoder();
show(cut.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }));
show(cut.decode());
const fatal = new TextDecoder('utf8', { fatal: true });
console.log(fatal, fatal.encoding, fatal.fatal);
show(fatal.decode(new Uint8Array([0xef, 0xbb, 0xbf])));
show(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0, 0xde])));
show(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x42])));
show(new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x41, 0])));
show(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0])));
show(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8, 0x41, 0])));
show(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41, 0xd8, 0x3d, 0xde, 0])));
const w = new TextDecoder('utf-16le');
show(w.decode(new Uint8Array([0x41, 0, 0x3d]), { stream: true }));
show(w.decode(new Uint8Array([0xd8, 0]), { stream: true }));
show(w.decode(new Uint8Array([0xde])));
const l = new TextDecoder('latin1');
console.log(l.encoding, l.decode(new Uint8Array([0x41, 0xe9, 0x80, 0xff])));
show(l.decode(new Uint8Array([0xef, 0xbb, 0xbf])));
console.log(new TextDecoder(' UTF8 ').encoding, new TextDecoder('unicode-1-1-utf-8').encoding,
            new TextDecoder('utf-16').encoding, new TextDecoder('ascii').encoding,
            new TextDecoder({ toString() { return 'UTF-16BE'; } }).encoding,
            new TextDecoder('\tutf8\n').encoding, new TextDecoder(undefined, null).encoding);
console.log([new TextDecoder('utf-16le', { fatal: true, ignoreBOM: 1 })]);
class Sub extends TextDecoder {}
console.log(new Sub(), new Sub() instanceof TextDecoder, Object.prototype.toString.call(td));
console.log(require('util').TextDecoder === TextDecoder, TextDecoder.length);
console.log(Object.getOwnPropertyNames(TextDecoder.prototype));
const tries = [
  () => fatal.decode(new Uint8Array([0xff])),
  () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0, 0xd8])),
  () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x41])),
  () => new TextDecoder('nope'),
  () => new TextDecoder(''),
  () => new TextDecoder('utf-8', 5),
  () => td.decode('str'),
  () => td.decode(5),
  () => new TextDecoder('utf-16le').decode('x'),
  () => new TextDecoder('utf-16le').decode(new Uint8Array(1), 5),
  () => new TextDecoder('latin1').decode('x', 5),
  () => { const d = new TextDecoder(); d.decode(new Uint8Array(1), { stream: true }); d.decode('x'); },
  () => TextDecoder.prototype.decode.call({}),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call(new TextEncoder()),
  () => TextDecoder(),
];
for (const t of tries) {
  try { console.log('ok', t()); } catch (e) { console.log(e.name, e.code, e.message); }
}
const twice = new TextDecoder();
show(twice.decode(new Uint8Array([0xef, 0xbb, 0xbf]), { stream: true }));
show(twice.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x44])));
