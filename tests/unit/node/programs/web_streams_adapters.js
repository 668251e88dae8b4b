// web_streams_adapters.js: Readable/Writable/Duplex toWeb and fromWeb, against microtasks and nextTick.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const r = Readable.fromWeb(ReadableStream.from(['a', 'b', 'c']), { encoding: 'utf8' });
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
const web = Readable.toWeb(Readable.from(['x', 'y']));
(async () => { for await (const c of web) log('web', c); log('web done'); })();
const chunks = [];
const ws = Writable.toWeb(new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); }, final(cb) { log('final', chunks); cb(); } }));
const w = ws.getWriter();
w.write('1'); w.write('2'); w.close().then(() => log('ws closed'));
const nw = Writable.fromWeb(new WritableStream({ write(c) { log('sink', c); } }), { decodeStrings: false });
nw.write('q', () => log('q cb')); nw.end(() => log('nw end'));
const pair = Duplex.toWeb(new PassThrough());
log(Object.keys(pair), typeof Readable.fromWeb, typeof Duplex.fromWeb);
Promise.resolve().then(() => log('m1')).then(() => log('m2'));
process.nextTick(() => log('tick'));
