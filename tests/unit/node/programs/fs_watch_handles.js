// fs.watch errors and handles: a missing path throws node's uv error (with `filename`), an
// unref'd watcher lets the process exit, an AbortSignal closes the watcher, and
// fs.promises.watch yields { eventType, filename } until its signal aborts.
const fs = require('fs');
const path = require('path');
try {
  fs.watch(path.join(__dirname, 'missing'));
} catch (e) {
  console.log(e.message.replace(__dirname, '<dir>'), e.code, e.errno, e.syscall,
              e.filename === path.join(__dirname, 'missing'));
}
try {
  fs.watch(42);
} catch (e) {
  console.log(e.code, e.message);
}
fs.watch(__filename).unref();
const ac = new AbortController();
const w = fs.watch(__dirname, { signal: ac.signal });
w.on('close', () => console.log('closed by signal'));
ac.abort();

const target = path.join(__dirname, 'p.txt');
const ac2 = new AbortController();
(async () => {
  try {
    for await (const event of fs.promises.watch(__dirname, { signal: ac2.signal })) {
      console.log('promises.watch', event);
      if (event.eventType === 'change') ac2.abort();
    }
  } catch (e) {
    console.log(e.name, e.code);
  }
})();
setTimeout(() => fs.writeFileSync(target, 'one'), 5);
setTimeout(() => fs.appendFileSync(target, 'two'), 10);
