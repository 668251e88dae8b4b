let x = 1;
{ let x = 2; console.log(x); { const x = 3; console.log(x); } }
console.log(x);
for (let i = 0; i < 2; i++) { let x = i * 10; console.log(x); }
console.log(x);
