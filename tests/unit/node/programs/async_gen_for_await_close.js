// AsyncIteratorClose: break, return and throw out of a for await call the iterator's
// return() and await its result; a failing next() closes nothing.
function makeIterable(name, limit) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      console.log(name, 'asyncIterator');
      return {
        next() {
          console.log(name, 'next', i);
          if (i === limit) return Promise.reject(new Error(name + ' next failed'));
          return Promise.resolve({ value: i++, done: false });
        },
        return(v) {
          console.log(name, 'return called', v);
          return new Promise((r) => setTimeout(() => r({ done: true }), 1));
        },
      };
    },
  };
}
async function viaBreak() {
  for await (const v of makeIterable('brk', 9)) if (v === 1) break;
  console.log('after break');
}
async function viaReturn() {
  for await (const v of makeIterable('ret', 9)) if (v === 0) return 'returned';
}
async function viaThrow() {
  try {
    for await (const v of makeIterable('thr', 9)) throw new Error('body threw ' + v);
  } catch (e) {
    console.log('caught', e.message);
  }
}
async function viaFailingNext() {
  try {
    for await (const v of makeIterable('nxt', 1)) console.log('nxt body', v);
  } catch (e) {
    console.log('caught', e.message);
  }
}
async function badReturn() {
  const iterable = {
    [Symbol.asyncIterator]() {
      return { next: async () => ({ value: 1, done: false }), return: () => 5 };
    },
  };
  try {
    for await (const v of iterable) break;
  } catch (e) {
    console.log('bad return:', e.constructor.name, e.message);
  }
}
(async () => {
  await viaBreak();
  console.log(await viaReturn());
  await viaThrow();
  await viaFailingNext();
  await badReturn();
})();
