// An unhandled rejection at top level: Node ends the process with exit code 1 before the
// timer; the browser logs it and runs the timer.
setTimeout(() => console.log('timeout'), 0);
Promise.reject(new Error('boom'));
console.log('main');
