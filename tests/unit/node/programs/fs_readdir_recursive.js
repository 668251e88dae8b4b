// readdir with { recursive: true }: breadth first, names relative to the base, links to
// directories followed for names but not for Dirents; sync, callback and promise forms.
const fs = require('fs');

fs.mkdirSync('d/a/deep', { recursive: true });
fs.mkdirSync('d/b');
fs.writeFileSync('d/top.txt', '');
fs.writeFileSync('d/a/one.txt', '');
fs.writeFileSync('d/a/deep/two.txt', '');
fs.symlinkSync('b', 'd/linkdir');
fs.writeFileSync('d/b/three.txt', '');
console.log(fs.readdirSync('d', { recursive: true }));
console.log(fs.readdirSync('d/', { recursive: true, withFileTypes: true })
  .map((e) => `${e.parentPath}:${e.name}:${e.isDirectory()}`));
fs.readdir('d', { recursive: true }, (err, list) => {
  console.log('callback', err, list.length);
  fs.promises.readdir('d/a', { recursive: true }).then((l) => console.log('promise', l));
});
