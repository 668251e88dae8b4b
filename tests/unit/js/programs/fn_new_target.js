// new.target (ECMA-262 13.3.12): the constructor `new` was applied to, else undefined.
function F() {
  console.log('F', new.target === F, typeof new.target);
  const arrow = () => new.target;
  console.log('arrow sees', arrow() === new.target);
}
new F();
F();
F.call({});
class Base {
  constructor() {
    console.log('Base new.target', new.target.name);
  }
}
class Derived extends Base {
  constructor() {
    super();
    console.log('Derived new.target', new.target === Derived);
  }
}
new Derived();
new Base();
class Arrowed extends Base {
  constructor() {
    const s = () => super();
    s();
    console.log((() => (() => new.target.name)())());
  }
}
new Arrowed();
function Other() {}
console.log(Reflect.construct(F, [], Other) === undefined);
function Who() {
  return { target: new.target };
}
console.log(new Who().target === Who, Who().target);
console.log(new.target, (() => new.target)());
function* g() {
  yield new.target;
}
console.log([...g()]);
const o = {
  m() {
    return new.target;
  },
};
console.log(o.m());
function Nested() {
  function inner() {
    return new.target;
  }
  return { inner: inner(), mine: new.target === Nested };
}
console.log(new Nested());
class WithField {
  f = new.target;
  g = () => new.target;
}
const wf = new WithField();
console.log(wf.f, wf.g());
function Named() {
  if (!new.target) return new Named();
  this.ok = true;
}
console.log(Named());
class A { static s = new.target; }
console.log(A.s);
function f(){ class B { static t = new.target; } return B.t; }
console.log(new f());
