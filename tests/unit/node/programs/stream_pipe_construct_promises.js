// pipe() with backpressure and unpipe, construct() delaying writes, stream/promises
// (pipeline with generators and an async sink, finished), Duplex, unshift.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { pipeline, finished } = require('node:stream/promises');
console.log(require('stream').promises === require('stream/promises'), typeof require('stream'), require('stream').Stream === require('stream'));

// pipe with backpressure
let n = 0;
const src = new Readable({ highWaterMark: 4, read() { n++; console.log('read', n, this.readableLength); this.push(n <= 5 ? 'ab' : null); } });
const slow = new Writable({ highWaterMark: 3, write(c, e, cb) { console.log('slow write', c.toString()); setImmediate(cb); } });
slow.on('drain', () => console.log('slow drain'));
slow.on('pipe', () => console.log('pipe event'));
slow.on('unpipe', () => console.log('unpipe event'));
src.pipe(slow).on('finish', () => console.log('slow finish'));
// construct
const cw = new Writable({
  construct(cb) { console.log('construct'); setImmediate(() => { console.log('constructed'); cb(); }); },
  write(c, e, cb) { console.log('cw write', c.toString()); cb(); },
  final(cb) { console.log('final'); cb(); },
});
cw.write('early');
cw.end();
cw.on('finish', () => console.log('cw finish'));
// promises
(async () => {
  const chunks = [];
  await pipeline(Readable.from(['p', 'q']), new PassThrough({ objectMode: true }), new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }));
  console.log('promise pipeline', chunks);
  const pt = new PassThrough();
  pt.end('x'); pt.resume();
  await finished(pt);
  console.log('promise finished');
  try {
    await pipeline(async function* () { yield 'a'; throw new Error('gen failed'); }, new PassThrough(), new Writable({ write(c, e, cb) { cb(); } }));
  } catch (e) { console.log('pipeline rejected', e.message); }
  const r = await pipeline([1, 2, 3], async function* (src) { for await (const x of src) yield x * 2; }, async function (src) { let s = 0; for await (const x of src) s += x; return s; });
  console.log('sum', r);
})();
// duplex
const d = new Duplex({ read() { this.push('d'); this.push(null); }, write(c, e, cb) { console.log('duplex got', c.toString()); cb(); } });
d.on('data', (c) => console.log('duplex data', c.toString()));
d.on('end', () => console.log('duplex end'));
d.end('in');
d.on('finish', () => console.log('duplex finish'));
d.on('close', () => console.log('duplex close'));
// unpipe
const a = new PassThrough(); const b = new PassThrough();
a.pipe(b); a.unpipe(b); console.log('pipes after unpipe', a._readableState.pipes.length, a.readableFlowing);
// unshift
const u = new Readable({ read() {} });
u.push('world'); u.unshift('hello '); u.push(null);
u.setEncoding('utf8');
u.on('data', (c) => console.log('u data', JSON.stringify(c)));
