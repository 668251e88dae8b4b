// Promise combinators step the iterator one element at a time.
const log = [];
function* gen(tag) {
  for (let i = 0; ; i++) { log.push(`${tag} next ${i}`); yield i; }
}
class Boom extends Promise {
  static resolve(v) { if (v === 2) throw new Error('resolve threw at 2'); return super.resolve(v); }
}
for (const m of ['all', 'allSettled', 'any', 'race']) {
  const it = gen(m);
  const origReturn = it.return.bind(it);
  it.return = (v) => { log.push(`${m} return`); return origReturn(v); };
  Boom[m](it).catch((e) => console.log(m, 'rejected:', e.message));
}
console.log(log.join('\n'));
Promise.all([1, Promise.resolve(2), 3]).then((v) => console.log('all', v));
Promise.allSettled([Promise.reject(new Error('x')), 1]).then((v) => console.log('settled', v.map((r) => r.status)));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => console.log('any', e.constructor.name, e.errors));
Promise.race(new Set([new Promise(() => {}), Promise.resolve('race won')])).then((v) => console.log(v));
