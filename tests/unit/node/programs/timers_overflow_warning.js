// golden: stderr
// setTimeout/setInterval with a duration above 2**31 - 1: a TimeoutOverflowWarning each,
// from a nextTick, and the duration set to 1.
process.on('warning', (w) => console.log('warning', w.name, JSON.stringify(w.message)));
setTimeout(() => console.log('fired'), 2 ** 31);
setTimeout(() => console.log('fired2'), 2 ** 32);
setInterval(function () { console.log('interval'); clearInterval(this); }, 1e10);
setTimeout(() => console.log('not warned'), 2 ** 31 - 1).unref();
process.nextTick(() => console.log('tick'));
console.log('sync');
