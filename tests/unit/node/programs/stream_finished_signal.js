// finished(stream, { signal }): an abort ends the wait with AbortError (cause: the reason),
// a pre-aborted signal (any object with `aborted`) on the next tick, an invalid signal
// throws; fs streams with autoClose: false do not destroy themselves at the end.
const { Readable, finished } = require('stream');
const fs = require('fs');

const ac = new AbortController();
const rs = new Readable({ read() {} });
finished(rs, { signal: ac.signal }, (err) => console.log('aborted:', err.name, err.cause));
ac.abort('why');

const fake = new EventTarget();
fake.aborted = true;
finished(Readable.from([]), { signal: fake }, (err) => console.log('pre-aborted:', err.name));

const ac2 = new AbortController();
const done = Readable.from(['a']);
done.resume();
finished(done, { signal: ac2.signal }, (err) => {
  console.log('ended first:', err);
  ac2.abort();  // the listener is gone: nothing more happens
});

try {
  finished(rs, { signal: 1 }, () => {});
} catch (e) {
  console.log(e.code, e.message);
}

fs.writeFileSync('f.txt', 'data');
const file = fs.createReadStream('f.txt', { autoClose: false });
file.resume();
file.on('close', () => console.log('file close (must not happen)'));
file.on('end', () => finished(file, (err) => console.log('file finished', err, file.destroyed)));
console.log('sync end');
