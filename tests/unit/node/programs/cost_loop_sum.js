// A blocking loop that sums its index, the other way tutorials write "heavy work": past 2^53
// each addition rounds, and the sum printed is the one those roundings give.
const start = Date.now();
setTimeout(() => console.log('timer late by the loop:', Date.now() - start >= 100), 5);
let sum = 0;
for (let i = 0; i < 3e8; i++) {
  sum += i;
}
console.log('sum', sum);
