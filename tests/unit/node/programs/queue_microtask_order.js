queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => { console.log('qm 2'); process.nextTick(() => console.log('tick from qm')); });
console.log('sync');
