// readline over a piped stdin: 'line' events inside the data callback, the last line
// without a newline at 'end', then 'close'; and the line iterator.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => {
  console.log('close', JSON.stringify(lines));
  setImmediate(() => console.log('immediate after close'));
});
setImmediate(() => console.log('immediate'));
