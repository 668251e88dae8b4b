const start = Date.now();
setTimeout(() => console.log('timer late by at least 40ms:', Date.now() - start >= 50), 10);
const end = Date.now() + 50; while (Date.now() < end) {}
console.log('loop done');
