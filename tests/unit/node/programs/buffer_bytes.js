// Buffer: byte elements (writes store ToUint8), every encoding both ways, the static
// helpers, search, slicing, write/copy/fill, toJSON and printing.
const b = Buffer.from('hello world');
console.log(b, b.length, b[0], b[100]);
b[0] = 300; b[1] = -1; b[2] = 3.9; b[3] = 'x'; b[20] = 5;
console.log(b, b[20]);
for (const enc of ['utf8', 'utf16le', 'ucs2', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'UTF-8']) {
  const x = Buffer.from('héllo wörld €😀', enc);
  console.log(enc, x, x.toString(enc), Buffer.byteLength('héllo wörld €😀', enc), Buffer.isEncoding(enc));
}
console.log(Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString());
console.log(Buffer.from('aGVsbG8gd29ybGQ', 'base64url').toString());
console.log(Buffer.from('68656c6c6fzz', 'hex'));
console.log(Buffer.from([1, 2, 3, 256, -1, 3.7]));
console.log(Buffer.from(Buffer.from('abc')));
console.log(Buffer.alloc(5), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 255), Buffer.allocUnsafe(3).fill(7));
console.log(Buffer.alloc(60));
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]), Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('b').compare(Buffer.from('a')), Buffer.from('a').equals(Buffer.from('a')));
console.log(Buffer.isBuffer(b), Buffer.isBuffer('x'), Buffer.isEncoding('nope'));
const c = Buffer.from('abcdefabc');
console.log(c.indexOf('abc'), c.indexOf('abc', 1), c.lastIndexOf('abc'), c.includes('def'), c.indexOf(98), c.indexOf(Buffer.from('fa')), c.indexOf('zz'), c.lastIndexOf('abc', 5), c.indexOf('abc', -3));
console.log(c.slice(2, 5), c.subarray(-3), c.slice(), c.toString('utf8', 1, 4), c.toString(undefined, 3));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('hi').toJSON());
const w = Buffer.alloc(8);
console.log(w.write('hey'), w.write('xyz', 4), w.write('abcdef', 6), w.write('6869', 0, 'hex'), w);
const d = Buffer.alloc(6);
console.log(Buffer.from('abc').copy(d, 2), d, Buffer.from('abcdef').copy(d, 0, 4), d);
console.log(Buffer.from([0xde, 0xad, 0xbe, 0xef]).toString('hex'), Buffer.from('€').toString('latin1'));
console.log(Buffer.from([0xff, 0xfe, 0x41, 0xc3]).toString());
