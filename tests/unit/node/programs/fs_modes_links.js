// Modes (chmod, fchmod, mkdir and open with a mode), readlink and realpath on a tree
// without links, opendir's Dir, readv/writev and statfs's shape.
const fs = require('fs');
const here = process.cwd();
const octal = (p) => (fs.statSync(p).mode & 0o7777).toString(8);

fs.writeFileSync('plain.txt', 'abc');
fs.mkdirSync('dir');
console.log('defaults', octal('plain.txt'), octal('dir'), fs.statSync('dir').mode.toString(8));
fs.chmodSync('plain.txt', 0o600);
fs.chmodSync('dir', '700');
fs.mkdirSync('masked', 0o777);
const fd = fs.openSync('created.txt', 'w', 0o640);
fs.fchmodSync(fd, 0o604);
console.log('changed', octal('plain.txt'), octal('dir'), octal('masked'), octal('created.txt'),
            (fs.fstatSync(fd).mode & 0o777).toString(8));
console.log('writev', fs.writevSync(fd, [Buffer.from('one '), Buffer.from('two '), Buffer.from('three')]));
fs.closeSync(fd);
const a = Buffer.alloc(3);
const b = Buffer.alloc(20);
const rfd = fs.openSync('created.txt');
console.log('readv', fs.readvSync(rfd, [a, b], 0), a.toString(), b.toString('utf8', 0, 10));
fs.closeSync(rfd);

for (const fn of [() => fs.readlinkSync('plain.txt'), () => fs.readlinkSync('none'),
                  () => fs.realpathSync('dir/../plain.txt') === here + '/plain.txt',
                  () => fs.realpathSync('none/deeper').slice(here.length),
                  () => fs.realpathSync.native('none'), () => fs.chmodSync('none', 0o600),
                  () => fs.chmodSync('plain.txt', 'rwx'), () => fs.opendirSync('plain.txt'),
                  () => Object.keys(fs.statfsSync('.')).join()]) {
  try {
    console.log(fn());
  } catch (e) {
    console.log(e.code, e.message.replace(here, '<cwd>'));
  }
}

fs.writeFileSync('dir/only.txt', '');
const dir = fs.opendirSync('dir');
const first = dir.readSync();
console.log(dir.constructor.name, dir.path, first.name, first.isFile(), dir.readSync());
dir.closeSync();
try {
  dir.closeSync();
} catch (e) {
  console.log(e.code, e.message);
}
fs.chmod('plain.txt', 0o644, (err) => {
  console.log('chmod cb', err, octal('plain.txt'));
  fs.promises.opendir('dir').then(async (d) => {
    console.log('promise dir', (await d.read()).name, await d.read());
    await d.close();
    const h = await fs.promises.open('plain.txt', 'r+');
    await h.chmod(0o600);
    console.log((await h.writev([Buffer.from('x'), Buffer.from('y')], 1)).bytesWritten);
    const { bytesRead, buffers } = await h.readv([Buffer.alloc(2), Buffer.alloc(2)], 0);
    console.log(bytesRead, buffers.map(String), octal('plain.txt'));
    await h.close();
    for (const p of ['plain.txt', 'created.txt']) fs.unlinkSync(p);
    fs.rmSync('dir', { recursive: true });
    fs.rmdirSync('masked');
    console.log('left', fs.readdirSync('.').length);
  });
});
