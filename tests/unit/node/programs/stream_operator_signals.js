// The Readable operators take `options.signal`: an aborted signal stops them with an
// AbortError, map hands `fn` a signal, other values are refused; require('console').
const { Readable } = require('stream');
console.log(require('console') === console);
const aborted = AbortSignal.abort();
Readable.from([1, 2]).map((x) => x, { signal: aborted }).toArray()
  .catch((e) => console.log('map', e.name, e.code));
Readable.from([1, 2]).toArray({ signal: aborted })
  .catch((e) => console.log('toArray', e.name, e.message));
Readable.from([1, 2]).take(1, { signal: aborted }).toArray()
  .catch((e) => console.log('take', e.name));
Readable.from([1, 2, 3]).map((x, { signal }) => [x, signal instanceof AbortSignal]).toArray()
  .then((v) => console.log('mapped', v));
Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0, { signal: new AbortController().signal })
  .then((v) => console.log('reduce', v));
const ac = new AbortController();
Readable.from([1, 2, 3]).filter(async (x, { signal }) => {
  await new Promise((resolve) => signal.addEventListener('abort', resolve));
  return true;
}, { signal: ac.signal, concurrency: 2 }).toArray()
  .catch((e) => console.log('filter', e.name));
setTimeout(() => ac.abort(), 5);
try {
  Readable.from([1]).map((x) => x, { signal: {} });
} catch (e) {
  console.log(e.code, e.message);
}
