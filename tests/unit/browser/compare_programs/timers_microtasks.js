// Two timers due together, each queueing a promise job: Node 20 and the browser both run the
// promise job of the first timer before the second timer.
setTimeout(() => {
  console.log('timeout 1');
  Promise.resolve().then(() => console.log('promise 1'));
}, 0);
setTimeout(() => {
  console.log('timeout 2');
  Promise.resolve().then(() => console.log('promise 2'));
}, 0);
console.log('main');
