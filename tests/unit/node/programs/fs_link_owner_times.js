// lchown and lutimes act on a link itself (a dangling one is there for them); chown and
// utimes follow it and find nothing. The utimes family's errors name uv_fs_utime's syscalls
// (utime, lutime, futime).
const fs = require('fs');
const link = __dirname + '/dl';
fs.symlinkSync('missing', link);
fs.lchownSync(link, 1000, 1000);
fs.lutimesSync(link, 1, 1);
for (const f of [() => fs.chownSync(link, 1, 1), () => fs.utimesSync(link, 1, 1),
  () => fs.lutimesSync('/nope', 1, 1), () => fs.lchownSync('/nope', 1, 1),
  () => fs.futimesSync(999, 1, 1), () => fs.utimesSync('/nope', 1, 1)]) {
  try {
    f();
  } catch (e) {
    console.log(e.syscall, e.message.replace(__dirname, '<d>'));
  }
}
fs.unlinkSync(link);
console.log('done');
