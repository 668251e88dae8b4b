// fs's overloads and Node's synchronous argument errors: read/write with every argument
// shape, open flags, descriptors, and the TypeError/RangeError each bad argument throws.
const fs = require('fs');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('rename', () => fs.rename(1, 'x', () => {}));
show('renameSync', () => fs.renameSync('x', {}));
show('stat cb', () => fs.stat('x'));
show('readdir opts', () => fs.readdirSync('.', 7));
show('encoding', () => fs.readFileSync(__filename, { encoding: 'nope' }));
show('flags', () => fs.openSync('f', 'rw'));
show('mode', () => fs.openSync('f', 'w', '9'));
show('fd type', () => fs.closeSync('3'));
show('fd range', () => fs.fstatSync(-1));
show('fd int', () => fs.fsyncSync(1.5));
show('close cb', () => fs.close(3, 'nope'));
show('mkdir recursive', () => fs.mkdirSync('d', { recursive: 'yes' }));
show('rm force', () => fs.rmSync('d', { force: 1 }));
show('copy mode', () => fs.copyFileSync('a', 'b', 8));
show('write data', () => fs.writeFileSync('f', 42));
show('write buffer', () => fs.writeSync(1, true));
show('truncate len', () => fs.truncateSync('f', 'x'));
show('access mode', () => fs.accessSync(__filename, 9));
show('chown uid', () => fs.chownSync(__filename, 'root', 0));
show('exists bad', () => fs.existsSync(12));

const fd = fs.openSync('f.txt', 'w+');
console.log('writes', fs.writeSync(fd, 'hello '), fs.writeSync(fd, Buffer.from('big world'), 4),
            fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0), fs.writeSync(fd, 'é', null, 'latin1'));
console.log(fs.readFileSync('f.txt', 'latin1'));
const buf = Buffer.alloc(5);
console.log('readSync', fs.readSync(fd, buf, 0, 5, 0), buf.toString(),
            fs.readSync(fd, buf, { position: 6, length: 3 }), buf.toString());
console.log('fstat', fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.ftruncateSync(fd, 3);
fs.closeSync(fd);
show('closed twice', () => fs.closeSync(fd));
show('wx exists', () => fs.openSync('f.txt', 'wx'));
show('r missing', () => fs.openSync('missing.txt'));
fs.appendFileSync('f.txt', '-a', { flag: 'a' });
console.log(fs.readFileSync('f.txt', 'utf8'));
console.log(fs.readFileSync('f.txt', { encoding: 'base64', flag: 'r' }));

fs.open('f.txt', 'r', (err, fd2) => {
  fs.read(fd2, (err, n, b) => {
    console.log('read(fd, cb)', err, n, b.length, b.toString('utf8', 0, n));
    fs.read(fd2, { buffer: Buffer.alloc(3), position: 1 }, (err, n, b) => {
      console.log('read(fd, params, cb)', err, n, b.toString());
      fs.read(fd2, Buffer.alloc(4), { offset: 1, length: 2, position: 0 }, (err, n, b) => {
        console.log('read(fd, buf, opts, cb)', err, n, b);
        fs.write(fd2, 'x', (err) => {
          console.log('write to r', err.code, err.message);
          fs.close(fd2, (...args) => {
            console.log('close args', args);
            openAppend();
          });
        });
      });
    });
  });
});

function openAppend() {
  fs.open('f.txt', 'a', 0o644, (err, fd3) => {
    fs.write(fd3, Buffer.from('!!'), (err, written, b) => {
      console.log('write(fd, buf, cb)', err, written, b);
      fs.write(fd3, 'tail', 0, 'utf8', (err, written, s) => {
        console.log('write(fd, str, pos, enc, cb)', err, written, s);
        fs.closeSync(fd3);
        console.log(fs.readFileSync('f.txt', 'utf8'));
        fs.unlinkSync('f.txt');
      });
    });
  });
}
