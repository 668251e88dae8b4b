import './d.mjs';

console.log('c');
process.nextTick(() => console.log('tick c'));
Promise.resolve().then(() => console.log('promise c'));
