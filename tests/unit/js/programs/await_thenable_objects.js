const thenable = { then(resolve) { console.log('then called'); resolve('from thenable'); } };
(async () => { const v = await thenable; console.log(v); })();
Promise.resolve(thenable).then(v => console.log('Promise.resolve:', v));
const bad = { then() { throw new Error('bad then'); } };
Promise.resolve(bad).catch(e => console.log('bad thenable', e.message));
console.log('sync done');
