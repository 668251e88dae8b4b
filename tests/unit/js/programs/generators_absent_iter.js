const it = [10, 20].values();
console.log(typeof it.next, it.next(), it.next(), it.next());
const m = new Map([['a', 1]]).entries(); console.log(m.next().value);
