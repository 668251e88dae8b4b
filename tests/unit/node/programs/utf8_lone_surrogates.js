// A lone surrogate is written as U+FFFD (V8 String::WriteUtf8), a pair stored as two halves
// as one character, and buf.toString() replaces each ill-formed subpart with U+FFFD.
console.log('\ud800 x', 'a\udc00b');
const s = '\ud83d' + '\ude00';
console.log(s, s.length);
process.stdout.write('\udfff\n');
console.log(Buffer.from([0xff, 0xfe, 0x41, 0xed, 0xa0, 0x80, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x80]).toString());
console.log(Buffer.from('\ud800z').length, Buffer.from('\ud800z').toString('hex'));
console.error('\ud800');
