// process.stdin from a file (`node x.js < file`): an fs.ReadStream on fd 0 that is never
// closed (autoClose: false), read with 'readable' and read(); fs.readFileSync(0) too.
const fs = require('fs');
const s = process.stdin;
console.log(s.constructor.name, s.isTTY, s.fd, s.readableHighWaterMark);
console.log('readFileSync(0)', JSON.stringify(fs.readFileSync(0, 'utf8')));
s.on('readable', () => {
  let chunk;
  while ((chunk = s.read()) !== null) console.log('read', JSON.stringify(chunk.toString()));
});
s.on('end', () => console.log('end'));
s.on('close', () => console.log('close (never)'));
