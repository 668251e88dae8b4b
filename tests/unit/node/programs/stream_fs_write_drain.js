// A WriteStream's write() past its highWaterMark and 'drain', then for await over a
// ReadStream with an encoding and a small highWaterMark.
const fs = require('fs');
const w = fs.createWriteStream('out.txt', { highWaterMark: 8 });
let i = 0;
function go() {
  while (i < 5) {
    const ok = w.write('line ' + i++ + '\n');
    console.log('write', i, ok);
    if (!ok) return w.once('drain', () => { console.log('drain'); go(); });
  }
  w.end('done\n');
}
go();
w.on('close', async () => {
  console.log(fs.readFileSync('out.txt', 'utf8'));
  const chunks = [];
  for await (const c of fs.createReadStream('out.txt', { encoding: 'utf8', highWaterMark: 10 })) chunks.push(c);
  console.log(chunks);
});
