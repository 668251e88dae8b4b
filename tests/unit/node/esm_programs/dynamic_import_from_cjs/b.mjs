export let x = 1;
console.log('b');
process.nextTick(() => console.log('tick b'));
Promise.resolve().then(() => console.log('promise b'));
