// ArraySpeciesCreate through `constructor`: a subclass's map, filter and slice return
// instances of the subclass; plain arrays and array-likes get plain Arrays.
class Stack extends Array {
  top() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
const doubled = s.map((x) => x * 2);
console.log(doubled instanceof Stack, doubled.top(), doubled);
const odd = s.filter((x) => x % 2);
console.log(odd instanceof Stack, odd.length, odd);
const part = s.slice(1);
console.log(part instanceof Stack, part.top(), part);
console.log([1, 2].map((x) => x) instanceof Stack, Array.prototype.map.call({ length: 1, 0: 'a' }, (x) => x));
let made = 0;
class Counted extends Array {
  constructor(...args) {
    super(...args);
    made++;
  }
}
const c = new Counted(1, 2, 3);
made = 0;
c.map((x) => x);
c.filter(() => true);
console.log('constructed by the methods:', made);
