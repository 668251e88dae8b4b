function f(a, b = a + 1, ...rest) { return [a, b, rest]; }
console.log(f(1), f(1, 5), f(1, 2, 3, 4), f(), f.length);
const g = (x = 10, { y = 2 } = {}) => x + y; console.log(g(), g(1, { y: 5 }), g.length);
function h(...all) { return all.length; } console.log(h(), h(1, 2, 3));
