let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve().then(() => console.log('microtask after tick', n));
  if (n === 3) { clearInterval(id); console.log('cleared'); }
}, 50);
setTimeout(() => console.log('timeout at 125'), 125);
setTimeout(() => console.log('timeout at 500'), 500);
