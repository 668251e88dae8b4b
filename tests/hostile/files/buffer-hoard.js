// Buffers live outside the JavaScript heap, as in Node, but they count toward its limit.
const keep = [];
while (true) keep.push(Buffer.alloc(64 * 1024 * 1024));
