Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick'));
const ns = await import('./dep.mjs');
console.log('loaded', ns.value, ns.default);
const again = await import('./dep.mjs');
console.log('same namespace', again === ns);
const { readFileSync } = await import('node:fs');
console.log(typeof readFileSync);
try { await import('./missing.mjs'); } catch (e) { console.log(e.code); }
