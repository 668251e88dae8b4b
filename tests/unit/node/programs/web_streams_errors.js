// web_streams_errors.js: argument checks and their node errors, cancel, errored and released readers.
function t(f) { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => new ReadableStream({ type: 'nope' }));
t(() => new ReadableStream(1));
t(() => new ReadableStream({}, { highWaterMark: -1 }));
t(() => { const r = new ReadableStream(); r.getReader(); r.getReader(); });
t(() => ReadableStream.prototype.getReader.call({}));
t(() => new ReadableStreamDefaultReader(1));
t(() => new CountQueuingStrategy());
t(() => new WritableStream({ type: 'x' }));
t(() => new TransformStream({ readableType: 'x' }));
t(() => new ReadableStreamDefaultController());
const r = new ReadableStream();
r.cancel('why').then((v) => console.log('cancel', v));
const rd = new ReadableStream({ start(c) { c.error(new TypeError('bad')); } }).getReader();
rd.read().catch((e) => console.log('read err', e.message));
rd.closed.catch((e) => console.log('closed err', e.message));
const rr = new ReadableStream().getReader(); rr.releaseLock();
rr.read().catch((e) => console.log(e.code, e.message));
console.log(Object.prototype.toString.call(r), String(Symbol.toStringTag in r));
