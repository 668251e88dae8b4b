// Symbolic links in the program's tree: reading and writing through a link to a file or a
// directory, readlink, lstat (S_IFLNK, the target's length), realpath, readdir's link
// entries, dangling links, rename/unlink/rm of the link itself, the errors; a link to a host
// path leads to the program's own tree only.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, 'links');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(path.join(d, 'real'), { recursive: true });
fs.writeFileSync(path.join(d, 'real', 'f.txt'), 'hello');
fs.symlinkSync('real', path.join(d, 'dirlink'));
fs.symlinkSync(path.join(d, 'real', 'f.txt'), path.join(d, 'abs'));
fs.symlinkSync('nowhere', path.join(d, 'dangling'));
console.log(fs.readFileSync(path.join(d, 'dirlink', 'f.txt'), 'utf8'), fs.readFileSync(path.join(d, 'abs'), 'utf8'));
console.log(fs.readlinkSync(path.join(d, 'dirlink')), fs.readlinkSync(path.join(d, 'abs')) === path.join(d, 'real', 'f.txt'));
const l = fs.lstatSync(path.join(d, 'dirlink'));
console.log(l.isSymbolicLink(), l.mode.toString(8), l.size, fs.statSync(path.join(d, 'dirlink')).isDirectory());
console.log(fs.realpathSync(path.join(d, 'dirlink', 'f.txt')) === path.join(d, 'real', 'f.txt'));
console.log(fs.readdirSync(d), fs.readdirSync(d, { withFileTypes: true }).map((e) => [e.name, e.isSymbolicLink(), e.isDirectory()]));
console.log(fs.existsSync(path.join(d, 'dangling')), fs.lstatSync(path.join(d, 'dangling')).isSymbolicLink());
for (const f of [() => fs.readFileSync(path.join(d, 'dangling')), () => fs.symlinkSync('x', path.join(d, 'abs')),
  () => fs.readlinkSync(path.join(d, 'real')), () => fs.symlinkSync('x', path.join(d, 'no', 'l')),
  () => fs.realpathSync(path.join(d, 'dangling'))]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.message.split(d).join('<d>')); }
}
fs.writeFileSync(path.join(d, 'dirlink', 'g.txt'), 'via link');
console.log(fs.readdirSync(path.join(d, 'real')));
fs.renameSync(path.join(d, 'abs'), path.join(d, 'abs2'));
fs.unlinkSync(path.join(d, 'dirlink'));
console.log(fs.readdirSync(d), fs.readdirSync(path.join(d, 'real')));
fs.symlinkSync('real', path.join(d, 'again'));
fs.rmSync(path.join(d, 'again'), { recursive: true });
console.log(fs.readdirSync(d), fs.readdirSync(path.join(d, 'real')));
fs.symlinkSync('loop2', path.join(d, 'loop1'));
fs.symlinkSync('loop1', path.join(d, 'loop2'));
console.log(fs.readlinkSync(path.join(d, 'loop1')), fs.lstatSync(path.join(d, 'loop2')).isSymbolicLink());
fs.promises.symlink('real/f.txt', path.join(d, 'p')).then(() => fs.promises.readlink(path.join(d, 'p'))).then(console.log);
fs.symlink('/etc/passwd', path.join(d, 'escape'), (err) => {
  console.log(err, fs.existsSync(path.join(d, 'escape')) === fs.existsSync('/etc/passwd'));
});
