// arguments is an arguments object: mapped to the parameters in sloppy functions with
// simple parameter lists, unmapped in strict functions and non-simple lists.
function mapped(a, b) {
  arguments[0] = 9;
  b = 7;
  console.log(a, arguments[1], arguments.length, typeof arguments, Array.isArray(arguments));
  console.log(arguments);
}
mapped(1, 2);
function strict(a) {
  'use strict';
  arguments[0] = 9;
  a = 5;
  console.log(a, arguments[0]);
  try { arguments.callee; } catch (e) { console.log(e.constructor.name, e.message); }
  try { arguments.callee = 1; } catch (e) { console.log(e.constructor.name); }
}
strict(1);
function withDefault(a = 0) { arguments[0] = 9; console.log(a, arguments[0]); }
withDefault(1);
function withRest(a, ...r) { a = 3; console.log(arguments[0], r); }
withRest(1, 2);
function duplicate(a, a) { arguments[0] = 'x'; arguments[1] = 'y'; console.log(a, arguments); }
duplicate(1, 2);
function outer() {
  const arrow = () => arguments[0];
  function inner() { return arguments.length; }
  console.log(arrow(), inner(5, 6, 7), (() => (() => arguments.length)())());
}
outer('x', 'y');
function callee() { return arguments.callee === callee; }
console.log(callee());
function unmapDelete(a) { delete arguments[0]; arguments[0] = 5; console.log(a, arguments[0]); }
unmapDelete(1);
function beyond(a) { arguments[3] = 4; a = 2; console.log(arguments.length, arguments); }
beyond(1);
function missing(a, b) { b = 2; console.log(arguments.length, arguments[1]); }
missing(1);
function all() { return arguments; }
const args = all(1, 'two', { x: 3 });
console.log(args, Object.keys(args), JSON.stringify(args), Object.prototype.toString.call(args));
console.log(Array.prototype.slice.call(args), [...args], Array.from(args));
for (const v of all('p', 'q')) console.log(v);
console.log(all(), { nested: all(1, [2]) }, all().length);
const late = all(1, 2);
late.length = 1;
console.log([...late], Array.prototype.map.call(late, (x) => x * 10));
function sum() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log(sum(1, 2, 3, 4));
function forward() { return Math.max.apply(null, arguments); }
console.log(forward(3, 9, 2));
function closure(a) { return () => { a += 1; return arguments[0]; }; }
console.log(closure(10)());
