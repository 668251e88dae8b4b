async function one() { return 1; }
async function two() { return Promise.resolve(2); }
async function three() { return await Promise.resolve(3); }
async function four() { await null; return 4; }
[one, two, three, four].forEach(f => f().then(v => console.log('resolved', v)));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
