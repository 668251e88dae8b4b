// utimes, futimes and lutimes (callback, Sync, promise and FileHandle forms) set the times
// stat reports; lutimes sets a link's own times, even a dangling link's; a later write moves
// mtime on and keeps atime; pathToFileURL does not follow links.
const fs = require('fs');
const { pathToFileURL } = require('url');

const secs = (s) => `${Math.round(s.atimeMs / 1000)} ${Math.round(s.mtimeMs / 1000)}`;
fs.writeFileSync('a.txt', 'abc');
fs.mkdirSync('dir');
fs.symlinkSync('missing', 'dangling');
fs.symlinkSync('a.txt', 'link');

fs.utimesSync('a.txt', 1000, 2000);
console.log('utimesSync', secs(fs.statSync('a.txt')), fs.statSync('a.txt').atime.toISOString());
fs.utimesSync('dir', new Date('2001-02-03T04:05:06Z'), '123456');
console.log('dir', secs(fs.statSync('dir')));
fs.utimesSync('link', 3000, 4000);  // follows the link
console.log('through link', secs(fs.statSync('a.txt')));
fs.lutimesSync('dangling', 5000, 6000);
console.log('lutimes dangling', secs(fs.lstatSync('dangling')));
fs.lutimesSync('link', 7000, 8000);
console.log('lutimes link', secs(fs.lstatSync('link')), 'target', secs(fs.statSync('link')));
const fd = fs.openSync('a.txt', 'r+');
fs.futimesSync(fd, 9000, 10000);
console.log('futimesSync', secs(fs.fstatSync(fd)));
try {
  fs.utimesSync('nothere', 1, 1);
} catch (e) {
  console.log(e.message);
}
console.log(pathToFileURL(__dirname + '/link').pathname === __dirname + '/link');

fs.utimes('a.txt', 11000, 12000, (err) => {
  console.log('utimes', err, secs(fs.statSync('a.txt')));
  fs.futimes(fd, 13000, 14000, (err2) => {
    console.log('futimes', err2, secs(fs.statSync('a.txt')));
    fs.writeSync(fd, 'x');
    const s = fs.statSync('a.txt');
    console.log('after write: atime kept', Math.round(s.atimeMs / 1000), 'mtime moved', s.mtimeMs > 14000000);
    fs.closeSync(fd);
    fs.lutimes('dangling', 15000, 16000, (err3) => {
      console.log('lutimes', err3, secs(fs.lstatSync('dangling')));
      promiseForms();
    });
  });
});

async function promiseForms() {
  await fs.promises.utimes('a.txt', 17000, 18000);
  console.log('promises.utimes', secs(fs.statSync('a.txt')));
  await fs.promises.lutimes('dangling', 19000, 20000);
  console.log('promises.lutimes', secs(fs.lstatSync('dangling')));
  const h = await fs.promises.open('a.txt', 'r');
  await h.utimes(21000, 22000);
  console.log('handle.utimes', secs(await h.stat()));
  await h.close();
  await fs.promises.utimes('nothere', 1, 1).catch((e) => console.log(e.code, e.syscall));
}
