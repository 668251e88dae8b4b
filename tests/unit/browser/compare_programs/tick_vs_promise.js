// A timer, a promise job and a nextTick queued at top level: CommonJS empties the nextTick
// queue first, an ES module (a promise job itself) its promise jobs; a browser has no process.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('main');
