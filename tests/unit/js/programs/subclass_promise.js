class MyPromise extends Promise {}
const p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, p instanceof Promise);
p.then(v => console.log('then on subclass', v));
const q = new MyPromise(r => r(2)); console.log(q.then(() => {}) instanceof MyPromise);
