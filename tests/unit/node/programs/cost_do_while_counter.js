// A do-while counter in a timer callback (as in an HTTP route): a billion iterations block
// the loop, then the next timer runs.
setTimeout(() => {
  let i = 0;
  do { i++ } while (i < 1e9);
  console.log('counted to', i);
}, 0);
setTimeout(() => console.log('second timer'), 1);
