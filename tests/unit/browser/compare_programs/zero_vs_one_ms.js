// A 1 ms timer, then a 0 ms timer: Node makes 0 into 1 ms, so they run in the order they were
// set; the browser keeps 0 ms.
setTimeout(() => console.log('timeout 1 ms'), 1);
setTimeout(() => console.log('timeout 0 ms'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('main');
