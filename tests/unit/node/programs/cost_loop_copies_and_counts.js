// Blocking loops that keep more than their counter: the last index seen, a second count,
// a flag set on every pass, and a busy-wait that counts its spins. Node runs each in about a
// second or less; every one ends in the state its iterations leave.
const start = Date.now();
setTimeout(() => console.log('timer fired after the loops:', Date.now() - start >= 500), 10);
let last = -1;
for (let j = 0; j < 1e9; j++) {
  last = j;
}
console.log('last index', last);
let count = 0, passes = 0, seen = false;
for (let i = 0; i < 3e8; i += 3) {
  count++;
  passes += 2;
  seen = 1;
}
console.log('counted', count, passes, seen);
const t = Date.now();
let spins = 0;
while (Date.now() - t < 200) spins++;
console.log('spun', spins > 1000 ? 'many times' : 'few times');
