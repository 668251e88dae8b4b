// fs on directories and whole files: mkdir -p, readdir (names and Dirents), rename,
// copyFile, appendFile, truncate, complete Stats, rm/rmdir and their errors, each in the Sync,
// callback and promise forms. The working directory starts empty but for this program.
const fs = require('fs');
const rel = (p) => p.slice(process.cwd().length + 1);

const here = fs.readdirSync('.');
console.log('start', here.length, here[0] === __filename.slice(__dirname.length + 1));
console.log('made', rel(fs.mkdirSync('a/b/c', { recursive: true })));
console.log('again', fs.mkdirSync('a/b/c', { recursive: true }));
fs.writeFileSync('a/one.txt', 'one');
fs.writeFileSync('a/b/two.txt', 'two');
console.log(fs.readdirSync('a'));
for (const d of fs.readdirSync('a', { withFileTypes: true })) {
  console.log(d.constructor.name, d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(),
              d.path === 'a');
}
const st = fs.statSync('a/one.txt');
console.log(st.constructor.name, st.isFile(), st.isDirectory(), st.size, st.nlink,
            st.mtime instanceof Date, typeof st.mtimeMs, Math.abs(st.mtime - st.mtimeMs) < 1);
console.log(fs.statSync('a').isDirectory(), fs.statSync('nope', { throwIfNoEntry: false }));
fs.renameSync('a/one.txt', 'a/b/one.txt');
console.log(fs.existsSync('a/one.txt'), fs.readFileSync('a/b/one.txt', 'utf8'));
fs.copyFileSync('a/b/one.txt', 'a/copy.txt');
fs.appendFileSync('a/copy.txt', '+more');
console.log(fs.readFileSync('a/copy.txt', 'utf8'));
fs.truncateSync('a/copy.txt', 4);
console.log(JSON.stringify(fs.readFileSync('a/copy.txt', 'utf8')));
for (const fn of [() => fs.mkdirSync('a'), () => fs.rmdirSync('a'), () => fs.rmdirSync('zz'),
                  () => fs.rmSync('a'), () => fs.unlinkSync('zz'), () => fs.renameSync('zz', 'yy'),
                  () => fs.copyFileSync('a/copy.txt', 'a/b/one.txt', fs.constants.COPYFILE_EXCL),
                  () => fs.readdirSync('a/copy.txt'), () => fs.mkdirSync('q/r')]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.syscall, e.message);
  }
}
fs.rmSync('zz', { force: true });
fs.mkdir('x/y', { recursive: true }, (err, first) => {
  console.log('mkdir cb', err, rel(first));
  fs.rename('x/y', 'x/z', (err) => {
    console.log('rename cb', err, fs.readdirSync('x'));
    fs.readdir('x', { withFileTypes: true }, (err, list) => {
      console.log('readdir cb', err, list.map((d) => d.name + (d.isDirectory() ? '/' : '')));
      fs.rm('x', { recursive: true }, (err) => {
        console.log('rm cb', err, fs.existsSync('x'));
        promiseForms();
      });
    });
  });
});

async function promiseForms() {
  const p = require('fs/promises');
  console.log('same object', p === fs.promises);
  await p.mkdir('p/q', { recursive: true });
  await p.writeFile('p/q/f', 'data');
  await p.appendFile('p/q/f', '!');
  await p.copyFile('p/q/f', 'p/g');
  await p.rename('p/g', 'p/h');
  console.log(await p.readdir('p'), (await p.stat('p/h')).size, await p.readFile('p/h', 'utf8'));
  await p.truncate('p/h', 2);
  console.log(await p.readFile('p/h', 'utf8'));
  try {
    await p.rmdir('p');
  } catch (e) {
    console.log(e.code, e.message);
  }
  await p.rm('p', { recursive: true });
  await p.rm('a', { recursive: true });
  console.log('end', fs.readdirSync('.').length);
}
