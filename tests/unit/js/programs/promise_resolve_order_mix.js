const p1 = new Promise(r => r(1));
const p2 = Promise.resolve(p1);
console.log(p1 === p2);
const p3 = new Promise(r => r(p1));
p3.then(() => console.log('p3'));
p1.then(() => console.log('p1 a')).then(() => console.log('p1 b')).then(() => console.log('p1 c'));
p2.then(() => console.log('p2'));
