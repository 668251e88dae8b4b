// Every reaction queues another: the microtask queue never empties.
setTimeout(() => console.log("never"), 0);
function again() {
  Promise.resolve().then(again);
}
again();
