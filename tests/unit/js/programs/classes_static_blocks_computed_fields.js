// Static blocks and static initializers run with the class as `this`, in order with the
// static fields; computed field keys are evaluated once, with the class.
let i = 0;
const k1 = 'a', k2 = Symbol('s');
class F {
  [k1 + 'b'] = ++i;
  [k2] = ++i;
  [`c${i}`] = i;
  static [k1] = 'static ' + i;
  ['f'] = function () {};
  #g = () => 1;
  h = this.#g.name;
  static fn = function () {};
  static arrow = () => this.name;
}
console.log(new F(), new F(), F.a, new F().f.name, F.fn.name, F.arrow());
const log = [];
class Order {
  static a = log.push('a');
  static { log.push('block ' + this.name); }
  static b = log.push('b');
  [log.push('key')] = 1;
  static { log.push('second block'); }
}
console.log(log);
class S { static #x = 1; static { console.log(S.#x, this === S, #x in S); } }
class St { static x = this.name; static y = () => this.x; static { console.log(St.y(), this.x); } }
class Parent { static greet() { return 'parent'; } }
class Child extends Parent { static { console.log(super.greet(), new.target); } static v = super.greet(); }
console.log(Child.v);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const Anon = class { static self = this; static { this.tag = 'anon'; } };
console.log(Anon.self === Anon, Anon.tag, Anon.name);
class Inner { static who() { return Inner; } }
const Kept = Inner;
console.log(Kept.who() === Kept);
