// fileURLToPath and pathToFileURL on POSIX, and fs calls given file: URLs: the errors for
// another scheme, a host, and an encoded slash.
const fs = require('fs');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');
const file = path.join(__dirname, 'a b#c.txt');  // fs takes file: URLs (fileURLToPath)
fs.writeFileSync(pathToFileURL(file), 'via URL');
console.log(fs.readFileSync(file, 'utf8'), fs.existsSync(pathToFileURL(file)));
console.log(fs.readFileSync(new URL('a%20b%23c.txt', pathToFileURL(__dirname + '/')), 'utf8'));
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2fb']) {
  try { fs.readFileSync(new URL(bad)); } catch (e) { console.log(e.code, e.message); }
}
try { fileURLToPath(42); } catch (e) { console.log(e.code, e.message); }
console.log(fileURLToPath('file:///x/%E2%82%AC'), pathToFileURL('rel/x').href === 'file://' + path.resolve('rel/x'));
fs.unlinkSync(file);
