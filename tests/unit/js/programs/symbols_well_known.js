// Well-known symbols: toPrimitive, toStringTag, hasInstance, and how inspect uses the tag.
const money = {
  [Symbol.toPrimitive](hint) {
    console.log('hint', hint);
    return hint === 'number' ? 42 : 'forty-two';
  },
};
console.log(+money, `${money}`, money + '', money * 2, money == 'forty-two');
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even);
class Named {}
Named.prototype[Symbol.toStringTag] = 'Custom';
console.log(Object.prototype.toString.call(new Named()), String(new Named()), new Named());
console.log({ [Symbol.toStringTag]: 'Own' }, Object.prototype.toString.call(new Map()));
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]), new MyMap());
console.log(Object.getOwnPropertyNames(Symbol).filter((k) => typeof Symbol[k] === 'symbol'));
function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
t(() => 1 instanceof 1);
t(() => ({}) instanceof {});
t(() => ({}) instanceof { [Symbol.hasInstance]: 1 });
t(() => ({ [Symbol.toPrimitive]: () => ({}) }) + 1);
function F() {}
F.prototype = 1;
t(() => ({}) instanceof F);
