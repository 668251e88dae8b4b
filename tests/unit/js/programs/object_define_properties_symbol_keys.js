const o = {};
Object.defineProperties(o, { [Symbol.toStringTag]: { value: 'X', configurable: true }, a: { value: 1 } });
console.log(Object.prototype.toString.call(o), Reflect.ownKeys(o));
const c = Object.create(null, { [Symbol.iterator]: { value: 1, enumerable: true }, b: { value: 2, enumerable: true } });
console.log(c);
try { Object.defineProperties({}, { [Symbol('s')]: { get: 1 } }); } catch (e) { console.log(e.message); }
const hidden = Object.defineProperty({}, Symbol('h'), { value: { value: 1 }, enumerable: false });
console.log(Reflect.ownKeys(Object.defineProperties({}, hidden)).length);
