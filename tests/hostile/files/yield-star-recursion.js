// yield* delegating without end: each level is a native next(); the depth is bounded.
function* deeper(n) {
  yield* deeper(n + 1);
}
try {
  [...deeper(0)];
} catch (e) {
  console.log(e.constructor.name, e.message);
}
