// stdin is /dev/null (a character device, so a file): an empty fs.ReadStream, 'end' only.
const fs = require('fs');
console.log(JSON.stringify(fs.readFileSync('/dev/stdin', 'utf8')));
process.stdin.on('data', () => console.log('data (never)'));
process.stdin.on('end', () => console.log('end'));
console.log(Object.keys(process).includes('stdin'));
