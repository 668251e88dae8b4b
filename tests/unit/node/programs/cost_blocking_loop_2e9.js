// "Don't block the event loop": two billion empty iterations keep a 10 ms timer waiting
// until the loop is done; the loop's count and the timer's lateness are what Node shows.
const start = Date.now();
setTimeout(() => console.log('timer fired after the loop:', Date.now() - start >= 500), 10);
let i = 0;
for (i = 0; i < 2e9; i++) {}
console.log('loop ran', i, 'iterations');
