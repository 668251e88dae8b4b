// fs.link / linkSync / promises.link: a second name of the same file (same ino, nlink
// counting names, one content); unlinking either name keeps the other; rename between two
// names of one file does nothing; directories cannot be linked; readdir and rm see names.
const fs = require('fs');

const ids = (a, b) => fs.statSync(a).ino === fs.statSync(b).ino;
fs.writeFileSync('a.txt', 'hello');
fs.linkSync('a.txt', 'b.txt');
console.log('same ino', ids('a.txt', 'b.txt'), 'nlink', fs.statSync('a.txt').nlink);
fs.appendFileSync('b.txt', ' world');
console.log('through a:', fs.readFileSync('a.txt', 'utf8'));
console.log(fs.readdirSync('.').filter((n) => n !== 'fs_hard_links.js'));
console.log(fs.readdirSync('.', { withFileTypes: true }).filter((d) => d.name === 'b.txt')[0].isFile());
fs.unlinkSync('a.txt');
console.log('after unlink a:', fs.existsSync('a.txt'), fs.readFileSync('b.txt', 'utf8'),
            fs.statSync('b.txt').nlink);
fs.linkSync('b.txt', 'c.txt');
fs.renameSync('b.txt', 'c.txt');
console.log('rename onto own name:', fs.existsSync('b.txt'), fs.existsSync('c.txt'));
fs.renameSync('c.txt', 'd.txt');
console.log('renamed second name:', fs.readFileSync('d.txt', 'utf8'), fs.statSync('b.txt').nlink);
fs.writeFileSync('b.txt', 'replaced');
console.log('write through one name:', fs.readFileSync('d.txt', 'utf8'));
for (const [from, to] of [['missing', 'x'], ['b.txt', 'd.txt'], ['.', 'dirlink']]) {
  try {
    fs.linkSync(from, to);
  } catch (e) {
    console.log(e.code, e.syscall, e.message.replace(__dirname, '.'));
  }
}
fs.mkdirSync('dir');
fs.linkSync('b.txt', 'dir/inner.txt');
try { fs.rmdirSync('dir'); } catch (e) { console.log('rmdir', e.code); }
fs.rmSync('dir', { recursive: true });
console.log('after rm -r:', fs.existsSync('dir/inner.txt'), fs.readFileSync('b.txt', 'utf8'),
            fs.statSync('b.txt').nlink);
fs.link('b.txt', 'e.txt', (err) => {
  console.log('link callback', err, fs.readFileSync('e.txt', 'utf8'));
  fs.promises.link('e.txt', 'f.txt').then(() => {
    console.log('promises.link', fs.statSync('f.txt').nlink);
    fs.promises.link('e.txt', 'f.txt').catch((e) => console.log(e.code));
  });
});
