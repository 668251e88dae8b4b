// EvalError and URIError exist as constructors (the engine never throws them itself).
for (const E of [EvalError, URIError]) {
  const e = new E('bad', { cause: 1 });
  console.log(E.name, E.length, e instanceof E, e instanceof Error, String(e), e.cause);
  console.log(Object.getPrototypeOf(E) === Error, E.prototype.name, E.prototype.message === '');
  console.log(Object.prototype.toString.call(E('called')), E('called').message);
}
try {
  throw new EvalError('thrown');
} catch (e) {
  console.log(e.name, e.message, e.constructor === EvalError);
}
