// for await (const line of rl) over a piped stdin, with setEncoding and a chunk iterator.
const readline = require('readline');
async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) console.log(++n, JSON.stringify(line));
  console.log('lines done', n, process.stdin.readableEnded);
}
main().then(() => console.log('main resolved'));
process.nextTick(() => console.log('tick'));
