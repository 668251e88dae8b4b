console.log('sync 1');
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('microtask'));
Promise.resolve().then(() => console.log('then 2')).then(() => console.log('then 3'));
console.log('sync 2');
