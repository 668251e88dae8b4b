const a = () => {}; const b = function () {}; const c = function named() {};
const o = { m() {}, p: () => {}, ['comp' + 'uted']() {} };
console.log(a.name, b.name, c.name, o.m.name, o.p.name, o.computed.name);
class K { static s() {} i() {} }
console.log(K.name, K.s.name, new K().i.name, (() => {}).name === '');
console.log(a, o.m, c, K);
