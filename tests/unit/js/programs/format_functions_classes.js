function named() {} const anon = function () {}; async function af() {} const arrow = () => {};
class Base {} class Child extends Base {}
console.log(named, anon, af, arrow, Base, Child, [named, Child], { fn: named });
named.extra = 1; console.log(named);
console.log(Math.max, console.log === console.log, [parseInt]);
