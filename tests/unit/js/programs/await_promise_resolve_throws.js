// await of a promise whose constructor getter throws: PromiseResolve throws inside the frame,
// so the function's own try/catch catches it (an async function, and an async generator
// resumed by return(brokenPromise)).
const broken = Promise.resolve(42);
Object.defineProperty(broken, 'constructor', { get() { throw new Error('broken promise'); } });
async function f() {
  try { await broken; } catch (e) { console.log('caught', e.message); }
  return 'f done';
}
f().then(console.log);
async function* g() {
  try { yield; } catch (err) { console.log('gen caught', err.message); return 1; }
}
const it = g();
it.next().then(() => it.return(broken)).then((r) => console.log(r));
