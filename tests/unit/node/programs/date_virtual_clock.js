// new Date() and Date.now() read one clock, and it moves with the program: a timer sees the
// time it waited for, and a busy loop's Date.now() deadline is met.
const t0 = Date.now();
const d0 = new Date();
console.log(d0 instanceof Date, Math.abs(d0.getTime() - t0) < 50, d0.getFullYear() >= 2023);
setTimeout(() => {
  const waited = new Date() - d0;
  console.log('timer saw at least 100ms:', waited >= 100, waited < 1000);
}, 100);
const end = Date.now() + 20;
while (Date.now() < end) {}
console.log('busy loop reached its deadline:', Date.now() >= end);
