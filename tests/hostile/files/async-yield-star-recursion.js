// yield* into a fresh copy of itself, forever: each next() resumes the inner generator from
// a native call, so the native depth limit throws a RangeError, which rejects the request.
async function* g() {
  yield* g();
}
g().next().then(null, (e) => console.log("rejected", e.constructor.name));
