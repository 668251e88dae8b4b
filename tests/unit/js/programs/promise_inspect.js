const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ a: 1 });
const rejected = Promise.reject(42); rejected.catch(() => {});
console.log(pending, fulfilled, rejected, Promise.resolve('s'), [Promise.resolve(1)]);
console.log(typeof Promise, typeof pending.then, pending instanceof Promise, Promise.name);
