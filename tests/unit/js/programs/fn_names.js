const a = () => {}; const b = function () {}; const c = function named() {};
const o = { m() {}, p: () => {}, ['comp' + 'uted']() {} };
console.log(a.name, b.name, c.name, o.m.name, o.p.name, o.computed.name);
class K { static s() {} i() {} }
console.log(K.name, K.s.name, new K().i.name, (() => {}).name === '');
console.log(a, o.m, c, K);
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5), typeof f);
const shadow = function g(g) { return typeof g; }; console.log(shadow(1));
Promise.resolve(3).then(function loop(k) { if (k > 0) { console.log('loop', k); return Promise.resolve(k - 1).then(loop); } });
