// The `flush` option: writeFileSync/appendFileSync call fs.fsyncSync, writeFile/appendFile
// and write streams call fs.fsync before closing (seen through node:test mocks of the
// module's own functions); a non-boolean flush is ERR_INVALID_ARG_TYPE everywhere.
const fs = require('fs');
const fsp = require('fs/promises');
const { mock } = require('node:test');

const syncSpy = mock.method(fs, 'fsyncSync');
const asyncSpy = mock.method(fs, 'fsync');

for (const call of [
  () => fs.writeFileSync('bad.txt', 'x', { flush: 'yes' }),
  () => fs.appendFileSync('bad.txt', 'x', { flush: 1 }),
  () => fs.writeFile('bad.txt', 'x', { flush: {} }, () => {}),
  () => fs.createWriteStream('bad.txt', { flush: 0 }),
]) {
  try {
    call();
  } catch (err) {
    console.log(err.code, err.message);
  }
}

fs.writeFileSync('a.txt', 'one', { flush: true });
fs.appendFileSync('a.txt', 'two', { flush: true });
fs.writeFileSync('b.txt', 'plain', { flush: false });
console.log('sync fsyncs:', syncSpy.mock.callCount(), fs.readFileSync('a.txt', 'utf8'));

fs.writeFile('c.txt', 'three', { flush: true }, (err) => {
  console.log('writeFile', err, asyncSpy.mock.callCount(), typeof asyncSpy.mock.calls[0].arguments[0]);
  fs.appendFile('c.txt', '+four', { flush: true }, (err2) => {
    console.log('appendFile', err2, asyncSpy.mock.callCount(), fs.readFileSync('c.txt', 'utf8'));
    const stream = fs.createWriteStream('d.txt', { flush: true });
    stream.end('streamed', () => {
      stream.on('close', () => {
        console.log('stream', asyncSpy.mock.callCount(), fs.readFileSync('d.txt', 'utf8'));
        fsp.writeFile('e.txt', 'promised', { flush: 'no' }).catch((err3) => {
          console.log('promises', err3.code);
          return fsp.writeFile('e.txt', 'promised', { flush: true });
        }).then(() => console.log('promises ok', fs.readFileSync('e.txt', 'utf8')));
      });
    });
  });
});
