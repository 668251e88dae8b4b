// Hard links naming files out of the program's tree: the host's /etc/passwd directly, through
// a symbolic link to `/` and through a `..` chain; and a second name placed outside the tree
// for a file inside it. A link's target must be a file of the program's own tree (in a live
// run: of its private directory), and a second name placed at the root lands inside.
const fs = require('fs');
const path = require('path');
fs.symlinkSync('/', path.join(__dirname, 'root'));
const seen = [];
for (const target of ['/etc/passwd', 'root/etc/passwd', '../../../../../../../../etc/passwd']) {
  try {
    fs.linkSync(path.join(__dirname, target), path.join(__dirname, 'l' + seen.length));
    seen.push('linked ' + fs.readFileSync(path.join(__dirname, 'l' + seen.length)).length);
  } catch (e) {
    seen.push(e.code);
  }
}
fs.writeFileSync(path.join(__dirname, 'mine.txt'), 'mine');
fs.linkSync(path.join(__dirname, 'mine.txt'), '/loopscope-hardlink-escape-probe');
fs.appendFileSync('/loopscope-hardlink-escape-probe', '+');
console.log('refused:', seen.join(' '), 'outside name reads',
            fs.readFileSync(path.join(__dirname, 'mine.txt'), 'utf8'));
