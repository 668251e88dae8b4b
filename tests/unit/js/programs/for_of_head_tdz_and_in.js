// A for-in/of head that declares let/const evaluates its expression with those names in
// the TDZ; inside brackets of a for head's left side, `in` is an operator again.
let x = 'outside';
try { for (let x of [x]) {} } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const y in { y }) {} } catch (e) { console.log(e.constructor.name, e.message); }
let probe;
for (let x of (probe = () => typeof x, [1])) { }
try { probe(); } catch (e) { console.log(e.constructor.name, e.message); }
for (let z of [x, 2]) console.log(z);
for (var v of [x]) console.log(v);
const fns = [];
for (let k of [1, 2]) fns.push(() => k);
console.log(fns.map((f) => f()));
async function f() { for (let q of await Promise.resolve([7])) console.log(q); }
f();
var a, b;
for ([a = 'p' in {}] of [[]]) console.log(a);
for ({ b = 'length' in [] } of [{}]) console.log(b);
for (var [c = 'c' in {}] of [[]]) console.log(c);
for (let { d = 'd' in { d: 1 } } of [{}]) console.log(d);
// Member targets of an array pattern are evaluated before the iterator steps.
const log = [];
const it = { [Symbol.iterator]() { return { next() { log.push('next'); return { done: false, value: 1 }; }, return() { log.push('return'); return {}; } }; } };
const o = {};
try { [{}[(() => { log.push('key'); throw new Error('lref'); })()]] = it; } catch (e) { log.push(e.message); }
try { [...{}[(() => { log.push('rest key'); throw new Error('rest lref'); })()]] = it; } catch (e) { log.push(e.message); }
[o[(log.push('k'), 'k')] = (log.push('default'), 5), o.p] = [undefined, 2];
console.log(log, o);
