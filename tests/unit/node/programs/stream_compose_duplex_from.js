// stream.compose and Duplex.from without web streams: generator functions, Transforms,
// async functions, iterables, promises and { readable, writable } pairs; errors.
const { compose, Duplex, Transform, PassThrough, Readable, Writable, pipeline } = require('stream');

const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
});
const composed = compose(async function* (source) {
  for await (const chunk of source) yield String(chunk) + '!';
}, upper, async function* (source) {
  for await (const chunk of source) yield `<${chunk}>`;
});
let out = '';
composed.on('data', (d) => { out += d; });
composed.on('end', () => console.log('compose:', out));
composed.write('a');
composed.end('b');

const sink = compose(new PassThrough(), async function (source) {
  let n = 0;
  for await (const chunk of source) n += chunk.length;
  console.log('async function consumed', n);
});
sink.end('12345');
sink.on('finish', () => console.log('sink finish'));

Duplex.from(['x', 'y']).on('data', (d) => console.log('from iterable', d));
Duplex.from(Promise.resolve('p')).on('data', (d) => console.log('from promise', d));
const pair = Duplex.from({ readable: Readable.from(['r']), writable: new Writable({
  write(c, e, cb) { console.log('pair wrote', String(c)); cb(); },
}) });
pair.on('data', (d) => console.log('pair read', d));
pair.end('w');
const same = new PassThrough();
console.log('duplex as is', Duplex.from(same) === same);

pipeline(Readable.from(['1', '2']), compose(async function* (src) {
  for await (const c of src) yield c * 2;
}), new Writable({ objectMode: true, write(c, e, cb) { console.log('piped', c); cb(); } }),
(err) => console.log('pipeline done', err));

for (const bad of [[], [new Writable(), new PassThrough()], [1]]) {
  try {
    compose(...bad);
  } catch (e) {
    console.log(e.code, e.message.split('. Received')[0]);
  }
}
const failing = compose(async function* (src) {
  for await (const c of src) throw new Error('boom ' + c);
}, new PassThrough());
failing.on('error', (e) => console.log('error', e.message));
failing.write('z');
