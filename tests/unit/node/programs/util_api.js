// golden: stderr
// util: format specifiers, inspect options (depth, compact, breakLength, sorted, legacy form),
// types, deprecate (DeprecationWarning once per code), callbackify, promisify custom.
const util = require('util');
console.log(util.format('%s %d %i %f %j %o %O %c %%', 'str', 42.5, 42.5, '3.5', { a: 1 }, [1, { b: 2 }], { c: { d: { e: { f: 1 } } } }, 'color: red'));
console.log(util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', 2), util.format('%d', '0x10'), util.format('%i', 'abc'));
console.log(util.format('%s %s', 'only'), util.format('a', 'b', 3), util.format(1, '%s', 2), util.format('%s', null, undefined));
console.log(util.format('%s', false), util.format('%s', -0), util.format('%d', -0), util.format('%s', [1, [2, [3, [4]]]]));
console.log(util.inspect({ a: 1, b: 'x', c: [1, 2, 3] }, { compact: false }));
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }));
console.log(util.inspect({ b: 1, a: 2 }, { sorted: true }), util.inspect('str'), util.inspect([1, 2, 3], { breakLength: 3 }));
class P { constructor() { this.q = 1; } }
console.log(util.inspect(new P()), new P());
const dep = util.deprecate(() => 'r', 'old is deprecated', 'DEP0001');
console.log(dep(), dep());
const cb = util.callbackify(async (x) => x * 2);
cb(21, (err, v) => console.log('callbackify', err, v));
const cbr = util.callbackify(async () => { throw null; });
cbr((err) => console.log('callbackify null', err && err.code, err && err.message));
function custom(a, cb) { cb(null, a); }
custom[util.promisify.custom] = (a) => Promise.resolve('custom ' + a);
util.promisify(custom)('z').then(console.log);
console.log(util.types.isPromise(Promise.resolve()), util.types.isNativeError(new TypeError()), util.types.isMap(new Map()), util.types.isSet(new Set()));
console.log(util.format('%j', { toJSON() { return 'J'; } }), util.inspect({ x: 1 }, false, 0, false), util.inspect(new Map([[1, 2]])), util.inspect(new Set([1])));
const dep2 = util.deprecate(() => 2, 'same code again', 'DEP0001');
const dep3 = util.deprecate(() => 3, 'no code');
console.log(dep2(), dep3(), dep3());
