// web_streams_pipe_through.js: pipeThrough a TransformStream into a WritableStream, interleaved with microtasks.
const log = (...a) => console.log(...a);
const rs = new ReadableStream({
  start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); },
});
const ts = new TransformStream({
  transform(chunk, c) { log('transform', chunk); c.enqueue(chunk * 10); },
  flush() { log('flush'); },
});
const out = [];
const ws = new WritableStream({
  write(chunk) { log('write', chunk); out.push(chunk); },
  close() { log('close', out); },
}, new CountQueuingStrategy({ highWaterMark: 2 }));
rs.pipeThrough(ts).pipeTo(ws).then(() => log('piped'));
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3')).then(() => log('m4'));
process.nextTick(() => log('tick'));
setImmediate(() => log('immediate'));
