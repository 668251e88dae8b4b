// A queuing strategy whose size() returns NaN: the enqueue throws node's RangeError, located.
const rs = new ReadableStream({ start(c) { c.enqueue('x'); } }, { size() { return NaN; } });
