// Object mode ('readable' and read()), Readable.from over arrays and async generators,
// for await over a Readable (break destroys it, an error rejects), setEncoding.
const { Readable, Writable, Duplex } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push({ a: 1 }); r.push('s'); r.push(2);
console.log(r.readableLength, r.readableObjectMode, r.readableHighWaterMark, r.readableFlowing);
r.on('readable', () => { let x; while ((x = r.read()) !== null) console.log('read', x); });
r.on('end', () => console.log('end'));
setTimeout(() => { r.push(3); r.push(null); }, 5);
async function main() {
  const src = Readable.from([1, 2, 3, 4]);
  for await (const v of src) console.log('iter', v);
  console.log('destroyed after loop', src.destroyed);
  const gen = Readable.from((async function* () { yield 'a'; yield 'b'; })());
  const chunks = [];
  for await (const v of gen) chunks.push(v);
  console.log(chunks);
  const early = Readable.from(['x', 'y', 'z']);
  early.on('close', () => console.log('early close'));
  for await (const v of early) { console.log('got', v); break; }
  console.log('after break', early.destroyed);
  const bytes = new Readable({ read() {} });
  bytes.push('hello '); bytes.push('world'); bytes.push(null);
  bytes.setEncoding('utf8');
  let s = '';
  for await (const c of bytes) s += c;
  console.log(s);
  const bad = new Readable({ read() { this.destroy(new Error('boom')); } });
  try { for await (const c of bad) console.log(c); } catch (e) { console.log('caught', e.message); }
}
main().then(() => console.log('main done'));
