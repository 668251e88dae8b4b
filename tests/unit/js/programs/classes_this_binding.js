class Counter {
  constructor() { this.count = 0; this.inc = this.inc.bind(this); }
  inc() { this.count++; return this; }
  arrowLater() { return () => this.count; }
}
const c = new Counter(); const inc = c.inc; inc(); inc();
console.log(c.count, c.arrowLater()());
class Derived extends Counter { constructor() { try { this.x = 1; } catch (e) { console.log(e.constructor.name); } super(); } }
new Derived();
