async function one() { console.log('one start'); await null; console.log('one end'); return 'r1'; }
async function two() { console.log('two start'); const v = await one(); console.log('two got', v); }
console.log('script start');
two().then(() => console.log('two done'));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
console.log('script end');
