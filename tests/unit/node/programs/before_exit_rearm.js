let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'n=' + n);
  process.nextTick(() => console.log('nextTick inside beforeExit'));
  if (n++ < 2) setTimeout(() => console.log('timer from beforeExit', n), 1);
});
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
