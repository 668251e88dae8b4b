// String.prototype.normalize: the four Unicode normalization forms, NFC by default.
const samples = ['caf\u00e9', 'cafe\u0301', '\u1e9b\u0323', '\ufb01', '\u2126', 'A\u030a',
  '\uac00', '\u1100\u1161', '\u00bd', 'x\u0307\u0323', 'plain ascii', ''];
const units = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
for (const s of samples) {
  const row = ['NFC', 'NFD', 'NFKC', 'NFKD'].map((f) => f + '[' + units(s.normalize(f)) + ']');
  console.log(units(s), s.normalize() === s.normalize('NFC'), row.join(' '));
}
// Lone surrogates pass through as they are; a pair is one character.
console.log(['\ud800e\u0301'.normalize(), '\udc00\ud800'.normalize('NFD'),
  '\ud83d\ude00\u0301'.normalize('NFKC')].map(units));
console.log('\u00e9'.normalize('NFD').length, 'e\u0301'.normalize().length);
for (const bad of ['nfc', 'NFX', '', null]) {
  try { 'a'.normalize(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { String.prototype.normalize.call(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.prototype.normalize.call(123), String.prototype.normalize.length);
console.log('\u00c5'.normalize('NFD') === 'A\u030a', '\u212b'.normalize() === '\u00c5');
