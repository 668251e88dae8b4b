// stream.pipeline through a Transform into a Writable: transform and write interleave,
// 'finish', 'end', the closes and the pipeline's callback against ticks and immediates.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const r = new Readable({ read() {} });
r.push('a'); r.push('b'); r.push(null);
const up = new Transform({ transform(chunk, enc, cb) { console.log('transform', chunk.toString()); cb(null, chunk.toString().toUpperCase()); } });
const out = [];
const w = new Writable({ write(chunk, enc, cb) { console.log('write', chunk.toString()); out.push(chunk.toString()); cb(); } });
pipeline(r, up, w, (err) => { console.log('pipeline done', err, out); });
finished(w, (err) => console.log('finished', err));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close w'));
r.on('end', () => console.log('end r'));
r.on('close', () => console.log('close r'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setImmediate(() => console.log('immediate'));
