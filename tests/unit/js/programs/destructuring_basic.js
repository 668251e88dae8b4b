const { a, b: renamed, c = 'default', ...rest } = { a: 1, b: 2, d: 4, e: 5 };
console.log(a, renamed, c, rest);
const [x, , y = 9, ...others] = [1, 2, undefined, 4, 5];
console.log(x, y, others);
const { n: { deep } } = { n: { deep: 'deep value' } };
console.log(deep);
let p, q; [p, q] = [1, 2]; [p, q] = [q, p]; console.log(p, q);
let m; ({ m } = { m: 'paren' }); console.log(m);
