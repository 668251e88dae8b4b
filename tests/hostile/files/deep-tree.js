// A directory tree 1,000 levels deep: live, the run's private directory must still be
// removed when it ends (tests/unit/live/live_sandbox_test.cpp runs one deeper than the fd
// limit). Node itself does not create the parents: there it fails with ENOENT.
const fs = require('fs');
const path = 'd/'.repeat(1000) + 'leaf.txt';
try {
  fs.writeFileSync(path, 'deep');
  console.log('depth', fs.readFileSync(path, 'utf8'), path.split('/').length);
} catch (e) {
  console.log('depth refused', e.code);
}
