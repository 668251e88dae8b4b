// Every fs entry point refuses a path holding a NUL byte before any syscall, as Node does:
// the kernel would read the path only up to the NUL ('/..\0' would be '/..').
const fs = require('fs');
const path = '/..\0';
const show = (name) => (e) => console.log(name, e.name, e.code, e.message);
for (const name of ['readFileSync', 'readdirSync', 'statSync', 'existsSync', 'unlinkSync',
                    'mkdirSync']) {
  try {
    console.log(name, fs[name](path));
  } catch (e) {
    show(name)(e);
  }
}
for (const name of ['writeFileSync', 'appendFileSync']) {
  try { fs[name]('x\0y', 'data'); } catch (e) { show(name)(e); }
}
for (const name of ['readFile', 'readdir', 'stat', 'lstat', 'access', 'unlink', 'mkdir',
                    'rmdir', 'exists', 'open']) {
  try {
    fs[name](path, () => console.log(name, 'called back'));
  } catch (e) {
    show(name)(e);
  }
}
try { fs.writeFile('a\0', 'x', () => {}); } catch (e) { show('writeFile')(e); }
try { fs.appendFile('a\0', 'x', () => {}); } catch (e) { show('appendFile')(e); }
for (const name of ['readFile', 'stat', 'readdir', 'access', 'unlink', 'mkdir']) {
  fs.promises[name](path).then(() => console.log('promises', name, 'resolved'),
                               show('promises.' + name));
}
fs.promises.writeFile('b\0', 'x').catch(show('promises.writeFile'));
