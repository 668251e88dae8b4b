// Recursions that re-enter the interpreter from native code at every level (a conversion
// calling toString, a getter read by a builtin, a callback, a resumed generator): each
// must end in V8's RangeError, which the program catches, never in a crash.
const cases = {
  template: () => { const o = { toString() { return `${this}`; } }; String(o); },
  valueOf: () => { const o = { valueOf() { return +this; } }; +o; },
  toPrimitive: () => { const o = { [Symbol.toPrimitive]() { return this + 1; } }; o + 1; },
  keysGetter: () => { const o = { get x() { return Object.keys(this).length + this.x; } }; o.x; },
  assignGetter: () => {
    const q = {};
    Object.defineProperty(q, 'y', { get() { return Object.assign({}, q); }, enumerable: true });
    Object.assign({}, q);
  },
  jsonGetter: () => { const r = { get z() { return JSON.stringify(r); } }; JSON.stringify(r); },
  spreadIterator: () => { const it = { [Symbol.iterator]() { return [...it][Symbol.iterator](); } }; [...it]; },
  hasInstance: () => { class B { static [Symbol.hasInstance](x) { return x instanceof B; } } 1 instanceof B; },
  forEach: () => { const f = () => [1].forEach(f); f(); },
  sort: () => { const s = () => [2, 1].sort(() => s()); s(); },
  callApply: () => { const f = () => f.call(null) + Reflect.apply(f, null, []); f(); },
  // Errors swallowed at every level while frames are pushed from natives (filter's
  // callback): the frames of the callers must stay where the interpreter left them.
  swallowed: () => {
    let seen = null;
    const cb = () => D();
    function D() { for (const l of [1].filter((x) => x)) { try { cb.call(null); } catch (e) { seen ??= e; } } }
    D();
    throw seen;
  },
  generator: () => { function* g() { yield* g(); } [...g()]; },
};
let caught = 0;
for (const [name, run] of Object.entries(cases)) {
  try {
    run();
    console.log(name, 'returned');
  } catch (e) {
    console.log(name, e instanceof RangeError, e.message);
    if (e instanceof RangeError) caught++;
  }
}
console.log(`caught ${caught} of ${Object.keys(cases).length}`);

// EventTarget.dispatchEvent from a listener: the RangeError reaches the listener that
// dispatched, or, when it is thrown as a listener is called, is reported from a nextTick.
let eventRange = false;
process.on('uncaughtException', (e) => { eventRange ||= e instanceof RangeError; });
process.on('exit', () => console.log('eventTarget', eventRange));
const target = new EventTarget();
target.addEventListener('x', () => {
  try { target.dispatchEvent(new Event('x')); } catch (e) { eventRange ||= e instanceof RangeError; }
});
target.dispatchEvent(new Event('x'));
