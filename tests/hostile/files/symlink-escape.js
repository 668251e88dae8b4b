// Symbolic links pointing out of the program's tree: to the host's root, to /etc, and
// through `..` chains. In a live run each must lead into the private directory only, so
// nothing of the host is listed or read.
const fs = require('fs');
const path = require('path');
fs.symlinkSync('/', path.join(__dirname, 'root'));
fs.symlinkSync('/etc/passwd', path.join(__dirname, 'passwd'));
fs.symlinkSync('../../../../../../../..', path.join(__dirname, 'up'));
const seen = [];
for (const p of ['root/etc/passwd', 'passwd', 'up/etc/passwd', 'root/etc', 'up/usr/bin']) {
  try {
    fs.readFileSync(path.join(__dirname, p));
    seen.push('read ' + p);
  } catch (e) {
    seen.push(e.code);
  }
}
const listed = fs.readdirSync(path.join(__dirname, 'root'));
fs.writeFileSync(path.join(__dirname, 'up', 'tmp-escape-probe'), 'x');
console.log('refused:', seen.join(' '), 'root lists', listed.length <= 3 && !listed.includes('usr'));
