// Date.now() and new Date() read the same clock; on the simulator it is the virtual clock.
const a = Date.now();
const b = new Date().getTime();
console.log(typeof a, b >= a, b - a < 1000, Number.isInteger(a));
console.log(new Date(a).getTime() === a, Math.abs(new Date() - a) < 1000);
