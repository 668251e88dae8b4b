// fs.watch on a directory and on a file: inotify's events for each change the program makes
// (a new file is 'rename' then 'change'; a chmod is 'change'; a rename is two 'rename's),
// delivered in the poll phase after the change, before setImmediate; close emits 'close' on
// a later tick, and events still unread are dropped.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'watched');
fs.mkdirSync(dir);
const file = path.join(dir, 'a.txt');
const watcher = fs.watch(dir, (event, name) => console.log('dir', event, name));
console.log(watcher.constructor.name, Object.keys(watcher));
console.log(watcher.ref() === watcher, watcher.unref() === watcher);
watcher.ref();
setTimeout(() => {
  fs.writeFileSync(file, 'x');
  console.log('wrote');
  setImmediate(() => console.log('immediate'));
  setTimeout(() => {
    const own = fs.watch(file, { encoding: 'hex' }, (event, name) => console.log('file', event, name));
    fs.appendFileSync(file, 'y');
    fs.appendFileSync(file, 'z');
    fs.chmodSync(file, 0o600);
    fs.renameSync(file, path.join(dir, 'b.txt'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'deep'), 'not seen: not recursive');
    fs.rmSync(path.join(dir, 'sub'), { recursive: true });
    fs.unlinkSync(path.join(dir, 'b.txt'));
    setTimeout(() => {
      own.close();
      watcher.on('close', () => console.log('closed'));
      watcher.close();
      watcher.close();
      fs.writeFileSync(path.join(dir, 'late'), 'after close');
      console.log('close called');
    }, 5);
  }, 5);
}, 5);
