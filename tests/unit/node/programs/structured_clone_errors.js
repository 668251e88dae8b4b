// What structuredClone refuses (a DOMException named DataCloneError, V8's text for the
// value), how it copies Error objects, and node's argument errors.
function show(e) {
  const lines = e.stack.split('\n');
  console.log([e.name, e.message, e.code, e instanceof Error, e instanceof DOMException,
    Object.prototype.toString.call(e), Object.keys(e).length, lines[0], lines[1]].join(' | '));
}
const refused = [Symbol('q'), Math.max, new WeakMap(), new WeakSet(), new WeakRef({}),
  new FinalizationRegistry(() => {}), Promise.resolve(1), (function* g() {})(),
  [1, 2].values(), new Map().keys(), (function () { return arguments; })(1),
  Object(Symbol('w')), { nested: [Symbol.iterator] }];
for (const v of refused) {
  try {
    structuredClone(v);
    console.log('cloned?');
  } catch (e) {
    show(e);
  }
}

const errors = [new Error('plain'), new RangeError('range', { cause: { why: 'cause' } }),
  new TypeError('type'), new SyntaxError('syntax'), new ReferenceError('ref'),
  new EvalError('eval'), new URIError('uri'), new AggregateError([1], 'agg')];
class MyError extends TypeError {}
errors.push(new MyError('mine'));
const renamed = new Error('renamed');
renamed.name = 'RangeError';
errors.push(renamed);
const custom = new Error('custom');
custom.name = 'Custom';
custom.extra = 1;
errors.push(custom);
const numeric = new Error('x');
numeric.message = 42;
errors.push(numeric);
const stackless = new Error('no stack');
delete stackless.stack;
errors.push(stackless);
for (const e of errors) {
  const c = structuredClone(e);
  console.log(Object.getPrototypeOf(c).name, JSON.stringify(c.message), typeof c.message,
    c.cause, c.extra, c.stack === e.stack, Object.getOwnPropertyNames(c).join(','));
}

try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message, e.stack.split('\n')[0]); }
for (const options of [5, 's', { transfer: 5 }, { transfer: [{}] }, { transfer: 'ab' }]) {
  try { structuredClone(1, options); } catch (e) { console.log(e.name, e.code, e.message); }
}

const d = new DOMException('boom', 'AbortError');
console.log(d.name, d.message, d.code, DOMException.ABORT_ERR, d.DATA_CLONE_ERR, Object.keys(d));
const plain = new DOMException();
console.log(JSON.stringify([plain.name, plain.message, plain.code, String(plain)]));
const withCause = new DOMException('m', { name: 'DataCloneError', cause: 'c' });
console.log(withCause.name, withCause.code, withCause.cause, Object.getOwnPropertyNames(withCause).join(','));
