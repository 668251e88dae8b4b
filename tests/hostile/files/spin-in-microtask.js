// The main script ends; the runaway is the microtask drain that follows it.
console.log('main');
Promise.resolve().then(() => {
  while (true) {}
});
