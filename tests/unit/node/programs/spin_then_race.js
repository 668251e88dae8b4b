// A main script that runs past the 1 ms boundary: the timer is due before the loop starts.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
const end = Date.now() + 5; while (Date.now() < end) {}
