// Accessors: receivers through prototype chains and super, setters on prototypes, static
// accessors, pairs split over literal entries, and getters seen by keys/JSON/spread/assign.
const log = [];
const base = {
  get who() { return 'base sees ' + this.name; },
  set tag(v) { log.push('tag set on ' + this.name + ' to ' + v); },
};
const child = Object.create(base);
child.name = 'child';
console.log(child.who);
child.tag = 'x';
console.log(Object.keys(child), log);

class Shape {
  static count = 0;
  static get created() { return 'created ' + Shape.count; }
  constructor(w) { this.w = w; Shape.count++; }
  get area() { return this.w * this.w; }
  set area(a) { this.w = Math.sqrt(a); }
  get ['desc' + 'ription']() { return 'shape ' + this.w; }
}
class Square extends Shape {
  get area() { return 'square of ' + super.area; }
  get description() { return super.description + '!'; }
}
const s = new Square(3);
console.log(s.area, s.description, Shape.created);
s.area = 16;
console.log(s.w, s.area);
console.log(Object.getOwnPropertyNames(Shape.prototype), Object.keys(Shape.prototype));
console.log(typeof Object.getOwnPropertyDescriptor(Shape.prototype, 'area').get);
console.log(Object.getOwnPropertyDescriptor(Shape.prototype, 'area').get.name);
console.log(Object.getOwnPropertyDescriptor(Shape.prototype, 'area').set.name);

// A later data entry replaces an accessor; a later half keeps the earlier one.
const mixed = { get a() { return 1; }, a: 2, get b() { return 3; }, set b(v) {}, x: 0 };
console.log(mixed, Object.getOwnPropertyDescriptor(mixed, 'b').set !== undefined);

let calls = 0;
const counted = { get n() { calls++; return calls; }, plain: true };
console.log(JSON.stringify(counted), Object.values(counted), { ...counted }, Object.assign({}, counted));
console.log(calls);
for (const k in counted) console.log('key', k);

// Non-enumerable properties stay out of keys, JSON, spread and the printed object.
const hidden = Object.defineProperties({}, {
  shown: { value: 1, enumerable: true },
  secret: { value: 2 },
  computed: { get() { return 'c'; }, enumerable: true },
});
console.log(hidden, JSON.stringify(hidden), { ...hidden }, hidden.secret);
console.log(Object.entries(hidden));

// Setter-only and getter-only properties.
const only = { set w(v) { this._w = v; }, get r() { return 'r'; } };
only.w = 5;
only.r = 'ignored in sloppy code';
console.log(only, only.w, only.r, only._w);

// The getter's `this` is the receiver for primitives too.
Object.defineProperty(String.prototype, 'shout', { get() { return this.toUpperCase() + '!'; }, configurable: true });
console.log('hey'.shout);
delete String.prototype.shout;
console.log('hey'.shout);

// Static fields are defined after the methods and accessors.
class Order { static b = 'field'; static a() { return 'a ran'; } static get c() { return 1; } }
console.log(Object.getOwnPropertyNames(Order), Order.b, Order.a());

// for-in: a non-enumerable own property hides an enumerable inherited one.
const proto = { shadowed: 1, visible: 2 };
const kid = Object.create(proto);
Object.defineProperty(kid, 'shadowed', { value: 3, enumerable: false });
const seen = [];
for (const k in kid) seen.push(k);
console.log(seen);
