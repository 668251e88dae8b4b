// Private fields, methods, accessors and static privates: hidden from inspect, keys and JSON.
class Counter {
  #count = 0;
  static #instances = 0;
  static { Counter.#instances = 100; this.ready = true; }
  constructor() { Counter.#instances++; }
  get #double() { return this.#count * 2; }
  set #double(v) { this.#count = v / 2; }
  #bump(n = 1) { this.#count += n; return this; }
  inc() { return this.#bump(); }
  get value() { return this.#count; }
  setDouble(v) { this.#double = v; return this.#double; }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  static #secret() { return 'static private'; }
  static reveal() { return this.#secret(); }
  update() { this.#count ||= 5; this.#count **= 2; [this.#count] = [this.#count + 1]; ({ a: this.#count } = { a: this.#count * 10 }); return this.#count++; }
}
const c = new Counter();
c.inc().inc();
console.log(c.value, c.setDouble(10), c.value, Counter.count(), Counter.ready);
console.log(Counter.isCounter(c), Counter.isCounter({}), Counter.reveal());
console.log(c, Object.keys(c), JSON.stringify(c), Reflect.ownKeys(c), Object.getOwnPropertySymbols(c));
console.log(c.update(), c.value);
const frozen = Object.freeze(new Counter()); console.log(frozen.inc().value);
class Base { static #p = 1; static get p() { return this.#p; } }
class Sub extends Base {}
try { Sub.p } catch (e) { console.log(e.constructor.name, e.message); }
class Outer { #o = 'outer'; static Inner = class { read(x) { return x.#o; } }; }
console.log(new Outer.Inner().read(new Outer()));
class N { #x = 1; static eq(a, b) { return a.#x === b?.#x; } }
console.log(N.eq(new N(), new N()), N.eq(new N(), null));
class M { #m() {} static t(o) { try { o.#m = 1 } catch (e) { console.log(e.message) } return o.#m === new M().#m; } }
console.log(M.t(new M()));
class Named { #m() {} get #g() { return 1; } static names(o) { return [o.#m.name, Object.getOwnPropertyDescriptor(Named.prototype, 'constructor').enumerable]; } }
console.log(Named.names(new Named()));
