// then, await and Promise.resolve read `constructor` and @@species exactly when the spec
// says, also after the intrinsic properties are replaced, deleted and put back.
const log = [];
Promise.resolve(1).then((v) => log.push('plain ' + v));

// An own `constructor` on one promise is read by then (SpeciesConstructor).
const own = Promise.resolve(2);
Object.defineProperty(own, 'constructor', {
  get() {
    log.push('own constructor read');
    return Promise;
  },
});
own.then((v) => log.push('own ' + v));

// A getter in place of Promise.prototype.constructor, then no property, then the original.
const saved = Object.getOwnPropertyDescriptor(Promise.prototype, 'constructor');
Object.defineProperty(Promise.prototype, 'constructor', {
  get() {
    log.push('prototype constructor read');
    return Promise;
  },
  configurable: true,
});
const got = Promise.resolve(3);
got.then((v) => log.push('getter ' + v));
log.push('resolve returns itself: ' + (Promise.resolve(got) === got));
(async () => {
  log.push('awaited ' + (await got));
})();
delete Promise.prototype.constructor;
Promise.resolve(4).then((v) => log.push('deleted ' + v));
log.push('resolve after delete returns itself: ' + (Promise.resolve(got) === got));
Object.defineProperty(Promise.prototype, 'constructor', saved);
Promise.resolve(5).then((v) => log.push('restored ' + v));

// The same constructor under a writable data property set to something else and back.
Promise.prototype.constructor = Object;
log.push('resolve with Object as constructor returns itself: ' + (Promise.resolve(got) === got));
Promise.prototype.constructor = Promise;

// @@species: a getter of its own, then the intrinsic one again.
const species = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
Object.defineProperty(Promise, Symbol.species, {
  get() {
    log.push('species read');
    return undefined;
  },
  configurable: true,
});
Promise.resolve(6).then((v) => log.push('species ' + v));
Object.defineProperty(Promise, Symbol.species, species);
Promise.resolve(7).then((v) => log.push('species restored ' + v));

// A promise whose prototype is not Promise.prototype, and a subclass instance.
class Sub extends Promise {}
const moved = Promise.resolve(8);
Object.setPrototypeOf(moved, Sub.prototype);
log.push('moved then gives a Sub: ' + (moved.then(() => {}) instanceof Sub));
log.push('subclass then gives a Sub: ' + (Sub.resolve(9).then(() => {}) instanceof Sub));

// Printed once every reaction above has run (ten turns later; the longest chain needs four).
let last = Promise.resolve();
for (let i = 0; i < 10; i++) last = last.then(() => {});
last.then(() => console.log(log.join('\n')));
