// web_streams_inspect.js: how the streams, readers, writers and controllers print.
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
console.log(ctrl);
const rd = rs.getReader();
console.log(rd);
let wc;
const ws = new WritableStream({ start(c) { wc = c; } });
console.log(wc, ws.getWriter());
let tc;
const ts = new TransformStream({ start(c) { tc = c; } });
console.log(ts, tc);
console.log([ReadableStream, WritableStream.name, ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values]);
console.log(Object.keys(ReadableStream.prototype), Object.getOwnPropertyNames(ReadableStream.prototype));
console.log(require('util').inspect(rs, { depth: 0 }));
