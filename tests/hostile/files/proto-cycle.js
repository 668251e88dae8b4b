// A prototype cycle is refused, so no lookup can walk it forever.
const a = {};
const b = Object.create(a);
console.log(b.missing);
Object.setPrototypeOf(a, b);
