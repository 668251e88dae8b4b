// openSync / readSync / closeSync on a file written first; readSync validates its offset,
// length and position as fs.read does, synchronously.
const fs = require('fs');
fs.writeFileSync('x.txt', 'hello world');
const fd = fs.openSync('x.txt', 'r');
const b = Buffer.alloc(5);
console.log(fs.readSync(fd, b, 0, 5, 6), b.toString());
console.log(fs.readSync(fd, b, 0, 3, null), b.toString());
console.log(fs.readSync(fd, b, 0, 3, null), b.toString());
console.log(fs.readSync(fd, b, 1, 0, 0));
for (const args of [[10, 2, 0], [0, 2, -5], [0, 2, 1e20], [-1, 1, 0], [0, 1, 'x']]) {
  try { fs.readSync(fd, b, ...args); } catch (e) { console.log(e.code, e.message); }
}
fs.closeSync(fd);
try { fs.closeSync(fd); } catch (e) { console.log(e.code, e.syscall); }
try { fs.openSync('missing.txt'); } catch (e) { console.log(e.code, e.syscall, e.path); }
