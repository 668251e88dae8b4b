let b;
setImmediate(() => { console.log('A'); process.nextTick(() => clearImmediate(b)); });
b = setImmediate(() => console.log('B'));
setImmediate(() => console.log('C'));
