// web_streams_writer_backpressure.js: a writer: desiredSize, ready, backpressure, close, a sink that throws.
const ws = new WritableStream({
  write(chunk, c) { console.log('write', chunk); return new Promise((r) => setTimeout(r, 10)); },
  close() { console.log('closed'); },
  abort(r) { console.log('abort', r); },
}, { highWaterMark: 2 });
const w = ws.getWriter();
console.log(w.desiredSize);
w.ready.then(() => console.log('ready'));
w.write('a').then(() => console.log('a written'));
console.log(w.desiredSize);
w.write('b').then(() => console.log('b written'));
w.write('c').then(() => console.log('c written'));
console.log(w.desiredSize);
w.close().then(() => console.log('close done'));
w.closed.then(() => console.log('closed promise'));
console.log(ws, w);
const ws2 = new WritableStream({ write() { throw new Error('boom'); } });
const w2 = ws2.getWriter();
w2.write(1).catch((e) => console.log('rej', e.message));
w2.closed.catch((e) => console.log('closed rej', e.message));
const bl = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
console.log(bl, bl.size(new Uint8Array(5)), new CountQueuingStrategy({ highWaterMark: 1 }));
