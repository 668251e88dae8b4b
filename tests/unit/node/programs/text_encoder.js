// TextEncoder: encode (lone surrogates as U+FFFD, a Uint8Array of its own exact buffer),
// encodeInto (whole characters only; read in UTF-16 units), printing, util's aliases, errors.
const te = new TextEncoder();
console.log(te, te.encoding, typeof TextEncoder, TextEncoder.name, TextEncoder.length);
const u = te.encode('héllo €😀');
console.log(u, u.constructor.name, u.buffer.byteLength, u instanceof Uint8Array);
console.log(te.encode(), te.encode(undefined), te.encode(123), te.encode('\ud800x'));
const dest = new Uint8Array(5);
console.log(te.encodeInto('a€😀b', dest), dest);
console.log(te.encodeInto('abc', new Uint8Array(10)));
console.log(require('util').TextEncoder === TextEncoder, Object.prototype.toString.call(te));
console.log(Object.getOwnPropertyNames(TextEncoder.prototype), Object.keys(te));
console.log(require('util').TextEncoder === TextEncoder, require('util').TextDecoder === TextDecoder);
console.log(TextEncoder.prototype.encodeInto.length, TextEncoder.prototype.encode.length);
for (const [src, size] of [['€', 2], ['\ud83d', 5], ['a😀', 4], ['a😀', 5], ['', 1]]) {
  const dest = new Uint8Array(size);
  console.log(te.encodeInto(src, dest), dest);
}
console.log(te.encodeInto('ab', Buffer.alloc(3)), [te], { te });
class MyEncoder extends TextEncoder {}
console.log(new MyEncoder().encode('x'), new MyEncoder() instanceof TextEncoder);
const tries = [
  () => te.encodeInto('a', []),
  () => te.encodeInto('a'),
  () => te.encodeInto('a', new Uint16Array(2)),
  () => te.encode(Symbol()),
  () => TextEncoder.prototype.encode.call({}),
  () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(1),
  () => TextEncoder(),
];
for (const t of tries) {
  try { console.log('ok', t()); } catch (e) { console.log(e.name, e.code, e.message); }
}
