function count() { return arguments.length; }
function first(a) { return [a, arguments[0], arguments[1]]; }
function sumAll() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
function toArray() { return Array.prototype.slice.call(arguments); }
function outer() { const inner = () => arguments[0]; return inner('ignored'); }
console.log(count(), count(1, 2, 3), first(1, 2), sumAll(1, 2, 3, 4), toArray('a', 'b'), outer('outer arg'));
function logAll() { console.log.apply(console, arguments); }
logAll('applied', 1, { x: 2 });
const arguments2 = (...args) => args.length; console.log(arguments2(1, 2));
