// readline over a file stream: lines cut from each chunk ('\r\n' as one end), the unfinished
// last line at 'end', the async iterator, string_decoder, and the cursor helpers' ANSI bytes.
const fs = require('fs');
const readline = require('readline');
fs.writeFileSync('in.txt', 'alpha\r\nbeta\ngamma');
const rl = readline.createInterface({ input: fs.createReadStream('in.txt'), crlfDelay: Infinity });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
// The second reader starts after the first closes: two streams reading at once finish in
// either order on a real pool.
rl.on('close', () => {
  console.log('close');
  iterate();
});
setImmediate(() => console.log('immediate'));
async function iterate() {
  const rl2 = readline.createInterface({ input: fs.createReadStream('in.txt') });
  let n = 0;
  for await (const line of rl2) console.log('iter', ++n, line);
  console.log('iter done');
  const rlp = require('readline/promises');
  console.log(rlp === readline.promises, typeof rlp.createInterface);
  const { StringDecoder } = require('string_decoder');
  const d = new StringDecoder('utf8');
  console.log(d.write(Buffer.from([0xe2, 0x82])) + '|' + d.write(Buffer.from([0xac])) + '|' + d.end());
  readline.cursorTo(process.stdout, 3);
  readline.clearLine(process.stdout, 0);
  readline.moveCursor(process.stdout, -1, 2);
  console.log();
}
