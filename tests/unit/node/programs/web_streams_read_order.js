// web_streams_read_order.js: a default reader against promises, nextTick and a timer.
const rs = new ReadableStream({
  start(c) { console.log('start'); c.enqueue('a'); c.enqueue('b'); },
  pull(c) { console.log('pull', c.desiredSize); },
});
const reader = rs.getReader();
reader.read().then((r) => console.log('read1', r));
reader.read().then((r) => console.log('read2', r));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'), 0);
console.log(typeof WritableStream, typeof TransformStream, rs.locked);
console.log(rs);
