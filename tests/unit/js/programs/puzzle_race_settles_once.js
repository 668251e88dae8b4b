let resolveA, resolveB;
const a = new Promise(r => (resolveA = r)), b = new Promise(r => (resolveB = r));
Promise.race([a, b]).then(v => console.log('race winner', v));
Promise.all([a, b]).then(v => console.log('all', v));
resolveB('B'); resolveA('A'); resolveB('B again');
console.log('resolved both synchronously');
