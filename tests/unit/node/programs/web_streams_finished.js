// web_streams_finished.js: stream.finished and addAbortSignal over web streams, against microtasks and nextTick.
const { finished, addAbortSignal } = require('stream');
const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
finished(rs, (err) => console.log('rs finished', err));
const ws = new WritableStream();
finished(ws, (err) => console.log('ws finished', err && err.message));
ws.abort(new Error('gone'));
const ac = new AbortController();
const rs2 = addAbortSignal(ac.signal, new ReadableStream());
rs2.getReader().read().catch((e) => console.log('aborted read', e.name, e.cause));
ac.abort('why');
(async () => { for await (const v of rs) console.log('v', v); })();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2'));
process.nextTick(() => console.log('tick'));
