// Grows a file to a terabyte without writing it: truncate, ftruncate and a write far past the
// end. Nothing is allocated first: live, the disk quota answers ENOSPC; simulated, the bytes
// would count against the heap, so the heap limit stops the program.
const fs = require('fs');
const fd = fs.openSync('sparse.bin', 'w');
for (const grow of [() => fs.ftruncateSync(fd, 2 ** 40), () => fs.truncateSync('sparse.bin', 2 ** 40),
                    () => fs.writeSync(fd, 'x', 2 ** 40)]) {
  try {
    grow();
  } catch (e) {
    console.log('refused:', e.code);
  }
}
