// fs.watchFile: a missing file reports zeroed Stats first, then each change is reported with
// the current and the previous Stats; one StatWatcher per path, shared by listeners;
// unwatchFile stops it ('stop' on a later tick); the argument errors Node throws.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'watched.txt');
for (const args of [[file], [file, {}, 'not a function'], [{}, () => {}],
  [file, { interval: -1 }, () => {}]]) {
  try {
    fs.watchFile(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const listener = (curr, prev) => {
  console.log('change', curr.size, prev.size, curr.isFile(), prev.isFile(),
              curr.mtime.getTime() === 0, prev.mtime.getTime() === 0, curr.ino > 0);
  if (curr.size === 3) fs.unlinkSync(file);
  if (!curr.isFile() && prev.size === 3) fs.unwatchFile(file, listener);
};
const watcher = fs.watchFile(file, { interval: 20 }, listener);
const other = () => console.log('second listener');
console.log(fs.watchFile(file, other) === watcher, watcher.listenerCount('change'));
fs.unwatchFile(file, other);
console.log(watcher.constructor.name, Object.keys(watcher), watcher.listenerCount('change'));
watcher.on('stop', () => console.log('stop'));
watcher.unref().ref();
setTimeout(() => fs.writeFileSync(file, 'ab'), 50);
setTimeout(() => fs.appendFileSync(file, 'c'), 110);
// An unref'd watcher alone does not keep the process alive.
fs.watchFile(__filename, () => console.log('never')).unref();
process.on('exit', () => console.log('exit'));
