// An arrow's super() constructs the parent, then binds the constructor's `this`
// (ECMA-262 13.3.7.1 steps 6-9): a second binding throws after the parent ran.
let count = 0;
class A {
  constructor() {
    count++;
  }
}
class B extends A {
  constructor(early) {
    if (early) {
      const init = () => super();
      init();
      this.again = () => super();
      return;
    }
    super();
    this.af = () => super();
    this.nested = () => () => super();
  }
}
const b = new B();
for (const f of [b.af, b.nested()]) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name, e.message, count);
  }
}
const c = new B(true);
console.log(c instanceof B, count);
try {
  c.again();
} catch (e) {
  console.log(e.constructor.name, e.message, count);
}
class C extends A {
  constructor() {
    super();
    super();
  }
}
try {
  new C();
} catch (e) {
  console.log(e.constructor.name, e.message, count);
}
