const f = async x => x * 2;
const g = async (a, b) => { await null; return a + b; };
const o = { async m() { return 'method'; } };
class K { async run() { await null; return 'class method'; } static async s() { return 'static'; } }
Promise.all([f(2), g(1, 2), o.m(), new K().run(), K.s()]).then(v => console.log(v));
console.log(f, o.m, typeof f(1).then);
