async function level3() { await null; throw new Error('deep'); }
async function level2() { return await level3(); }
async function level1() { try { await level2(); } catch (e) { return 'recovered from ' + e.message; } }
level1().then(console.log);
const p = (async () => { throw new TypeError('immediate'); })();
console.log('p is pending or rejected:', p instanceof Promise);
p.catch(e => console.log(e.name));
