// A NUL byte would cut the path for the kernel ('/..\0' is '/..'): refused before any syscall.
const fs = require('fs');
for (const p of ['/..\0', '/\0/etc/passwd', '../../../..\0x']) {
  try { console.log(fs.readdirSync(p)); } catch (e) { console.log(e.code); }
  try { console.log(fs.statSync(p)); } catch (e) { console.log(e.code); }
}
fs.readdir('/..\0', () => console.log('listed the host')); // throws: exit 1
