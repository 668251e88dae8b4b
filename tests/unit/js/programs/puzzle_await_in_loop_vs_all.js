const task = (name, hops) => new Promise(r => { let n = hops; const step = () => (n-- > 0 ? queueMicrotask(step) : (console.log('done', name), r(name))); step(); });
async function sequential() { for (const [n, h] of [['s1', 3], ['s2', 1]]) await task(n, h); console.log('sequential end'); }
async function parallel() { await Promise.all([task('p1', 3), task('p2', 1)]); console.log('parallel end'); }
sequential(); parallel();
