class Counter {
  count = 0;
  step = 2;
  label;
  static instances = 0;
  static kind = 'counter';
  handler = () => this.count;
  constructor() { Counter.instances++; }
  inc() { this.count += this.step; return this; }
}
const c = new Counter().inc().inc();
console.log(c, c.handler(), Counter.instances, Counter.kind);
class Loud extends Counter { volume = this.step * 10; constructor() { super(); this.extra = true; } }
console.log(new Loud(), Counter.instances);
class NoCtor extends Loud { tag = 'no-ctor'; }
console.log(new NoCtor());
class Fn { run = function () { return 'named ' + this.constructor.name; }; }
console.log(new Fn().run(), new Fn().run.name);
