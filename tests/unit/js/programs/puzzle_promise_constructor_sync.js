console.log(1);
const p = new Promise((resolve) => { console.log(2); resolve(3); console.log(4); });
p.then(v => console.log(v));
console.log(5);
const q = new Promise((_, reject) => { console.log(6); reject(new Error('7')); });
q.catch(e => console.log(e.message));
console.log(8);
