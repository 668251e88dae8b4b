// mkdir -p far past PATH_MAX, then rm -r of what could be made: paths stop at 4,096 bytes
// (ENAMETOOLONG), so no walk of the tree is deeper than that.
const fs = require('fs');
try {
  fs.mkdirSync('d/'.repeat(5000), { recursive: true });
} catch (e) {
  console.log('refused:', e.code);
}
fs.mkdirSync('d/'.repeat(100), { recursive: true });
fs.rmSync('d', { recursive: true });
console.log('removed:', !fs.existsSync('d'));
