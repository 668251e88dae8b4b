// FileHandle.write and read with an options object, a string with a position and an
// unknown encoding, promises.writeFile/appendFile from iterables and streams, and an
// AbortSignal aborting a chunked writeFile between two writes.
const fs = require('fs');
const { Readable } = require('stream');
const fsp = fs.promises;

(async () => {
  const h = await fsp.open('a.txt', 'w+');
  const buf = Buffer.from('zyxwv');
  console.log((await h.write(buf, { offset: 1, length: 3, position: 2 })).bytesWritten);
  console.log((await h.write('hello', 0, 16)).bytesWritten);
  console.log((await h.write(Buffer.alloc(0))).bytesWritten);
  const into = Buffer.alloc(8);
  const r = await h.read(into, { offset: 1, length: 4, position: 0 });
  console.log(r.bytesRead, JSON.stringify(into.toString('latin1')));
  const r2 = await h.read({ buffer: Buffer.alloc(3), position: 1 });
  console.log(r2.bytesRead, r2.buffer.toString());
  await h.write('ab', { position: 0 }).catch((e) => console.log('string+object', e.code));
  await h.close();

  await fsp.writeFile('b.txt', Readable.from(['a', 'b', 'c']));
  await fsp.appendFile('b.txt', ['d', Buffer.from('e')]);
  await fsp.writeFile('c.txt', (function* () { yield 'x'; yield 'y'; })());
  console.log(fs.readFileSync('b.txt', 'utf8'), fs.readFileSync('c.txt', 'utf8'));
  const h2 = await fsp.open('b.txt', 'a');
  await h2.appendFile('!');
  await h2.writeFile(Readable.from(['?']));
  await h2.close();
  console.log(fs.readFileSync('b.txt', 'utf8'));

  const big = Buffer.alloc(3 * 512 * 1024, 'q');
  for (const target of ['d.txt', 'handle']) {
    const controller = new AbortController();
    process.nextTick(() => controller.abort());
    const handle = target === 'handle' ? await fsp.open('e.txt', 'w') : null;
    try {
      await fsp.writeFile(handle || target, big, { signal: controller.signal });
      console.log('not aborted');
    } catch (e) {
      console.log(target, e.name, e.code);
    }
    if (handle) await handle.close();
  }
  const done = new AbortController();
  done.abort();
  await fsp.appendFile('f.txt', 'x', { signal: done.signal }).catch((e) => console.log(e.name));
  console.log(fs.existsSync('f.txt'));
})();
