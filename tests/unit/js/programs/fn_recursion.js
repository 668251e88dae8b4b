function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
const fact = n => n <= 1 ? 1 : n * fact(n - 1);
console.log(fact(10), fact(20));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); } console.log(depth(3000));
