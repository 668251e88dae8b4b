// A source that never ends, read by for await: only a limit stops it.
const rs = new ReadableStream({ pull(c) { c.enqueue(1); } });
(async () => { for await (const v of rs) void v; })();
