// Private member TypeErrors, worded as V8 words them, and #x in obj.
class A {
  #x = 1; #m() { return 2; } get #p() { return 3; } set #q(v) {} static #s = 4;
  static #sm() { return 5; }
  static test(o, k) {
    try {
      switch (k) {
        case 0: return o.#x;
        case 1: o.#x = 1; return;
        case 2: return o.#m();
        case 3: o.#m = 1; return;
        case 4: return o.#p;
        case 5: o.#p = 1; return;
        case 6: return o.#q;
        case 7: return #x in o;
        case 8: return o.#s;
        case 9: return o.#sm();
        case 10: o.#s = 1; return;
      }
    } catch (e) { console.log(k, e.constructor.name + ': ' + e.message); }
  }
}
for (let k = 0; k <= 10; k++) A.test({}, k);
A.test(new A(), 3); A.test(new A(), 5); A.test(new A(), 6); A.test(1, 7); A.test(new A(), 8);
class B { constructor(o) { return o; } }
class C extends B { #y = 1; constructor(o) { super(o); } }
const o = {}; new C(o);
try { new C(o); } catch (e) { console.log(e.message); }
console.log(new A());
class E { #m(){} constructor(o){ return o } }; class F extends E { #m() {} constructor(o) { super(o) } }
const o2 = {}; new F(o2); try { new F(o2) } catch (e) { console.log(e.message) }
class G { #f = 1; #m() {} static a(o) { return #f in o } static b(o) { return #m in o } }
console.log(G.a(new G()), G.a({}), G.b(new G()), G.b({}));
class H { #m() { return this } static t(o) { console.log(o.#m.name, typeof o.#m) } get #g() { return 1 } static u(o) { o.#m(); } }
H.t(new H());
