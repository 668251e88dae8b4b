const start = performance.now();
setTimeout(() => console.log('timeout 10 ms ran after', performance.now() - start >= 100 ? 'the long task' : 'too early'), 10);
while (performance.now() - start < 100) {}
console.log('long task done');
setTimeout(() => console.log('timeout 0 ms'), 0);
