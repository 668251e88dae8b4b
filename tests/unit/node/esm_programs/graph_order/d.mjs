

console.log('d');
process.nextTick(() => console.log('tick d'));
Promise.resolve().then(() => console.log('promise d'));
