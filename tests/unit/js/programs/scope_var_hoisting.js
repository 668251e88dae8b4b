console.log(typeof f, v);
var v = 1;
function f() { return 'f'; }
console.log(f(), v);
if (true) { var inner = 'hoisted'; }
console.log(inner);
function g() { console.log(w); var w = 2; console.log(w); }
g();
