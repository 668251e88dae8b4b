// A microtask between two due timer lists clears the last timer of the next list: Node
// still runs that (now empty) list, which does nothing; the loop then ends.
let iv;
setTimeout(() => {
  console.log('timeout');
  Promise.resolve().then(() => {
    console.log('microtask clears the interval');
    clearInterval(iv);
  });
}, 10);
iv = setInterval(() => console.log('interval'), 15);
const start = Date.now();
while (Date.now() - start < 40);  // both lists are due at the first timers phase
process.on('exit', () => console.log('exit', iv._destroyed));
