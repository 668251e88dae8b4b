const a = []; a[2] = 'x'; console.log(a, a.length);
const b = [1, 2, 3]; b.length = 0; console.log(b);
const c = [1, 2, 3, 4, 5, 6, 7, 8]; c.length = 3; console.log(c);
console.log([1, 2, 3].map((x, i, arr) => arr.length), [3, 4].entries().next());
console.log([1, 2, 3].includes(2, 2), [1, 2, 3].indexOf(3, -1));
