// writeFile/appendFile { flush }: validated as a boolean (undefined and null mean false);
// true fsyncs the descriptor after the last write, through fs.fsyncSync / fs.fsync, which a
// program (or node:test's mock) can wrap; the promise form syncs through the FileHandle.
const fs = require('fs');

const calls = [];
const fsyncSync = fs.fsyncSync;
const fsync = fs.fsync;
fs.fsyncSync = function(fd) { calls.push('fsyncSync ' + typeof fd); return fsyncSync(fd); };
fs.fsync = function(fd, cb) { calls.push('fsync ' + typeof fd); return fsync(fd, cb); };

for (const v of ['true', 0, {}]) {
  try {
    fs.appendFileSync('x.txt', 'a', { flush: v });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
fs.writeFileSync('a.txt', 'one', { flush: true });
fs.appendFileSync('a.txt', 'two', { flush: true });
for (const v of [undefined, null, false]) fs.appendFileSync('b.txt', 'x', { flush: v });
console.log(fs.readFileSync('a.txt', 'utf8'), fs.readFileSync('b.txt', 'utf8'), calls.splice(0));
const fd = fs.openSync('c.txt', 'w');
fs.writeFileSync(fd, 'fd', { flush: true });
console.log('fd', calls.splice(0));
fs.closeSync(fd);

fs.writeFile('d.txt', 'cb', { flush: true }, (err) => {
  console.log('writeFile', err, fs.readFileSync('d.txt', 'utf8'), calls.splice(0));
  fs.appendFile('d.txt', '+', { flush: false }, (err2) => {
    console.log('appendFile', err2, calls.splice(0));
    fs.promises.writeFile('e.txt', 'p', { flush: true }).then(() => {
      console.log('promises', fs.readFileSync('e.txt', 'utf8'), calls.splice(0));
      return fs.promises.appendFile('e.txt', 'q', { flush: 'yes' });
    }).catch((e) => console.log(e.code));
  });
});
