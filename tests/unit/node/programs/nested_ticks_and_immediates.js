setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick after immediate 1'));
  Promise.resolve().then(() => console.log('promise after immediate 1'));
  setTimeout(() => {
    console.log('timeout');
    setImmediate(() => console.log('immediate from timeout'));
    process.nextTick(() => console.log('tick from timeout'));
  }, 5);
});
setImmediate(() => console.log('immediate 2'));
