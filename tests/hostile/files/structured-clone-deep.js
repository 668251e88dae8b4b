// A structure nested far deeper than any stack: structuredClone stops with node's RangeError
// instead of overflowing the C++ stack that copies it.
let deep = {};
for (let i = 0; i < 1e6; i++) deep = { deep };
structuredClone(deep);
