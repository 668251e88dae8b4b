// web_streams_pipe_abort.js: pipeTo with an AbortSignal, preventClose, and breaking out of for await.
const ac = new AbortController();
let i = 0;
const rs = new ReadableStream({
  pull(c) { c.enqueue(i++); if (i === 3) ac.abort(new Error('stop')); },
  cancel(r) { console.log('cancel', r.message); },
}, { highWaterMark: 0 });
const ws = new WritableStream({ write(x) { console.log('w', x); }, abort(r) { console.log('abort', r.message); } });
rs.pipeTo(ws, { signal: ac.signal }).catch((e) => console.log('pipe rejected', e.message));
const rs2 = new ReadableStream({ start(c) { c.enqueue('q'); c.close(); } });
const ws2 = new WritableStream({ write(x) { console.log('w2', x); }, close() { console.log('never'); } });
rs2.pipeTo(ws2, { preventClose: true }).then(() => console.log('piped2', ws2.locked));
(async () => {
  const r3 = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { console.log('cancelled by break'); } });
  for await (const v of r3) { console.log('v', v); break; }
  console.log('after break', r3.locked);
})();
