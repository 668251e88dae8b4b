// web_streams_byob.js: a byte stream: byobRequest, respond, autoAllocateChunkSize, BYOB reads.
const rs = new ReadableStream({
  type: 'bytes',
  start(c) { console.log(c.constructor.name, c.desiredSize); },
  pull(c) {
    const req = c.byobRequest;
    console.log('pull', req && req.view.byteLength);
    if (req) { req.view[0] = 7; req.view[1] = 8; req.respond(2); }
    else c.enqueue(new Uint8Array([1, 2, 3]));
  },
  autoAllocateChunkSize: 4,
});
const reader = rs.getReader({ mode: 'byob' });
reader.read(new Uint8Array(8)).then(({ value, done }) => {
  console.log(value, done);
  return reader.read(new Uint8Array(3));
}).then((r) => console.log(r));
const rs2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([9, 9])); c.close(); } });
(async () => { for await (const v of rs2) console.log('iter', v); })();
