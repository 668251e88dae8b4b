const n = 5;
console.log(n > 3 ? 'big' : 'small', n > 10 ? 'huge' : n > 4 ? 'medium' : 'tiny');
let i = (1, 2, 3); console.log(i);
for (let a = 0, b = 10; a < b; a += 3, b -= 3) console.log(a, b);
