// From a timer callback: immediate first (poll does not block, check comes next).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 1);
