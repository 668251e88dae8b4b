const r = (function (x) { return x * 2; })(21);
console.log(r, (() => 'arrow iife')());
function add(a, b) { return a + b; } const add5 = add.bind(null, 5);
console.log(add5(10), add5.name, add5.length === 0 || true);
