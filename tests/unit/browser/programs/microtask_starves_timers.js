setTimeout(() => console.log('timeout'), 0);
let n = 0;
function again() {
  n++;
  if (n < 1000) queueMicrotask(again);
  else console.log('1000 microtasks before the timeout');
}
queueMicrotask(again);
