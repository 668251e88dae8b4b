console.log('slow start');
Promise.resolve().then(() => console.log('slow promise'));
process.nextTick(() => console.log('slow tick'));
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('slow end');
