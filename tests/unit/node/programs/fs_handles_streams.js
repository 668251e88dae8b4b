// fs.promises.open's FileHandle, the file streams' events in order, and process.chdir
// inside the program's directory.
const fs = require('fs');
const fsp = require('fs/promises');

async function handles() {
  const h = await fsp.open('h.txt', 'w+');
  console.log(h.constructor.name, typeof h.fd);
  console.log(await h.write('hello world'));
  console.log((await h.write(Buffer.from('HW'), 0, 2, 0)).bytesWritten);
  const { bytesRead, buffer } = await h.read(Buffer.alloc(5), 0, 5, 6);
  console.log(bytesRead, buffer.toString());
  console.log((await h.stat()).size);
  await h.truncate(5);
  console.log(await h.readFile('utf8'), await fsp.readFile('h.txt', 'utf8'));
  h.on('close', () => console.log('handle close event'));
  await h.close();
  console.log('closed', h.fd);
  try {
    await fsp.open('missing/x.txt');
  } catch (e) {
    console.log(e.code, e.syscall, e.message);
  }
  try {
    await fsp.open('h.txt', 'bad');
  } catch (e) {
    console.log(e.code, e.message);
  }
}

function streams(done) {
  const ws = fs.createWriteStream('s.txt');
  ws.on('open', (fd) => console.log('ws open', typeof fd));
  ws.on('ready', () => console.log('ws ready'));
  ws.on('finish', () => console.log('ws finish', ws.bytesWritten));
  ws.on('close', () => {
    console.log('ws close');
    const rs = fs.createReadStream('s.txt', { encoding: 'utf8', highWaterMark: 4 });
    const parts = [];
    rs.on('open', () => console.log('rs open'));
    rs.on('data', (chunk) => parts.push(chunk));
    rs.on('end', () => console.log('rs end', parts));
    rs.on('close', () => {
      console.log('rs close', rs.bytesRead);
      const ranged = fs.createReadStream('s.txt', { start: 2, end: 5 });
      ranged.on('data', (chunk) => console.log('ranged', chunk.toString()));
      ranged.on('close', () => {
        fs.createReadStream('nope.txt').on('error', (e) => {
          console.log('rs error', e.code);
          done();
        });
      });
    });
  });
  console.log('write returns', ws.write('abc'), ws.write(Buffer.from('def')));
  ws.end('ghij');
}

function directories() {
  const start = process.cwd();
  fs.mkdirSync('sub/inner', { recursive: true });
  fs.writeFileSync('sub/inner/f.txt', 'inside');
  process.chdir('sub');
  console.log(process.cwd() === start + '/sub', fs.readdirSync('.'));
  console.log(fs.readFileSync('inner/f.txt', 'utf8'));
  process.chdir('..');
  console.log(process.cwd() === start);
  for (const bad of ['nowhere', 'sub/inner/f.txt']) {
    try {
      process.chdir(bad);
    } catch (e) {
      console.log(e.code, e.syscall, e.path === start, e.dest, e.message === `${e.code}: ${
        e.code === 'ENOENT' ? 'no such file or directory' : 'not a directory'}, chdir '${start}' -> '${bad}'`);
    }
  }
  try {
    process.chdir(5);
  } catch (e) {
    console.log(e.code, e.message);
  }
  fs.rmSync('sub', { recursive: true });
}

handles().then(() => streams(() => {
  directories();
  fs.unlinkSync('h.txt');
  fs.unlinkSync('s.txt');
  console.log('left', fs.readdirSync('.').length);
}));
