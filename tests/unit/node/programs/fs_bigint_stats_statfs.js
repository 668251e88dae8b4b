// Stats and StatFs with { bigint: true } on every form (sync, callback, promise, FileHandle),
// the hostname file Linux keeps beside os.hostname(), and writeFile on an aborted signal.
const fs = require('fs');
const os = require('os');

const show = (label, s) => console.log(label, typeof s.size, typeof s.mode, typeof s.mtimeNs,
                                       s.isFile(), s.isSymbolicLink());
fs.writeFileSync('a.txt', 'abc');
fs.symlinkSync('a.txt', 'link');
show('statSync', fs.statSync('a.txt', { bigint: true }));
show('lstatSync', fs.lstatSync('link', { bigint: true }));
const fd = fs.openSync('a.txt', 'r');
show('fstatSync', fs.fstatSync(fd, { bigint: true }));
console.log('size', fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);

const sfs = (label, s) => console.log(label, Object.keys(s).join(), typeof s.bsize);
sfs('statfsSync', fs.statfsSync('a.txt'));
sfs('statfsSync bigint', fs.statfsSync('a.txt', { bigint: true }));
// One after the other: pool requests in flight at once race on the pool's real threads.
fs.statfs('a.txt', { bigint: true }, (err, s) => {
  sfs('statfs bigint', s);
  fs.promises.statfs('a.txt', { bigint: true }).then((s2) => {
    sfs('promises.statfs bigint', s2);
    return handleStats();
  });
});

const handleStats = async () => {
  const handle = await fs.promises.open('a.txt', 'r');
  show('handle.stat', await handle.stat({ bigint: true }));
  show('handle.stat number', await handle.stat());
  await handle.close();
};

const name = fs.readFileSync('/proc/sys/kernel/hostname', 'utf8');
console.log('hostname file matches os.hostname():', name === os.hostname() + '\n');

const controller = new AbortController();
controller.abort();
fs.writeFile('b.txt', 'x', { signal: controller.signal }, (err) => {
  console.log('writeFile path:', err.name, err.code, fs.existsSync('b.txt'));
});
const wfd = fs.openSync('c.txt', 'w');
fs.writeFile(wfd, 'x', { signal: controller.signal }, (err) => {
  console.log('writeFile fd:', err.name, fs.readFileSync('c.txt', 'utf8').length);
  fs.closeSync(wfd);
});
console.log('sync end');
