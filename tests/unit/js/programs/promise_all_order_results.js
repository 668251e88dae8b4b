const order = [];
const mk = (v, hops) => new Promise(res => { let n = 0; const hop = () => (n++ < hops ? Promise.resolve().then(hop) : (order.push(v), res(v))); hop(); });
Promise.all([mk('a', 3), mk('b', 1), mk('c', 2)]).then(v => console.log(v, order));
