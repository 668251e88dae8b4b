// Promise details user code can observe: the resolving functions' length and name,
// finally calling this.then, SpeciesConstructor's checks, combinators settling an element
// once, thenables adopted through their then.
let res, rej;
new Promise((a, b) => { res = a; rej = b; });
console.log(res.length, JSON.stringify(res.name), rej.length, JSON.stringify(rej.name));
class MyP extends Promise {}
const mp = MyP.resolve(1);
console.log(mp instanceof MyP, mp.then((x) => x) instanceof MyP, mp.finally(() => {}) instanceof MyP);
const p = Promise.resolve(2);
p.then = function (a, b) {
  console.log('then called', typeof a, typeof b, a.length, b.length);
  return Promise.prototype.then.call(this, a, b);
};
p.finally(() => console.log('finally ran'));
const q = Promise.resolve(3);
q.constructor = undefined;
console.log(q.then(() => {}) instanceof Promise);
for (const bad of [7, 'str', null]) {
  const r = Promise.resolve(3);
  r.constructor = bad;
  try { r.then(() => {}); console.log('then ok', bad); } catch (e) { console.log(e.constructor.name, e.message); }
  try { r.finally(() => {}); console.log('finally ok', bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
const plain = Promise.resolve(1);
plain.constructor = function NotAPromise() {};
console.log(plain.then(() => {}) instanceof Promise);
Promise.resolve({ then(ok) { console.log('thenable then'); ok(42); } }).then((v) => console.log('resolved', v));
Promise.all([{ then(ok) { ok(1); ok(2); } }, Promise.resolve(5)]).then((v) => console.log('all', v));
Promise.allSettled([{ then(ok, no) { ok(1); no(2); } }]).then((v) => console.log('allSettled', v));
Promise.any([{ then(ok, no) { no(1); no(2); } }]).catch((e) => console.log('any', e.errors));
Promise.race([{ then(ok) { ok('first'); ok('second'); } }]).then((v) => console.log('race', v));
