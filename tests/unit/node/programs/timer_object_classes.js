// Timeout and Immediate objects are instances of Node's classes: constructor names, the
// methods on the prototype (not own, not enumerable), and what they return.
const t = setTimeout(() => {}, 1);
const i = setImmediate(() => {});
console.log(t.constructor.name, i.constructor.name);
console.log(Object.hasOwn(t, 'ref'), Object.hasOwn(i, 'ref'));
const tp = Object.getPrototypeOf(t);
const ip = Object.getPrototypeOf(i);
console.log(['refresh', 'unref', 'ref', 'hasRef', 'close'].map((m) => typeof tp[m]).join());
console.log(['ref', 'unref', 'hasRef'].map((m) => typeof ip[m]).join());
console.log(Object.keys(tp), Object.keys(ip), tp.constructor === t.constructor);
console.log(t.unref() === t, t.hasRef(), t.ref().hasRef(), i.unref().hasRef());
console.log(setInterval(() => {}, 5).close().constructor.name);
clearTimeout(t);
