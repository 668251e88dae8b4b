// fs.read validates offset, length and position as lib/fs.js does, throwing synchronously;
// the valid reads run one after another (their order is then the same on a real pool).
const fs = require('fs');
fs.writeFileSync('x.txt', 'hello');
fs.open('x.txt', 'r', (err, fd) => {
  const b = Buffer.alloc(4);
  const tries = [[10, 2, 0], [0, 2, -5], [0, 2, 1e20], [99, 2, 0], [-1, 2, 0], [1.5, 2, 0], ['1', 2, 0], [0, 2, '3'], [0, 5, 0], [0, -1, 0], [0, 2, 2.5], [NaN, 2, 0]];
  for (const [o, l, p] of tries) {
    try { fs.read(fd, b, o, l, p, () => console.log('not reached')); console.log('ok', o, l, p); }
    catch (e) { console.log(e.name, e.code, e.message); }
  }
  fs.read(fd, b, 0, 0, 0, (e, n) => {
    console.log('zero', e, n);
    fs.read(fd, b, undefined, 2, null, (e, n) => {
      console.log('default offset', e, n);
      fs.read(fd, b, 0, 2, 2 ** 40, (e, n) => {
        console.log('past the end', e, n);
        fs.read(fd, b, 1, 3, 1, (e, n, buf) => console.log('mid', e, n, buf));
      });
    });
  });
});
