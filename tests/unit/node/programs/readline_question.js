// readline's question/prompt over a stream of answers: the prompt is written to the output,
// each line answers the pending question, the promises form resolves with it, an aborted
// question rejects with AbortError, and a closed interface refuses new questions.
const fs = require('fs');
const readline = require('readline');
const { Readable, Writable } = require('stream');
const written = [];
const output = new Writable({ write(chunk, enc, cb) { written.push(String(chunk)); cb(); } });
const rl = readline.createInterface({ input: Readable.from(['Ada\nLove', 'lace\n', 'extra\n']), output });
rl.question('first? ', (a) => {
  console.log('first answer', a);
  rl.question('last? ', (b) => console.log('last answer', b));
});
rl.on('line', (l) => console.log('line event', l));
rl.on('close', () => {
  console.log('closed; written', JSON.stringify(written.join('')), rl.getPrompt());
  try { rl.question('again?', () => {}); } catch (e) { console.log(e.code, e.message); }
  const rlp = require('readline/promises').createInterface({ input: Readable.from(['yes\n']) });
  const ac = new AbortController();
  rlp.question('abort? ', { signal: ac.signal }).catch((e) => console.log('aborted', e.name));
  ac.abort();
  rlp.question('ok? ').then((answer) => { console.log('promise answer', answer); rlp.close(); });
});
fs.writeFileSync('x.txt', '');
