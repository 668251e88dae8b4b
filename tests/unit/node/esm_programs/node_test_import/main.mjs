// node:test by import: the default export is test() itself, the named exports its
// properties; the bare name 'test' is a package, which a dynamic import cannot find.
import test, { describe, it, suite, before, mock } from 'node:test';
import * as ns from 'node:test';

console.log(typeof test, test === ns.default, it === test, describe === suite);
console.log(typeof before, typeof mock.fn, ns.test === test);
const spy = mock.fn((x) => x * 2);
console.log(spy(21), spy.mock.callCount());
import('test').catch((err) => console.log(err.code));
