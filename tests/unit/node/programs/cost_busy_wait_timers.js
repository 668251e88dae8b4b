// Busy-waits on Date.now() of 5, 50 and 500 ms against timers set before and after them.
function spin(ms) {
  const t = Date.now();
  while (Date.now() - t < ms) {}
}
setTimeout(() => {
  setTimeout(() => console.log('A: 10 ms timer'), 10);
  spin(50);
  setTimeout(() => console.log('A: 0 ms timer'), 0);
}, 0);
setTimeout(() => {
  const end = Date.now() + 500;
  setTimeout(() => console.log('B: 100 ms timer, late:', Date.now() - end >= 0), 100);
  setImmediate(() => console.log('B: immediate'));
  while (Date.now() < end) {}
  console.log('B: waited 500 ms');
}, 100);
setTimeout(() => {
  const t = performance.now();
  while (performance.now() - t < 5) {}
  console.log('C: spun 5 ms on performance.now');
}, 2000);
