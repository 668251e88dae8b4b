// Object.defineProperty and friends: ValidateAndApplyPropertyDescriptor's rules, arrays'
// length and elements, integrity levels, Reflect's boolean answers.
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
};
const o = {};
Object.defineProperty(o, 'fixed', { value: 1 });
t('redefine same', () => Object.defineProperty(o, 'fixed', { value: 1 }).fixed);
t('redefine other', () => Object.defineProperty(o, 'fixed', { value: 2 }));
t('to accessor', () => Object.defineProperty(o, 'fixed', { get() {} }));
t('enumerable', () => Object.defineProperty(o, 'fixed', { enumerable: true }));
Object.defineProperty(o, 'soft', { value: 1, writable: true });
t('writable non-config may change value', () => Object.defineProperty(o, 'soft', { value: 5 }).soft);
t('and lose writable', () => Object.getOwnPropertyDescriptor(Object.defineProperty(o, 'soft', { writable: false }), 'soft'));
Object.defineProperty(o, 'flex', { value: 1, configurable: true });
t('configurable to accessor', () => Object.getOwnPropertyDescriptor(Object.defineProperty(o, 'flex', { get() { return 7; } }), 'flex'));
t('generic keeps kind', () => Object.getOwnPropertyDescriptor(Object.defineProperty(o, 'flex', { enumerable: true }), 'flex'));
t('bad descriptor', () => Object.defineProperty(o, 'x', 1));
t('bad getter', () => Object.defineProperty(o, 'x', { get: 5 }));
t('both kinds', () => Object.defineProperty(o, 'x', { get() {}, writable: true }));
t('non-object', () => Object.defineProperty(1, 'x', {}));
t('descriptor of missing', () => Object.getOwnPropertyDescriptor(o, 'nope'));
t('descriptor of string', () => Object.getOwnPropertyDescriptor('ab', 1));
t('descriptor of length', () => Object.getOwnPropertyDescriptor('ab', 'length'));
t('names of string', () => Object.getOwnPropertyNames('ab'));
t('null', () => Object.getOwnPropertyDescriptor(null, 'x'));

const a = [1, 2, 3];
t('shrink', () => Object.defineProperty(a, 'length', { value: 1 }));
t('bad length', () => Object.defineProperty(a, 'length', { value: -1 }));
Object.defineProperty(a, 'length', { writable: false });
t('grow fixed', () => Object.defineProperty(a, 'length', { value: 5 }));
t('element past fixed length', () => Object.defineProperty(a, 3, { value: 1 }));
a[5] = 1;
t('after write', () => a);
const b = [1, 2, 3];
Object.defineProperty(b, 1, { value: 'ro', writable: false, enumerable: true, configurable: true });
b[1] = 'changed';
t('read-only element', () => [b, b[1], Object.keys(b), JSON.stringify(b)]);
Object.defineProperty(b, 0, { enumerable: false });
t('hidden element', () => [Object.keys(b), b[0]]);
b.length = 1;
t('cut', () => [b, b.length, b[1]]);

const sealed = Object.seal([1, 2]);
sealed[0] = 'ok';
delete sealed[1];
sealed.push;
t('sealed', () => [sealed, Object.isSealed(sealed), Object.isFrozen(sealed)]);
const empty = Object.preventExtensions({});
t('empty non-extensible is frozen', () => [Object.isFrozen(empty), Object.isSealed(empty)]);
function fn() {}
t('frozen function', () => [Object.isFrozen(Object.freeze(fn)), Object.getOwnPropertyDescriptor(fn, 'name')]);
t('frozen primitives', () => [Object.isFrozen(1), Object.isSealed('s'), Object.isExtensible(1), Object.freeze(2)]);

t('reflect define', () => [Reflect.defineProperty(o, 'fixed', { value: 9 }), Reflect.defineProperty(o, 'fresh', { value: 9 })]);
t('reflect delete', () => [Reflect.deleteProperty(o, 'fixed'), Reflect.deleteProperty(o, 'flex')]);
t('reflect set', () => [Reflect.set(o, 'fixed', 3), Reflect.set(o, 'other', 3), o.other]);
t('reflect misc', () => [Reflect.has(o, 'toString'), Reflect.getPrototypeOf(o) === Object.prototype, Reflect.isExtensible(o)]);
t('reflect apply', () => Reflect.apply(Math.max, null, [1, 3, 2]));
t('reflect construct', () => Reflect.construct(Array, [3]).length);
t('reflect non-object', () => Reflect.ownKeys(1));
t('reflect get receiver', () => Reflect.get({ get g() { return this.v; } }, 'g', { v: 'receiver' }));
t('reflect setPrototypeOf', () => [Reflect.setPrototypeOf(Object.preventExtensions({}), null), Reflect.setPrototypeOf({}, null)]);
t('create', () => Object.create(null, { a: { value: 1, enumerable: true }, b: { value: 2 } }));
t('create bad', () => Object.create({}, { a: 1 }));
t('math', () => { Math.PI = 3; return [Math.PI, delete Math.PI, Object.getOwnPropertyDescriptor(Math, 'PI')]; });
t('delete', () => { const d = Object.freeze({ k: 1 }); return [delete d.k, d.k]; });
t('function props', () => [Object.getOwnPropertyDescriptor(fn, 'length'), Object.getOwnPropertyNames(() => 1)]);
t('class prototype', () => { class C {} C.prototype = 1; return [typeof C.prototype, Object.getOwnPropertyNames(C)]; });
t('globals', () => { undefined = 1; NaN = 2; return [undefined, NaN]; });
t('assign to frozen', () => Object.assign(Object.freeze({ a: 1 }), { a: 2 }));
t('assign through setter', () => Object.assign({ set s(v) { this.got = v; } }, { s: 'via setter' }));
t('descriptor getters that allocate', () => {
  const churn = () => { const junk = []; for (let i = 0; i < 300; i++) junk.push({ i }); return junk.length; };
  const desc = {
    get enumerable() { return churn() > 0; },
    get value() { churn(); return { fresh: [1, 2] }; },
    get writable() { churn(); delete desc.value; churn(); return true; },
  };
  return Object.defineProperties({}, { k: { enumerable: true, get value() { return churn(); } }, d: Object.assign({ enumerable: true }, Object.getOwnPropertyDescriptors(desc)) });
});
t('descriptor object', () => { const d = Object.create(null); d.value = 1; d.enumerable = true; return Object.defineProperty({}, 'x', d); });
t('allocating descriptor', () => {
  const churn = () => { const junk = []; for (let i = 0; i < 300; i++) junk.push({ i }); return junk.length; };
  const desc = {
    get enumerable() { churn(); return true; },
    get value() { churn(); return { fresh: [1, 2] }; },
    get writable() { churn(); return true; },
  };
  return Object.defineProperty({}, 'k', desc);
});
t('length stops at a fixed element', () => { const c = [1, 2, 3]; Object.defineProperty(c, 1, { value: 9, configurable: false }); c.length = 0; return [c, c.length]; });
t('sealed length', () => { const s = Object.seal([1, 2, 3]); s.length = 1; return [s, s.length]; });
t('define length past fixed', () => { const c = [1, 2]; Object.defineProperty(c, 1, { configurable: false }); return Object.defineProperty(c, 'length', { value: 0 }); });
t('far accessor element', () => { const a = []; Object.defineProperty(a, 4294967294, { get() { return 'far'; }, enumerable: true, configurable: true }); const r = [a.length, a[4294967294]]; a.length = 0; return r.concat([a.length, a[4294967294]]); });
