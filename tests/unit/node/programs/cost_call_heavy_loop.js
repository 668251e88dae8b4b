// A million and a half calls of a small function take milliseconds even once optimised, so the 2 ms
// timer set before the loop fires before the 0 ms timer set after it.
function add(a, b) {
  return a + b;
}
setTimeout(() => console.log('timeout 2'), 2);
let sum = 0;
for (let i = 0; i < 1.5e6; i++) sum = add(sum, i);
setTimeout(() => console.log('timeout 0', sum), 0);
