const p = Promise.reject(new Error('late'));
process.nextTick(() => p.catch((e) => console.log('caught in nextTick:', e.message)));
setTimeout(() => console.log('still alive'), 1);
