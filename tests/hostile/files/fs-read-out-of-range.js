// fs.read with a position past 2^53 - 1: Node's ERR_OUT_OF_RANGE, thrown synchronously.
const fs = require('fs');
fs.writeFileSync('x.txt', 'hello');
fs.open('x.txt', 'r', (err, fd) => {
  fs.read(fd, Buffer.alloc(4), 0, 2, 1e20, () => {});
});
