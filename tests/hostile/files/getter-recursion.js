// A getter that reads itself and a setter that assigns itself: each recursion through the
// engine's native [[Get]]/[[Set]] must end in V8's RangeError, uncaught here.
const s = { set y(v) { this.y = v; } };
try { s.y = 1; } catch (e) { console.log('setter:', e.message); }
const o = { get x() { return this.x; } };
o.x;
