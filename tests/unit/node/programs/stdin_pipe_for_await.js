// for await over process.stdin (a pipe), in utf8, and what the loop does around it.
async function main() {
  process.stdin.setEncoding('utf8');
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    console.log('chunk', typeof chunk, chunk.length);
  }
  console.log('joined', JSON.stringify(chunks.join('')));
}
main().then(() => console.log('done'));
setTimeout(() => console.log('timeout 5'), 5);
