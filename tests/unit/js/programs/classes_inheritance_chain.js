class A { constructor() { this.a = 1; } who() { return 'A'; } static s() { return 'static A'; } }
class B extends A { who() { return 'B>' + super.who(); } }
class C extends B { constructor() { super(); this.c = 3; } who() { return 'C>' + super.who(); } }
const c = new C();
console.log(c.who(), c, C.s(), B.s(), c.constructor.name);
class NoCtor extends A {} console.log(new NoCtor());
const Expr = class Named { m() { return 'expr'; } }; console.log(new Expr().m(), Expr.name);
console.log(class {}, new (class {})());
