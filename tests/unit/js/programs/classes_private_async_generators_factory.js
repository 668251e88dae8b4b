// Private async and generator methods, static private accessors, classes made in a loop with
// computed keys, and private fields stamped on a non-extensible object through a base class.
class A {
  #v = 1;
  async #am() { await null; return this.#v + 1; }
  *#g() { yield this.#v; yield this.#v * 2; }
  static async #sam() { return 'sam'; }
  static get #sp() { return 'sp'; }
  static set #sq(v) { A.log = v; }
  async run() { console.log(await this.#am(), [...this.#g()], await A.#sam(), A.#sp); A.#sq = 5; console.log(A.log); }
  static sp(o) { return o.#sp; }
}
new A().run().then(() => {
  class B extends A {}
  try { A.sp(B) } catch (e) { console.log(e.message) }
  const made = [];
  for (let i = 0; i < 3000; i++) {
    const k = 'k' + (i % 7);
    const C = class { [k] = i; #p = i; static s = i; get p() { return this.#p; } };
    made.push(new C());
  }
  console.log(made[2999].p, made[2999].k3, Object.keys(made[5]));
  const o = Object.preventExtensions({});
  class Stamp extends class { constructor(x) { return x; } } { #tag = 't'; static has(x) { return #tag in x; } }
  new Stamp(o); console.log(Stamp.has(o), Object.isExtensible(o), Object.keys(o));
  console.log(Object.getOwnPropertyNames(class { static #x = 1; static y = 2; static { } }));
});
