// ArrayBuffers of 64 MB each, kept alive: their bytes count toward the heap limit.
const keep = [];
while (true) keep.push(new ArrayBuffer(64 * 1024 * 1024));
