// Generators: next/return/throw, finally on return, yield*, methods, states, printing.
function* count(n) {
  for (let i = 0; i < n; i++) {
    const got = yield i;
    if (got) console.log('got', got);
  }
  return 'done';
}
const g = count(3);
console.log(g, count, Object.prototype.toString.call(g), typeof g.next);
console.log(g.next(), g.next('a'), g.next(), g.next(), g.next());
console.log([...count(4)], Array.from(count(2)));
for (const x of count(3)) console.log('of', x);
function* withFinally() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
}
const w = withFinally();
console.log(w.next(), w.return(9), w.next());
const w2 = withFinally();
console.log(w2.return(5), w2.next());
for (const x of withFinally()) { console.log('x', x); break; }
const w3 = withFinally();
w3.next();
try { w3.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
function* catcher() {
  while (true) {
    try { yield 'waiting'; } catch (e) { console.log('inside caught', e); }
  }
}
const c = catcher();
console.log(c.next(), c.throw('E1'), c.throw('E2'));
function* inner() { const r = yield 'a'; console.log('inner got', r); yield 'b'; return 'inner-ret'; }
function* outer() { const v = yield* inner(); console.log('yield* value', v); yield* [10, 20]; yield* 'hi'; }
console.log([...outer()]);
const o = outer();
console.log(o.next(), o.next('R'), o.return('early'), o.next());
const obj = { *gen() { yield this.v; }, v: 42 };
class K { *[Symbol.iterator]() { yield 1; yield 2; } static *s() { yield 's'; } }
console.log([...obj.gen()], [...new K()], [...K.s()], obj.gen, K.s.name);
const [a, b, ...rest] = count(5);
console.log(a, b, rest);
function* fib() { let [x, y] = [0, 1]; for (;;) { yield x; [x, y] = [y, x + y]; } }
const f = fib(); const first = [];
for (const v of f) { if (v > 50) break; first.push(v); }
console.log(first, f.next());
function* running() { g2.next(); }
const g2 = running();
try { g2.next(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { new count(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Object.getPrototypeOf(count.prototype) === Object.getPrototypeOf(function* () {}.prototype), count.prototype.constructor === undefined || 'has');
function* args() { yield arguments.length; yield* arguments; }
console.log([...args(7, 8)]);
