
import './d.mjs';
console.log('b');
process.nextTick(() => console.log('tick b'));
Promise.resolve().then(() => console.log('promise b'));
