// Streams over a FileHandle: the stream holds a reference, so handle.close() emits 'close'
// at once and the descriptor closes when the stream lets go; an aborted or invalid signal;
// custom fs methods are refused for a FileHandle.
const fs = require('fs');
const fsp = fs.promises;

fs.writeFileSync('in.txt', 'hello handle streams');
(async () => {
  const h1 = await fsp.open('in.txt');
  h1.on('close', () => console.log('h1 close event'));
  const s1 = h1.createReadStream({ encoding: 'utf8' });
  let text = '';
  s1.on('data', (d) => { text += d; });
  s1.on('end', () => console.log('s1 end', text));
  s1.on('close', () => console.log('s1 close, fd', h1.fd));
  await new Promise((resolve) => s1.on('close', resolve));

  const h2 = await fsp.open('in.txt');
  h2.on('close', () => console.log('h2 close event'));
  const s2 = fs.createReadStream(null, { fd: h2 });
  s2.on('data', () => console.log('s2 data'));
  s2.on('close', () => console.log('s2 close'));
  const closing = h2.close();
  console.log('h2.close() returned, still open', h2.fd >= 0);
  await closing;
  console.log('h2 closed, fd', h2.fd);

  const h3 = await fsp.open('in.txt');
  const s3 = h3.createReadStream({ signal: AbortSignal.abort() });
  s3.on('error', (e) => console.log('s3 error', e.name));
  await new Promise((resolve) => s3.on('close', resolve));
  console.log('s3 closed, fd', h3.fd);

  const h4 = await fsp.open('in.txt');
  for (const signal of [null, 1, {}, '']) {
    try {
      h4.createReadStream({ signal });
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  try {
    fs.createReadStream(null, { fd: h4, fs });
  } catch (e) {
    console.log(e.code, e.message);
  }
  await h4.close();
  console.log('done');
})();
