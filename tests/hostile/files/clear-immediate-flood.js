// 50,000 immediates cleared in reverse order: clearImmediate must not search the queue.
const ims = []; for (let i = 0; i < 50000; i++) ims.push(setImmediate(() => {}));
for (let i = ims.length - 1; i >= 0; i--) clearImmediate(ims[i]);
console.log('cleared');
