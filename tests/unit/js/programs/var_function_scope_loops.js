for (var i = 0; i < 3; i++) {}
console.log(i);
function f() { if (false) { var hidden = 1; } return typeof hidden + ':' + hidden; }
console.log(f());
var dup = 1; var dup = 2; console.log(dup);
function g() { return 1; } function g() { return 2; } console.log(g());
