// web_streams_iteration_tee.js: for await over ReadableStream.from, tee, and an async generator source.
const rs = ReadableStream.from(['x', 'y', 'z']);
(async () => {
  for await (const v of rs) console.log('got', v);
  console.log('done', rs.locked);
})();
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c'));
const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
(async () => { for await (const v of a) console.log('A', v); })();
(async () => { const r = b.getReader(); let x; while (!(x = await r.read()).done) console.log('B', x.value); })();
async function* gen() { yield 'g1'; await null; yield 'g2'; }
(async () => { for await (const v of ReadableStream.from(gen())) console.log(v); })();
