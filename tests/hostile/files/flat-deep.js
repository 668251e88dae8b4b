// flat(Infinity) over a million nested arrays: V8's RangeError, not a C++ stack overflow.
let a = [];
for (let i = 0; i < 1e6; i++) a = [a];
a.flat(Infinity);
