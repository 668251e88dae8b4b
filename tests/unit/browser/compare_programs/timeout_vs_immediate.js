// A 0 ms timer and an immediate set by the main module, which then spins 2 ms so that the timer
// is due before the loop starts: CommonJS runs the timer first, an ES module (evaluated in the
// poll phase) the immediate; a browser has no setImmediate.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
const start = Date.now();
while (Date.now() - start < 2) {}
console.log('main');
