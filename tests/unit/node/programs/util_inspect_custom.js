// util.inspect.custom: console.log, util.inspect and util.format call it with (depth,
// options, inspect); a string result prints as it is (indented when nested), another value
// is formatted, returning the object itself formats it normally; customInspect: false and
// console.dir skip it; a throw propagates out of inspect and console.log.
const util = require('util');
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Money {
  constructor(n) { this.n = n; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.n}> depth=${depth} ${typeof options.stylize} ${inspect === util.inspect}`;
  }
}
console.log(new Money(5));
console.log({ wallet: { cash: new Money(7) } });
console.log(util.inspect(new Money(1), { depth: 0 }));
console.log(util.format('%s and %O', new Money(2), new Money(3)));
console.log(util.inspect(new Money(4), { customInspect: false }));
console.dir(new Money(6));
const multi = { [util.inspect.custom]: () => 'line1\nline2' };
console.log({ a: { b: multi } });
console.log({ x: { [util.inspect.custom]: () => ({ replaced: [1, 2] }) } });
const self = { y: 1, [util.inspect.custom]() { return this; } };
console.log(self);
console.log(Money.prototype);
const bad = { [util.inspect.custom]() { throw new Error('custom threw'); } };
try {
  util.inspect(bad);
} catch (e) {
  console.log('inspect:', e.message);
}
try {
  console.log('x', bad);
} catch (e) {
  console.log('console.log:', e.message);
}
const opts = {};
util.inspect({ [util.inspect.custom](d, o) { Object.assign(opts, o); return ''; } });
delete opts.stylize;
console.log(opts);
